"""The ONNX importer (dataflow_opt.importers.onnx_import): graphs written with onnx.helper
(every supported operator and attribute, and unsupported nodes), and a model exported from
PyTorch. Shapes are checked three ways: the expected numbers written here, ONNX shape inference
(inside the importer) and the independent checker of the emitted text (mlir_check)."""

import io
import warnings

import pytest

onnx = pytest.importorskip("onnx")
np = pytest.importorskip("numpy")
from onnx import TensorProto, helper, numpy_helper  # noqa: E402

import mlir_check  # noqa: E402
from dataflow_opt.importers import UnsupportedNodeWarning, from_onnx  # noqa: E402


def _w(name, *shape):
    return numpy_helper.from_array(np.zeros(shape, dtype=np.float32), name)


def _model(nodes, inputs, outputs, inits=(), opset=13):
    g = helper.make_graph(nodes, "g", inputs, outputs, initializer=list(inits))
    return helper.make_model(g, opset_imports=[helper.make_opsetid("", opset)])


def _in(name, *shape):
    return helper.make_tensor_value_info(name, TensorProto.FLOAT, list(shape))


def _out(name, elem=TensorProto.FLOAT):
    return helper.make_tensor_value_info(name, elem, None)


def _layers(net):
    return [(o.op, o.name, o.shape) for o in net.layers]


def test_conv_pool_fc_graph():
    nodes = [
        helper.make_node("Conv", ["x", "w1"], ["c1"], name="conv1", strides=[2, 2],
                         pads=[1, 2, 0, 1], dilations=[1, 2], group=1),
        helper.make_node("BatchNormalization", ["c1", "s", "b", "m", "v"], ["bn"], name="bn"),
        helper.make_node("Relu", ["bn"], ["r"], name="relu"),
        helper.make_node("Conv", ["r", "w2"], ["c2"], name="grouped", group=4,
                         kernel_shape=[3, 3], auto_pad="SAME_UPPER"),
        helper.make_node("Add", ["c2", "bias"], ["c2b"], name="bias_add"),  # absorbed
        helper.make_node("MaxPool", ["c2b"], ["p1"], name="pool", kernel_shape=[3, 3],
                         strides=[2, 2], ceil_mode=1),
        helper.make_node("AveragePool", ["p1"], ["p2"], name="apool", kernel_shape=[2, 2],
                         strides=[1, 1], pads=[0, 0, 1, 1]),
        helper.make_node("GlobalAveragePool", ["p2"], ["g"], name="gap"),
        helper.make_node("Flatten", ["g"], ["f"], name="flat", axis=1),
        helper.make_node("Dropout", ["f"], ["d"], name="drop"),
        helper.make_node("Gemm", ["d", "wfc", "bfc"], ["y"], name="fc", transB=1),
    ]
    inits = [_w("w1", 8, 3, 3, 3), _w("s", 8), _w("b", 8), _w("m", 8), _w("v", 8),
             _w("w2", 16, 2, 3, 3), _w("bias", 1, 16, 1, 1), _w("wfc", 10, 16), _w("bfc", 10)]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # nothing here may warn
        net = from_onnx(_model(nodes, [_in("x", "N", 3, 33, 30)], [_out("y")], inits), batch=2)
    # conv1: H (33+1+0-3)//2+1 = 16, W (30+2+1-5)//2+1 = 15
    assert _layers(net) == [
        ("conv", "conv1", (2, 8, 16, 15)),
        ("conv", "grouped", (2, 16, 16, 15)),
        ("pool", "pool", (2, 16, 8, 7)),          # ceil((16-3)/2)+1 = 8, ceil((15-3)/2)+1 = 7
        ("pool", "apool", (2, 16, 8, 7)),
        ("pool", "gap", (2, 16, 1, 1)),
        ("fc", "fc", (2, 10)),                     # reads the 4-D pooled value
    ]
    assert net.op("conv1").attrs["pad"] == (1, 2, 0, 1)
    assert net.op("conv1").attrs["dilation"] == (1, 2)
    assert net.op("grouped").attrs["groups"] == 4
    assert net.op("grouped").attrs["pad"] == (1, 1, 1, 1)
    assert net.op("pool").attrs["pad"] == (0, 0, 1, 0)  # ceil_mode as extra end padding
    assert net.op("fc").operands == ["gap"]
    assert net.import_warnings == []
    info = mlir_check.check(net.to_mlir())
    assert info["args"] == [(2, 3, 33, 30)] and info["results"] == [(2, 10)]


