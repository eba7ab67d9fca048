import pytest

from dataflow_opt.builder import Network, mlir_string, mlir_symbol, mlir_tensor_type

import mlir_check


def net4(batch=2, c=8, h=16, w=16, **kw):
    n = Network("t", batch, **kw)
    n.input("x", c, h, w)
    return n


# ---------------------------------------------------------------- shapes
def test_conv_shapes_and_derived_pad():
    n = net4(h=224, w=224, c=3)
    n.conv("c1", "x", 48, 11, stride=4, out_size=(55, 55))
    assert n.shape("c1") == (2, 48, 55, 55)
    assert n.op("c1").attrs["pad"] == (1, 1, 2, 2)  # the doc's AlexNet example
    n.conv("c2", "x", 64, 7, stride=2)  # SAME: ceil(224/2) = 112
    assert n.shape("c2") == (2, 64, 112, 112)
    assert n.op("c2").attrs["pad"] == (2, 2, 3, 3)
    n.conv("c3", "x", 6, 3, pad=0)
    assert n.shape("c3") == (2, 6, 222, 222)
    n.conv("c4", "x", 6, (3, 5), stride=(1, 2), pad=(1, 2))
    assert n.shape("c4") == (2, 6, 224, 112)
    assert n.op("c4").attrs["pad"] == (1, 2, 1, 2)
    n.conv("c5", "x", 6, 3, pad=[0, 1, 2, 3])
    assert n.shape("c5") == (2, 6, 224, 226)


def test_dilated_grouped_depthwise():
    n = net4()
    n.conv("d", "x", 8, 3, dilation=2)
    assert n.op("d").attrs["pad"] == (2, 2, 2, 2) and n.shape("d") == (2, 8, 16, 16)
    n.conv("dd", "x", 8, 3, dilation=2, pad=0)
    assert n.shape("dd") == (2, 8, 12, 12)
    n.conv("dw", "x", 8, 3, groups=8)
    n.conv("g", "x", 4, 1, groups=2)
    assert n.shape("g") == (2, 4, 16, 16) and n.op("g").attrs["groups"] == 2


def test_pool_shapes():
    n = net4(h=112, w=112)
    n.pool("p", "x", "max", 3, 2)
    assert n.shape("p") == (2, 8, 56, 56) and n.op("p").attrs["pad"] == (0, 0, 1, 1)
    n.pool("q", "x", "avg", 2)  # stride defaults to the window
    assert n.shape("q") == (2, 8, 56, 56) and n.op("q").attrs["stride"] == (2, 2)
    n.pool("r", "x", "max", 3, 2, pad=0)
    assert n.shape("r") == (2, 8, 55, 55)
    n.pool("g", "x", "avg", 112)
    assert n.shape("g") == (2, 8, 1, 1)


def test_fc_eltwise_concat_matmul_deconv():
    n = net4()
    n.input("v", 16)
    assert n.shape("v") == (2, 16)
    n.fc("f4", "x", 10)
    assert n.shape("f4") == (2, 10)
    n.fc("f2", "v", 5)
    assert n.shape("f2") == (2, 5)
    n.conv("a", "x", 8, 1)
    n.eltwise("s", "add", ["x", "a"])
    n.eltwise("m", "mul", ["x", "a", "s"])
    assert n.shape("m") == (2, 8, 16, 16) and n.op("m").operands == ["x", "a", "s"]
    n.concat("cat", ["x", "a", "m"])
    assert n.shape("cat") == (2, 24, 16, 16)
    n.concat("cat2", ["v", "f2"])
    assert n.shape("cat2") == (2, 21)
    n.fc("g", "v", 2)
    n.matmul("mm", "g", "f2")
    assert n.shape("mm") == (2, 5)
    n.input_tensor("q", (3, 4, 8))
    n.input_tensor("k", (3, 8, 2))
    n.matmul("bmm", "q", "k")
    assert n.shape("bmm") == (3, 4, 2)
    n.deconv("up", "x", 4, 4, 2, 1)
    assert n.shape("up") == (2, 4, 32, 32)
    n.deconv("up2", "x", 4, 3, 2, 1, output_padding=1)
    assert n.shape("up2") == (2, 4, 32, 32)
    n.deconv("up3", "x", 8, 3, 1, 0, dilation=2, groups=4)
    assert n.shape("up3") == (2, 8, 20, 20)


def test_auto_concat_named_and_shared():
    n = net4()
    n.conv("a", "x", 4, 1)
    n.conv("b", "x", 6, 1)
    n.conv("c", ["a", "b"], 3, 1)
    assert n.op("c").operands == ["c_cat"] and n.shape("c_cat") == (2, 10, 16, 16)
    assert n.op("c_cat").auto
    n.conv("d", ["a", "b"], 3, 1)  # same producers: shares c_cat
    assert n.op("d").operands == ["c_cat"]
    n.pool("p", ["b", "a"], "max", 2)  # different order: a new concat
    assert n.op("p").operands == ["p_cat"] and n.op("p_cat").operands == ["b", "a"]
    n.fc("f", ["a", "b"], 7)
    assert n.op("f").operands == ["c_cat"]
    n.deconv("u", ["a", "b"], 2, 2, 2, 0)
    assert n.op("u").operands == ["c_cat"]
    n.conv("single", ["a"], 3, 1)  # a one-element list needs no concat
    assert n.op("single").operands == ["a"]
    assert n.count("concat") == 2 and len(n.layers) == 8
    m = net4(share_concats=False)
    m.conv("a", "x", 4, 1)
    m.conv("c", ["a", "x"], 3, 1)
    m.conv("d", ["a", "x"], 3, 1)
    assert m.op("d").operands == ["d_cat"]


