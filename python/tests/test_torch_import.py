"""The torch.fx importer (dataflow_opt.importers.torch_import): a module using every supported
module and function, unsupported modules/functions, and torchvision models built without
weights. The end-to-end tests (ResNet-18, ResNet-50, MobileNetV2 -> dataflow-opt -> report)
are in test_end_to_end.py."""

import warnings

import pytest

torch = pytest.importorskip("torch")
nn = torch.nn
F = torch.nn.functional

import mlir_check  # noqa: E402
from dataflow_opt.importers import UnsupportedNodeWarning, from_torch  # noqa: E402


class AllOps(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, 5, stride=2, padding=(2, 1), dilation=(1, 2))
        self.bn = nn.BatchNorm2d(8)
        self.act = nn.ReLU6()
        self.dw = nn.Conv2d(8, 8, 3, padding="same", groups=8)
        self.pool = nn.MaxPool2d(3, 2, ceil_mode=True)
        self.up = nn.ConvTranspose2d(16, 4, 3, stride=2, padding=1, output_padding=1)
        self.avg = nn.AvgPool2d(2)
        self.gap = nn.AdaptiveAvgPool2d((1, 1))
        self.fc = nn.Linear(4, 6)
        self.drop = nn.Dropout(0.5)

    def forward(self, x):
        y = self.act(self.bn(self.conv(x)))
        z = F.relu(self.dw(y))
        y = torch.cat([y, y * z], dim=1)
        y = self.up(self.pool(y))
        y = self.avg(y) + F.avg_pool2d(y, 2)
        y = torch.flatten(self.gap(y), 1)
        return self.fc(self.drop(y))


def _layers(net):
    return [(o.op, o.name, o.shape) for o in net.layers]


def test_all_supported_ops():
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # nothing here may warn
        net = from_torch(AllOps(), (2, 3, 31, 30), name="allops")
    # conv: H (31+4-5)//2+1 = 16, W (30+2-9)//2+1 = 12; pool ceil: ceil(13/2)+1 = 8,
    # ceil(9/2)+1 = 6; deconv: (8-1)*2-2+3+1 = 16, (6-1)*2-2+3+1 = 12
    assert _layers(net) == [
        ("conv", "conv", (2, 8, 16, 12)),
        ("conv", "dw", (2, 8, 16, 12)),
        ("eltwise", "mul", (2, 8, 16, 12)),
        ("concat", "cat", (2, 16, 16, 12)),
        ("pool", "pool", (2, 16, 8, 6)),
        ("deconv", "up", (2, 4, 16, 12)),
        ("pool", "avg", (2, 4, 8, 6)),
        ("pool", "avg_pool2d", (2, 4, 8, 6)),
        ("eltwise", "add", (2, 4, 8, 6)),
        ("pool", "gap", (2, 4, 1, 1)),
        ("fc", "fc", (2, 6)),
    ]
    assert net.op("dw").attrs["groups"] == 8 and net.op("dw").attrs["pad"] == (1, 1, 1, 1)
    assert net.op("conv").attrs["pad"] == (2, 1, 2, 1)
    assert net.op("pool").attrs["pad"] == (0, 0, 1, 1)
    assert net.op("mul").operands == ["conv", "dw"]   # BN and ReLU6 folded away
    assert net.op("fc").operands == ["gap"]           # flatten: fc reads the 4-D value
    assert net.import_warnings == []
    info = mlir_check.check(net.to_mlir())
    assert info["args"] == [(2, 3, 31, 30)] and info["results"] == [(2, 6)]


class Unsupported(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3, padding=1)
        self.up = nn.Upsample(scale_factor=2)
        self.conv2 = nn.Conv2d(4, 4, 1)
        self.lin = nn.Linear(8, 8)
        self.conv3 = nn.Conv2d(8, 2, 1)

    def forward(self, x):
        y = torch.softmax(self.conv(x), dim=1)   # same shape: passes through, warned
        y = self.conv2(self.up(y))               # shape changes: a new network input
        y = y * torch.sigmoid(y.mean((2, 3), keepdim=True))  # per-channel broadcast
        y = self.lin(y)                           # Linear over the last dim: fc of a view
        y = self.conv2(y.permute(0, 1, 3, 2).reshape(1, 4, 8, 8))  # conv of a reshaped view
        return self.conv3(y.permute(0, 2, 1, 3))  # conv of a transposed view: warned