def test_deconv_matmul_eltwise_concat():
    nodes = [
        helper.make_node("ConvTranspose", ["x", "wt"], ["u"], name="up", strides=[2, 2],
                         pads=[1, 1, 1, 1], output_padding=[1, 1], group=2),
        helper.make_node("ConvTranspose", ["x", "wt"], ["u2"], name="up_shape", strides=[2, 2],
                         output_shape=[12, 12], group=2),
        helper.make_node("Concat", ["u", "u2"], ["cat"], name="cat", axis=1),
        helper.make_node("Mul", ["cat", "cat"], ["sq"], name="square"),
        helper.make_node("Sum", ["sq", "cat"], ["s"], name="sum"),
        helper.make_node("Mul", ["s", "scale"], ["sc"], name="scale"),  # not after a layer
        helper.make_node("MatMul", ["a", "b"], ["ab"], name="mm"),
        helper.make_node("MatMul", ["ab", "wm"], ["abw"], name="mm_const"),
    ]
    inits = [_w("wt", 4, 3, 3, 3), _w("scale", 1), _w("wm", 5, 7)]
    net = from_onnx(_model(nodes, [_in("x", 1, 4, 6, 6), _in("a", 3, 4), _in("b", 4, 5)],
                           [_out("sc"), _out("abw")], inits))
    # (6-1)*2 - 2 + 3 + 1 = 12 ; output_shape 12 -> total pad 2*5 + 3 - 12 = 1
    assert _layers(net) == [
        ("deconv", "up", (1, 6, 12, 12)),
        ("deconv", "up_shape", (1, 6, 12, 12)),
        ("concat", "cat", (1, 12, 12, 12)),
        ("eltwise", "square", (1, 12, 12, 12)),
        ("eltwise", "sum", (1, 12, 12, 12)),
        ("eltwise", "scale", (1, 12, 12, 12)),
        ("matmul", "mm", (3, 5)),
        ("fc", "mm_const", (3, 7)),
    ]
    assert net.op("up_shape").attrs["pad"] == (0, 0, 1, 1)
    assert net.op("square").operands == ["cat", "cat"]
    assert net.op("scale").operands == ["sum"]  # a one-input eltwise
    assert net.op("scale").kind == "mul" and net.op("sum").kind == "add"
    mlir_check.check(net.to_mlir())


def test_unsupported_nodes_warn_by_name():
    nodes = [
        helper.make_node("Conv", ["x", "w"], ["c"], name="conv"),
        helper.make_node("LRN", ["c"], ["l"], name="norm", size=3),          # same shape
        helper.make_node("Resize", ["l", "", "sc"], ["r"], name="resize", mode="nearest"),
        helper.make_node("Conv", ["r", "w2"], ["c2"], name="conv2"),
        helper.make_node("Concat", ["c2", "c2"], ["cat3"], name="cat_h", axis=2),
        helper.make_node("Conv", ["cat3", "w2"], ["y"], name="conv3"),
    ]
    inits = [_w("w", 4, 3, 1, 1), _w("w2", 4, 4, 3, 3),
             numpy_helper.from_array(np.array([1, 1, 2, 2], dtype=np.float32), "sc")]
    with pytest.warns(UnsupportedNodeWarning) as rec:
        net = from_onnx(_model(nodes, [_in("x", 1, 3, 8, 8)], [_out("y")], inits))
    msgs = [str(w.message) for w in rec]
    assert len(msgs) == 2 and msgs == net.import_warnings
    assert "'norm' (LRN)" in msgs[0] and "passes through" in msgs[0]
    assert "'resize' (Resize)" in msgs[1] and "becomes the network input 'resize_out'" in msgs[1]
    # a concat on axis 2 (H) is a channel concat of the N*C x H*W views, viewed back
    assert [(o.op, o.name, o.shape) for o in net.layers] == [
        ("conv", "conv", (1, 4, 8, 8)), ("conv", "conv2", (1, 4, 14, 14)),
        ("view", "conv2_view", (4, 196)), ("concat", "cat_h", (4, 392)),
        ("view", "cat_h_view", (1, 4, 28, 14)), ("conv", "conv3", (1, 4, 26, 12))]
    assert net.op("conv2").operands == ["resize_out"] and net.shape("resize_out") == (1, 4, 16, 16)
    assert net.op("cat_h").operands == ["conv2_view", "conv2_view"]
    assert net.op("conv3").operands == ["cat_h_view"]
    mlir_check.check(net.to_mlir())


