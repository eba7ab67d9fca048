"""``tiny_all_ops``: a small network that uses every op of the dialect, for parser tests.

conv, grouped conv, depthwise conv, pool max and avg, fc on a 4-D and on a 2-D input, eltwise
add and mul, explicit concat, an automatic concat, matmul (2-D and batched 3-D), deconv.
"""

from __future__ import annotations

from ..builder import Network


def build(batch: int = 2, dtype: str = "i16", name: str = "tiny_all_ops") -> Network:
    net = Network(name, batch, dtype)
    x = net.input("input", 3, 16, 16)
    q = net.input_tensor("q", (batch, 4, 8))
    k = net.input_tensor("k", (batch, 8, 4))
    c1 = net.conv("conv1", x, 8, 3)                                  # 8 x 16 x 16
    dw = net.conv("dw1", c1, 8, 3, groups=8)                         # depthwise
    gc = net.conv("gconv1", dw, 8, 1, groups=2)                      # grouped
    p1 = net.pool("pool1", gc, "max", 2)                             # 8 x 8 x 8
    a = net.conv("branch_a", p1, 8, 1)
    b = net.conv("branch_b", p1, 8, 3, dilation=2)                   # dilated, pad 2
    s = net.eltwise("add1", "add", [a, b])
    m = net.eltwise("mul1", "mul", [s, p1])
    cat = net.concat("cat1", [s, m])                                 # 16 x 8 x 8
    up = net.deconv("up1", cat, 8, 4, 2, 1)                          # 8 x 16 x 16
    f = net.conv("fuse", [up, c1], 8, 3, stride=2)                   # automatic fuse_cat
    p2 = net.pool("pool2", f, "avg", 2)                              # 8 x 4 x 4
    f1 = net.fc("fc1", p2, 16)                                       # 4-D input
    f2 = net.fc("fc2", f1, batch)                                    # 2-D input: N x N
    f3 = net.fc("fc3", f1, 8)                                        # N x 8
    net.matmul("mm", f2, f3)                                         # N x N * N x 8
    net.matmul("attn", q, k)                                         # batched
    return net
