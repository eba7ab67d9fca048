"""The zoo's transformers (issue #18): shapes, layer counts and MACs counted by hand."""

import pytest

import mlir_check
from dataflow_opt import zoo
from dataflow_opt.builder import Network

D, L, FFN = 768, 12, 3072


def macs(net):
    """MACs from the shapes, by the formulas of docs/ir-reference.md (not the C++ code)."""
    total = 0
    for o in net.ops:
        out, ins = net.shape(o.name), [net.shape(x) for x in o.operands]
        if o.op == "fc":
            total += out[0] * out[1] * eval("*".join(map(str, ins[0][1:])))
        elif o.op == "matmul":
            total += eval("*".join(map(str, out))) * ins[0][-1]
        elif o.op == "conv":
            k = o.attrs["kernel"]
            total += eval("*".join(map(str, out))) * k[0] * k[1] * ins[0][1]
    return total


@pytest.mark.parametrize("name", ["bert_base", "vit_b16", "gpt2_prefill", "gpt2_decode"])
def test_parses(name):
    for batch in (1, 2):
        mlir_check.check(zoo.get(name, batch).to_mlir())


def test_bert_base():
    net = zoo.get("bert_base", 1)
    # Per layer: 4 projections 128x768x768, FFN 2x128x768x3072, QK^T and AV 2x12x128x128x64.
    per_layer = 4 * 128 * D * D + 2 * 128 * D * FFN + 2 * 12 * 128 * 128 * 64
    assert macs(net) == L * per_layer == 11_173_625_856
    assert net.shape("l0.attn.qk") == (12, 128, 128)
    assert sum(o.op == "norm" for o in net.ops) == 2 * L + 1


def test_vit_b16():
    net = zoo.get("vit_b16", 1)
    per_layer = 4 * 197 * D * D + 2 * 197 * D * FFN + 2 * 12 * 197 * 197 * 64
    patch = 196 * D * 3 * 16 * 16
    assert macs(net) == L * per_layer + patch  # ~17.6 GMACs, the paper's 17.5 GFLOPs (MACs)
    assert net.shape("tokens") == (197, D)


def test_gpt2_decode_reads_the_cache():
    net = zoo.get("gpt2_decode", 1)
    assert net.shape("kcache0") == (1, 127, D)
    assert net.shape("l0.attn.k_heads_t") == (12, 64, 128)
    assert net.shape("l0.attn.qk") == (12, 1, 128)
    per_layer = 4 * D * D + 2 * D * FFN + 2 * 12 * 128 * 64
    assert macs(net) == L * per_layer + D * 50257
    pre = zoo.get("gpt2_prefill", 1)
    assert macs(pre) == L * (4 * 128 * D * D + 2 * 128 * D * FFN + 2 * 12 * 128 * 128 * 64) \
        + 128 * D * 50257


def test_builder_errors():
    net = Network("n", 1)
    x = net.input_tensor("x", (4, 8))
    with pytest.raises(ValueError, match="activation kind must be one of"):
        net.activation("a", "swish", x)
    with pytest.raises(ValueError, match="norm kind must be one of"):
        net.norm("n1", "group_norm", x)
    with pytest.raises(ValueError, match="view .* has 30 elements"):
        net.view("v", x, (5, 6))
    with pytest.raises(ValueError, match="heads 3 must be positive and divide 8"):
        net.attention("att", x, x, x, 3)
    att = net.attention("att", x, x, x, 2, causal=True)
    assert "heads 2 causal" in net.to_mlir() and net.shape(att) == (4, 8)
