"""Never silently partial (issue 19): the importers count the model's MACs from the
framework graph, list what they left out, and every report says how much was scheduled;
``min_coverage`` / ``--min-coverage`` fail below a fraction."""

import warnings

import pytest

from conftest import built
from dataflow_opt.cli import main
from dataflow_opt.run import DataflowOptError, schedule

torch = pytest.importorskip("torch")
nn = torch.nn


class _Attention(nn.Module):
    """conv 3 -> 8 (3x3, 4x4 output), then self-attention over the 16 positions, then a
    linear layer. ``masked``: the attention takes a mask, which the importer does not
    support (it is left out)."""

    def __init__(self, masked=True):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, 3, padding=1)
        self.att = nn.MultiheadAttention(8, 2, batch_first=True)
        self.head = nn.Linear(8, 10)
        self.register_buffer("mask", torch.zeros(16, 16, dtype=torch.bool) if masked else None)

    def forward(self, x):
        t = self.conv(x).flatten(2).transpose(1, 2)  # 1 x 16 x 8
        return self.head(self.att(t, t, t, attn_mask=self.mask)[0].mean(1))


# By hand: conv 16 outputs x 8 channels x 27 = 3456; attention with L = S = 16, E = 8:
# q, k, v and out projections 4 x 16 x 64 = 4096, Q K^T and A V 2 x 16 x 16 x 8 = 4096;
# linear 10 x 8 = 80.
CONV, ATT, HEAD = 3456, 8192, 80


def _import(masked=True):
    from dataflow_opt.importers import from_torch
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return from_torch(_Attention(masked), (1, 3, 4, 4))


def test_fx_counts_the_model_and_lists_what_it_left_out():
    net = _import()
    assert net.coverage["model_macs"] == CONV + ATT + HEAD
    left = {name: (op, macs) for name, op, macs, _ in net.coverage["left_out"]}
    assert left["att"] == ("MultiheadAttention", ATT)
    text = net.to_mlir()
    assert "dataflow.coverage = {model_macs = 11728 : i64" in text
    assert '{name = "att", op = "MultiheadAttention", macs = 8192 : i64' in text


def test_fx_imports_self_attention_with_all_its_macs():
    # unmasked: q, k, v projections, heads as views, QK^T, softmax, AV, output projection
    net = _import(masked=False)
    assert net.coverage["model_macs"] == CONV + ATT + HEAD
    assert [n for n, _, m, _ in net.coverage["left_out"] if m] == []
    ops = [(o.op, o.name) for o in net.layers if o.name.startswith("att")]
    assert ops == [
        ("fc", "att.q_proj"), ("fc", "att.k_proj"), ("fc", "att.v_proj"),
        ("view", "att.q_heads"), ("view", "att.k_heads_t"), ("view", "att.v_heads"),
        ("matmul", "att.qk"), ("softmax", "att.softmax"), ("matmul", "att.av"),
        ("view", "att.heads_joined"), ("fc", "att.out_proj")]
    assert net.shape("att.qk") == (2, 16, 16) and net.shape("att.av") == (2, 16, 4)


def test_fx_resnet18_counts_torchvision_macs():
    pytest.importorskip("torchvision")
    from dataflow_opt.importers import torchvision_model
    net = torchvision_model("resnet18", image_size=224)
    assert net.coverage == {"model_macs": 1814073344, "left_out": []}  # 1.81 GMACs


def test_onnx_counts_a_conv1d_it_cannot_import():
    onnx = pytest.importorskip("onnx")
    net = _onnx_model(onnx)
    from dataflow_opt.importers import from_onnx
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        net = from_onnx(net)
    # conv 64 outputs x 8 x 27 = 13824; conv1d 64 x 4 x 8 = 2048
    assert net.coverage["model_macs"] == 13824 + 2048
    assert [(n, o, m) for n, o, m, _ in net.coverage["left_out"]] == [("conv1d", "Conv", 2048)]


def _onnx_model(onnx):
    import numpy as np
    from onnx import TensorProto, helper, numpy_helper
    nodes = [helper.make_node("Conv", ["x", "w"], ["c"], name="conv", pads=[1, 1, 1, 1]),
             helper.make_node("Reshape", ["c", "s"], ["r"], name="flat"),
             helper.make_node("Conv", ["r", "w1"], ["y"], name="conv1d")]
    g = helper.make_graph(nodes, "partial", [helper.make_tensor_value_info(
        "x", TensorProto.FLOAT, [1, 3, 8, 8])], [helper.make_tensor_value_info(
            "y", TensorProto.FLOAT, None)],
        initializer=[numpy_helper.from_array(np.zeros((8, 3, 3, 3), np.float32), "w"),
                     numpy_helper.from_array(np.array([1, 8, 64], np.int64), "s"),
                     numpy_helper.from_array(np.zeros((4, 8, 1), np.float32), "w1")])
    return helper.make_model(g, opset_imports=[helper.make_opsetid("", 13)])