def test_sinks_and_mlir_text():
    n = Network("net-1", 1)
    n.input("in put", 3, 8, 8)
    n.conv("1x1", "in put", 4, 1)
    n.conv("b", "in put", 4, 1)
    n.pool("p", "1x1", "max", 2)
    assert n.sinks() == ["b", "p"]
    text = n.to_mlir()
    assert text.startswith('func.func @"net-1"(%in_put: tensor<1x3x8x8xi16>) -> '
                           "(tensor<1x4x8x8xi16>, tensor<1x4x4x4xi16>) {\n")
    assert "  %v1x1 = dataflow.conv %in_put kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] " \
           'dilation [1, 1] groups 1 {name = "1x1"} : tensor<1x3x8x8xi16> -> ' \
           "tensor<1x4x8x8xi16>\n" in text
    assert text.endswith("  return %b, %p : tensor<1x4x8x8xi16>, tensor<1x4x4x4xi16>\n}\n")
    bound = n.to_mlir(accelerator="eyeriss")
    assert ") attributes {dataflow.accelerator = @eyeriss} {\n" in bound


def test_ssa_names_unique_after_sanitising():
    n = Network("t", 1)
    n.input("a.b", 2, 4, 4)
    n.conv("a b", "a.b", 2, 1)
    n.conv("a/b", "a b", 2, 1)
    text = n.to_mlir()
    assert "%a.b:" in text and "%a_b = " in text and "%a_b_1 = " in text


def test_every_op_emitted_per_syntax_doc():
    from dataflow_opt.zoo import tiny
    r = mlir_check.check(tiny.build(2).to_mlir())
    ops = {(o, k) for o, k, _ in r["ops"]}
    assert ops >= {("conv", None), ("pool", "max"), ("pool", "avg"), ("fc", None),
                   ("eltwise", "add"), ("eltwise", "mul"), ("concat", None),
                   ("matmul", None), ("deconv", None)}


def test_helpers():
    assert mlir_tensor_type((16, 3, 224, 224), "i16") == "tensor<16x3x224x224xi16>"
    assert mlir_string('a"b\\c\n') == '"a\\"b\\\\c\\n"'
    assert mlir_string("é") == '"\\C3\\A9"'
    assert mlir_symbol("alex_net") == "@alex_net" and mlir_symbol("9x") == '@"9x"'


def test_dtype():
    n = net4(dtype="i8")
    n.fc("f", "x", 3)
    assert "tensor<2x3xi8>" in n.to_mlir()


# ---------------------------------------------------------------- errors
def err(match, fn, *a, **kw):
    with pytest.raises(ValueError, match=match):
        fn(*a, **kw)


def test_network_errors():
    err("non-empty", Network, "", 1)
    err("batch", Network, "n", 0)
    err("batch", Network, "n", 1.5)
    err("batch", Network, "n", True)
    err("element type", Network, "n", 1, dtype="int16")
    err("no layers", Network("n", 1).to_mlir)


def test_input_errors():
    n = net4()
    err("duplicate", n.input, "x", 3, 4, 4)
    err("both h and w", n.input, "y", 3, 4)
    err("positive", n.input, "y", 0, 4, 4)
    err("positive", n.input, "y", 3, 4, -1)
    err("non-empty", n.input, "", 3)
    err("shape", n.input_tensor, "t", ())
    err("shape", n.input_tensor, "t", (2, 0))