def test_unavailable_output_propagates_warning():
    # NonZero's output shape is data dependent: its readers cannot be imported either.
    nodes = [helper.make_node("Conv", ["x", "w"], ["c"], name="conv"),
             helper.make_node("NonZero", ["c"], ["nz"], name="nonzero"),
             helper.make_node("Relu", ["nz"], ["y"], name="relu_after")]
    with pytest.warns(UnsupportedNodeWarning) as rec:
        net = from_onnx(_model(nodes, [_in("x", 1, 3, 4, 4)], [_out("y", TensorProto.INT64)],
                              [_w("w", 2, 3, 1, 1)]))
    msgs = [str(w.message) for w in rec]
    assert "'nonzero' (NonZero)" in msgs[0] and "unavailable" in msgs[0]
    assert "'relu_after' (Relu)" in msgs[1] and "from unsupported node 'nonzero'" in msgs[1]
    assert [o.name for o in net.layers] == ["conv"]


def test_errors():
    nodes = [helper.make_node("Relu", ["x"], ["y"], name="r")]
    with pytest.raises(ValueError, match="no layer could be imported"):
        from_onnx(_model(nodes, [_in("x", 1, 3, 4, 4)], [_out("y")]))
    with pytest.raises(ValueError, match="dim 2 is not fixed"):
        from_onnx(_model(nodes, [_in("x", 1, 3, "H", 4)], [_out("y")]))
    with pytest.raises(TypeError):
        from_onnx(42)
    bad = [helper.make_node("Conv", ["x", "w"], ["y"], name="c")]  # 5 channels vs 3
    with pytest.raises(ValueError, match=r"c: weight shape \(2, 5, 1, 1\) does not fit"):
        from_onnx(_model(bad, [_in("x", 1, 3, 4, 4)], [_out("y")], [_w("w", 2, 5, 1, 1)]))
    shape = [helper.make_node("Shape", ["x"], ["y"], name="s")]  # int64 declared float
    with pytest.raises(ValueError, match="shape inference failed"):
        from_onnx(_model(shape, [_in("x", 1, 3, 4, 4)], [_out("y")]))


def test_pytorch_export_roundtrip():
    torch = pytest.importorskip("torch")
    nn = torch.nn

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.conv = nn.Conv2d(3, 8, 3, stride=2, padding=1)
            self.bn = nn.BatchNorm2d(8)
            self.dw = nn.Conv2d(8, 8, 3, padding=1, groups=8)
            self.pool = nn.AdaptiveAvgPool2d(1)
            self.fc = nn.Linear(8, 5)

        def forward(self, x):
            y = torch.relu(self.bn(self.conv(x)))
            y = y + self.dw(y)
            return self.fc(torch.flatten(self.pool(y), 1))

    buf = io.BytesIO()
    torch.onnx.export(Net().eval(), torch.zeros(1, 3, 16, 16), buf, opset_version=13,
                      input_names=["img"], dynamic_axes={"img": {0: "batch"}})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        net = from_onnx(buf.getvalue(), batch=3, name="exported")
    assert net.name == "exported"
    assert [(o.op, o.shape) for o in net.layers] == [
        ("conv", (3, 8, 8, 8)), ("conv", (3, 8, 8, 8)), ("eltwise", (3, 8, 8, 8)),
        ("pool", (3, 8, 1, 1)), ("fc", (3, 5))]
    assert net.layers[1].attrs["groups"] == 8
    mlir_check.check(net.to_mlir())


def test_layout_views_and_broadcast():
    # channel shuffle (Reshape, Transpose, Reshape back) is the value again; a conv reading a
    # transposed view is unsupported; a squeeze-excitation Mul is a broadcast eltwise of both
    # operands (the per-channel gate is read: docs/cost-model.md "Broadcast element-wise").
    shp = numpy_helper.from_array(np.array([1, 2, 4, 6, 6], dtype=np.int64), "s5")
    back = numpy_helper.from_array(np.array([1, 8, 6, 6], dtype=np.int64), "s4")
    nodes = [
        helper.make_node("Conv", ["x", "w"], ["c"], name="conv"),
        helper.make_node("Reshape", ["c", "s5"], ["r5"], name="split"),
        helper.make_node("Transpose", ["r5"], ["t5"], name="swap", perm=[0, 2, 1, 3, 4]),
        helper.make_node("Reshape", ["t5", "s4"], ["shuf"], name="merge"),
        helper.make_node("GlobalAveragePool", ["shuf"], ["g"], name="squeeze"),
        helper.make_node("Sigmoid", ["g"], ["gs"], name="gate"),
        helper.make_node("Mul", ["shuf", "gs"], ["se"], name="excite"),
        helper.make_node("Transpose", ["se"], ["nhwc"], name="to_nhwc", perm=[0, 2, 3, 1]),
        helper.make_node("Conv", ["nhwc", "w2"], ["y"], name="conv_nhwc"),
    ]
    inits = [_w("w", 8, 3, 1, 1), _w("w2", 2, 6, 1, 1), shp, back]
    with pytest.warns(UnsupportedNodeWarning) as rec:
        net = from_onnx(_model(nodes, [_in("x", 1, 3, 6, 6)], [_out("y")], inits))
    msgs = [str(w.message) for w in rec]
    assert len(msgs) == 1, msgs
    assert "'conv_nhwc' (Conv)" in msgs[0] and "view (1, 6, 6, 8) of 'excite'" in msgs[0]
    assert [(o.op, o.name, o.operands) for o in net.layers] == [
        ("conv", "conv", ["x"]), ("pool", "squeeze", ["conv"]),
        ("eltwise", "excite", ["conv", "squeeze"])]
    assert net.shape("excite") == (1, 8, 6, 6)
    mlir_check.check(net.to_mlir())