@built
def test_report_states_coverage_and_min_coverage_fails():
    net = _import()
    report = schedule(net, "eyeriss_isca16", threads=1, echo_warnings=False)
    cov = report.networks[0].coverage
    assert cov.model_macs == CONV + ATT + HEAD
    # the attention's output is a cut (a new network input), the mean over tokens another;
    # the linear layer after it is imported
    assert cov.scheduled_macs == CONV + HEAD
    assert cov.fraction == pytest.approx((CONV + HEAD) / (CONV + ATT + HEAD))
    line = cov.line()
    assert line.startswith("coverage: 3.536e3 of the model's 11.73e3 MACs scheduled (30.2%)")
    assert "att (MultiheadAttention, 8.192e3 MACs)" in line
    with pytest.raises(DataflowOptError, match=r"below min-coverage=0\.99"):
        schedule(net, "eyeriss_isca16", threads=1, min_coverage=0.99)
    assert schedule(net, "eyeriss_isca16", threads=1, min_coverage=0.29,
                    echo_warnings=False).networks[0].coverage.scheduled_macs == CONV + HEAD
    with pytest.raises(ValueError, match="min_coverage must be a fraction"):
        schedule(net, "eyeriss_isca16", min_coverage=2)


@built
def test_cli_prints_the_coverage_line_and_min_coverage_fails(tmp_path, capsys):
    onnx = pytest.importorskip("onnx")
    path = str(tmp_path / "partial.onnx")
    onnx.save(_onnx_model(onnx), path)
    assert main([path, "--table", "--threads", "1"]) == 0
    out, _ = capsys.readouterr()
    assert "coverage: 13.82e3 of the model's 15.87e3 MACs scheduled (87.1%); left out: " \
           "conv1d (Conv, 2.048e3 MACs)" in out
    assert main([path, "--table", "--threads", "1", "--min-coverage", "0.99"]) == 1
    _, err = capsys.readouterr()
    assert "below min-coverage=0.99" in err and "conv1d" in err


def test_fx_functional_conv3d_is_a_conv():
    """torch.fx leaves F.conv3d calls (torchvision's video models): they are convolutions,
    their MACs counted and scheduled, nothing left out."""
    import torch.nn.functional as F
    from dataflow_opt.importers import from_torch

    class Video(nn.Module):
        def __init__(self):
            super().__init__()
            self.w = nn.Parameter(torch.zeros(8, 3, 3, 3, 3))
            self.w2 = nn.Parameter(torch.zeros(4, 8, 1, 3, 3))

        def forward(self, x):
            y = F.conv3d(x, self.w, None, 1, 1)
            return F.conv3d(y, self.w2, stride=(1, 2, 2), padding=(0, 1, 1))

    net = from_torch(Video(), (1, 3, 4, 8, 8))
    assert [(o.op, o.shape) for o in net.layers] == [("conv", (1, 8, 4, 8, 8)),
                                                        ("conv", (1, 4, 4, 4, 4))]
    # 8 x 4 x 8 x 8 outputs x 3 x 27, 4 x 4 x 4 x 4 outputs x 8 x 9
    assert net.coverage == {"model_macs": 165888 + 18432, "left_out": []}


def _wrapped_attention(x, w):
    """A function torch.fx keeps opaque (as torchvision's shifted_window_attention): its
    linear layer and products are counted and imported from inside it."""
    q = torch.nn.functional.linear(x, w)  # 1 x 16 x 8 by 8 x 8: 1024 MACs
    return torch.matmul(q, q.transpose(1, 2)) @ q  # 16 x 16 x 8, then 16 x 8 x 16: 4096


torch.fx.wrap("_wrapped_attention")


def test_fx_counts_inside_wrapped_functions():
    from dataflow_opt.importers import from_torch

    class Wrapped(nn.Module):
        def __init__(self):
            super().__init__()
            self.conv = nn.Conv2d(8, 8, 1)  # 16 outputs x 8 channels x 8 = 1024 MACs
            self.w = nn.Parameter(torch.zeros(8, 8))

        def forward(self, x):
            return _wrapped_attention(self.conv(x).flatten(2).transpose(1, 2), self.w)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        net = from_torch(Wrapped(), (1, 8, 4, 4))
    assert net.coverage["model_macs"] == 1024 + 1024 + 4096
    # imported below its boundary, from the torch calls it made: all its MACs are layers
    assert net.coverage["left_out"] == []
    assert [(o.op, o.shape) for o in net.layers if o.op != "view"] == [
        ("conv", (1, 8, 4, 4)), ("fc", (16, 8)), ("matmul", (1, 16, 16)),
        ("matmul", (1, 16, 8))]


def test_count_macs_runs_the_model_without_tracing():
    """The PyTorch count behind torchvision_model(via="onnx"): the same figure as fx's."""
    from dataflow_opt.importers.torch_import import count_macs
    assert count_macs(_Attention(), (1, 3, 4, 4)) == CONV + ATT + HEAD
