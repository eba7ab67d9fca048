"""bench/systolic_oracle.py: the Python-2 semantics it runs the systolic optimizer with, and
its run of a checkout end to end, on a stand-in checkout written here in Python 2 syntax
(same entry points as the tool's dataflow_search.py / dnn_optimizer.py)."""

import importlib.util
import os
import textwrap

import pytest

from conftest import REPO_ROOT

spec = importlib.util.spec_from_file_location(
    "systolic_oracle", os.path.join(REPO_ROOT, "bench", "systolic_oracle.py"))
oracle = importlib.util.module_from_spec(spec)
spec.loader.exec_module(oracle)


def run_py2(source):
    ns = {}
    exec(oracle.PY2SEM, ns)
    exec(compile(oracle.translate(textwrap.dedent(source), "t.py")
                 .replace("from _py2sem import _py2_div, _py2_round, _py2_ceil, _py2_floor", ""),
                 "t.py", "exec"), ns)
    return ns


def test_python2_numeric_semantics():
    ns = run_py2("""
        import math
        a = 7 / 2
        b = 7.0 / 2
        c = round(2.5)
        d = round(-2.5)
        e = math.ceil(3.2)
        class K(object):
            def __init__(self):
                self.W = 961
                self.W /= 2
        f = K().W
        g = -7 / 2
        print "py2 print statement"
        h = map(lambda x: x * 2, [1, 2])
        """)
    assert ns["a"] == 3 and isinstance(ns["a"], int)
    assert ns["b"] == 3.5
    assert ns["c"] == 3.0 and isinstance(ns["c"], float)
    assert ns["d"] == -3.0  # half away from zero, not Python 3's banker's rounding
    assert ns["e"] == 4.0 and isinstance(ns["e"], float)
    assert ns["f"] == 480
    assert ns["g"] == -4  # floor, as Python 2
    assert ns["h"] == [2, 4]


STAND_IN_SEARCH = '''
import argparse
import dnn_optimizer
argparser = argparse.ArgumentParser("dataflow_search.py")
argparser.add_argument("--dnnfile", required=True)
argparser.add_argument("--static", type=bool, default=False)
argparser.add_argument("--split", type=bool, default=False)
argparser.add_argument("--combine", type=bool, default=False)
argparser.add_argument("--ifmap", nargs="+", type=int)
argparser.add_argument("--ifmap3d", nargs="+", type=int)
argparser.add_argument("--buffer_partition", nargs="+", type=float)
argparser.add_argument("--search_method", default="Constrained")
argparser.add_argument("--bufsize", type=float)
argparser.add_argument("--memory_bandwidth", type=float)
argparser.add_argument("--sa_size", type=float)
argparser.add_argument("--bit_width", type=float)
args = argparser.parse_args()

def import_dnn(filename, ifmap_dim, ifmap3d_dim):
    dnn = []
    for line in open(filename):
        ls = line.strip().split(",")
        dnn.append({"ifmap": ifmap_dim, "out_channel": int(ls[0]),
                    "kernel": [int(ls[1]), int(ls[2])], "stride": int(ls[3]),
                    "Deconv?": ls[4] == "True", "type": "2D"})
        ifmap_dim = [ifmap_dim[0]/int(ls[3]), ifmap_dim[1]/int(ls[3]), int(ls[0])]
    return dnn

def hardware_constraints(sa_size=16.0, mem_bw=25.6, buf=1.0, bit_width=16.0):
    return [sa_size, mem_bw, buf, bit_width]

def system_config(args, meta_data):
    meta_data["method"] = args.search_method
    meta_data["schedule"] = {"static": args.static, "split": args.split,
                             "combine": args.combine}
    return meta_data
'''

# Figures that depend on Python 2 semantics: W / 2 floors, round() half away from zero.
STAND_IN_OPTIMIZER = '''
def opti_dnn(meta_data, hw):
    if meta_data["method"] == "Combined":
        raise NameError("global name 'data' is not defined")
    out = []
    for layer in meta_data["dnn"]:
        cycles = round(layer["ifmap"][0] / 2 * 1.5)
        if meta_data["schedule"]["split"]:
            out.append({"result": [{"total_cycle": cycles, "total_transfer": 1.0},
                                   {"total_cycle": cycles, "total_transfer": 2.0}]})
        else:
            out.append({"result": {"total_cycle": cycles, "total_transfer": 7 / 2}})
    print "done"
    return out
'''


def test_runs_a_checkout(tmp_path):
    checkout = tmp_path / "checkout"
    (checkout / "dnns").mkdir(parents=True)
    (checkout / "dataflow_search.py").write_text(STAND_IN_SEARCH)
    (checkout / "dnn_optimizer.py").write_text(STAND_IN_OPTIMIZER)
    (checkout / "dnns" / "tiny.txt").write_text("64,7,7,2,False\n")
    lines = oracle.run_checkout(str(checkout), set(), timeout=120)
    by_case = {}
    for line in lines:
        by_case.setdefault(line.split()[1], []).append(line)
    # 4 methods x 3 deconvolution flag sets
    assert len(by_case) == 12
    # 960 / 2 = 480 (integer), * 1.5 = 720.0; 7 / 2 = 3 (integer)
    assert by_case["exhaustive"] == [
        "tiny exhaustive 0 0 2D 960 576 0 6 64 7 7 0 2 False 720.0 3.0"]
    assert len(by_case["static-split"]) == 2
    assert by_case["combined"][0].startswith("tiny combined - crash NameError")


def test_from_json_rebuilds_the_layers(tmp_path):
    # A no-split run's printed dnn has the deconvolution's ifmap already upsampled (the
    # tool's aliasing); the records carry the layer as imported.
    meta = {"method": "Exhaustive", "schedule": {"static": False, "split": False,
                                                 "combine": False},
            "dnn": [{"Deconv?": False, "ifmap": [960, 576, 6], "kernel": [7, 7],
                     "out_channel": 64, "stride": 2, "type": "2D"},
                    {"Deconv?": True, "ifmap": [960, 576, 64], "kernel": [5, 5],
                     "out_channel": 128, "stride": 1, "type": "2D"}],
            "dnn_result": [{"result": {"total_cycle": 1.0, "total_transfer": 2.0}},
                           {"result": {"total_cycle": 3.0, "total_transfer": 4.0}}]}
    path = tmp_path / "g.json"
    path.write_text(__import__("json").dumps(meta))
    lines = oracle.from_json([str(path)], "test")
    assert lines == ["test exhaustive 0 0 2D 960 576 0 6 64 7 7 0 2 False 1.0 2.0",
                     "test exhaustive 1 0 2D 480 288 0 64 128 5 5 0 1 True 3.0 4.0"]
