"""Issue 19's channel splits and channels-first LayerNorm: ShuffleNetV2's chunk is a
dataflow.slice (its graph is no longer cut into new network inputs), ConvNeXt's LayerNorm over
the channels is a dataflow.norm over the channels-last view, ViT's class token (``x[:, 0]``)
is a slice; each imports every MAC and schedules every MAC on one Eyeriss node."""

import os
import warnings

import pytest

from conftest import built
from dataflow_opt.run import schedule

torch = pytest.importorskip("torch")
tv = pytest.importorskip("torchvision")

EYERISS = os.path.join(os.path.dirname(__file__), "..", "..", "examples", "accelerators",
                       "eyeriss.mlir")


def _import(model, shape, name):
    from dataflow_opt.importers import UnsupportedNodeWarning, from_torch
    with warnings.catch_warnings():
        warnings.simplefilter("error", UnsupportedNodeWarning)  # nothing left out or cut
        return from_torch(model, shape, name=name)


def _tiny_vit():
    from torchvision.models.vision_transformer import VisionTransformer
    torch.manual_seed(0)
    return VisionTransformer(image_size=32, patch_size=8, num_layers=2, num_heads=2,
                             hidden_dim=16, mlp_dim=32, num_classes=10)


# (name, model, input, {op: count}): the ops this change adds
CASES = [
    ("shufflenet_v2_x0_5", lambda: tv.models.shufflenet_v2_x0_5(), (1, 3, 64, 64),
     {"slice": 26}),
    # stem + 3 downsampling LayerNorm2d, 18 blocks' LayerNorm, the classifier's LayerNorm2d
    ("convnext_tiny", lambda: tv.models.convnext_tiny(), (1, 3, 64, 64), {"norm": 23}),
    ("tiny_vit", _tiny_vit, (1, 3, 32, 32), {"slice": 1}),
]


@pytest.mark.parametrize("name,ctor,shape,ops", CASES, ids=[c[0] for c in CASES])
def test_imports_whole(name, ctor, shape, ops):
    net = _import(ctor(), shape, name)
    assert net.coverage["left_out"] == [] and net.coverage["model_macs"] > 0
    for op, n in ops.items():
        assert net.count(op) == n, (op, net.count(op))
    # one image input (ViT's class token is a constant the network reads: a second one)
    assert net.inputs[0] == "x" and len(net.inputs) == (2 if name == "tiny_vit" else 1)


@built
@pytest.mark.parametrize("name,ctor,shape,ops", CASES, ids=[c[0] for c in CASES])
def test_schedules_every_mac_on_eyeriss(name, ctor, shape, ops):
    net = _import(ctor(), shape, name)
    cov = schedule(net, EYERISS, threads=1, echo_warnings=False).networks[0].coverage
    assert cov.model_macs == net.coverage["model_macs"]
    assert cov.scheduled_macs == cov.model_macs


def test_meta_shapes_equal_real_shapes():
    # shapes from meta tensors (no arithmetic) give the same network as a real run
    from dataflow_opt.importers import from_torch
    from dataflow_opt.importers.torch_import import _propagate_on_meta, _unpack_by_offset
    for ctor, shape in ((lambda: tv.models.shufflenet_v2_x0_5(), (1, 3, 64, 64)),
                        (lambda: tv.models.swin_t(), (1, 3, 64, 64))):
        m = ctor().eval()
        with _unpack_by_offset():
            gm = torch.fx.symbolic_trace(m)
        assert _propagate_on_meta(gm, shape) is not None  # no fallback to a real run
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            a, b = from_torch(m, shape, meta=True), from_torch(m, shape, meta=False)
        assert a.to_mlir() == b.to_mlir() and a.coverage == b.coverage
