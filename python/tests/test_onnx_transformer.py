"""Issue 19: the ONNX importer on transformer exports: opset 17's ``LayerNormalization`` is a
``dataflow.norm layer_norm`` (over the last axis; over the channels of a transposed view as
through torch.fx), ``Softmax`` over the last axis a ``dataflow.softmax``, a ``MatMul`` of
``N x L x K`` tokens by a constant an ``fc`` of the ``(N*L) x K`` view, ``MatMul`` of two
attention-head views a batched ``matmul``, and ``Gather`` of one constant index a
``dataflow.slice``. A ``torch.nn.TransformerEncoder`` exported by torch imports with all
its MACs."""

import io
import warnings

import pytest

import mlir_check
from conftest import built

onnx = pytest.importorskip("onnx")
from onnx import TensorProto, helper  # noqa: E402

from dataflow_opt.importers import UnsupportedNodeWarning, from_onnx  # noqa: E402


def _in(name, *shape):
    return helper.make_tensor_value_info(name, TensorProto.FLOAT, list(shape))


def _w(name, *shape):
    import numpy as np
    return helper.make_tensor(name, TensorProto.FLOAT, list(shape),
                              np.zeros(shape, dtype=np.float32).reshape(-1).tolist())


def _model(nodes, inputs, outputs, inits=(), opset=17):
    g = helper.make_graph(nodes, "g", inputs, [helper.make_tensor_value_info(
        o, TensorProto.FLOAT, None) for o in outputs], list(inits))
    return helper.make_model(g, opset_imports=[helper.make_opsetid("", opset)])


def _strict(model):
    with warnings.catch_warnings():
        warnings.simplefilter("error", UnsupportedNodeWarning)
        return from_onnx(model)


def test_layer_normalization_over_the_last_axis_is_a_norm():
    nodes = [helper.make_node("MatMul", ["x", "w"], ["t"], name="proj"),
             helper.make_node("LayerNormalization", ["t", "g", "b"], ["n", "mean", "istd"],
                              name="ln", axis=-1, epsilon=1e-5),
             helper.make_node("Softmax", ["n"], ["s"], name="sm", axis=2)]
    net = _strict(_model(nodes, [_in("x", 2, 5, 8)], ["s"],
                         [_w("w", 8, 6), _w("g", 6), _w("b", 6)]))
    kinds = [(o.op, o.shape) for o in net.layers]
    # the fc reads the (N*L) x K view of the tokens; the norm and softmax read the tokens
    assert kinds == [("view", (10, 8)), ("fc", (10, 6)), ("view", (2, 5, 6)),
                     ("norm", (2, 5, 6)), ("softmax", (2, 5, 6))]
    assert net.op("ln").attrs["kind"] == "layer_norm"
    assert net.coverage == {"model_macs": 10 * 8 * 6, "left_out": []}
    mlir_check.check(net.to_mlir())


def test_layer_normalization_over_other_axes_is_warned():
    # axis 1 of N x L x C normalises L x C together: no dataflow.norm (it passes through)
    nodes = [helper.make_node("LayerNormalization", ["x", "g"], ["n"], name="ln2", axis=1),
             helper.make_node("Softmax", ["n"], ["s"], name="sm1", axis=1),
             helper.make_node("MatMul", ["s", "w"], ["y"], name="mm")]
    with pytest.warns(UnsupportedNodeWarning) as rec:
        net = from_onnx(_model(nodes, [_in("x", 1, 4, 6)], ["y"], [_w("g", 4, 6),
                                                                   _w("w", 6, 2)]))
    msgs = [str(w.message) for w in rec]
    assert len(msgs) == 2
    assert "'ln2' (LayerNormalization): LayerNormalization over axis 1 of a rank-3 tensor; " \
        "only the last axis is a dataflow.norm" in msgs[0]
    assert "'sm1' (Softmax): Softmax over axis 1 of a rank-3 tensor" in msgs[1]
    assert net.coverage["left_out"][0][:3] == ("ln2", "LayerNormalization", 0)


