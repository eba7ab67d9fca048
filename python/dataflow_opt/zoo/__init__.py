"""The network zoo: every nn_dataflow network (from its layer dumps), MobileNet v1, the
``tiny_all_ops`` test network, and the systolic examples ``dcgan`` (a DCGAN generator) and
``c3d`` (3-D convolutions), and the transformers ``bert_base``, ``vit_b16``,
``gpt2_prefill`` and ``gpt2_decode``.

>>> from dataflow_opt import zoo
>>> net = zoo.get("alex_net", batch=16)
>>> text = net.to_mlir()
"""

from __future__ import annotations

from typing import Dict, List

from ..builder import Network
from . import deeplab, generative, mobilenet, tiny, transformers
from . import nn_dataflow as _nnd

# Network name -> file stem of its generated example (examples/networks/<stem>.mlir).
FILE_NAMES: Dict[str, str] = {
    "alex_net": "alexnet",
    "vgg_net": "vgg16",
    "vgg19_net": "vgg19",
    "zfnet": "zfnet",
    "googlenet": "googlenet",
    "resnet50": "resnet50",
    "resnet152": "resnet152",
    "lstm_phoneme": "lstm_phoneme",
    "lstm_gnmt": "lstm_gnmt",
    "lstm_showtell": "lstm_showtell",
    "mlp_s": "mlp_s",
    "mlp_m": "mlp_m",
    "mlp_l": "mlp_l",
    "mobilenet": "mobilenet",
    "tiny_all_ops": "tiny_all_ops",
    "dcgan": "dcgan",
    "c3d": "c3d",
    "bert_base": "bert_base",
    "vit_b16": "vit_b16",
    "gpt2_prefill": "gpt2_prefill",
    "gpt2_decode": "gpt2_decode",
    "mobilenet_v2": "mobilenet_v2",
    "deeplab_v3": "deeplab_v3",
}

# Extra networks that get() knows but names() (the zoo proper) does not list.
EXTRA = ("tiny_all_ops", "dcgan", "c3d", "bert_base", "vit_b16", "gpt2_prefill", "gpt2_decode",
         "mobilenet_v2", "deeplab_v3")


# Transformers (issue #18): python/dataflow_opt/zoo/transformers.py.
TRANSFORMERS = {
    "bert_base": transformers.build_bert_base,
    "vit_b16": transformers.build_vit_b16,
    "gpt2_prefill": transformers.build_gpt2_prefill,
    "gpt2_decode": transformers.build_gpt2_decode,
}


def nn_dataflow_names() -> List[str]:
    return _nnd.names()


def names() -> List[str]:
    """The zoo: nn_dataflow's networks (their nn_dataflow names) and mobilenet."""
    return _nnd.names() + ["mobilenet"]


def all_names() -> List[str]:
    return names() + list(EXTRA)


def canonical(name: str) -> str:
    """Accept a network name or its file stem (``alexnet`` -> ``alex_net``)."""
    if name in FILE_NAMES or name in _nnd.names():
        return name
    for k, v in FILE_NAMES.items():
        if v == name:
            return k
    raise ValueError(f"unknown network {name!r}; known: {', '.join(all_names())}")


def file_stem(name: str) -> str:
    name = canonical(name)
    return FILE_NAMES.get(name, name)


def get(name: str, batch: int, dtype: str = "i16") -> Network:
    """Build a zoo network (``name`` may also be its file stem, e.g. ``alexnet``)."""
    name = canonical(name)
    if name == "mobilenet":
        return mobilenet.build(batch, dtype)
    if name == "mobilenet_v2":
        return mobilenet.build_v2(batch, dtype)
    if name == "deeplab_v3":
        return deeplab.build(batch, dtype)
    if name == "tiny_all_ops":
        return tiny.build(batch, dtype)
    if name == "dcgan":
        return generative.build_dcgan(batch, dtype)
    if name == "c3d":
        return generative.build_c3d(batch, dtype)
    if name in TRANSFORMERS:
        return TRANSFORMERS[name](batch, dtype)
    return _nnd.build(name, batch, dtype)
