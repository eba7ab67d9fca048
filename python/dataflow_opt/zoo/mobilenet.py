"""MobileNet v1 (Howard et al. 2017), 224x224, width multiplier 1.0 (nn_dataflow has none).

Depthwise 3x3 convs are ``groups = channels``; padding is TensorFlow's SAME (derived by the
builder), e.g. the stride-2 3x3 convs on even inputs get ``pad [0, 0, 1, 1]``.
27 conv layers (1 full + 13 depthwise + 13 pointwise), a 7x7 global average
pool and the 1000-way FC.
"""

from __future__ import annotations

from ..builder import Network

# (pointwise output channels, depthwise stride) for the 13 depthwise-separable blocks.
BLOCKS = [(64, 1), (128, 2), (128, 1), (256, 2), (256, 1), (512, 2),
          (512, 1), (512, 1), (512, 1), (512, 1), (512, 1), (1024, 2), (1024, 1)]


def build(batch: int, dtype: str = "i16", name: str = "mobilenet") -> Network:
    net = Network(name, batch, dtype)
    x = net.input("input", 3, 224, 224)
    x = net.conv("conv1", x, 32, 3, stride=2)
    for i, (cout, stride) in enumerate(BLOCKS, start=1):
        cin = net.shape(x)[1]
        x = net.conv(f"conv_dw_{i}", x, cin, 3, stride=stride, groups=cin)
        x = net.conv(f"conv_pw_{i}", x, cout, 1)
    x = net.pool("pool", x, "avg", 7)
    net.fc("fc", x, 1000)
    return net


# MobileNetV2 (Sandler et al. 2018): (expansion t, output channels c, repeats n, first stride s).
V2_BLOCKS = [(1, 16, 1, 1), (6, 24, 2, 2), (6, 32, 3, 2), (6, 64, 4, 2), (6, 96, 3, 1),
             (6, 160, 3, 2), (6, 320, 1, 1)]


def build_v2(batch: int, dtype: str = "i16", name: str = "mobilenet_v2") -> Network:
    """MobileNetV2, 224x224, width 1.0: 17 inverted-residual blocks (1x1 expansion, depthwise
    3x3, 1x1 projection; a residual add when the stride is 1 and the channels match), the
    1x1 conv to 1280 channels, a 7x7 global average pool and the 1000-way FC."""
    net = Network(name, batch, dtype)
    x = net.input("input", 3, 224, 224)
    x = net.conv("conv1", x, 32, 3, stride=2)
    k = 0
    for t, c, n, s in V2_BLOCKS:
        for i in range(n):
            k += 1
            cin = net.shape(x)[1]
            y = x
            if t != 1:
                y = net.conv(f"block{k}_expand", y, cin * t, 1)
            hidden = net.shape(y)[1]
            y = net.conv(f"block{k}_dw", y, hidden, 3, stride=s if i == 0 else 1, groups=hidden)
            y = net.conv(f"block{k}_project", y, c, 1)
            if (s == 1 or i > 0) and cin == c:
                y = net.eltwise(f"block{k}_add", "add", [x, y])
            x = y
    x = net.conv("conv_last", x, 1280, 1)
    x = net.pool("pool", x, "avg", 7)
    net.fc("fc", x, 1000)
    return net
