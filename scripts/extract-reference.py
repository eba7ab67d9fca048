"""Extracts the per-layer and total figures of nn_dataflow reference runs into the small
JSON files test/Reference/data/<run>.json that the end-to-end tests compare against.

Usage: /usr/bin/python3 scripts/extract-reference.py ../shared/reference/nn_dataflow RUN...
The figures are copied, never computed: they are the original tool's output."""
import json
import os
import sys

src, runs = sys.argv[1], sys.argv[2:]
out_dir = os.path.join(os.path.dirname(__file__), "..", "test", "Reference", "data")
summary = {}
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
        "source": "stanford-mast/nn_dataflow 198a527, shared/reference/nn_dataflow/" + run,
        "command": row["command"],
        "cpu_seconds": float(row["cpu_s"]),
        "total_cost": ref["total_cost"],
        "total_time": ref["total_time"],
        "total_accesses": ref["total_accesses"],
        "layers": layers,
    }
    if pipelined:
        data["segment_time"] = ref["segment_time"]
    with open(os.path.join(out_dir, run + ".json"), "w") as f:
        json.dump(data, f, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote", run, len(layers), "layers")