def test_softmax_before_opset_13_reads_its_axis_as_the_2d_split():
    # opset 11: the default axis 1 of a 2-D input is its last axis
    nodes = [helper.make_node("Gemm", ["x", "w"], ["t"], name="fc", transB=1),
             helper.make_node("Softmax", ["t"], ["s"], name="sm")]
    net = _strict(_model(nodes, [_in("x", 3, 8)], ["s"], [_w("w", 5, 8)], opset=11))
    assert [(o.op, o.shape) for o in net.layers] == [("fc", (3, 5)), ("softmax", (3, 5))]
    # opset 11, rank 3: the default axis 1 flattens L x C, not a softmax over the last dim
    with pytest.warns(UnsupportedNodeWarning, match=r"Softmax over axis 1 of a rank-3"):
        from_onnx(_model([helper.make_node("Softmax", ["x"], ["s"], name="sm"),
                          helper.make_node("MatMul", ["s", "w"], ["y"], name="mm")],
                         [_in("x", 1, 3, 8)], ["y"], [_w("w", 8, 4)], opset=11))


def test_gather_of_one_index_is_a_slice():
    # ViT's class token: x[:, 0] of N x L x C, then the head
    nodes = [helper.make_node("Gather", ["x", "i"], ["cls"], name="cls", axis=1),
             helper.make_node("Gemm", ["cls", "w"], ["y"], name="head", transB=1)]
    i = helper.make_tensor("i", TensorProto.INT64, [], [0])
    net = _strict(_model(nodes, [_in("x", 2, 5, 8)], ["y"], [i, _w("w", 10, 8)]))
    assert [(o.op, o.shape) for o in net.layers] == [
        ("slice", (2, 1, 8)), ("view", (2, 8)), ("fc", (2, 10))]
    assert (net.op("cls").attrs["axis"], net.op("cls").attrs["offset"]) == (1, 0)
    # several indices: no dataflow form
    many = helper.make_tensor("i", TensorProto.INT64, [2], [0, 2])
    with pytest.warns(UnsupportedNodeWarning, match=r"gather of 2 indices"):
        net = from_onnx(_model(nodes[:1] + [helper.make_node("MatMul", ["cls", "w"], ["y"],
                                                             name="mm")],
                               [_in("x", 2, 5, 8)], ["y"], [many, _w("w", 8, 3)]))
    assert [(o.op, o.shape) for o in net.layers] == [("view", (4, 8)), ("fc", (4, 3))]


def _encoder_bytes(layers=2, d=64, heads=4, ff=128, length=16, opset=17):
    torch = pytest.importorskip("torch")
    torch.manual_seed(0)
    enc = torch.nn.TransformerEncoder(
        torch.nn.TransformerEncoderLayer(d, heads, ff, batch_first=True), layers).eval()
    buf = io.BytesIO()
    # with autograd on (parameters requiring grad), torch 1.13 takes the layer's Python
    # path, which exports; under no_grad its fused kernel has no ONNX form
    with torch.enable_grad():
        torch.onnx.export(enc, torch.zeros(1, length, d), buf, opset_version=opset)
    return buf.getvalue()