def test_unsupported_modules_and_functions_warn_by_name():
    with pytest.warns(UnsupportedNodeWarning) as rec:
        net = from_torch(Unsupported(), (1, 3, 4, 4))
    msgs = [str(w.message) for w in rec]
    assert msgs == net.import_warnings and len(msgs) == 3, msgs
    assert "'softmax' (softmax)" in msgs[0] and "passes through" in msgs[0]
    assert "'up' (Upsample)" in msgs[1] and "network input 'up_out'" in msgs[1]
    # the squeeze-excitation mul reads both operands (a per-channel broadcast eltwise)
    assert "'conv3' (Conv2d)" in msgs[2] and \
        "4-D view (1, 8, 4, 8) of 'conv2_1' (1, 4, 8, 8)" in msgs[2] and \
        "becomes the network input 'conv3_out'" in msgs[2]
    # Linear on N x C x H x W works on the last dim, as in PyTorch: an fc of the
    # (N*C*H) x W view; the conv reads the fc's output reshaped back through a view
    assert [(o.op, o.name) for o in net.layers] == [
        ("conv", "conv"), ("conv", "conv2"), ("pool", "mean"), ("eltwise", "mul"),
        ("view", "mul_view"), ("fc", "lin"), ("view", "lin_view"), ("conv", "conv2_1")]
    assert net.op("mul").operands == ["conv2", "mean"]
    assert net.shape("mul_view") == (32, 8) and net.shape("lin") == (32, 8)
    assert net.op("conv2_1").operands == ["lin_view"] and net.shape("lin_view") == (1, 4, 8, 8)
    assert net.shape("up_out") == (1, 4, 8, 8)
    mlir_check.check(net.to_mlir())


def test_adaptive_pool_uneven_is_approximated_with_a_warning():
    m = nn.Sequential(nn.Conv2d(3, 4, 1), nn.AdaptiveMaxPool2d((3, 2)))
    with pytest.warns(UnsupportedNodeWarning, match=r"'1' \(adaptive pool\).*approximated"):
        net = from_torch(m, (1, 3, 7, 6))
    pool = net.layers[1]
    # H: 7 -> 3: stride 2, window 7 - 2*2 = 3; W: 6 -> 2 divides: window = stride = 3
    assert pool.attrs["window"] == (3, 3) and pool.attrs["stride"] == (2, 3)
    assert pool.shape == (1, 4, 3, 2)


def test_bad_input_shape():
    with pytest.raises(ValueError, match="input_shape"):
        from_torch(nn.Conv2d(3, 4, 1), (0, 3, 4, 4))


def test_torchvision_resnet18_layers():
    tv = pytest.importorskip("torchvision")
    net = from_torch(tv.models.resnet18(weights=None), (1, 3, 224, 224), name="r18")
    assert (net.count("conv"), net.count("fc"), net.count("eltwise"), net.count("pool")) == \
        (20, 1, 8, 2)
    assert net.op("conv1").shape == (1, 64, 112, 112)
    assert net.op("maxpool").shape == (1, 64, 56, 56)
    assert net.op("layer4.1.conv2").shape == (1, 512, 7, 7)
    assert net.op("fc").operands == ["avgpool"]
    assert net.import_warnings == []
    mlir_check.check(net.to_mlir())


class _Untraceable(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 1)

    def forward(self, x):
        return self.conv(x) if x.sum() > 0 else self.conv(-x)  # data-dependent: no fx


def test_untraceable_model_raises_not_traceable():
    from dataflow_opt.importers.torch_import import NotTraceable
    with pytest.raises(NotTraceable, match="torch.fx cannot trace _Untraceable"):
        from_torch(_Untraceable(), (1, 3, 4, 4))


def test_shufflenet_channel_split_is_a_slice_not_a_cut():
    # ShuffleNetV2 unpacks x.size() in Python (a, b, c, d = x.size()): torch.fx traces it
    # on Python 3.11+ too. Its channel shuffle (reshape, transpose, reshape) is a view; its
    # channel split (x.chunk(2, dim=1) in fx, Slice in ONNX) is two dataflow.slice ops in
    # each of the 13 stride-1 blocks: the graph is whole (one network input), nothing warned.
    pytest.importorskip("onnx")
    pytest.importorskip("torchvision")
    from dataflow_opt.importers import torchvision_model
    for via in ("fx", "onnx"):
        with warnings.catch_warnings():
            warnings.simplefilter("error", UnsupportedNodeWarning)
            net = torchvision_model("shufflenet_v2_x0_5", image_size=64, via=via)
        assert net.import_warnings == [] and net.coverage["left_out"] == [], via
        assert len(net.inputs) == 1, (via, net.inputs)
        assert (net.count("conv"), net.count("concat"), net.count("fc"),
                net.count("slice")) == (56, 16, 1, 26), via
        slices = [o for o in net.ops if o.op == "slice"]
        assert all(o.attrs["axis"] == 1 for o in slices)
        assert sorted({o.attrs["offset"] for o in slices}) == [0, 24, 48, 96]
        # the first branch reads the first half of the split, the second the other half
        first = slices[0]
        assert net.shape(first.operands[0])[1] == 2 * first.shape[1]
    with pytest.raises(ValueError, match="via must be auto, fx or onnx"):
        torchvision_model("resnet18", via="jit")


