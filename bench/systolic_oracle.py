#!/usr/bin/env python3
"""The systolic-array dataflow optimizer as an oracle: per-layer cycles and DRAM transfers of
every network file it ships, under every method and flag combination, as a data file that
unittests/CostModel/Systolic/SystolicOracleTest.cpp replays against our model.

The tool (horizon-research/systolic-array-dataflow-optimizer) is Python 2.7 code. Nothing is
fetched: give the path of a local checkout. Its sources are copied to a temporary directory
and run under this Python 3 with Python-2 numeric semantics, which its figures depend on:
`a / b` of two integers is floor division, `round` rounds half away from zero and returns a
float, `math.ceil` / `math.floor` return floats (lib2to3 converts the rest of the syntax).
Each (network, case) runs in its own subprocess; one that raises or times out is recorded as
a crash with the exception, so a run of the whole matrix always finishes.

    /usr/bin/python3 bench/systolic_oracle.py --checkout ~/src/systolic-array-dataflow-optimizer \\
        -o unittests/CostModel/data/systolic_oracle.txt

The tool's own printed result dicts (the pprint of dataflow_search.py, as JSON) convert the
same way, without a checkout:

    /usr/bin/python3 bench/systolic_oracle.py --from-json g2_exhaustive_test.json ... -o FILE

Cases: static (--static True --buffer_partition 3 3 4), exhaustive, constrained and combined
(--search_method ...), each without split, with --split True, and with --split True
--combine True. Hardware: the tool's runner.sh (16x16 array, 1572864-byte buffer compared with
element counts, 16-bit words, 25.6 GB/s), ifmap 960x576x6 (2-D) and 480x288x96x64 (3-D).

Data file, one line per layer result (sub = the sub-kernel index of a split deconvolution):
  network case layer sub kind W H D Ci Co Kw Kh Kd stride deconv total_cycle total_transfer
(kind 2D or 3D; D and Kd are 0 for 2D), and per crashed case
  network case - crash <exception text>
"""

import argparse
import ast
import copy
import glob
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile

METHODS = {
    "static": ["--static", "True", "--buffer_partition", "3", "3", "4"],
    "exhaustive": ["--search_method", "Exhaustive"],
    "constrained": ["--search_method", "Constrained"],
    "combined": ["--search_method", "Combined"],
}
DECONV = {"": [], "-split": ["--split", "True"],
          "-split-combine": ["--split", "True", "--combine", "True"]}
HARDWARE = ["--bufsize", "1572864", "--bit_width", "16", "--memory_bandwidth", "25.6",
            "--sa_size", "16", "--ifmap", "960", "576", "6", "--ifmap3d", "480", "288", "96", "64"]

# The helpers the translated sources call (Python 2 semantics).
PY2SEM = '''
import math as _math
try:
    import numpy as _np
    _INTS = (int, _np.integer)
except ImportError:
    _INTS = (int,)

def _py2_div(a, b):
    if isinstance(a, _INTS) and isinstance(b, _INTS):
        return a // b
    return a / b

def _py2_round(x, n=0):
    m = 10.0 ** n
    y = abs(x) * m
    r = _math.floor(y + 0.5)
    return float((r if x >= 0 else -r) / m)

def _py2_ceil(x):
    return float(_math.ceil(x))

def _py2_floor(x):
    return float(_math.floor(x))
'''


class Py2Semantics(ast.NodeTransformer):
    """`/` -> _py2_div, round -> _py2_round, math.ceil/floor -> float versions."""

    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Div):
            return ast.copy_location(
                ast.Call(ast.Name("_py2_div", ast.Load()), [node.left, node.right], []), node)
        return node

    def visit_AugAssign(self, node):
        self.generic_visit(node)
        if not isinstance(node.op, ast.Div):
            return node
        load = copy.deepcopy(node.target)
        for n in ast.walk(load):
            if hasattr(n, "ctx"):
                n.ctx = ast.Load()
        value = ast.Call(ast.Name("_py2_div", ast.Load()), [load, node.value], [])
        return ast.copy_location(ast.Assign([node.target], value), node)

    def visit_Call(self, node):
        self.generic_visit(node)
        f = node.func
        if isinstance(f, ast.Name) and f.id == "round":
            node.func = ast.Name("_py2_round", ast.Load())
        elif (isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name)
              and f.value.id == "math" and f.attr in ("ceil", "floor")):
            node.func = ast.Name("_py2_" + f.attr, ast.Load())
        return node