def _encoder_macs(layers=2, d=64, heads=4, ff=128, length=16):
    """By hand: in-projection L x d x 3d, QK^T and AV 2 x heads x L x L x d/heads, output
    projection L x d x d, feed-forward 2 x L x d x ff, per layer."""
    return layers * (length * d * 3 * d + 2 * heads * length * length * (d // heads)
                     + length * d * d + 2 * length * d * ff)


def test_transformer_encoder_export_imports_with_all_its_macs():
    net = _strict(_encoder_bytes())
    assert net.coverage == {"model_macs": _encoder_macs(), "left_out": []}
    ops = [o.op for o in net.layers]
    assert {k: ops.count(k) for k in ("fc", "matmul", "softmax", "norm")} == {
        "fc": 2 * 4, "matmul": 2 * 2, "softmax": 2, "norm": 2 * 2}
    mlir_check.check(net.to_mlir())


@built
def test_transformer_encoder_export_schedules_all_its_macs():
    from dataflow_opt.run import schedule
    net = _strict(_encoder_bytes(layers=1))
    report = schedule(net, "eyeriss_isca16", threads=1, min_coverage=1.0,
                      echo_warnings=False)
    cov = report.networks[0].coverage
    assert cov.scheduled_macs == cov.model_macs == _encoder_macs(layers=1)


def test_global_pool_of_a_transposed_view():
    # Swin's head: the channels-last tokens' LayerNorm, transposed back to N x C x H x W,
    # then the global pool and the classifier: the pool reads the view (a pool's work is
    # the same in any element order); before, it was left out and its output a cut
    nodes = [helper.make_node("LayerNormalization", ["x", "g"], ["n"], name="norm", axis=-1),
             helper.make_node("Transpose", ["n"], ["t"], name="nchw", perm=[0, 3, 1, 2]),
             helper.make_node("GlobalAveragePool", ["t"], ["p"], name="gap"),
             helper.make_node("Flatten", ["p"], ["f"], name="flat"),
             helper.make_node("Gemm", ["f", "w"], ["y"], name="head", transB=1)]
    net = _strict(_model(nodes, [_in("x", 1, 3, 3, 8)], ["y"], [_w("g", 8), _w("w", 10, 8)]))
    assert [(o.op, o.shape) for o in net.layers] == [
        ("norm", (1, 3, 3, 8)), ("view", (1, 8, 3, 3)), ("pool", (1, 8, 1, 1)),
        ("fc", (1, 10))]
    assert net.op("gap").operands == ["norm_view"]
    mlir_check.check(net.to_mlir())


def test_layer_norm_decomposed_before_opset_17_is_one_norm():
    # torch's default opset (14) writes LayerNorm as ReduceMean, Sub, Pow, ReduceMean, Add,
    # Sqrt, Div, then the scale and shift: one dataflow.norm, the network the same as
    # through opset 17's LayerNormalization
    def layers(net):
        return [(o.op, o.shape) for o in net.layers]
    old = _strict(_encoder_bytes(opset=14))
    new = _strict(_encoder_bytes(opset=17))
    assert layers(old) == layers(new)
    assert [o.op for o in old.layers].count("norm") == 4
    assert old.coverage == {"model_macs": _encoder_macs(), "left_out": []}
    # a Sub of the mean that another node also reads is not the pattern: no norm
    nodes = [helper.make_node("ReduceMean", ["x"], ["m"], name="mean", axes=[-1]),
             helper.make_node("Sub", ["x", "m"], ["d"], name="sub"),
             helper.make_node("Pow", ["d", "two"], ["p"], name="pow"),
             helper.make_node("ReduceMean", ["p"], ["v"], name="var", axes=[-1]),
             helper.make_node("Add", ["v", "eps"], ["ve"], name="add"),
             helper.make_node("Sqrt", ["ve"], ["s"], name="sqrt"),
             helper.make_node("Div", ["d", "s"], ["y"], name="div"),
             helper.make_node("MatMul", ["y", "w"], ["z"], name="proj")]
    two = helper.make_tensor("two", TensorProto.FLOAT, [], [2.0])
    eps = helper.make_tensor("eps", TensorProto.FLOAT, [], [1e-5])
    net = _strict(_model(nodes, [_in("x", 1, 4, 8)], ["z"], [two, eps, _w("w", 8, 3)],
                         opset=13))
    assert [(o.op, o.shape) for o in net.layers] == [
        ("norm", (1, 4, 8)), ("view", (4, 8)), ("fc", (4, 3))]
    with pytest.warns(UnsupportedNodeWarning, match=r"'mean' \(ReduceMean\)"):
        net = from_onnx(_model(nodes, [_in("x", 1, 4, 8)], ["z", "d"],
                               [two, eps, _w("w", 8, 3)], opset=13))
    assert "norm" not in [o.op for o in net.layers]
