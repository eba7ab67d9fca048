"""Side by side with the original nn_dataflow, timed in one run: for each reference run
(test/Reference/*.mlir; the tool's recorded command in test/Reference/data/<run>.json), runs
the original tool and our dataflow-opt alternately, N rounds, and prints the CPU seconds (user
+ sys of each whole process, best of the rounds) with the ratio, and both tools' network
energy.

The original tool (stanford-mast/nn_dataflow, public) is not part of this repository: pass the
folder of an unpacked copy with --nn-dataflow. It runs under this machine's Python 3 with two
run-time shims written to a temporary folder on its PYTHONPATH, neither changing its model nor
its files: `fastcache` (not packaged for Debian) mapped to functools.lru_cache, and, for
--interlayer-partition only, sympy's Piecewise leaving relations with a boolean side
untouched (sympy >= 1.11 fails on them in the tool's pipelining code).

    /usr/bin/python3 bench/nn_dataflow_side_by_side.py --nn-dataflow /path/to/nn_dataflow \\
        [--build build] [--rounds 2] [--only alexnet] [--markdown]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shlex
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reference_runs  # noqa: E402  (same folder: RUNS and run_once)

REPO = reference_runs.REPO
# Runs whose dataflow-opt options are not in reference_runs.RUNS.
EXTRA = {
    "tetris_T16_alexnet_b16_hybrid_solve_interlayer":
        ("alexnet", "tetris_t16", "method=solver hybrid=true interlayer=true"),
}

FASTCACHE_SHIM = """\
# Run-time shim (bench/nn_dataflow_side_by_side.py): fastcache's clru_cache as lru_cache.
import functools


def clru_cache(maxsize=128, typed=False, state=None, unhashable="error"):
    return functools.lru_cache(maxsize=maxsize, typed=typed)
"""

# sympy >= 1.11 canonicalises every relation of a Piecewise condition, which fails on the
# relations with a boolean side that the tool's pipelining code builds: leave those untouched.
SITECUSTOMIZE_SHIM = """\
# Run-time shim (bench/nn_dataflow_side_by_side.py), only for --interlayer-partition.
try:
    import sympy.functions.elementary.piecewise as _pw
    from sympy.logic.boolalg import Boolean as _Boolean

    if hasattr(_pw, "_canonical_coeff"):
        _orig = _pw._canonical_coeff

        def _canonical_coeff(rel):
            if getattr(rel, "is_Relational", False) and (
                    isinstance(rel.lhs, _Boolean) or isinstance(rel.rhs, _Boolean)):
                return rel
            return _orig(rel)

        _pw._canonical_coeff = _canonical_coeff
except ImportError:  # no sympy: the tool fails on its own
    pass
"""


def cpu_children():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def tool_command(name):
    with open(os.path.join(REPO, "test", "Reference", "data", name + ".json")) as f:
        data = json.load(f)
    args = shlex.split(data["command"])
    assert args[:3] == ["python3", "-m", "nn_dataflow.tools.nn_dataflow_search"], args
    return args[1:], data


def run_tool(tool_dir, shim_dir, args, out_json):
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([tool_dir, shim_dir])
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # leave the tool's folder as it is
    before = cpu_children()
    with open(out_json, "w") as out:
        proc = subprocess.run([sys.executable] + args, cwd=tool_dir, env=env, stdout=out,
                              stderr=subprocess.PIPE, text=True)
    seconds = cpu_children() - before
    if proc.returncode != 0:
        raise RuntimeError(f"nn_dataflow {' '.join(args)} failed:\n{proc.stderr[-2000:]}")
    with open(out_json) as f:
        return seconds, json.load(f)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nn-dataflow", required=True,
                        help="an unpacked stanford-mast/nn_dataflow (the folder holding the "
                             "nn_dataflow package)")
    parser.add_argument("--build", default=os.path.join(REPO, "build"))
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--only", default=None, help="runs whose name contains this")
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    tool_dir = os.path.abspath(args.nn_dataflow)
    if not os.path.isdir(os.path.join(tool_dir, "nn_dataflow", "tools")):
        parser.error(f"--nn-dataflow {tool_dir}: no nn_dataflow/tools folder there")
    binary = os.path.join(args.build, "bin", "dataflow-opt")
    runs = {**reference_runs.RUNS, **EXTRA}
    names = [n for n in runs
             if os.path.isfile(os.path.join(REPO, "test", "Reference", "data", n + ".json")) and
             (args.only is None or args.only in n)]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        shim_dir = os.path.join(tmp, "shims")
        os.makedirs(shim_dir)
        with open(os.path.join(shim_dir, "fastcache.py"), "w") as f:
            f.write(FASTCACHE_SHIM)
        for name in names:
            net, acc, opts = runs[name]
            targs, _ = tool_command(name)
            shims = shim_dir
            if "--interlayer-partition" in targs:
                shims = os.path.join(tmp, "shims-interlayer")
                os.makedirs(shims, exist_ok=True)
                with open(os.path.join(shims, "fastcache.py"), "w") as f:
                    f.write(FASTCACHE_SHIM)
                with open(os.path.join(shims, "sitecustomize.py"), "w") as f:
                    f.write(SITECUSTOMIZE_SHIM)
            report = os.path.join(tmp, name + ".report.json")
            tool_out = os.path.join(tmp, name + ".tool.json")
            ours, theirs = [], []
            tool_result = None
            for _ in range(args.rounds):
                # Alternate: the tool, then ours, each round.
                try:
                    seconds, tool_result = run_tool(tool_dir, shims, targs, tool_out)
                    theirs.append(seconds)
                except RuntimeError as e:
                    print(f"{name}: {e}", file=sys.stderr)
                    break
                ours.append(reference_runs.run_once(binary, net, acc, opts, report))
            if not theirs:
                continue
            with open(report) as f:
                energy = json.load(f)["totals"]["energy"]
            rows.append((name, min(theirs), min(ours), tool_result["total_cost"], energy))
            print(f"{name}: nn_dataflow {min(theirs):.2f} s, ours {min(ours):.3f} s",
                  file=sys.stderr, flush=True)
    head = ["run", "CPU s (nn_dataflow)", "CPU s (ours)", "ratio", "energy (nn_dataflow)",
            "energy (ours)", "energy ours/tool"]
    if args.markdown:
        print("| " + " | ".join(head) + " |")
        print("|" + "---|" * len(head))
    else:
        print("  ".join(head))
    for name, t, o, et, eo in rows:
        cells = [name, f"{t:.2f}", f"{o:.3f}", f"{t / o:.0f}x", f"{et:.6g}", f"{eo:.6g}",
                 f"{eo / et:.6f}"]
        print(("| " + " | ".join(cells) + " |") if args.markdown else "  ".join(cells))


if __name__ == "__main__":
    main()
