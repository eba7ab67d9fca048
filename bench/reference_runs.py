"""Side-by-side with nn_dataflow: schedules each reference run (single- and multi-node) through
dataflow-opt, measures its CPU time (user + sys of the whole process, best of N runs) and its
search seconds (the report's search_seconds: the passes, parsing excluded), and prints our
energy, time and search seconds beside the original tool's, with the ratios. The tool's figures,
CPU and search seconds are the repository's recorded test/Reference/data/*.json
(docs/cost-model.md §8; scripts/extract-reference.py); --summary FILE (the tool's summary.csv)
overrides the search seconds.

Reference runs exist for AlexNet single node (four configurations) and for the multi-node
cases. VGG-16 on one Eyeriss node (with and without bypass) has no run among the original
reference runs; the original tool was run for it on this machine (docs/performance.md,
"nn_dataflow runs made here"), and its CPU seconds are this machine's: compare the speed-up of
those two rows with the AlexNet runs re-timed here (the same section), not with the others.

    /usr/bin/python3 bench/reference_runs.py [--build build] [--repeat 5] [--markdown]
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# run -> (network file, accelerator file, pipeline options), as test/Reference/*.mlir.
RUNS = {
    "eyeriss_isca16_alexnet_b16": ("alexnet", "eyeriss", "disable-bypass=i,o,f"),
    "eyeriss_alexnet_b16_bypass": ("alexnet", "eyeriss", ""),
    "eyeriss_isscc16_alexnet_b4": ("alexnet_b4", "eyeriss_isscc16", "disable-bypass=i,o,f"),
    "tetris_L1_alexnet_b16": ("alexnet", "tetris_l1", "disable-bypass=i,o,f"),
    # Run on this machine (scripts/extract-reference.py --local).
    "eyeriss_isca16_vgg_b16": ("vgg16", "eyeriss", "disable-bypass=i,o,f"),
    "eyeriss_vgg_b16_bypass": ("vgg16", "eyeriss", ""),
    # Multi-node (dataflow-partition-layers runs first), as test/Reference/*.mlir.
    "tetris_T16_alexnet_b16_base": ("alexnet", "tetris_t16", ""),
    "tetris_T16_alexnet_b16_solve": ("alexnet", "tetris_t16", "method=solver"),
    "tetris_T16_alexnet_b16_af": ("alexnet", "tetris_t16", "access-forwarding=true"),
    "tetris_T16_alexnet_b16_hybrid_solve": ("alexnet", "tetris_t16", "method=solver hybrid=true"),
    "tetris_T16_vgg_b16_base": ("vgg16", "tetris_t16", ""),
    "mesh8x8_2D_alexnet_b16_hybrid_solve": ("alexnet", "mesh8x8_2d", "method=solver hybrid=true"),
    "mesh8x8_2D_gbuf8k_alexnet_b16_hybrid_bs": ("alexnet", "mesh8x8_2d_gbuf8k",
                                                "hybrid=true buffer-sharing=true"),
    "mesh4x4_2D_lstm_phoneme_b16_base": ("lstm_phoneme", "mesh4x4_2d", ""),
}
# Networks without a reference run, scheduled for their figures and time only.
EXTRA = {}


def read_summary(path):
    """run name -> the tool's own search seconds (summary.csv search_s); {} without a file."""
    if not path:
        return {}
    with open(path, newline="") as f:
        return {row["name"]: float(row["search_s"]) for row in csv.DictReader(f)}


def run_once(binary, network, accelerator, options, report):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([binary, os.path.join(REPO, "examples", "networks", network + ".mlir"),
                    f"--dataflow-attach-accelerator=file="
                    f"{os.path.join(REPO, 'examples', 'accelerators', accelerator + '.mlir')}",
                    f"--dataflow-schedule={options} report={report} lower=false progress=off",
                    "-o", os.devnull], check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default=os.path.join(REPO, "build"))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--summary", default=None,
                        help="nn_dataflow's summary.csv, whose search seconds replace the "
                             "recorded ones (optional)")
    args = parser.parse_args()
    binary = os.path.join(args.build, "bin", "dataflow-opt")
    if args.summary and not os.path.isfile(args.summary):
        parser.error(f"--summary {args.summary}: no such file (nn_dataflow's summary.csv; "
                     "leave it out to use the recorded test/Reference/data)")
    tool_search = read_summary(args.summary)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, (net, acc, opts) in {**RUNS, **EXTRA}.items():
            report = os.path.join(tmp, name + ".json")
            best = None
            for _ in range(args.repeat):
                cpu = run_once(binary, net, acc, opts, report)
                with open(report) as f:
                    search = json.load(f)["search_seconds"]
                if best is None or cpu < best[0]:
                    best = (cpu, search)
            with open(report) as f:
                totals = json.load(f)["totals"]
            ref = None
            if name in RUNS:
                with open(os.path.join(REPO, "test", "Reference", "data", name + ".json")) as f:
                    ref = json.load(f)
            rows.append((name, totals["energy"], totals["time"], best[0], best[1], ref))
    sep = " | " if args.markdown else "  "
    head = ["run", "energy (ours)", "energy (nn_dataflow)", "energy ratio", "time (ours)",
            "time (nn_dataflow)", "time ratio", "search s (ours)", "search s (nn_dataflow)",
            "CPU s (ours)", "CPU s (nn_dataflow)", "speed-up (CPU)", "speed-up (search)"]
    if args.markdown:
        print("| " + " | ".join(head) + " |")
        print("|" + "---|" * len(head))
    else:
        print(sep.join(head))
    for name, energy, time, cpu, search, ref in rows:
        if ref:
            theirs = tool_search.get(name, ref.get("search_seconds"))
            cells = [name, f"{energy:.6g}", f"{ref['total_cost']:.6g}",
                     f"{energy / ref['total_cost']:.4f}", str(time), str(ref["total_time"]),
                     f"{time / ref['total_time']:.4f}", f"{search:.3f}",
                     f"{theirs:.2f}" if theirs is not None else "-", f"{cpu:.3f}",
                     f"{ref['cpu_seconds']:.2f}", f"{ref['cpu_seconds'] / cpu:.0f}x",
                     f"{theirs / search:.0f}x" if theirs is not None and search > 0 else "-"]
        else:
            cells = [name, f"{energy:.6g}", "no reference run", "-", str(time), "-", "-",
                     f"{search:.3f}", "-", f"{cpu:.3f}", "-", "-", "-"]
        print(("| " + " | ".join(cells) + " |") if args.markdown else sep.join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
