"""The CI slice of bench/torchvision_sweep.py (issue 19): one torchvision model per class of
import failure fixed, imported through torch.fx and scheduled on one Eyeriss node with every
MAC the framework graph has."""

import os
import warnings

import pytest

from conftest import built
from dataflow_opt.run import schedule

torch = pytest.importorskip("torch")
tv = pytest.importorskip("torchvision")
nn = torch.nn

EYERISS = os.path.join(os.path.dirname(__file__), "..", "..", "examples", "accelerators",
                       "eyeriss.mlir")


def _import(model, shape, name):
    from dataflow_opt.importers import from_torch
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return from_torch(model, shape, name=name)


def _left_macs(net):
    return sum(m for _, _, m, _ in net.coverage["left_out"])


def _tiny_vit():
    from torchvision.models.vision_transformer import VisionTransformer
    torch.manual_seed(0)
    return VisionTransformer(image_size=32, patch_size=8, num_layers=2, num_heads=2,
                             hidden_dim=16, mlp_dim=32, num_classes=10)


# (name, model, input): ShuffleNetV2 unpacks x.size() (traced on Python 3.11+); a ViT
# (class token, LayerNorm, nn.MultiheadAttention, linear layers on 3-D tokens); Swin (its
# windowed attention is a function fx keeps opaque, imported below it); a 3-D video
# ResNet (Conv3d, its classifier on a flattened 5-D value); a segmentation model.
CASES = [
    ("shufflenet_v2_x0_5", lambda: tv.models.shufflenet_v2_x0_5(), (1, 3, 64, 64)),
    ("tiny_vit", _tiny_vit, (1, 3, 32, 32)),
    ("swin_t", lambda: tv.models.swin_t(), (1, 3, 64, 64)),
    ("r3d_18", lambda: tv.models.video.r3d_18(), (1, 3, 4, 32, 32)),
    ("lraspp", lambda: tv.models.segmentation.lraspp_mobilenet_v3_large(
        weights_backbone=None), (1, 3, 64, 64)),
]


@pytest.mark.parametrize("name,ctor,shape", CASES, ids=[c[0] for c in CASES])
def test_imports_every_mac(name, ctor, shape):
    net = _import(ctor(), shape, name)
    assert net.coverage["model_macs"] > 0
    assert _left_macs(net) == 0, net.coverage["left_out"]


# 3-D element-wise layers (r3d_18's residual adds of two N x C x D x H x W values) are
# priced over C D channels, every element once (docs/cost-model.md).
SCHEDULED = CASES


@built
@pytest.mark.parametrize("name,ctor,shape", SCHEDULED, ids=[c[0] for c in CASES])
def test_schedules_every_mac_on_eyeriss(name, ctor, shape):
    net = _import(ctor(), shape, name)
    cov = schedule(net, EYERISS, threads=1, echo_warnings=False).networks[0].coverage
    assert cov.model_macs == net.coverage["model_macs"]
    assert cov.scheduled_macs == cov.model_macs


def test_vit_attention_is_layers_with_the_counted_macs():
    net = _import(_tiny_vit(), (1, 3, 32, 32), "vit")
    # 16 patches + the class token, hidden 16, 2 heads: per encoder layer q, k, v and out
    # projections 4 x 17 x 16 x 16, QK^T and AV 2 x 17 x 17 x 16, MLP 2 x 17 x 16 x 32
    per_layer = 4 * 17 * 16 * 16 + 2 * 17 * 17 * 16 + 2 * 17 * 16 * 32
    patch = 16 * 16 * 3 * 8 * 8
    assert net.coverage["model_macs"] == patch + 2 * per_layer + 16 * 10
    kinds = [o.op for o in net.layers]
    assert kinds.count("softmax") == 2 and kinds.count("matmul") == 4
    assert kinds.count("norm") == 5  # two per encoder layer and the final one
    assert net.shape("encoder.layers.encoder_layer_0.self_attention.qk") == (2, 17, 17)


class _ConstantMlp(nn.Module):
    """A linear layer on a buffer alone (Swin V2's relative-position MLP): folded."""

    def __init__(self):
        super().__init__()
        self.register_buffer("table", torch.zeros(1, 4, 4, 2))
        self.mlp = nn.Linear(2, 8)
        self.conv = nn.Conv2d(3, 8, 1)

    def forward(self, x):
        bias = self.mlp(self.table).permute(0, 3, 1, 2)  # 1 x 8 x 4 x 4
        return self.conv(x) + bias


def test_work_on_constants_alone_is_folded():
    net = _import(_ConstantMlp(), (1, 3, 4, 4), "const")
    assert [o.op for o in net.layers] == ["conv"]  # the bias add is absorbed by the conv
    assert net.coverage == {"model_macs": 16 * 8 * 3, "left_out": []}


def test_upsampling_adaptive_pool_is_left_out_with_its_reason():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        net = _import(tv.models.alexnet(), (1, 3, 64, 64), "alexnet")
    left = [(n, o, r) for n, o, _, r in net.coverage["left_out"]]
    assert left == [("avgpool", "AdaptiveAvgPool2d", "adaptive pool from (1, 1) up to (6, 6): "
                     "it repeats inputs (upsamples), which no dataflow pool does")]
