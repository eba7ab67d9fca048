"""Search time vs network size: schedules every example network (examples/networks) on one
Eyeriss node and every nn_dataflow reference run through dataflow-opt, measures the CPU seconds
of the whole process (user + sys, best of N), and plots them against the network's MACs beside
nn_dataflow's recorded CPU seconds for the reference runs. Prints the table it plotted.

    /usr/bin/python3 bench/search_scaling.py [--build build] [--repeat 3] \\
        [--plot docs/search-time-vs-size.png] [--markdown]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reference_runs  # noqa: E402  (same folder: its RUNS and run_once)

REPO = reference_runs.REPO


# tiny_all_ops covers every op kind, some of which (dilation, deconv before decomposition,
# grouped matmul) the one-node search rejects by design: not a network to time.
SKIP = {"tiny_all_ops"}


def example_networks():
    folder = os.path.join(REPO, "examples", "networks")
    return sorted(f[:-5] for f in os.listdir(folder) if f.endswith(".mlir") and f[:-5] not in SKIP)


def measure(binary, net, acc, opts, repeat, tmp):
    report = os.path.join(tmp, f"{net}-{acc}.json")
    cpu = min(reference_runs.run_once(binary, net, acc, opts, report) for _ in range(repeat))
    with open(report) as f:
        data = json.load(f)
    layers = sum(len(n["layers"]) for n in data["networks"])
    macs = sum(n["totals"]["ops"] for n in data["networks"])
    return layers, macs, cpu


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default=os.path.join(REPO, "build"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--plot", default=os.path.join(REPO, "docs", "search-time-vs-size.png"))
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    binary = os.path.join(args.build, "bin", "dataflow-opt")
    single, runs = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for net in example_networks():
            single.append((net, *measure(binary, net, "eyeriss", "", args.repeat, tmp)))
        for name, (net, acc, opts) in reference_runs.RUNS.items():
            layers, macs, cpu = measure(binary, net, acc, opts, args.repeat, tmp)
            with open(os.path.join(REPO, "test", "Reference", "data", name + ".json")) as f:
                ref = json.load(f)
            runs.append((name, layers, macs, cpu, ref["cpu_seconds"]))

    if args.markdown:
        print("| network (Eyeriss, 1 node, bypass allowed) | layers | MACs | CPU s |")
        print("|---|---|---|---|")
        for net, layers, macs, cpu in single:
            print(f"| {net} | {layers} | {macs:.3g} | {cpu:.3f} |")
        print()
        print("| reference run | layers | MACs | CPU s (ours) | CPU s (nn_dataflow) |")
        print("|---|---|---|---|---|")
        for name, layers, macs, cpu, theirs in runs:
            print(f"| {name} | {layers} | {macs:.3g} | {cpu:.3f} | {theirs:.2f} |")
    else:
        for net, layers, macs, cpu in single:
            print(f"{net:24s} layers {layers:4d}  MACs {macs:10.3g}  CPU {cpu:7.3f} s")
        for name, layers, macs, cpu, theirs in runs:
            print(f"{name:40s} layers {layers:4d}  MACs {macs:10.3g}  CPU {cpu:7.3f} s"
                  f"  nn_dataflow {theirs:7.2f} s")

    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    fig, ax = plt.subplots(figsize=(7, 4.5))
    ax.scatter([m for _, _, m, _ in single], [c for _, _, _, c in single], marker="o",
               label="dataflow-opt, example networks on Eyeriss (1 node)")
    for net, _, macs, cpu in single:
        ax.annotate(net, (macs, cpu), fontsize=6, xytext=(3, 2), textcoords="offset points")
    ax.scatter([r[2] for r in runs], [r[3] for r in runs], marker="s",
               label="dataflow-opt, nn_dataflow reference runs")
    ax.scatter([r[2] for r in runs], [r[4] for r in runs], marker="^",
               label="nn_dataflow (recorded), same runs")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("network MACs (batch included)")
    ax.set_ylabel("CPU seconds, whole process")
    ax.set_title("Search time vs network size")
    ax.grid(True, which="both", linewidth=0.3)
    ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(args.plot, dpi=120)
    print(f"plot: {os.path.relpath(args.plot, REPO)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
