"""Transformer networks (issue #18): a BERT-base encoder, ViT-B/16 and a GPT-2 (small)
decoder, prefill and one decode step with a KV cache.

Activations are token-major, ``(batch x tokens) x features``; linear layers are
``dataflow.fc`` over the tokens. Attention is written as the layers the cost models price:
views split the heads (``B*H x L x D/H``, and ``B*H x D/H x L`` for K^T), QK^T and AV are
batched matmuls (heads x batch as the matmul batch), softmax over the keys. Embedding
look-ups (no MACs) are left out; the networks start from the embedded tokens.

- ``bert_base``: Devlin et al. (NAACL 2019), 12 layers, D 768, 12 heads, FFN 3072, GELU,
  post-norm, sequence length 128.
- ``vit_b16``: Dosovitskiy et al. (ICLR 2021), 224x224 image, 16x16 patches (a 16x16
  stride-16 convolution), a class token (197 tokens), 12 pre-norm layers, D 768, 12 heads,
  FFN 3072, GELU, final LayerNorm. The 768 -> 1000 head on the class token alone is left out
  (the dialect has no slice).
- ``gpt2_prefill`` / ``gpt2_decode``: Radford et al. (2019), GPT-2 small: 12 pre-norm
  layers, D 768, 12 heads, FFN 3072, GELU, causal attention, final LayerNorm, LM head
  768 -> 50257. Prefill runs 128 prompt tokens; decode runs one new token against a KV
  cache of 127 earlier tokens (``kcache<i>``, ``vcache<i>``: inputs), 128 keys in all.
"""

from __future__ import annotations

from ..builder import Network

D, HEADS, FFN, LAYERS = 768, 12, 3072, 12
BERT_SEQ, GPT_SEQ, VOCAB = 128, 128, 50257


def _attention(net: Network, p: str, x: str, tokens: int, keys_of=None) -> str:
    """Q, K, V projections of ``x`` (``B*tokens x D``), attention, output projection.
    ``keys_of(k, v)``, when given, returns the ``B x Lk x D`` keys and values to attend to
    (decode: the cache and the new token)."""
    b, dh = net.batch, D // HEADS
    q = net.fc(f"{p}.q", x, D)
    k = net.fc(f"{p}.k", x, D)
    v = net.fc(f"{p}.v", x, D)
    if keys_of is None:
        k3, v3, lk = k, v, tokens
    else:
        k3, v3, lk = keys_of(k, v)
    qh = net.view(f"{p}.q_heads", q, (b * HEADS, tokens, dh))
    kt = net.view(f"{p}.k_heads_t", k3, (b * HEADS, dh, lk))
    vh = net.view(f"{p}.v_heads", v3, (b * HEADS, lk, dh))
    s = net.matmul(f"{p}.qk", qh, kt)
    a = net.softmax(f"{p}.softmax", s)
    o = net.matmul(f"{p}.av", a, vh)
    o = net.view(f"{p}.merge_heads", o, (b * tokens, D))
    return net.fc(f"{p}.proj", o, D)


def _mlp(net: Network, p: str, x: str) -> str:
    h = net.fc(f"{p}.fc1", x, FFN)
    h = net.activation(f"{p}.gelu", "gelu", h)
    return net.fc(f"{p}.fc2", h, D)


def _pre_norm_layer(net: Network, p: str, x: str, tokens: int, keys_of=None) -> str:
    a = _attention(net, f"{p}.attn", net.norm(f"{p}.ln1", "layer_norm", x), tokens, keys_of)
    x = net.eltwise(f"{p}.add1", "add", [x, a])
    m = _mlp(net, f"{p}.mlp", net.norm(f"{p}.ln2", "layer_norm", x))
    return net.eltwise(f"{p}.add2", "add", [x, m])


def build_bert_base(batch: int = 1, dtype: str = "i16", name: str = "bert_base") -> Network:
    net = Network(name, batch, dtype)
    x = net.input_tensor("embeddings", (batch * BERT_SEQ, D))
    x = net.norm("emb_ln", "layer_norm", x)
    for i in range(LAYERS):
        p = f"l{i}"
        a = _attention(net, f"{p}.attn", x, BERT_SEQ)
        x = net.norm(f"{p}.ln1", "layer_norm", net.eltwise(f"{p}.add1", "add", [x, a]))
        m = _mlp(net, f"{p}.mlp", x)
        x = net.norm(f"{p}.ln2", "layer_norm", net.eltwise(f"{p}.add2", "add", [x, m]))
    return net


def build_vit_b16(batch: int = 1, dtype: str = "i16", name: str = "vit_b16") -> Network:
    net = Network(name, batch, dtype)
    img = net.input("image", 3, 224, 224)
    patches = net.conv("patch_embed", img, D, 16, stride=16, pad=0)  # B x 768 x 14 x 14
    tokens = net.view("patch_tokens", patches, (batch, 196, D))
    cls = net.input_tensor("cls_token", (batch, 1, D))
    seq = net.concat("with_cls", [cls, tokens])  # B x 197 x 768
    x = net.view("tokens", seq, (batch * 197, D))
    pos = net.input_tensor("pos_embed", (batch * 197, D))
    x = net.eltwise("add_pos", "add", [x, pos])
    for i in range(LAYERS):
        x = _pre_norm_layer(net, f"l{i}", x, 197)
    net.norm("ln_final", "layer_norm", x)
    return net


def build_gpt2_prefill(batch: int = 1, dtype: str = "i16",
                       name: str = "gpt2_prefill") -> Network:
    net = Network(name, batch, dtype)
    x = net.input_tensor("embeddings", (batch * GPT_SEQ, D))
    for i in range(LAYERS):
        x = _pre_norm_layer(net, f"l{i}", x, GPT_SEQ)
    x = net.norm("ln_final", "layer_norm", x)
    net.fc("lm_head", x, VOCAB)
    return net


def build_gpt2_decode(batch: int = 1, dtype: str = "i16",
                      name: str = "gpt2_decode") -> Network:
    """One decode step: the new token attends to the 127 cached keys and values and its own."""
    net = Network(name, batch, dtype)
    x = net.input_tensor("embedding", (batch, D))
    past = GPT_SEQ - 1
    for i in range(LAYERS):
        kc = net.input_tensor(f"kcache{i}", (batch, past, D))
        vc = net.input_tensor(f"vcache{i}", (batch, past, D))

        def keys_of(k, v, i=i, kc=kc, vc=vc):
            k1 = net.view(f"l{i}.k_new", k, (batch, 1, D))
            v1 = net.view(f"l{i}.v_new", v, (batch, 1, D))
            return (net.concat(f"l{i}.k_all", [kc, k1]), net.concat(f"l{i}.v_all", [vc, v1]),
                    GPT_SEQ)

        x = _pre_norm_layer(net, f"l{i}", x, 1, keys_of)
    x = net.norm("ln_final", "layer_norm", x)
    net.fc("lm_head", x, VOCAB)
    return net
