"""Networks for the systolic-array examples (issue #9): a DCGAN generator (several
transposed convolutions) and C3D (3-D convolutions).

``dcgan``: the DCGAN generator of Radford et al. (ICLR 2016), 64x64 RGB: from the projected
and reshaped noise (1024 x 4 x 4; the dialect has no reshape, so the 100 -> 16384
projection is left out) four 5x5 stride-2 transposed convolutions (TensorFlow's SAME:
``pad 2, output_padding 1``), 1024 -> 512 -> 256 -> 128 -> 3 channels, 4 -> 64 pixels.

``c3d``: C3D of Tran et al. (ICCV 2015) on a 16-frame 112x112 clip: eight 3x3x3 convolutions
(pad 1), five max pools (the first 1x2x2), fc6, fc7 and the 487-way fc8 (Sports-1M), the
fcs written as 3-D convolutions covering the whole map.
"""

from __future__ import annotations

from ..builder import Network


def build_dcgan(batch: int = 1, dtype: str = "i16", name: str = "dcgan") -> Network:
    net = Network(name, batch, dtype)
    x = net.input("projected", 1024, 4, 4)
    for i, cout in enumerate((512, 256, 128, 3), start=1):
        x = net.deconv(f"deconv{i}", x, cout, 5, 2, 2, output_padding=1)
    return net


def build_c3d(batch: int = 1, dtype: str = "i16", name: str = "c3d") -> Network:
    net = Network(name, batch, dtype)
    x = net.input_tensor("clip", (batch, 3, 16, 112, 112))
    x = net.conv("conv1a", x, 64, 3, pad=1)
    x = net.pool("pool1", x, "max", (1, 2, 2))
    x = net.conv("conv2a", x, 128, 3, pad=1)
    x = net.pool("pool2", x, "max", 2)
    for block, cout, pool in ((3, 256, "pool3"), (4, 512, "pool4"), (5, 512, "pool5")):
        x = net.conv(f"conv{block}a", x, cout, 3, pad=1)
        x = net.conv(f"conv{block}b", x, cout, 3, pad=1)
        # C3D pads pool5 by one on H and W (7 -> 4).
        x = net.pool(pool, x, "max", 2, pad=(0, 0, 0, 0, 1, 1) if block == 5 else None)
    # fc6-fc8 as 3-D convolutions over the whole 1x4x4 map (the dialect's fc takes 2-D or
    # 4-D inputs and has no reshape): the same weights and MACs.
    x = net.conv("fc6", x, 4096, (1, 4, 4), pad=0)
    x = net.conv("fc7", x, 4096, 1, pad=0)
    net.conv("fc8", x, 487, 1, pad=0)
    return net
