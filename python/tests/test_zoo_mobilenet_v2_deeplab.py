"""MobileNetV2 and the DeepLabV3-style dilated network of the zoo (issue 18)."""

import mlir_check
from dataflow_opt import zoo


def _conv_macs(net):
    convs = [o for o in net.ops if o.op == "conv"]
    return convs, sum(net.shape(o.name)[1] * net.shape(o.name)[2] * net.shape(o.name)[3]
                      * o.attrs["kernel"][0] * o.attrs["kernel"][1]
                      * net.shape(o.operands[0])[1] // o.attrs["groups"] for o in convs)


def test_mobilenet_v2():
    net = zoo.get("mobilenet_v2", 16)
    convs, macs = _conv_macs(net)
    dw = [o for o in convs if o.attrs["groups"] > 1]
    assert len(dw) == 17 and all(o.attrs["groups"] == net.shape(o.operands[0])[1] for o in dw)
    assert len([o for o in net.ops if o.op == "eltwise"]) == 10  # the residual adds
    assert net.shape("conv_last") == (16, 1280, 7, 7) and net.shape("fc") == (16, 1000)
    assert 295e6 < macs + 1280 * 1000 < 305e6  # the paper's 300M multiply-adds
    mlir_check.check(net.to_mlir())


def test_deeplab_v3_dilations_divide_the_features():
    net = zoo.get("deeplab_v3", 1)
    convs, _ = _conv_macs(net)
    dilated = [o for o in convs if max(o.attrs["dilation"]) > 1]
    assert sorted(max(o.attrs["dilation"]) for o in dilated) == [2, 2, 4, 4, 6, 12, 18]
    for o in dilated:  # every dilated conv is an exact sum of equal phase convolutions
        _, _, h, w = net.shape(o.name)
        assert (h, w) == (36, 36) and h % o.attrs["dilation"][0] == 0 and o.attrs["stride"] == (1, 1)
    assert net.shape("classifier") == (1, 21, 36, 36)
    mlir_check.check(net.to_mlir())
