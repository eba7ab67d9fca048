"""Start-up cost of the tools: runs each one N times as a whole process on (next to) nothing,
an empty module for dataflow-opt and --help for dataflow-translate and dataflow-dse, and prints
the CPU milliseconds per run (user + sys of the child processes, from getrusage), the wall
milliseconds and the minor page faults. With --compare OTHER_BUILD the two builds run
alternately, round by round, so that both see the same load on a shared machine.

    /usr/bin/python3 bench/startup_time.py [--build build] [--compare OTHER_BUILD] \\
        [--runs 100] [--rounds 3] [--markdown]
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def commands(build, empty):
    """tool -> argv of one run."""
    binary = lambda tool: os.path.join(build, "bin", tool)  # noqa: E731
    return {
        "dataflow-opt (empty module)": [binary("dataflow-opt"), empty, "-o", os.devnull],
        "dataflow-translate --help": [binary("dataflow-translate"), "--help"],
        "dataflow-dse --help": [binary("dataflow-dse"), "--help"],
    }


def measure(argv, runs):
    """(CPU ms, wall ms, minor faults) per run, averaged over `runs` processes."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    for _ in range(runs):
        subprocess.run(argv, stdout=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return (1e3 * cpu / runs, 1e3 * wall / runs, (after.ru_minflt - before.ru_minflt) / runs)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default=os.path.join(REPO, "build"))
    parser.add_argument("--compare", help="a second build directory, timed alternately")
    parser.add_argument("--runs", type=int, default=100, help="processes per measurement")
    parser.add_argument("--rounds", type=int, default=3, help="measurements; the best is kept")
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    builds = [args.build] + ([args.compare] if args.compare else [])

    with tempfile.TemporaryDirectory() as tmp:
        empty = os.path.join(tmp, "empty.mlir")
        with open(empty, "w") as f:
            f.write("module {}\n")
        best = {}  # (build, tool) -> best (cpu, wall, faults)
        for _ in range(args.rounds):
            for build in builds:
                for tool, argv in commands(build, empty).items():
                    m = measure(argv, args.runs)
                    key = (build, tool)
                    if key not in best or m[0] < best[key][0]:
                        best[key] = m

    head = ["build", "run", "CPU ms", "wall ms", "page faults"]
    rows = [[build, tool, f"{m[0]:.2f}", f"{m[1]:.2f}", f"{m[2]:.0f}"]
            for (build, tool), m in best.items()]
    if args.markdown:
        print("| " + " | ".join(head) + " |")
        print("|" + "---|" * len(head))
        for r in rows:
            print("| " + " | ".join(r) + " |")
    else:
        for r in rows:
            print(f"{r[0]}  {r[1]:<28} cpu {r[2]:>6} ms  wall {r[3]:>6} ms  faults {r[4]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