def translate(source, name):
    """Python 2 source -> Python 3 source with Python 2 numeric semantics."""
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from lib2to3 import refactor
    fixers = refactor.get_fixers_from_package("lib2to3.fixes")
    tool = refactor.RefactoringTool(fixers)
    if not source.endswith("\n"):
        source += "\n"
    py3 = str(tool.refactor_string(source, name))
    tree = Py2Semantics().visit(ast.parse(py3, name))
    ast.fix_missing_locations(tree)
    prelude = ast.parse("from _py2sem import _py2_div, _py2_round, _py2_ceil, _py2_floor")
    body = tree.body
    at = 0
    while at < len(body) and isinstance(body[at], ast.ImportFrom) and \
            body[at].module == "__future__":
        at += 1
    tree.body = body[:at] + prelude.body + body[at:]
    return ast.unparse(tree)


def prepare(checkout, workdir):
    """The checkout's Python files translated into workdir, its dnns/ copied."""
    for path in glob.glob(os.path.join(checkout, "*.py")):
        with open(path, encoding="utf-8", errors="replace") as f:
            text = translate(f.read(), os.path.basename(path))
        with open(os.path.join(workdir, os.path.basename(path)), "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(workdir, "_py2sem.py"), "w", encoding="utf-8") as f:
        f.write(PY2SEM)
    shutil.copytree(os.path.join(checkout, "dnns"), os.path.join(workdir, "dnns"))


# Runs one case inside the translated tree (argv: workdir dnnfile flags...); prints JSON.
CHILD = r'''
import copy, json, os, runpy, sys
work, dnnfile, flags = sys.argv[1], sys.argv[2], sys.argv[3:]
sys.path.insert(0, work)
os.chdir(work)
import matplotlib
matplotlib.use("Agg")
sys.argv = ["dataflow_search.py", "--dnnfile", dnnfile] + flags
g = runpy.run_path(os.path.join(work, "dataflow_search.py"), run_name="oracle")
args = g["args"]
meta = g["system_config"](args, {})
dnn = g["import_dnn"](args.dnnfile, args.ifmap, args.ifmap3d)
layers = copy.deepcopy(dnn)
meta["dnn"] = dnn
hw = g["hardware_constraints"](sa_size=args.sa_size, mem_bw=args.memory_bandwidth,
                               buf=args.bufsize, bit_width=args.bit_width)
results = g["dnn_optimizer"].opti_dnn(meta, hw)
def plain(x):
    if isinstance(x, dict):
        return {str(k): plain(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [plain(v) for v in x]
    if hasattr(x, "item"):
        return x.item()
    return x
print(json.dumps({"layers": plain(layers), "results": plain([r["result"] for r in results])}))
'''


def records(network, case, layers, results):
    """Data-file lines of one run: the layers as imported, the results per layer/sub."""
    out = []
    for i, (layer, result) in enumerate(zip(layers, results)):
        if layer.get("type") not in ("2D", "3D"):
            continue  # MLP / FC layers: not in our systolic conv model
        three = layer["type"] == "3D"
        ifmap = layer["ifmap"]
        w, h = ifmap[0], ifmap[1]
        d = ifmap[2] if three else 0
        ci = ifmap[3] if three else ifmap[2]
        k = list(layer["kernel"]) + ([] if three else [0])
        subs = result if isinstance(result, list) else [result]
        for s, r in enumerate(subs):
            if r is None:
                out.append(f"{network} {case} {i} {s} none")
                continue
            out.append(" ".join(str(x) for x in [
                network, case, i, s, layer["type"], int(w), int(h), int(d), int(ci),
                int(layer["out_channel"]), int(k[0]), int(k[1]), int(k[2]),
                int(layer["stride"]), layer["Deconv?"], repr(float(r["total_cycle"])),
                repr(float(r["total_transfer"]))]))
    return out


def case_name(meta):
    s = meta["schedule"]
    method = "static" if s["static"] else meta["method"].lower()
    return method + ("-split-combine" if s["split"] and s["combine"]
                     else "-split" if s["split"] else "")


def from_json(paths, network):
    """The tool's printed result dicts -> data-file lines. A no-split run mutates the deconv
    layer's ifmap in its `dnn` (the tool's aliasing), so the layers are rebuilt from the
    first layer as the tool's import_dnn does."""
    lines = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            meta = json.load(f)
        layers, ifmap = [], None
        for layer in meta["dnn"]:
            layer = dict(layer)
            if ifmap is None:
                ifmap = list(layer["ifmap"])
            layer["ifmap"] = list(ifmap)
            layers.append(layer)
            grow = 2 if layer["Deconv?"] else 1
            ifmap = [x * grow // layer["stride"] for x in ifmap[:-1]] + [layer["out_channel"]]
        lines += records(network, case_name(meta), layers,
                         [r["result"] for r in meta["dnn_result"]])
    return lines


def run_checkout(checkout, networks, timeout):
    lines = []
    with tempfile.TemporaryDirectory(prefix="systolic_oracle_") as work:
        prepare(checkout, work)
        files = sorted(glob.glob(os.path.join(work, "dnns", "*.txt")))
        for path in files:
            network = os.path.splitext(os.path.basename(path))[0]
            if networks and network not in networks:
                continue
            for method, mflags in METHODS.items():
                for deconv, dflags in DECONV.items():
                    case = method + deconv
                    cmd = [sys.executable, "-c", CHILD, work, os.path.join("dnns",
                           os.path.basename(path))] + mflags + dflags + HARDWARE
                    try:
                        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
                    except subprocess.TimeoutExpired:
                        lines.append(f"{network} {case} - crash timeout after {timeout} s")
                        continue
                    if p.returncode != 0:
                        err = (p.stderr.strip().splitlines() or ["exit %d" % p.returncode])[-1]
                        lines.append(f"{network} {case} - crash {err}")
                    else:
                        d = json.loads(p.stdout.strip().splitlines()[-1])
                        lines += records(network, case, d["layers"], d["results"])
                    print(f"{network} {case}: {lines[-1][:100]}", file=sys.stderr)
    return lines


HEADER = """# Per-layer results of the systolic-array dataflow optimizer
# (horizon-research/systolic-array-dataflow-optimizer), written by bench/systolic_oracle.py.
# Hardware (runner.sh): --bufsize 1572864 --bit_width 16 --memory_bandwidth 25.6 --sa_size 16.
# columns: network case layer sub kind W H D Ci Co Kw Kh Kd stride deconv total_cycle total_transfer
#      or: network case - crash <exception>
"""


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--checkout", help="a local checkout of the tool (nothing is fetched)")
    src.add_argument("--from-json", nargs="+", metavar="JSON",
                     help="the tool's printed result dicts, as JSON")
    ap.add_argument("--network", action="append", default=[],
                    help="only these dnns/<network>.txt (default: every one); with "
                         "--from-json the network name to record (default test)")
    ap.add_argument("--timeout", type=float, default=600, help="seconds per case")
    ap.add_argument("-o", "--output", default="-")
    args = ap.parse_args(argv)
    if args.checkout:
        lines = run_checkout(args.checkout, set(args.network), args.timeout)
    else:
        lines = from_json(args.from_json, (args.network or ["test"])[0])
    text = HEADER + "\n".join(lines) + "\n"
    if args.output == "-":
        sys.stdout.write(text)
    else:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