def test_shape_arithmetic_is_folded():
    # PyTorch-style run-time sizes: half = Shape(x)[1] / 2 feeds a channel Slice (whose output
    # shape inference alone cannot know) and the batch feeds a Reshape (flatten for Gemm).
    i64 = lambda name, v: numpy_helper.from_array(np.array(v, dtype=np.int64), name)  # noqa
    nodes = [
        helper.make_node("Conv", ["x", "w"], ["c"], name="conv"),
        helper.make_node("Shape", ["c"], ["shape"], name="shape"),
        helper.make_node("Gather", ["shape", "one"], ["ch"], name="ch", axis=0),
        helper.make_node("Div", ["ch", "two"], ["half"], name="half"),
        helper.make_node("Unsqueeze", ["half", "zero_v"], ["ends"], name="ends"),
        helper.make_node("Slice", ["c", "zero_v", "ends", "one_v"], ["lo"], name="lo_half"),
        helper.make_node("Conv", ["lo", "w2"], ["c2"], name="conv2"),
        helper.make_node("Gather", ["shape", "zero"], ["n"], name="n", axis=0),
        helper.make_node("Unsqueeze", ["n", "zero_v"], ["n1"], name="n1"),
        helper.make_node("Concat", ["n1", "minus1"], ["flat_shape"], name="flat_shape", axis=0),
        helper.make_node("Reshape", ["c2", "flat_shape"], ["f"], name="flatten"),
        helper.make_node("Gemm", ["f", "wfc"], ["y"], name="fc", transB=1),
    ]
    inits = [_w("w", 8, 3, 1, 1), _w("w2", 2, 4, 1, 1), _w("wfc", 5, 32),
             i64("zero", 0), i64("one", 1), i64("two", 2), i64("zero_v", [0]),
             i64("one_v", [1]), i64("minus1", [-1])]
    model = _model(nodes, [_in("x", "N", 3, 4, 4)], [_out("y")], inits)
    with warnings.catch_warnings():
        warnings.simplefilter("error", UnsupportedNodeWarning)
        net = from_onnx(model, batch=2)
    # the folded bounds make the channel Slice a dataflow.slice (no cut)
    assert (net.op("lo_half").op, net.op("lo_half").operands, net.shape("lo_half"),
            net.op("lo_half").attrs) == ("slice", ["conv"], (2, 4, 4, 4),
                                         dict(axis=1, offset=0))
    assert net.op("conv2").operands == ["lo_half"]
    assert [(o.op, o.name, o.shape) for o in net.layers] == [
        ("conv", "conv", (2, 8, 4, 4)), ("slice", "lo_half", (2, 4, 4, 4)),
        ("conv", "conv2", (2, 2, 4, 4)), ("fc", "fc", (2, 5))]
    assert net.op("fc").operands == ["conv2"]


def test_reduce_over_spatial_axes_is_a_global_pool():
    nodes = [helper.make_node("ReduceMean", ["x"], ["m"], name="gap", axes=[2, 3], keepdims=0),
             helper.make_node("Gemm", ["m", "w"], ["y"], name="fc", transB=1),
             helper.make_node("ReduceMax", ["x"], ["k"], name="gmp", axes=[-1, -2]),
             helper.make_node("ReduceMean", ["x"], ["c"], name="over_c", axes=[1])]
    with pytest.warns(UnsupportedNodeWarning, match=r"'over_c' \(ReduceMean\): reduction over "
                                                    r"axes \[1\]"):
        net = from_onnx(_model(nodes, [_in("x", 2, 8, 5, 3)], [_out("y"), _out("k"), _out("c")],
                               [_w("w", 4, 8)]))
    assert [(o.op, o.kind, o.name, o.shape) for o in net.layers] == [
        ("pool", "avg", "gap", (2, 8, 1, 1)), ("fc", None, "fc", (2, 4)),
        ("pool", "max", "gmp", (2, 8, 1, 1))]
    assert net.op("gap").attrs["window"] == (5, 3)


