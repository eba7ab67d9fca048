#!/usr/bin/env python3
"""Per DCGAN layer, latency (cycles) and DRAM traffic (words) of each systolic search method,
and each method's search time in CPU seconds (user+sys), for docs/performance.md.

    /usr/bin/python3 bench/systolic_dcgan.py [--dataflow-opt build/bin/dataflow-opt] [--repeat 20]

Runs examples/networks/dcgan.mlir on examples/accelerators/systolic16.mlir through
dataflow-decompose-deconv (split) and dataflow-schedule-systolic, once per method, reading the
report (JSON). A DCGAN layer's figures are the sums over its four stride-phase convolutions.
Search time: CPU seconds of `repeat` runs with the search minus `repeat` runs without it
(parse, decompose, print), divided by `repeat`.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
from collections import OrderedDict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
METHODS = ("exhaustive", "static", "constrained", "combined")


def child_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run(opt: str, passes: str) -> str:
    cmd = [opt, os.path.join(ROOT, "examples/networks/dcgan.mlir"),
           "--dataflow-attach-accelerator=file=" +
           os.path.join(ROOT, "examples/accelerators/systolic16.mlir"),
           "--dataflow-decompose-deconv", *passes.split(), "-o", os.devnull]
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def cpu_of(opt: str, passes: str, repeat: int) -> float:
    start = child_cpu()
    for _ in range(repeat):
        run(opt, passes)
    return child_cpu() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dataflow-opt", default=os.path.join(ROOT, "build/bin/dataflow-opt"))
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    figures = {}
    seconds = {}
    baseline = cpu_of(args.dataflow_opt, "", args.repeat)
    for m in METHODS:
        search = f"--dataflow-schedule-systolic=method={m}"
        report = json.loads(run(args.dataflow_opt, search + " --dataflow-report=file=-"))
        layers = OrderedDict()
        for layer in report["systolic_layers"]:
            name = layer["name"].split(".")[0]
            c, t = layers.get(name, (0.0, 0.0))
            layers[name] = (c + layer["cycles"], t + layer["transfer"])
        layers["total"] = (report["systolic_totals"]["cycles"],
                           report["systolic_totals"]["transfer"])
        figures[m] = layers
        seconds[m] = max(0.0, cpu_of(args.dataflow_opt, search, args.repeat) - baseline) / args.repeat
    names = list(figures[METHODS[0]])
    print("| layer | " + " | ".join(f"{m} cycles | {m} traffic" for m in METHODS) + " |")
    print("|---|" + "---:|" * (2 * len(METHODS)))
    for n in names:
        cells = []
        for m in METHODS:
            c, t = figures[m][n]
            cells += [f"{c:,.0f}", f"{t:,.0f}"]
        label = f"**{n}**" if n == "total" else n
        print(f"| {label} | " + " | ".join(cells) + " |")
    print()
    print("| method | search CPU seconds per run (16 phase convolutions) |")
    print("|---|---:|")
    for m in METHODS:
        print(f"| {m} | {seconds[m]:.4f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
