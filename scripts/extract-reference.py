"""Extracts the per-layer and total figures of nn_dataflow reference runs into the small
JSON files test/Reference/data/<run>.json that the end-to-end tests compare against.

Usage: /usr/bin/python3 scripts/extract-reference.py DIR RUN...
       /usr/bin/python3 scripts/extract-reference.py --local DIR RUN...
DIR: the original tool's outputs (docs/cost-model.md §8): <run>.json, the tool's complete
output, and summary.csv, one row per run with its command, search and CPU seconds.
--local: runs of the original tool made on this project's machine (docs/performance.md,
"nn_dataflow runs made here"): DIR holds the tool's stdout <run>.json and a
<run>.summary.json with the command and CPU seconds (/usr/bin/time -v).
The figures are copied, never computed: they are the original tool's output."""
import json
import os
import sys

local = sys.argv[1] == "--local"
if local:
    del sys.argv[1]
src, runs = sys.argv[1], sys.argv[2:]
out_dir = os.path.join(os.path.dirname(__file__), "..", "test", "Reference", "data")
summary = {}
if local:
    for run in runs:
        with open(os.path.join(src, run + ".summary.json")) as f:
            summary[run] = json.load(f)
else:
    with open(os.path.join(src, "summary.csv")) as f:
        header = f.readline().rstrip("\n").split(",")
        for line in f:
            cells = line.rstrip("\n").split(",", len(header) - 1)
            summary[cells[0]] = dict(zip(header, cells))
for run in runs:
    with open(os.path.join(src, run + ".json")) as f:
        ref = json.load(f)
    layers = {}
    pipelined = ref.get("options", {}).get("partition_interlayer", False)
    for name, (scheme, _layout, seq) in ref["schedules"].items():
        layers[name] = {"cost": scheme["cost"], "time": scheme["time"],
                        "access": scheme["access"]}
        if pipelined:  # (segment, vertex, position) of inter-layer pipelining
            layers[name]["sched_seq"] = list(seq)
    row = summary[run]
    data = {
        "run": run,
        "source": ("stanford-mast/nn_dataflow, run on this project's machine on 2026-11-23 "
                   "(docs/performance.md, nn_dataflow runs made here)" if local else
                   "stanford-mast/nn_dataflow 198a527, run " + run + " (docs/cost-model.md section 8)"),
        "command": row["command"],
        "cpu_seconds": float(row["cpu_s"]),
        "total_cost": ref["total_cost"],
        "total_time": ref["total_time"],
        "total_accesses": ref["total_accesses"],
        "layers": layers,
    }
    if pipelined:
        data["segment_time"] = ref["segment_time"]
    # The tool's own search seconds (its timer, summary.csv's search_s).
    data["search_seconds"] = row["search_s"] if local else float(row["search_s"])
    with open(os.path.join(out_dir, run + ".json"), "w") as f:
        json.dump(data, f, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote", run, len(layers), "layers")
