"""A small network builder that emits the ``dataflow`` MLIR dialect's textual syntax.

The syntax (and every shape formula used here) is the contract in
``docs/ir-reference.md``.  A :class:`Network` is a list of named values: function
arguments (``net.input(...)``) and layer results.  Each layer method validates its operands,
computes the result shape, and returns the layer's name, which is what later layers take as
``src``::

    net = Network("toy", batch=16)
    x = net.input("input", 3, 224, 224)
    c = net.conv("conv1", x, 64, 7, stride=2)          # pad=None: derived, see below
    p = net.pool("pool1", c, "max", 3, stride=2)
    f = net.fc("fc", p, 1000)
    print(net.to_mlir())

Padding (``pad=None``) for conv and pool is derived "as needed": for an expected output size
``E`` (``out_size``; by default ``ceil(in / stride)``, i.e. TensorFlow's SAME), the total pad
per spatial dim is ``p = max(0, (E-1)*stride + dilation*(k-1) + 1 - in)``, split
``begin = p // 2``, ``end = p - begin``; the doc's output formula must then give back ``E``,
otherwise a ValueError is raised.  This is also how nn_dataflow's networks (which have no
padding notion) are converted, see :mod:`dataflow_opt.zoo.nn_dataflow`.

Every impossible shape raises ``ValueError`` with a message that starts with the layer name.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple, Union

__all__ = ["Network", "Value", "Op", "mlir_tensor_type", "mlir_string", "mlir_symbol"]

Shape = Tuple[int, ...]
Src = Union[str, Sequence[str]]

_DTYPE_RE = re.compile(r"^(?:(?:i|si|ui)[1-9][0-9]*|f16|bf16|f32|f64)$")
_BARE_ID_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_$.]*$")
_SSA_BAD_CHARS_RE = re.compile(r"[^A-Za-z0-9_$.\-]")

POOL_KINDS = ("max", "avg")
ELTWISE_KINDS = ("add", "mul")
ACTIVATION_KINDS = ("relu", "gelu", "silu", "sigmoid", "tanh")
NORM_KINDS = ("layer_norm", "rms_norm", "batch_norm")


# --------------------------------------------------------------------------------------------
# MLIR text helpers
# --------------------------------------------------------------------------------------------
def mlir_tensor_type(shape: Sequence[int], dtype: str) -> str:
    """``tensor<16x3x224x224xi16>``."""
    return "tensor<" + "".join(f"{d}x" for d in shape) + dtype + ">"


def mlir_string(s: str) -> str:
    """An MLIR string literal (double quotes, backslash escapes, ``\\XX`` for the rest)."""
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif " " <= ch <= "~":
            out.append(ch)
        else:
            out.extend(f"\\{b:02X}" for b in ch.encode("utf-8"))
    return '"' + "".join(out) + '"'


def mlir_symbol(name: str) -> str:
    """``@name`` when ``name`` is a bare identifier, ``@"name"`` otherwise."""
    return "@" + (name if _BARE_ID_RE.match(name) else mlir_string(name))


def coverage_attribute(coverage: dict) -> str:
    """``dataflow.coverage = {model_macs = N : i64, left_out = [{name, op, macs, reason}]}``."""
    items = ", ".join(f"{{name = {mlir_string(n)}, op = {mlir_string(o)}, macs = {int(m)} : i64, "
                      f"reason = {mlir_string(r)}}}" for n, o, m, r in coverage["left_out"])
    return (f"dataflow.coverage = {{model_macs = {int(coverage['model_macs'])} : i64, "
            f"left_out = [{items}]}}")


def _int_list(vals: Sequence[int]) -> str:
    return "[" + ", ".join(str(v) for v in vals) + "]"


# --------------------------------------------------------------------------------------------
# IR objects
# --------------------------------------------------------------------------------------------
@dataclass
class Value:
    """A named SSA value: a function argument or a layer's result."""

    name: str
    shape: Shape
    producer: Optional["Op"] = None  # None for function arguments

    @property
    def is_input(self) -> bool:
        return self.producer is None


