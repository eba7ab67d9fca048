"""Issue 19's import-speed items: the torch.fx path does not need ONNX, and the ONNX importer
is linear in the file size. Linear, measured without a clock: the weights are read once;
shape inference and folding (the repeated part of an import) run on the graph without its
weights, so what each round reads does not grow with the weights and grows in proportion to
the graph, and the rounds are at most onnx_import._ROUNDS whatever the graph's length (the
importer folds the shape arithmetic the rounds leave as it meets it)."""

import os
import subprocess
import sys

import pytest

PYTHON_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_fx_path_does_not_import_onnx():
    pytest.importorskip("torch")
    pytest.importorskip("torchvision")
    code = (
        "import sys\n"
        "sys.modules['onnx'] = None  # any 'import onnx' now raises ImportError\n"
        "from dataflow_opt import torchvision_model, from_torch\n"
        "import torch\n"
        "net = torchvision_model('resnet18', image_size=64)\n"
        "assert net.coverage['left_out'] == [], net.coverage\n"
        "m = torch.nn.Sequential(torch.nn.Conv2d(3, 4, 3), torch.nn.ReLU())\n"
        "print(len(from_torch(m, (1, 3, 8, 8)).layers), net.coverage['model_macs'])\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": PYTHON_DIR}, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    # resnet18 on 64 x 64: 1/12.25 of its 1.814 GMACs at 224 x 224 but for the rounding
    # of its 7x7 stem and pools
    layers, macs = out.stdout.split()
    assert layers == "1" and int(macs) > 0


def _chain(onnx, blocks, channels):
    """``blocks`` convolutions of ``channels`` channels (3x3, pad 1) with their shapes
    written as PyTorch writes them: each Reshape's target from Shape/Gather/Concat."""
    import numpy as np
    from onnx import TensorProto, helper, numpy_helper
    nodes, inits = [], []
    x = "x"
    for i in range(blocks):
        w = f"w{i}"
        inits.append(numpy_helper.from_array(
            np.zeros((channels, channels, 3, 3), np.float32), w))
        nodes += [helper.make_node("Conv", [x, w], [f"c{i}"], name=f"conv{i}",
                                   pads=[1, 1, 1, 1]),
                  helper.make_node("Shape", [f"c{i}"], [f"s{i}"]),
                  helper.make_node("Reshape", [f"c{i}", f"s{i}"], [f"r{i}"], name=f"view{i}")]
        x = f"r{i}"
    g = helper.make_graph(nodes, "chain", [helper.make_tensor_value_info(
        "x", TensorProto.FLOAT, [1, channels, 8, 8])], [helper.make_tensor_value_info(
            x, TensorProto.FLOAT, None)], inits)
    return helper.make_model(g, opset_imports=[helper.make_opsetid("", 13)])


def _rounds(monkeypatch, model):
    """(rounds of shape inference, bytes of the model each round got) of one import."""
    import warnings

    from onnx import shape_inference

    from dataflow_opt.importers import from_onnx
    seen = []
    real = shape_inference.infer_shapes

    def spy(m, *a, **k):
        seen.append(m.ByteSize())
        return real(m, *a, **k)
    monkeypatch.setattr(shape_inference, "infer_shapes", spy)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        net = from_onnx(model)
    assert len([o for o in net.layers if o.op == "conv"]) == len(
        [n for n in model.graph.node if n.op_type == "Conv"])
    return len(seen), seen


def test_onnx_import_rounds_do_not_read_the_weights(monkeypatch):
    onnx = pytest.importorskip("onnx")
    small = _chain(onnx, 8, 4)       # weights: 8 x 576 B
    big = _chain(onnx, 8, 64)        # weights: 8 x 147 kB
    assert big.ByteSize() > 100 * small.ByteSize() // 2
    n_small, bytes_small = _rounds(monkeypatch, small)
    n_big, bytes_big = _rounds(monkeypatch, big)
    assert n_small == n_big
    # every round reads the graph (what folding adds to it), not the 1.2 MB of weights
    assert bytes_big[0] == bytes_small[0] and max(bytes_big) < big.ByteSize() // 50


def test_onnx_import_rounds_grow_with_the_graph_not_its_length(monkeypatch):
    onnx = pytest.importorskip("onnx")
    from dataflow_opt.importers import onnx_import
    n8, bytes8 = _rounds(monkeypatch, _chain(onnx, 8, 16))
    # 64 Reshapes each to the shape of the conv before: shape inference stops at each;
    # the rounds stop at their limit and the importer folds the rest as it goes
    n64, bytes64 = _rounds(monkeypatch, _chain(onnx, 64, 16))
    assert n8 <= n64 == onnx_import._ROUNDS
    # a round reads the graph: 8 times the blocks, 8 times the bytes (within 25%)
    assert 0.75 * 8 <= bytes64[0] / bytes8[0] <= 1.25 * 8


def test_onnx_fixed_batch_is_never_silently_another(tmp_path, capsys):
    # docs/import-and-embed.md's export: torch.onnx.export fixes the batch unless told
    # (dynamic_axes); asking for another batch is an error, not a batch-1 network
    onnx = pytest.importorskip("onnx")
    from dataflow_opt.cli import main
    from dataflow_opt.importers import from_onnx
    fixed = _chain(onnx, 2, 4)  # input x: 1 x 4 x 8 x 8
    assert from_onnx(fixed).shape("x") == (1, 4, 8, 8)
    assert from_onnx(fixed, batch=1).shape("x") == (1, 4, 8, 8)
    with pytest.raises(ValueError, match=r"ONNX input 'x' has a fixed batch of 1, not the 4 "
                                         r"asked for; export the model with a free batch dim"):
        from_onnx(fixed, batch=4)
    path = str(tmp_path / "fixed.onnx")
    onnx.save(fixed, path)
    assert main([path, "--batch", "4", "--import-only"]) != 0
    assert "has a fixed batch of 1, not the 4 asked for" in capsys.readouterr().err
    free = _chain(onnx, 2, 4)
    free.graph.input[0].type.tensor_type.shape.dim[0].dim_param = "batch"
    assert from_onnx(free, batch=4).shape("x") == (4, 4, 8, 8)
    assert from_onnx(free).shape("x") == (1, 4, 8, 8)
