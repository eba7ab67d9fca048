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