@dataclass
class Op:
    """One ``dataflow.*`` op (a layer, or an automatically inserted concat)."""

    op: str  # conv, pool, concat, fc, eltwise, matmul, deconv, activation, norm, softmax,
    # view, slice, attention
    name: str
    operands: List[str]
    shape: Shape
    attrs: Dict[str, object] = field(default_factory=dict)
    auto: bool = False  # True for concats the builder inserted in front of a layer

    @property
    def kind(self) -> Optional[str]:
        return self.attrs.get("kind")  # type: ignore[return-value]


def _transactional(method):
    """Undo partial changes (e.g. an automatic concat) when a layer method raises."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        n_ops, n_inputs = len(self.ops), len(self.inputs)
        values, cache = dict(self.values), dict(self._concat_cache)
        try:
            return method(self, *args, **kwargs)
        except Exception:
            del self.ops[n_ops:]
            del self.inputs[n_inputs:]
            self.values, self._concat_cache = values, cache
            raise

    return wrapper


def _is_int(x) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def _ceil_div(a: int, b: int) -> int:
    return -(-a // b)


# --------------------------------------------------------------------------------------------
# Network
# --------------------------------------------------------------------------------------------

def per_channel(shape: Sequence[int], out: Sequence[int]) -> bool:
    """``shape`` is one value per sample and channel of ``out``: ``N x C x 1 x .. x 1`` of
    the same rank (at least 3; the dialect's per-channel broadcast element-wise input)."""
    shape, out = tuple(shape), tuple(out)
    return (len(shape) == len(out) >= 3 and shape[:2] == out[:2]
            and all(d == 1 for d in shape[2:]))


class Network:
    """A DNN as a ``func.func`` of ``dataflow`` layer ops.

    ``share_concats``: when several layers list the same producers (in the same order) as
    ``src``, they share one automatic concat (named after the first such layer) instead of
    each getting its own copy.
    """

    def __init__(self, name: str, batch: int, dtype: str = "i16", share_concats: bool = True):
        if not isinstance(name, str) or not name:
            raise ValueError(f"network name must be a non-empty string, got {name!r}")
        if not _is_int(batch) or batch < 1:
            raise ValueError(f"network {name!r}: batch must be a positive integer, got {batch!r}")
        if not isinstance(dtype, str) or not _DTYPE_RE.match(dtype):
            raise ValueError(f"network {name!r}: unsupported element type {dtype!r} "
                             "(expected e.g. i8, i16, f16, bf16, f32)")
        self.name = name
        self.batch = batch
        self.dtype = dtype
        self.share_concats = share_concats
        self.values: Dict[str, Value] = {}
        self.inputs: List[str] = []
        self.ops: List[Op] = []
        self._concat_cache: Dict[Tuple[str, ...], str] = {}
        self.notes: Dict[str, str] = {}  # layer name -> note emitted as a // line before it
        #: set by the importers: {"model_macs": int, "left_out": [(name, op, macs, reason)]},
        #: emitted as the function's ``dataflow.coverage`` (docs/ir-reference.md)
        self.coverage: Optional[dict] = None

    def note(self, layer: str, text: str) -> None:
        """Attach a note to a layer; ``to_mlir`` emits it as a ``//`` comment line."""
        if layer not in self.values or self.values[layer].producer is None:
            raise ValueError(f"{layer}: no such layer to annotate")
        self.notes[layer] = text

    # ---- queries -----------------------------------------------------------------------------
    def shape(self, name: str) -> Shape:
        """The shape of a value (input or layer result)."""
        if name not in self.values:
            raise KeyError(f"network {self.name!r} has no value named {name!r}")
        return self.values[name].shape

    def op(self, name: str) -> Op:
        v = self.values[name]
        if v.producer is None:
            raise KeyError(f"{name!r} is a network input, not a layer")
        return v.producer

    @property
    def layers(self) -> List[Op]:
        """The layers the user defined (automatic concats excluded), in definition order."""
        return [o for o in self.ops if not o.auto]

    def count(self, op: Optional[str] = None, include_auto: bool = True) -> int:
        return sum(1 for o in self.ops
                   if (op is None or o.op == op) and (include_auto or not o.auto))

    def sinks(self) -> List[str]:
        """Layers nobody consumes, in definition order: the function's results."""
        used = {s for o in self.ops for s in o.operands}
        return [o.name for o in self.ops if o.name not in used]

    # ---- values ------------------------------------------------------------------------------
    def _check_new_name(self, name, what="layer") -> None:
        if not isinstance(name, str) or not name:
            raise ValueError(f"network {self.name!r}: {what} name must be a non-empty string, "
                             f"got {name!r}")
        if name in self.values:
            raise ValueError(f"{name}: duplicate name (a {what} or value of that name already "
                             f"exists in network {self.name!r})")

    @_transactional
    def input(self, name: str, channels: int, h: Optional[int] = None,
              w: Optional[int] = None) -> str:
        """A network input (function argument): ``N x C x H x W``, or ``N x C`` when ``h`` and
        ``w`` are both omitted (vectors, e.g. LSTM states / MLP inputs)."""
        self._check_new_name(name, "input")
        if (h is None) != (w is None):
            raise ValueError(f"{name}: give both h and w (4-D input) or neither (2-D input)")
        dims = [channels] + ([] if h is None else [h, w])
        for d in dims:
            if not _is_int(d) or d < 1:
                raise ValueError(f"{name}: input dimensions must be positive integers, "
                                 f"got channels={channels!r} h={h!r} w={w!r}")
        self.values[name] = Value(name, (self.batch, *dims))
        self.inputs.append(name)
        return name

    @_transactional
    def input_tensor(self, name: str, shape: Sequence[int]) -> str:
        """A network input of arbitrary shape (e.g. matmul operands); no batch is prepended."""
        self._check_new_name(name, "input")
        shape = tuple(shape)
        if not shape or not all(_is_int(d) and d >= 1 for d in shape):
            raise ValueError(f"{name}: input shape must be non-empty positive integers, "
                             f"got {shape!r}")
        self.values[name] = Value(name, shape)
        self.inputs.append(name)
        return name

    def _add(self, op: Op) -> str:
        self.ops.append(op)
        self.values[op.name] = Value(op.name, op.shape, op)
        return op.name

    def _get(self, layer: str, src) -> Value:
        if not isinstance(src, str):
            raise ValueError(f"{layer}: source must be a value name (str), got {src!r}")
        if src not in self.values:
            raise ValueError(f"{layer}: unknown source {src!r} (define it before using it)")
        return self.values[src]

    def _src(self, layer: str, src: Src) -> Value:
        """Resolve ``src``; a list of several producers gets an automatic concat."""
        if isinstance(src, str):
            return self._get(layer, src)
        if not isinstance(src, (list, tuple)):
            raise ValueError(f"{layer}: source must be a value name (str) or a list of them, "
                             f"got {src!r}")
        srcs = list(src)
        if not srcs:
            raise ValueError(f"{layer}: empty source list")
        if len(srcs) == 1:
            return self._get(layer, srcs[0])
        key = tuple(srcs)
        if self.share_concats and key in self._concat_cache:
            return self.values[self._concat_cache[key]]
        cat = self._concat(f"{layer}_cat", srcs, auto=True, for_layer=layer)
        self._concat_cache[key] = cat
        return self.values[cat]

    # ---- shape helpers -----------------------------------------------------------------------
    @staticmethod
    def _spatial(layer: str, what: str, v, n: int, minimum: int) -> Tuple[int, ...]:
        vals = (v,) * n if _is_int(v) else tuple(v) if isinstance(v, (list, tuple)) else None
        if vals is None or len(vals) != n or not all(_is_int(x) for x in vals):
            raise ValueError(f"{layer}: {what} must be an int or {n} ints, got {v!r}")
        if any(x < minimum for x in vals):
            raise ValueError(f"{layer}: {what} must be >= {minimum}, got {v!r}")
        return vals

    @staticmethod
    def _pads(layer: str, pad, n: int) -> Tuple[int, ...]:
        if _is_int(pad):
            vals = (pad,) * (2 * n)
        elif isinstance(pad, (list, tuple)) and len(pad) == n:
            vals = tuple(pad) * 2
        elif isinstance(pad, (list, tuple)) and len(pad) == 2 * n:
            vals = tuple(pad)
        else:
            raise ValueError(f"{layer}: pad must be an int, {n} ints (symmetric) or {2 * n} ints "
                             f"[begin..., end...], got {pad!r}")
        if not all(_is_int(x) and x >= 0 for x in vals):
            raise ValueError(f"{layer}: pad must be non-negative integers, got {pad!r}")
        return vals

    @staticmethod
    def _derive_pads(layer: str, ins, keff, stride, out_size) -> Tuple[int, ...]:
        n = len(ins)
        outs = (tuple(_ceil_div(i, s) for i, s in zip(ins, stride)) if out_size is None
                else Network._spatial(layer, "out_size", out_size, n, 1))
        begins, ends = [], []
        for d, (i, k, s, e) in enumerate(zip(ins, keff, stride, outs)):
            p = max(0, (e - 1) * s + k - i)
            got = (i + p - k) // s + 1
            if got != e:
                raise ValueError(
                    f"{layer}: cannot derive padding for spatial dim {d}: input {i}, kernel {k}, "
                    f"stride {s}, expected output {e}; with total pad {p} the output would be "
                    f"floor(({i} + {p} - {k}) / {s}) + 1 = {got}")
            begins.append(p // 2)
            ends.append(p - p // 2)
        return tuple(begins + ends)

    @staticmethod
    def _window_out(layer: str, ins, keff, stride, pads) -> Tuple[int, ...]:
        n = len(ins)
        outs = []
        for d in range(n):
            num = ins[d] + pads[d] + pads[n + d] - keff[d]
            if num < 0:
                raise ValueError(
                    f"{layer}: (dilated) kernel {keff[d]} is larger than the padded input "
                    f"{ins[d]} + {pads[d]} + {pads[n + d]} in spatial dim {d}")
            outs.append(num // stride[d] + 1)
        return tuple(outs)

    def _spatial_src(self, layer: str, v: Value, what: str) -> Tuple[int, ...]:
        if len(v.shape) < 3:
            raise ValueError(f"{layer}: {what} needs an N x C x [D x] H x W input, but "
                             f"{v.name!r} has shape {v.shape}")
        return v.shape[2:]

    # ---- layers ------------------------------------------------------------------------------
    @_transactional
    def conv(self, name: str, src: Src, out_channels: int, kernel, stride=1, pad=None,
             dilation=1, groups: int = 1, out_size=None) -> str:
        """Convolution. ``pad=None`` derives padding (see module doc); ``out_size`` is the
        expected output spatial size for that derivation (default: ``ceil(in/stride)``)."""
        self._check_new_name(name)
        v = self._src(name, src)
        ins = self._spatial_src(name, v, "conv")
        n = len(ins)
        kernel = self._spatial(name, "kernel", kernel, n, 1)
        stride = self._spatial(name, "stride", stride, n, 1)
        dilation = self._spatial(name, "dilation", dilation, n, 1)
        if not _is_int(out_channels) or out_channels < 1:
            raise ValueError(f"{name}: out_channels must be a positive integer, got "
                             f"{out_channels!r}")
        if not _is_int(groups) or groups < 1:
            raise ValueError(f"{name}: groups must be a positive integer, got {groups!r}")
        cin = v.shape[1]
        if cin % groups or out_channels % groups:
            raise ValueError(f"{name}: input channels ({cin}) and output channels "
                             f"({out_channels}) must both be divisible by groups ({groups})")
        keff = tuple(d * (k - 1) + 1 for k, d in zip(kernel, dilation))
        if pad is None:
            pads = self._derive_pads(name, ins, keff, stride, out_size)
        else:
            pads = self._pads(name, pad, n)
        outs = self._window_out(name, ins, keff, stride, pads)
        if pad is not None and out_size is not None:
            want = self._spatial(name, "out_size", out_size, n, 1)
            if want != outs:
                raise ValueError(f"{name}: output size {outs} differs from out_size {want}")
        return self._add(Op("conv", name, [v.name], (v.shape[0], out_channels, *outs),
                            dict(kernel=kernel, stride=stride, pad=pads, dilation=dilation,
                                 groups=groups)))

    @_transactional
    def pool(self, name: str, src: Src, kind: str, window, stride=None, pad=None,
             out_size=None) -> str:
        """Max or average pooling; ``stride`` defaults to the window, ``pad=None`` derives
        padding like conv. Every window must overlap the (unpadded) input."""
        self._check_new_name(name)
        if kind not in POOL_KINDS:
            raise ValueError(f"{name}: pool kind must be one of {POOL_KINDS}, got {kind!r}")
        v = self._src(name, src)
        ins = self._spatial_src(name, v, "pool")
        n = len(ins)
        window = self._spatial(name, "window", window, n, 1)
        stride = window if stride is None else self._spatial(name, "stride", stride, n, 1)
        if pad is None:
            pads = self._derive_pads(name, ins, window, stride, out_size)
        else:
            pads = self._pads(name, pad, n)
        outs = self._window_out(name, ins, window, stride, pads)
        for d in range(n):
            if pads[d] >= window[d] or (outs[d] - 1) * stride[d] - pads[d] >= ins[d]:
                raise ValueError(f"{name}: padding {pads} leaves a pooling window entirely in "
                                 f"the padding in spatial dim {d}")
        if pad is not None and out_size is not None:
            want = self._spatial(name, "out_size", out_size, n, 1)
            if want != outs:
                raise ValueError(f"{name}: output size {outs} differs from out_size {want}")
        return self._add(Op("pool", name, [v.name], (v.shape[0], v.shape[1], *outs),
                            dict(kind=kind, window=window, stride=stride, pad=pads)))

    @_transactional
    def fc(self, name: str, src: Src, out: int) -> str:
        """Fully connected: input ``N x C`` or ``N x C x H x W`` (the filter covers H x W),
        output ``N x out``."""
        self._check_new_name(name)
        v = self._src(name, src)
        if len(v.shape) not in (2, 4):
            raise ValueError(f"{name}: fc input must be N x C or N x C x H x W, but {v.name!r} "
                             f"has shape {v.shape}")
        if not _is_int(out) or out < 1:
            raise ValueError(f"{name}: fc output size must be a positive integer, got {out!r}")
        return self._add(Op("fc", name, [v.name], (v.shape[0], out)))

    @_transactional
    def eltwise(self, name: str, kind: str, srcs: Sequence[str]) -> str:
        """Element-wise ``add``/``mul`` of 1 or more inputs of identical shape (never
        concatenated; one input is a unary stage, nn_dataflow's ``nreg = 1``). An input may
        also be one value per sample and channel, ``N x C x 1 x .. x 1`` (a
        squeeze-excitation scale), broadcast over the rest of the largest input's shape."""
        self._check_new_name(name)
        if kind not in ELTWISE_KINDS:
            raise ValueError(f"{name}: eltwise kind must be one of {ELTWISE_KINDS}, got {kind!r}")
        if isinstance(srcs, str) or len(srcs) < 1:
            raise ValueError(f"{name}: eltwise needs a list of 1 or more inputs, got {srcs!r}")
        vs = [self._get(name, s) for s in srcs]
        out = max((x.shape for x in vs), key=lambda sh: (len(sh), math.prod(sh)))
        if any(x.shape != out and not per_channel(x.shape, out) for x in vs):
            raise ValueError(f"{name}: eltwise inputs must have identical shapes, or one value "
                             "per sample and channel (N x C x 1 x .. x 1), got "
                             + ", ".join(f"{x.name}: {x.shape}" for x in vs))
        return self._add(Op("eltwise", name, [x.name for x in vs], out, dict(kind=kind)))

    @_transactional
    def concat(self, name: str, srcs: Sequence[str]) -> str:
        """Concatenation along channels (dim 1); every other dim must be equal."""
        self._check_new_name(name)
        return self._concat(name, srcs)

    def _concat(self, name: str, srcs: Sequence[str], auto: bool = False,
                for_layer: Optional[str] = None) -> str:
        who = f"{for_layer}: automatic concat {name!r}" if auto else name
        if auto and name in self.values:
            raise ValueError(f"{who}: name already taken")
        if isinstance(srcs, str) or len(srcs) < 2:
            raise ValueError(f"{who}: concat needs a list of 2 or more inputs, got {srcs!r}")
        vs = [self._get(for_layer or name, s) for s in srcs]
        ranks = {len(x.shape) for x in vs}
        if len(ranks) != 1 or min(ranks) < 2:
            raise ValueError(f"{who}: concat inputs must have the same rank (>= 2), got "
                             + ", ".join(f"{x.name}: {x.shape}" for x in vs))
        rest = {(x.shape[0],) + x.shape[2:] for x in vs}
        if len(rest) != 1:
            raise ValueError(f"{who}: concat inputs must agree in every dim but channels "
                             "(dim 1), got " + ", ".join(f"{x.name}: {x.shape}" for x in vs))
        s0 = vs[0].shape
        shape = (s0[0], sum(x.shape[1] for x in vs), *s0[2:])
        return self._add(Op("concat", name, [x.name for x in vs], shape, auto=auto))

    @_transactional
    def matmul(self, name: str, a: str, b: str) -> str:
        """``MxK * KxN -> MxN`` or batched ``BxMxK * BxKxN -> BxMxN``."""
        self._check_new_name(name)
        va, vb = self._get(name, a), self._get(name, b)
        sa, sb = va.shape, vb.shape
        if len(sa) != len(sb) or len(sa) not in (2, 3):
            raise ValueError(f"{name}: matmul operands must both be rank 2 or both rank 3, got "
                             f"{a}: {sa}, {b}: {sb}")
        if len(sa) == 3 and sa[0] != sb[0]:
            raise ValueError(f"{name}: matmul batch dims differ: {a}: {sa}, {b}: {sb}")
        if sa[-1] != sb[-2]:
            raise ValueError(f"{name}: matmul inner dims differ: {a}: {sa}, {b}: {sb}")
        return self._add(Op("matmul", name, [va.name, vb.name], (*sa[:-1], sb[-1])))

    # ---- transformer layer kinds (issue #18) ----------------------------------------------
    def _same_shape(self, op: str, name: str, src: str, attrs: Dict[str, object]) -> str:
        self._check_new_name(name)
        v = self._get(name, src)
        if not 2 <= len(v.shape) <= 5:
            raise ValueError(f"{name}: {op} input must have rank 2 to 5, but {v.name!r} has "
                             f"shape {v.shape}")
        return self._add(Op(op, name, [v.name], v.shape, attrs))

    def activation(self, name: str, kind: str, src: str) -> str:
        """Unary element-wise activation (``relu``, ``gelu``, ``silu``, ``sigmoid``,
        ``tanh``); the output has the input's shape."""
        if kind not in ACTIVATION_KINDS:
            raise ValueError(f"{name}: activation kind must be one of {ACTIVATION_KINDS}, "
                             f"got {kind!r}")
        return self._same_shape("activation", name, src, dict(kind=kind))

    def norm(self, name: str, kind: str, src: str) -> str:
        """``layer_norm``/``rms_norm`` over the last dimension, ``batch_norm`` per channel."""
        if kind not in NORM_KINDS:
            raise ValueError(f"{name}: norm kind must be one of {NORM_KINDS}, got {kind!r}")
        return self._same_shape("norm", name, src, dict(kind=kind))

    def softmax(self, name: str, src: str) -> str:
        """Softmax over the last dimension."""
        return self._same_shape("softmax", name, src, {})

    def view(self, name: str, src: str, shape: Sequence[int]) -> str:
        """The same elements under another shape (a reshape or permutation; free)."""
        self._check_new_name(name)
        v = self._get(name, src)
        shape = tuple(shape)
        if not 1 <= len(shape) <= 5 or not all(_is_int(d) and d >= 1 for d in shape):
            raise ValueError(f"{name}: view shape must be 1 to 5 positive integers, got {shape!r}")
        if math.prod(shape) != math.prod(v.shape):
            raise ValueError(f"{name}: view {shape} has {math.prod(shape)} elements, but "
                             f"{v.name!r} {v.shape} has {math.prod(v.shape)}")
        return self._add(Op("view", name, [v.name], shape))

    def slice(self, name: str, src: str, axis: int, offset: int, size: int) -> str:
        """Elements ``offset`` to ``offset + size - 1`` of dimension ``axis`` (a channel
        split: ``torch.chunk``/``split``/``narrow``, ONNX ``Split``/``Slice``; free)."""
        self._check_new_name(name)
        v = self._get(name, src)
        rank = len(v.shape)
        if not _is_int(axis) or not 0 <= axis < rank:
            raise ValueError(f"{name}: slice axis {axis!r} is outside 0 to {rank - 1}")
        if not _is_int(offset) or not _is_int(size) or size < 1 or offset < 0 or \
                offset + size > v.shape[axis]:
            raise ValueError(f"{name}: slice [{offset!r}, {offset!r} + {size!r}) is outside "
                             f"dimension {axis} of {v.name!r} {v.shape}")
        shape = v.shape[:axis] + (size,) + v.shape[axis + 1:]
        return self._add(Op("slice", name, [v.name], shape, dict(axis=axis, offset=offset)))

    def attention(self, name: str, q: str, k: str, v: str, heads: int,
                  causal: bool = False) -> str:
        """Multi-head attention: ``q`` is ``Lq x D``, ``k`` and ``v`` are ``Lk x D``."""
        self._check_new_name(name)
        vq, vk, vv = (self._get(name, x) for x in (q, k, v))
        if any(len(x.shape) != 2 for x in (vq, vk, vv)):
            raise ValueError(f"{name}: attention operands must be rank 2 (tokens x features)")
        d = vq.shape[1]
        if vk.shape[1] != d or vv.shape[1] != d or vk.shape[0] != vv.shape[0]:
            raise ValueError(f"{name}: attention operand shapes disagree: {vq.shape}, "
                             f"{vk.shape}, {vv.shape}")
        if not _is_int(heads) or heads < 1 or d % heads:
            raise ValueError(f"{name}: heads {heads!r} must be positive and divide {d}")
        return self._add(Op("attention", name, [vq.name, vk.name, vv.name], vq.shape,
                            dict(heads=heads, causal=bool(causal))))

    @_transactional
    def deconv(self, name: str, src: Src, out_channels: int, kernel, stride, pad,
               output_padding=0, dilation=1, groups: int = 1) -> str:
        """Transposed convolution: ``out = (in-1)*stride - pad_begin - pad_end
        + dilation*(k-1) + output_padding + 1``; ``output_padding`` must be smaller than the
        stride or the dilation (else it does not correspond to any conv's input size)."""
        self._check_new_name(name)
        v = self._src(name, src)
        ins = self._spatial_src(name, v, "deconv")
        n = len(ins)
        kernel = self._spatial(name, "kernel", kernel, n, 1)
        stride = self._spatial(name, "stride", stride, n, 1)
        dilation = self._spatial(name, "dilation", dilation, n, 1)
        opad = self._spatial(name, "output_padding", output_padding, n, 0)
        pads = self._pads(name, pad, n)
        if not _is_int(out_channels) or out_channels < 1:
            raise ValueError(f"{name}: out_channels must be a positive integer, got "
                             f"{out_channels!r}")
        if not _is_int(groups) or groups < 1:
            raise ValueError(f"{name}: groups must be a positive integer, got {groups!r}")
        cin = v.shape[1]
        if cin % groups or out_channels % groups:
            raise ValueError(f"{name}: input channels ({cin}) and output channels "
                             f"({out_channels}) must both be divisible by groups ({groups})")
        outs = []
        for d in range(n):
            if opad[d] >= max(stride[d], dilation[d]):
                raise ValueError(f"{name}: output_padding {opad[d]} must be smaller than the "
                                 f"stride ({stride[d]}) or the dilation ({dilation[d]})")
            o = ((ins[d] - 1) * stride[d] - pads[d] - pads[n + d]
                 + dilation[d] * (kernel[d] - 1) + opad[d] + 1)
            if o < 1:
                raise ValueError(f"{name}: deconv output size {o} < 1 in spatial dim {d} "
                                 f"(padding {pads[d]} + {pads[n + d]} too large)")
            outs.append(o)
        return self._add(Op("deconv", name, [v.name], (v.shape[0], out_channels, *outs),
                            dict(kernel=kernel, stride=stride, pad=pads, output_padding=opad,
                                 dilation=dilation, groups=groups)))

    # ---- emission ----------------------------------------------------------------------------
    def _ssa_names(self) -> Dict[str, str]:
        names: Dict[str, str] = {}
        used = set()
        for vname in self.values:
            base = _SSA_BAD_CHARS_RE.sub("_", vname)
            if base[0].isdigit():
                base = "v" + base
            cand, i = base, 1
            while cand in used:
                cand = f"{base}_{i}"
                i += 1
            used.add(cand)
            names[vname] = "%" + cand
        return names

    def to_mlir(self, accelerator: Optional[str] = None, indent: str = "  ",
                comments: Optional[Dict[str, str]] = None) -> str:
        """The ``func.func`` text. ``accelerator``: symbol name to bind
        (``attributes {dataflow.accelerator = @sym}``). ``comments``: layer name -> a note
        emitted as a ``//`` line before that layer's op."""
        if not self.ops:
            raise ValueError(f"network {self.name!r} has no layers")
        comments = {**self.notes, **(comments or {})}
        ssa = self._ssa_names()
        ty = {n: mlir_tensor_type(v.shape, self.dtype) for n, v in self.values.items()}
        args = ", ".join(f"{ssa[i]}: {ty[i]}" for i in self.inputs)
        results = self.sinks()
        rtypes = [ty[r] for r in results]
        rsig = rtypes[0] if len(rtypes) == 1 else "(" + ", ".join(rtypes) + ")"
        fattrs = [] if accelerator is None else \
            [f"dataflow.accelerator = {mlir_symbol(accelerator)}"]
        if self.coverage is not None:
            fattrs.append(coverage_attribute(self.coverage))
        attrs = f" attributes {{{', '.join(fattrs)}}}" if fattrs else ""
        lines = [f"func.func {mlir_symbol(self.name)}({args}) -> {rsig}{attrs} {{"]
        for o in self.ops:
            if o.name in comments:
                for cl in comments[o.name].splitlines():
                    lines.append(f"{indent}// {cl}")
            a = o.attrs
            opnds = ", ".join(ssa[s] for s in o.operands)
            if o.op in ("conv", "deconv"):
                body = (f"{opnds} kernel {_int_list(a['kernel'])} stride {_int_list(a['stride'])}"
                        f" pad {_int_list(a['pad'])}")
                if o.op == "deconv":
                    body += f" output_padding {_int_list(a['output_padding'])}"
                body += f" dilation {_int_list(a['dilation'])} groups {a['groups']}"
            elif o.op == "pool":
                body = (f"{a['kind']} {opnds} window {_int_list(a['window'])} "
                        f"stride {_int_list(a['stride'])} pad {_int_list(a['pad'])}")
            elif o.op in ("eltwise", "activation", "norm"):
                body = f"{a['kind']} {opnds}"
            elif o.op == "slice":
                body = f"{opnds} axis {a['axis']} offset {a['offset']}"
            elif o.op == "attention":
                body = f"{opnds} heads {a['heads']}" + (" causal" if a["causal"] else "")
            else:  # concat, fc, matmul, softmax, view
                body = opnds
            in_types = ", ".join(ty[s] for s in o.operands)
            lines.append(f"{indent}{ssa[o.name]} = dataflow.{o.op} {body} "
                         f"{{name = {mlir_string(o.name)}}} : {in_types} -> {ty[o.name]}")
        lines.append(f"{indent}return {', '.join(ssa[r] for r in results)} : "
                     f"{', '.join(rtypes)}")
        lines.append("}")
        return "\n".join(lines) + "\n"

    def summary(self) -> str:
        """A human-readable table of the layers and their shapes."""
        rows = [f"network {self.name} (batch {self.batch}, {self.dtype})"]
        for i in self.inputs:
            rows.append(f"  input   {i:<32} {self.values[i].shape}")
        for o in self.ops:
            tag = o.op + ("*" if o.auto else "")
            rows.append(f"  {tag:<7} {o.name:<32} {o.shape}  <- {', '.join(o.operands)}")
        return "\n".join(rows)