class Scales(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, 1)
        self.gamma = nn.Parameter(torch.ones(8, 1, 1))
        self.beta = nn.Parameter(torch.zeros(8, 1, 1))

    def forward(self, x):
        y = self.conv(x) * self.gamma        # a parameter right after a layer: its scale
        return F.relu(y) + self.beta         # after an activation: a one-input eltwise


def test_parameter_operands_are_constants():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        net = from_torch(Scales(), (1, 3, 4, 4))
    assert [(o.op, o.name, o.operands) for o in net.layers] == [
        ("conv", "conv", ["x"]), ("eltwise", "add", ["conv"])]
    assert net.op("add").kind == "add"


class OneD(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv1d(4, 2, 3)

    def forward(self, x):
        return self.conv(x), x * x


def test_1d_layers_are_warned():
    with pytest.warns(UnsupportedNodeWarning, match=r"'conv' \(Conv1d\): input 'x' has shape "
                                                    r"\(1, 4, 16\); dataflow conv/deconv/pool "
                                                    r"layers are 2-D"):
        net = from_torch(OneD(), (1, 4, 16))
    assert [(o.op, o.name) for o in net.layers] == [("eltwise", "mul")]


class ConvNeXtBlock(nn.Module):
    """torchvision's CNBlock: depthwise 7x7, then channels-last LayerNorm and Linear layers
    between two permutes, a layer scale and the residual add."""

    def __init__(self, c=8):
        super().__init__()
        self.dw = nn.Conv2d(c, c, 7, padding=3, groups=c)
        self.norm = nn.LayerNorm(c)
        self.pw1 = nn.Linear(c, 4 * c)
        self.pw2 = nn.Linear(4 * c, c)
        self.gamma = nn.Parameter(torch.ones(c, 1, 1))

    def forward(self, x):
        y = self.dw(x).permute(0, 2, 3, 1)
        y = self.pw2(F.gelu(self.pw1(self.norm(y))))
        return x + self.gamma * y.permute(0, 3, 1, 2)


def _convnext_layers(net, prefix=""):
    return [(o.op, o.shape, o.attrs.get("kernel"), o.attrs.get("groups")) for o in net.layers]


CONVNEXT_EXPECTED = [("conv", (1, 8, 6, 5), (7, 7), 8), ("conv", (1, 32, 6, 5), (1, 1), 1),
                     ("conv", (1, 8, 6, 5), (1, 1), 1), ("eltwise", (1, 8, 6, 5), None, None),
                     ("eltwise", (1, 8, 6, 5), None, None)]


def test_channels_last_linear_is_a_pointwise_conv():
    # the LayerNorm over the channels (the last dim of the permuted view) is a
    # dataflow.norm of the N x H x W x C view, viewed back (no warning)
    with warnings.catch_warnings():
        warnings.simplefilter("error", UnsupportedNodeWarning)
        net = from_torch(ConvNeXtBlock(), (1, 8, 6, 5))
    views = [("view", (1, 6, 5, 8), None, None), ("norm", (1, 6, 5, 8), None, None),
             ("view", (1, 8, 6, 5), None, None)]
    assert _convnext_layers(net) == CONVNEXT_EXPECTED[:1] + views + CONVNEXT_EXPECTED[1:]
    assert [o.name for o in net.layers] == ["dw", "dw_view", "norm", "norm_back", "pw1",
                                            "pw2", "mul", "add"]
    assert net.op("norm").attrs["kind"] == "layer_norm"
    assert net.op("pw1").operands == ["norm_back"]
    assert net.op("add").operands == ["x", "mul"]
    mlir_check.check(net.to_mlir())


def test_channels_last_linear_through_onnx():
    pytest.importorskip("onnx")
    import io
    from dataflow_opt.importers import from_onnx
    buf = io.BytesIO()
    torch.onnx.export(ConvNeXtBlock().eval(), torch.zeros(1, 8, 6, 5), buf, opset_version=17)
    # opset 17's LayerNormalization over the last axis of the transposed N x H x W x C view
    # is a dataflow.norm of that view, viewed back, as through torch.fx (no warning)
    with warnings.catch_warnings():
        warnings.simplefilter("error", UnsupportedNodeWarning)
        net = from_onnx(buf.getvalue())
    norms = [o for o in net.layers if o.op == "norm"]
    assert [(o.attrs["kind"], o.shape) for o in norms] == [("layer_norm", (1, 6, 5, 8))]
    views = [("view", (1, 6, 5, 8), None, None), ("norm", (1, 6, 5, 8), None, None),
             ("view", (1, 8, 6, 5), None, None)]
    # the exporter writes GELU as x * 0.5 * (1 + erf(x / sqrt 2)): element-wise layers
    # between pw1 and pw2 (Erf passes through) that torch.fx folds as one activation
    gelu = [("eltwise", (1, 32, 6, 5), None, None)] * 4  # on the N x C x H x W value
    assert _convnext_layers(net) == CONVNEXT_EXPECTED[:1] + views + CONVNEXT_EXPECTED[1:2] + \
        gelu + CONVNEXT_EXPECTED[2:]
    mlir_check.check(net.to_mlir())


class Split(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(4, 4, 1)
        self.conv2 = nn.Conv2d(2, 2, 1)

    def forward(self, x):
        halves = self.conv(x).chunk(2, dim=1)  # (fx cannot unpack it: index instead)
        return self.conv2(halves[0]) + halves[1]


def test_chunk_is_a_slice():
    with warnings.catch_warnings():
        warnings.simplefilter("error", UnsupportedNodeWarning)
        net = from_torch(Split(), (1, 4, 3, 3))
    assert [(o.op, o.name, o.operands, o.attrs.get("offset")) for o in net.ops] == [
        ("conv", "conv", ["x"], None), ("slice", "getitem", ["conv"], 0),
        ("conv", "conv2", ["getitem"], None), ("slice", "getitem_1", ["conv"], 2),
        ("eltwise", "add", ["conv2", "getitem_1"], None)]
    assert net.coverage["left_out"] == []
    assert "dataflow.slice %conv axis 1 offset 2 {name = \"getitem_1\"} : " \
           "tensor<1x4x3x3xi16> -> tensor<1x2x3x3xi16>" in net.to_mlir()


class Narrowed(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(6, 6, 1)
        self.conv2 = nn.Conv2d(2, 2, 1)
        self.conv3 = nn.Conv2d(3, 3, 1)

    def forward(self, x):
        y = self.conv(x)
        a, b = torch.split(y, [4, 2], dim=1)
        return self.conv2(y.narrow(1, 1, 2)) + self.conv2(b), self.conv3(y[:, 3:])


def test_split_narrow_and_basic_indexing_are_slices():
    with warnings.catch_warnings():
        warnings.simplefilter("error", UnsupportedNodeWarning)
        net = from_torch(Narrowed(), (1, 6, 3, 3))
    slices = [(o.operands, o.attrs["axis"], o.attrs["offset"], o.shape[1])
              for o in net.ops if o.op == "slice"]
    # split [4, 2]: only the read piece (offset 4) is a slice; narrow(1, 1, 2); y[:, 3:]
    assert sorted(slices) == [(["conv"], 1, 1, 2), (["conv"], 1, 3, 3), (["conv"], 1, 4, 2)]


class Unbound(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(4, 4, 1)

    def forward(self, x):
        planes = self.conv(x).unbind(1)  # each piece a slice of one channel, then a view
        return planes[0] + planes[1]


def test_unbind_pieces_are_slices():
    with warnings.catch_warnings():
        warnings.simplefilter("error", UnsupportedNodeWarning)
        net = from_torch(Unbound(), (1, 4, 3, 3))
    assert [(o.op, o.shape, o.operands) for o in net.layers] == [
        ("conv", (1, 4, 3, 3), ["x"]), ("slice", (1, 1, 3, 3), ["conv"]),
        ("slice", (1, 1, 3, 3), ["conv"]), ("view", (1, 3, 3), ["getitem"]),
        ("view", (1, 3, 3), ["getitem_1"]),
        ("eltwise", (1, 3, 3), ["getitem_view", "getitem_1_view"])]
    assert [o.attrs["offset"] for o in net.ops if o.op == "slice"] == [0, 1]


class Maxed(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(4, 4, 1)

    def forward(self, x):
        values, idx = self.conv(x).max(1)  # two tensors, not pieces: no dataflow form
        return values + idx


def test_multi_output_nodes_are_warned():
    with pytest.warns(UnsupportedNodeWarning) as rec:
        net = from_torch(Maxed(), (1, 4, 3, 3))
    msgs = [str(w.message) for w in rec]
    assert "'max_1' (.max()): returns several tensors" in msgs[0] and \
        "unavailable to later nodes" in msgs[0], msgs
    assert "'getitem' (getitem): input 'max_1' is not available (from unsupported node " \
           "'max_1')" in msgs[1], msgs
    assert [(o.op, o.name) for o in net.layers][:1] == [("conv", "conv")]
