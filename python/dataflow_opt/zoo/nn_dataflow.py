"""nn_dataflow's network zoo, converted from the layer dumps in ``zoo/nn_dataflow/*.json``.

The JSON files are dumps of stanford-mast/nn_dataflow's ``nns/`` networks (see README.md
next to them): every network nn_dataflow ships, dumped from the tool's own layer objects.

Conversion rules (nn_dataflow has no padding, no pool/eltwise kinds, and no tensor ranks):

* ``__INPUT__`` becomes the function argument ``%input``; ``ext_inputs`` (LSTM initial states)
  become further arguments. An input of spatial size 1x1 is a vector: ``N x C`` (so it can be
  concatenated / combined with FC outputs, which are ``N x M``); otherwise ``N x C x H x W``.
* ``prevs`` become ``src``; several prevs get one automatic concat (shared by every layer with
  the same prevs), except for eltwise layers, which take each producer separately
  (nn_dataflow's ``nifm = nreg * nofm``).
* ConvLayer -> ``dataflow.conv`` (groups 1). Padding is derived per spatial dim from the
  output size E, stride U, filter R and actual input size H:
  ``p = max(0, (E-1)*U + R - H)``, ``begin = p // 2``, ``end = p - begin``, and the dialect's
  formula ``floor((H + p - R)/U) + 1 == E`` is checked (ValueError otherwise).
* PoolingLayer (``nreg`` must be 1) -> ``dataflow.pool``, padding derived the same way. Kind:
  ``avg`` for a global pool (window = whole input, output 1x1), ``max`` otherwise (this is what
  the original networks use: AlexNet/VGG/ZFNet max pools, GoogLeNet/ResNet final avg pools).
* FCLayer -> ``dataflow.fc``; a 4-D input is consumed whole (the filter covers H x W, which is
  checked against ``hfil x wfil``).
* EltwiseLayer -> ``dataflow.eltwise``. Kind: in the LSTM cells ``*_cout_f``, ``*_cout_i``
  and ``*_hout`` are products (``mul``), everything else (``*_cout``, ResNet shortcuts) ``add``.
  A one-input EltwiseLayer (``Wd`` in lstm_showtell and lstm_gnmt, ``nreg = 1``) is a
  one-input ``dataflow.eltwise add`` (a unary element-wise stage).
* Every result is checked against the JSON's ``nofm x hofm x wofm`` and ``nifm``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Dict, List, Tuple

from ..builder import Network

DATA_DIR = Path(__file__).with_name("nn_dataflow")
INPUT_KEY = "__INPUT__"
INPUT_ARG = "input"


def names() -> List[str]:
    """nn_dataflow's network names (the JSON file stems), sorted."""
    return sorted(p.stem for p in DATA_DIR.glob("*.json"))


def load(name_or_path) -> dict:
    p = Path(name_or_path)
    if not p.suffix:
        p = DATA_DIR / f"{name_or_path}.json"
    if not p.is_file():
        raise ValueError(f"no nn_dataflow network {name_or_path!r} (known: {', '.join(names())})")
    with open(p) as f:
        return json.load(f)


def _eltwise_kind(layer_name: str) -> str:
    return "mul" if layer_name.endswith(("_cout_f", "_cout_i", "_hout")) else "add"


def _spatial(net: Network, v: str) -> Tuple[int, int]:
    s = net.shape(v)
    return (s[2], s[3]) if len(s) == 4 else (1, 1)