def test_conv_errors():
    n = net4()
    n.input("v", 8)
    err("^c: unknown source 'nope'", n.conv, "c", "nope", 8, 3)
    err("^c: [a-z]* needs an N x C", n.conv, "c", "v", 8, 3)
    err("^c: kernel must be an int or 2 ints", n.conv, "c", "x", 8, (3, 3, 3))
    err("^c: kernel must be >= 1", n.conv, "c", "x", 8, 0)
    err("^c: stride must be >= 1", n.conv, "c", "x", 8, 3, stride=0)
    err("^c: dilation must be >= 1", n.conv, "c", "x", 8, 3, dilation=0)
    err("^c: out_channels", n.conv, "c", "x", 0, 3)
    err("^c: groups must be", n.conv, "c", "x", 8, 3, groups=0)
    err("^c: input channels \\(8\\) and output channels \\(6\\) must both be divisible",
        n.conv, "c", "x", 6, 3, groups=4)
    err("^c: input channels", n.conv, "c", "x", 8, 3, groups=3)
    err("^c: pad must be an int", n.conv, "c", "x", 8, 3, pad=[1, 1, 1])
    err("^c: pad must be non-negative", n.conv, "c", "x", 8, 3, pad=-1)
    err("^c: \\(dilated\\) kernel 17 is larger", n.conv, "c", "x", 8, 17, pad=0)
    err("^c: \\(dilated\\) kernel 17 is larger", n.conv, "c", "x", 8, 9, dilation=2, pad=0)
    err("^c: cannot derive padding for spatial dim 0: input 16, kernel 3, stride 1, "
        "expected output 10", n.conv, "c", "x", 8, 3, out_size=10)
    err("^c: output size \\(14, 14\\) differs from out_size", n.conv, "c", "x", 8, 3, pad=0,
        out_size=16)
    err("^c: out_size must be >= 1", n.conv, "c", "x", 8, 3, out_size=0)
    err("^x: duplicate name", n.conv, "x", "x", 8, 3)
    err("^c: source must be a value name", n.conv, "c", 3, 8, 3)
    err("^c: empty source list", n.conv, "c", [], 8, 3)


def test_pool_errors():
    n = net4()
    err("^p: pool kind", n.pool, "p", "x", "min", 2)
    err("^p: window must be >= 1", n.pool, "p", "x", "max", 0)
    err("^p: padding .* entirely in the padding", n.pool, "p", "x", "max", 2, pad=2)
    err("^p: padding .* entirely in the padding", n.pool, "p", "x", "max", 3, 2, pad=[0, 0, 3, 3])
    err("^p: \\(dilated\\) kernel 20 is larger", n.pool, "p", "x", "max", 20, pad=0)
    err("^p: cannot derive padding", n.pool, "p", "x", "max", 2, out_size=3)
    n.input("v", 3)
    err("^p: [a-z]* needs an N x C", n.pool, "p", "v", "max", 1)


def test_fc_eltwise_concat_errors():
    n = net4()
    n.input("v", 8)
    n.input_tensor("t3", (2, 8, 4))
    n.conv("half", "x", 8, 2, stride=2)
    err("^f: fc input must be", n.fc, "f", "t3", 4)
    err("^f: fc output size", n.fc, "f", "x", 0)
    err("^e: eltwise kind", n.eltwise, "e", "sub", ["x", "x"])
    err("^e: eltwise needs a list of 1 or more", n.eltwise, "e", "add", [])
    err("^e: eltwise needs a list of 1 or more", n.eltwise, "e", "add", "x")
    err("^e: eltwise inputs must have identical shapes", n.eltwise, "e", "add", ["x", "half"])
    err("^e: eltwise inputs must have identical shapes", n.eltwise, "e", "mul", ["v", "x"])
    err("^e: unknown source", n.eltwise, "e", "add", ["x", "y"])
    err("^c: concat needs a list of 2 or more", n.concat, "c", ["x"])
    err("^c: concat inputs must agree in every dim but channels", n.concat, "c", ["x", "half"])
    err("^c: concat inputs must have the same rank", n.concat, "c", ["x", "v"])
    err("^k: automatic concat 'k_cat': concat inputs must agree", n.conv, "k", ["x", "half"], 4, 1)


def test_matmul_deconv_errors():
    n = net4()
    n.input_tensor("a", (4, 8))
    n.input_tensor("b", (6, 4))
    n.input_tensor("q", (2, 4, 8))
    n.input_tensor("r", (3, 8, 4))
    err("^m: matmul inner dims differ", n.matmul, "m", "a", "b")
    err("^m: matmul operands must both be rank 2 or both rank 3", n.matmul, "m", "a", "q")
    err("^m: matmul operands must both be rank 2 or both rank 3", n.matmul, "m", "x", "x")
    err("^m: matmul batch dims differ", n.matmul, "m", "q", "r")
    err("^d: output_padding 2 must be smaller than the stride", n.deconv, "d", "x", 4, 3, 2, 1,
        output_padding=2)
    err("^d: deconv output size -1 < 1", n.deconv, "d", "x", 4, 1, 1, [0, 1, 17, 1])
    err("^d: input channels", n.deconv, "d", "x", 4, 2, 2, 0, groups=3)
    err("^d: [a-z]* needs an N x C", n.deconv, "d", "a", 4, 2, 2, 0)
    err("^d: out_channels", n.deconv, "d", "x", 0, 2, 2, 0)
    err("^d: output_padding must be >= 0", n.deconv, "d", "x", 4, 2, 2, 0, output_padding=-1)


def test_failed_layer_leaves_network_unchanged():
    n = net4()
    n.conv("a", "x", 4, 1)
    before = n.to_mlir()
    err("^c: input channels", n.conv, "c", ["a", "x"], 5, 1, groups=2)  # after c_cat was built
    assert "c_cat" not in n.values and n.to_mlir() == before
    n.conv("c", ["a", "x"], 6, 1, groups=2)  # and the name is still usable
    assert n.op("c").operands == ["c_cat"]