def test_unsupported_node_passes_a_view_through():
    nodes = [helper.make_node("Conv", ["x", "w"], ["c"], name="conv"),
             helper.make_node("Transpose", ["c"], ["t"], name="nhwc", perm=[0, 2, 3, 1]),
             helper.make_node("Softmax", ["t"], ["s"], name="softmax", axis=-1),
             helper.make_node("Transpose", ["s"], ["u"], name="nchw", perm=[0, 3, 1, 2]),
             helper.make_node("Conv", ["u", "w2"], ["y"], name="conv2")]
    with pytest.warns(UnsupportedNodeWarning) as rec:
        net = from_onnx(_model(nodes, [_in("x", 1, 3, 5, 6)], [_out("y")],
                               [_w("w", 4, 3, 1, 1), _w("w2", 2, 4, 1, 1)]))
    assert len(rec) == 1 and "'softmax' (Softmax)" in str(rec[0].message) and \
        "(value 'conv') passes through" in str(rec[0].message)
    assert [(o.name, o.operands) for o in net.layers] == [("conv", ["x"]), ("conv2", ["conv"])]


def test_corrupt_model_is_one_line(tmp_path):
    # #24: protobuf's DecodeError names no file; from_onnx names it, on one line.
    path = tmp_path / "corrupt.onnx"
    path.write_bytes(b"\x08\xff\xff\xff not protobuf")
    with pytest.raises(ValueError, match=r"^\S*corrupt.onnx: not a valid ONNX model \(") as e:
        from_onnx(str(path))
    assert "\n" not in str(e.value)
    with pytest.raises(ValueError, match=r"^the ONNX bytes: not a valid ONNX model \("):
        from_onnx(b"\x08\xff\xff\xff not protobuf")
    with pytest.raises(ValueError, match=r"nowhere.onnx: no such file"):
        from_onnx(str(tmp_path / "nowhere.onnx"))


def test_split_and_slice_are_slices():
    # Split (opset 13: sizes as an input) and Slice (starts/ends/axes/steps as inputs) of
    # the channels: dataflow.slice ops, the graph stays whole (no cut, no warning).
    i64 = lambda name, *v: numpy_helper.from_array(np.array(v, dtype=np.int64), name)  # noqa
    nodes = [
        helper.make_node("Conv", ["x", "w"], ["c"], name="conv"),
        helper.make_node("Split", ["c", "sizes"], ["s0", "s1"], name="split", axis=1),
        helper.make_node("Slice", ["c", "st", "en", "ax", "sp"], ["sl"], name="slice"),
        helper.make_node("Slice", ["c", "st0", "big"], ["whole"], name="whole"),
        helper.make_node("Conv", ["s1", "w2"], ["a"], name="conv_a"),
        helper.make_node("Conv", ["sl", "w2"], ["b"], name="conv_b"),
        helper.make_node("Add", ["a", "b"], ["ab"], name="add"),
        helper.make_node("Concat", ["s0", "ab", "whole"], ["y"], name="cat", axis=1),
    ]
    inits = [_w("w", 6, 3, 1, 1), _w("w2", 2, 2, 1, 1), i64("sizes", 4, 2),
             i64("st", -3), i64("en", -1), i64("ax", 1), i64("sp", 1),
             i64("st0", 0), i64("big", 2 ** 62)]
    with warnings.catch_warnings():
        warnings.simplefilter("error", UnsupportedNodeWarning)
        net = from_onnx(_model(nodes, [_in("x", 1, 3, 4, 4)], [_out("y")], inits))
    assert [(o.op, o.name, o.operands, o.attrs.get("offset"), o.shape)
            for o in net.ops if o.op == "slice"] == [
        ("slice", "split_0", ["conv"], 0, (1, 4, 4, 4)),
        ("slice", "split_1", ["conv"], 4, (1, 2, 4, 4)),
        ("slice", "slice", ["conv"], 3, (1, 2, 4, 4))]
    assert net.op("cat").operands == ["split_0", "add", "conv"]  # the whole range: conv
    assert net.inputs == ["x"] and net.coverage["left_out"] == []
    mlir_check.check(net.to_mlir())
