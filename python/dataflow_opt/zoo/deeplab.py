"""A DeepLabV3-style dilated segmentation network (Chen et al. 2017), small enough to search.

A ResNet-like stem and body at output stride 8 (288x288 input, 36x36 features), its last two
stages dilated 2 and 4 instead of strided, and the ASPP head: a 1x1 branch and 3x3 branches
dilated 6, 12 and 18, concatenated, fused by a 1x1 conv, then the 21-class 1x1 classifier.
The image-pooling branch of ASPP (global pool, 1x1 conv, bilinear upsampling) is left out: the
dialect has no upsampling layer. Every dilation divides the 36x36 feature map, so each dilated
conv is an exact sum of equal phase convolutions (docs/cost-model.md).
"""

from __future__ import annotations

from ..builder import Network


def build(batch: int, dtype: str = "i16", name: str = "deeplab_v3") -> Network:
    net = Network(name, batch, dtype)
    x = net.input("input", 3, 288, 288)
    x = net.conv("stem", x, 64, 7, stride=2)                 # 144x144
    x = net.pool("stem_pool", x, "max", 3, stride=2)         # 72x72
    x = net.conv("layer1", x, 128, 3)
    x = net.conv("layer2", x, 256, 3, stride=2)              # 36x36: output stride 8
    for stage, (channels, rate) in enumerate([(256, 2), (512, 4)], start=3):
        y = net.conv(f"layer{stage}_a", x, channels, 3, dilation=rate)
        y = net.conv(f"layer{stage}_b", y, channels, 3, dilation=rate)
        if net.shape(x)[1] == channels:
            y = net.eltwise(f"layer{stage}_add", "add", [x, y])
        x = y
    branches = [net.conv("aspp_1x1", x, 256, 1)]
    for rate in (6, 12, 18):
        branches.append(net.conv(f"aspp_d{rate}", x, 256, 3, dilation=rate))
    x = net.concat("aspp_cat", branches)
    x = net.conv("aspp_fuse", x, 256, 1)
    net.conv("classifier", x, 21, 1)
    return net