def convert(data: dict, batch: int, dtype: str = "i16") -> Network:
    """Build a :class:`Network` from one nn_dataflow JSON dump (see the module doc)."""
    net = Network(data["network"], batch, dtype)
    vmap: Dict[str, str] = {}

    def add_input(key: str, arg: str, spec: dict) -> None:
        if spec["hofm"] == 1 and spec["wofm"] == 1:
            net.input(arg, spec["nofm"])
        else:
            net.input(arg, spec["nofm"], spec["hofm"], spec["wofm"])
        vmap[key] = arg

    add_input(INPUT_KEY, INPUT_ARG, data["input"])
    for e in data.get("ext_inputs", []):
        add_input(e["name"], e["name"], e)

    for l in data["layers"]:
        name, typ = l["name"], l["type"]

        def fail(msg: str):
            raise ValueError(f"{name} ({data['network']}): {msg}")

        try:
            srcs = [vmap[p] for p in l["prevs"]]
        except KeyError as e:
            fail(f"unknown producer {e.args[0]!r}")
        if not srcs:
            fail("no producers")
        src = srcs if len(srcs) > 1 else srcs[0]
        out_hw = (l["hofm"], l["wofm"])
        stride = (l["htrd"], l["wtrd"])
        if typ == "ConvLayer":
            net.conv(name, src, l["nofm"], (l["hfil"], l["wfil"]), stride, pad=None,
                     out_size=out_hw)
            cin = net.shape(net.op(name).operands[0])[1]
            if cin != l["nifm"]:
                fail(f"input channels {cin} != nifm {l['nifm']}")
            _check_touched(net, name, l, fail)
        elif typ == "PoolingLayer":
            if l["nreg"] != 1:
                fail(f"pooling with nreg = {l['nreg']} is not supported")
            win = (l["hreg"], l["wreg"])
            in_hw = _spatial(net, srcs[0])
            kind = "avg" if out_hw == (1, 1) and win == in_hw else "max"
            net.pool(name, src, kind, win, stride, pad=None, out_size=out_hw)
            _check_touched(net, name, l, fail)
        elif typ == "FCLayer":
            net.fc(name, src, l["nofm"])
            x = net.op(name).operands[0]
            if _spatial(net, x) != (l["hfil"], l["wfil"]):
                fail(f"FC filter {l['hfil']}x{l['wfil']} does not cover its input "
                     f"{net.shape(x)}")
            if net.shape(x)[1] != l["nifm"]:
                fail(f"input channels {net.shape(x)[1]} != nifm {l['nifm']}")
            if out_hw != (1, 1):
                fail(f"FC output must be 1x1, got {out_hw}")
        elif typ == "EltwiseLayer":
            if (l["hreg"], l["wreg"]) != (1, 1) or l["nreg"] != len(srcs):
                fail(f"unsupported eltwise region nreg={l['nreg']} hreg={l['hreg']} "
                     f"wreg={l['wreg']} for {len(srcs)} producers")
            net.eltwise(name, "add" if len(srcs) == 1 else _eltwise_kind(name), srcs)
        else:
            fail(f"unsupported layer type {typ!r}")
        shape = net.shape(name)
        want = (batch, l["nofm"]) + (() if len(shape) == 2 else out_hw)
        if shape != want or (len(shape) == 2 and out_hw != (1, 1)):
            fail(f"built shape {shape} != nn_dataflow's {(batch, l['nofm'], *out_hw)}")
        vmap[name] = name
    return net


def _check_touched(net: Network, name: str, l: dict, fail) -> None:
    """With padding, the padded input must be exactly nn_dataflow's touched region
    ``hifm = (E-1)*U + R``; without, the input must cover it."""
    op = net.op(name)
    ins = _spatial(net, op.operands[0])
    pads = op.attrs["pad"]
    for d, key in enumerate(("hifm", "wifm")):
        padded = ins[d] + pads[d] + pads[2 + d]
        if (pads[d] + pads[2 + d] > 0 and padded != l[key]) or padded < l[key]:
            fail(f"padded input {padded} (pad {pads}) does not match nn_dataflow's derived "
                 f"input region {key} = {l[key]}")


def build(name: str, batch: int, dtype: str = "i16") -> Network:
    return convert(load(name), batch, dtype)


def pad_report(name: str, batch: int = 1) -> List[Tuple[str, Tuple[int, ...]]]:
    """(layer, pad) for every conv/pool whose derived padding is non-zero."""
    net = build(name, batch)
    return [(o.name, o.attrs["pad"]) for o in net.ops
            if o.op in ("conv", "pool") and any(o.attrs["pad"])]
