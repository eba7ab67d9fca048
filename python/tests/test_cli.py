"""``python3 -m dataflow_opt``: model in (zoo, .mlir, .onnx, torchvision), report/table/plots
out, and clear errors."""

import json
import os
import subprocess
import sys

import pytest

from conftest import PYTHON_DIR, REPO_ROOT, built
from dataflow_opt import report as rp
from dataflow_opt.cli import main


def test_module_help():
    out = subprocess.run([sys.executable, "-m", "dataflow_opt", "--help"], cwd=PYTHON_DIR,
                         capture_output=True, text=True, check=True).stdout
    for text in ("usage: python3 -m dataflow_opt", "torchvision:NAME", "FILE.onnx", "zoo:NAME",
                 "eyeriss_isca16", "--plots DIR", "DATAFLOW_OPT"):
        assert text in out


@built
def test_zoo_model_all_outputs(tmp_path, capsys):
    j, d = str(tmp_path / "r.json"), str(tmp_path / "plots")
    net, ir = str(tmp_path / "net.mlir"), str(tmp_path / "sched.mlir")
    assert main(["zoo:mlp_s", "--batch", "2", "--json", j, "--plots", d,
                 "--emit-mlir", net, "--scheduled-ir", ir, "--threads", "1"]) == 0
    out, err = capsys.readouterr()
    assert out == ""  # no --table: the table is only the default when nothing else is asked
    r = rp.load(j)
    assert r.networks[0].name == "mlp_s" and r.layers[0].ops > 0
    assert sorted(os.listdir(d)) == ["mlp_s-energy.png", "mlp_s-time.png",
                                     "mlp_s-utilization.png"]
    assert all(os.path.getsize(os.path.join(d, f)) > 0 for f in os.listdir(d))
    assert "func.func @mlp_s" in open(net).read()
    assert "dataflow.layer_schedule" in open(ir).read()
    assert f"wrote {d}/mlp_s-energy.png" in err


@built
def test_mlir_file_table_and_json_stdout(capsys):
    alexnet = os.path.join(REPO_ROOT, "examples", "networks", "alexnet.mlir")
    assert main([alexnet, "--threads", "1", "--goal", "e"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("alex_net on eyeriss_isca16")
    assert "conv1" in out and "  total" in out
    # the physical line (issue 22): the Python preset states neither energy unit nor clock
    assert ("  physical: energy 80.79e9 in the accelerator's unit (not stated), no joules; "
            "time 70.29e6 cycles (no clock: clock_ghz gives seconds)") in out
    assert main([alexnet, "--threads", "1", "--json", "-", "--disable-bypass", "i,o,f"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["networks"][0]["name"] == "alex_net"
    assert all(layer["schedule"]["blocking"]["bypass"] == [] for layer in data["layers"])


@built
def test_grid_and_systolic_options(capsys):
    # --hybrid and --interlayer reach a node grid's search (the JSON's pipeline lists the
    # segments); --systolic-method a systolic array's (the layer's method).
    t16 = os.path.join(REPO_ROOT, "examples", "accelerators", "tetris_t16.mlir")
    assert main(["zoo:mlp_s", "-a", t16, "--hybrid", "--interlayer", "--threads", "1",
                 "--json", "-"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["networks"][0]["pipeline"]["segments"]
    assert all(layer["schedule"]["partition"] for layer in data["layers"])
    sys16 = os.path.join(REPO_ROOT, "examples", "accelerators", "systolic16.mlir")
    assert main(["zoo:mlp_s", "-a", sys16, "--systolic-method", "exhaustive", "--json", "-"]) == 0
    out = capsys.readouterr().out
    assert '"exhaustive"' in out


@built
def test_onnx_file_with_unsupported_node(tmp_path, capsys):
    onnx = pytest.importorskip("onnx")
    import numpy as np
    from onnx import TensorProto, helper, numpy_helper
    nodes = [helper.make_node("Conv", ["x", "w"], ["c"], name="conv"),
             helper.make_node("LRN", ["c"], ["y"], name="norm", size=3)]
    g = helper.make_graph(nodes, "small", [helper.make_tensor_value_info(
        "x", TensorProto.FLOAT, ["N", 3, 8, 8])], [helper.make_tensor_value_info(
            "y", TensorProto.FLOAT, None)],
        initializer=[numpy_helper.from_array(np.zeros((4, 3, 3, 3), np.float32), "w")])
    path = str(tmp_path / "small.onnx")
    onnx.save(helper.make_model(g, opset_imports=[helper.make_opsetid("", 13)]), path)
    assert main([path, "--batch", "3", "--table", "-a", "eyeriss_isscc16"]) == 0
    out, err = capsys.readouterr()
    assert "warning: ONNX node 'norm' (LRN)" in err
    assert out.startswith("small on eyeriss_isscc16") and "conv" in out


@built
def test_torchvision_model(capsys):
    pytest.importorskip("torchvision")
    assert main(["torchvision:mobilenet_v2", "--image-size", "64", "--threads", "1"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("mobilenet_v2 on eyeriss_isca16") and "classifier.1" in out


def test_import_only_needs_no_binary(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("DATAFLOW_OPT", str(tmp_path / "absent"))  # would fail if it ran
    assert main(["zoo:mlp_s", "--import-only"]) == 0
    assert capsys.readouterr().out.startswith("func.func @mlp_s(")
    out = str(tmp_path / "n.mlir")
    assert main(["zoo:mlp_s", "--import-only", "--emit-mlir", out]) == 0
    assert capsys.readouterr().out == "" and "func.func @mlp_s(" in open(out).read()
    assert main(["zoo:mlp_s"]) == 1
    assert "is not an executable file" in capsys.readouterr().err


@pytest.mark.parametrize("args, message", [
    (["missing.onnx"], "error: missing.onnx: no such file"),
    (["missing.mlir"], "error: missing.mlir: no such file"),
    (["zoo:nonet"], "error: unknown network 'nonet'"),
    (["zoo:alexnet", "-a", "nowhere"], "error: accelerator 'nowhere' is neither a preset"),
    ([__file__], "unknown model file type (expected .onnx or .mlir)"),
    ([os.path.join(REPO_ROOT, "examples", "networks", "alexnet.mlir"), "--batch", "2"],
     "--batch, --image-size and --dtype do not apply to .mlir input"),
    (["zoo:alexnet", "--image-size", "64"], "--image-size applies to torchvision models only"),
    (["zoo:alexnet", "--batch", "0"], "batch must be a positive integer"),
])
def test_errors(args, message, capsys):
    assert main(args) == 1
    assert message in capsys.readouterr().err


def test_bad_option_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as e:
        main(["zoo:alexnet", "--goal", "fast"])
    assert e.value.code == 2
    assert "invalid choice: 'fast'" in capsys.readouterr().err


@pytest.mark.parametrize("name, content, message", [
    ("corrupt.onnx", b"\x08\xff\xff\xff not protobuf", "corrupt.onnx: not a valid ONNX model ("),
    ("truncated.onnx", b"", None),  # an empty protobuf parses; the importer names what is missing
    ("empty.mlir", b"", "empty.mlir: the file is empty, it holds no network"),
    ("blank.mlir", b"  \n\n", "blank.mlir: the file is empty, it holds no network"),
])
def test_unreadable_files_are_one_line(tmp_path, capsys, name, content, message):
    # #24: a corrupt or empty file is one "error:" line naming it, never a traceback.
    path = tmp_path / name
    path.write_bytes(content)
    assert main([str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: ") and "Traceback" not in err, err
    if message:
        assert message in err, err
