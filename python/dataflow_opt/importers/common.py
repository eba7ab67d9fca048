"""What the ONNX and torch.fx importers share: the value table, warnings, and the rule for
nodes that have no dataflow layer.

Every source tensor (an ONNX tensor name, an fx node) gets a :class:`Ref`: the builder value
that stands for it and its shape in the source model.  The two shapes differ for a *view*:
layout-only ops (reshape, flatten, transpose/permute, squeeze/unsqueeze) move no arithmetic,
so their output keeps the builder value with the new source shape (:meth:`Importer.view`).
A layer reads a view only where that is exact: ``dataflow.fc`` reads ``N x (C*H*W)`` from
the 4-D value (its filter covers ``H x W``, docs/ir-reference.md, which is what a linear
layer on the flattened tensor computes), and a view whose shape is back to the value's
(channel shuffle: reshape, transpose, reshape) is the value again.  Any other layer reading a
view is unsupported (below), naming the view.

A node with no dataflow form is never dropped silently (:meth:`Importer.unsupported`): it gets an
:class:`UnsupportedNodeWarning` naming the node, and then

* if it has one output whose shape equals the shape of one of its inputs, that input passes
  through (the graph stays connected; the node's own work is not counted);
* else, if its output shape is known, the output becomes a new network input (a *cut*);
* else its output is unavailable, and every node reading it is unsupported in turn.

Coverage: each importer counts the model's MACs from the framework graph
(:attr:`Importer.node_macs`, every convolution, transposed convolution, linear layer, matmul
and attention, imported or not) and every node that takes the unsupported path is listed
with its MACs and reason; :meth:`Importer.finish` writes both on the network
(``Network.coverage``, emitted as the function's ``dataflow.coverage``), and the report
compares them with the MACs it schedules.
"""

from __future__ import annotations

import dataclasses
import math
import re
import warnings
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

from ..builder import Network

__all__ = ["UnsupportedNodeWarning", "Ref", "Importer", "NotImportable"]

Shape = Tuple[int, ...]


class UnsupportedNodeWarning(UserWarning):
    """A source-model node that has no dataflow layer (the message names it and what
    happened to its output)."""


class NotImportable(Exception):
    """Raised inside an importer's per-node conversion: the node takes the unsupported path
    with this message as the reason."""


@dataclass
class Ref:
    """What a source tensor became. ``value``: the builder value (``None`` when unavailable);
    ``shape``: the tensor's shape in the source model (``None`` when unknown);
    ``layer``: the layer that produced it directly (conv/deconv/fc/matmul), for absorbing a
    bias or scale; ``why``: for an unavailable tensor, the reason."""

    value: Optional[str]
    shape: Optional[Shape]
    layer: Optional[str] = None
    why: str = ""
    #: a permuted view: the tensor is ``value.permute(perm)`` (None: not a permutation)
    perm: Optional[Tuple[int, ...]] = None


_NAME_BAD = re.compile(r"\s+")


class Importer:
    """Shared state of one import: the network, the value table and the warnings."""

    #: "ONNX" or "torch.fx", for messages
    source = "model"

    def __init__(self, name: str, batch: int, dtype: str):
        self.net = Network(name, batch=batch, dtype=dtype)
        self.refs: Dict[str, Ref] = {}
        self.warnings: List[str] = []
        self._names: Dict[str, int] = {}
        #: node name (as given to :meth:`unsupported`) -> its MACs in the source model
        self.node_macs: Dict[str, int] = {}
        #: (node, operator, MACs, reason) of every node not imported
        self.left_out: List[Tuple[str, str, int, str]] = []
        #: nodes that multiply-accumulate but whose MACs the source did not give (no shape)
        self.macs_unknown = set()

    # ---- names -------------------------------------------------------------------------------
    def fresh(self, name: str) -> str:
        """A layer/value name not used yet (``name``, else ``name_1``, ...)."""
        name = _NAME_BAD.sub("_", name) or "v"
        cand, i = name, 1
        while cand in self.net.values or cand in self._names:
            cand = f"{name}_{i}"
            i += 1
        self._names[cand] = 1
        return cand

    # ---- diagnostics ---------------------------------------------------------------------------
    def warn(self, text: str) -> None:
        self.warnings.append(text)
        warnings.warn(text, UnsupportedNodeWarning, stacklevel=3)

    # ---- value access --------------------------------------------------------------------------
    def ref(self, key: str) -> Ref:
        r = self.refs.get(key)
        if r is None:
            raise NotImportable(f"input {key!r} is unknown")
        if r.value is None:
            raise NotImportable(f"input {key!r} is not available ({r.why})")
        return r

    def exact(self, key: str) -> str:
        """The builder value of a tensor whose builder shape is its source shape (not a flat
        view): what conv, pool, eltwise and concat need."""
        r = self.ref(key)
        got = self.net.shape(r.value)
        if r.shape is not None and tuple(got) != tuple(r.shape):
            raise NotImportable(f"input {key!r} is a {len(r.shape)}-D view {tuple(r.shape)} of "
                                f"{r.value!r} {tuple(got)}, which the layer cannot read")
        return r.value

    def spatial(self, key: str, pool: bool = False) -> str:
        """:meth:`exact` for conv, deconv and pool: ``N x C x H x W`` or ``N x C x D x H x W``
        (the dialect has 2-D and 3-D layers only). A view is read through a
        ``dataflow.view``: a reshaped one, and a pool's permuted one (Swin's head: its
        channels-last tokens transposed back to ``N x C x H x W`` for the global pool; a
        view's elements are the same whatever their order). A conv of a permuted view stays
        unsupported (warned)."""
        r = self.ref(key)
        if r.shape is not None and len(r.shape) in (4, 5) and \
                tuple(self.net.shape(r.value)) != tuple(r.shape) and \
                (r.perm is None or pool):
            return self.materialize(key, r.shape)
        v = self.exact(key)
        shape = tuple(self.net.shape(v))
        if len(shape) not in (4, 5):
            raise NotImportable(f"input {key!r} has shape {shape}; dataflow conv/deconv/pool "
                                "layers are 2-D (N x C x H x W) or 3-D (N x C x D x H x W)")
        return v

    def fc_source(self, key: str, k: int) -> str:
        """The builder value for a fully-connected layer reading ``N x k``: a 2-D value, or
        a flat view of a 4-D one whose ``C*H*W`` is ``k``."""
        r = self.ref(key)
        got = tuple(self.net.shape(r.value))
        src = got if r.shape is None else r.shape
        if len(src) == 2 and src[1] == k and len(got) not in (2, 4) and \
                math.prod(got) == math.prod(src):
            return self.materialize(key, src)  # flattened N x C x D x H x W: a 2-D view
        if len(src) != 2 or src[1] != k or len(got) not in (2, 4) or got[0] != src[0] \
                or math.prod(got[1:]) != k:
            view = "" if src == got else f", a view of {r.value!r} {got}"
            raise NotImportable(f"input {key!r} has shape {src}{view}; a fully-connected "
                                f"layer needs N x {k} (or N x C x H x W with C*H*W = {k})")
        return r.value

    def materialize(self, key: str, shape: Sequence[int]) -> str:
        """A builder value holding the tensor ``key`` under ``shape``: its value when that is
        already the shape, else a ``dataflow.view`` of it (free; one per value and shape).
        What fc, matmul and eltwise read when their operand is a view the importer tracked
        (tokens ``N x L x C`` of a conv's ``N x C x H x W``, heads split off features)."""
        r = self.ref(key)
        shape = tuple(int(d) for d in shape)
        got = tuple(self.net.shape(r.value))
        if got == shape:
            return r.value
        if math.prod(got) != math.prod(shape) or not 1 <= len(shape) <= 5:
            raise NotImportable(f"input {key!r} {got} cannot be viewed as {shape}")
        views = self.__dict__.setdefault("_views", {})
        if (r.value, shape) not in views:
            views[(r.value, shape)] = self.net.view(self.fresh(f"{r.value}_view"), r.value,
                                                    shape)
        return views[(r.value, shape)]

    def token_linear(self, node: str, key: str, out_key: str, k: int, m: int,
                     out_shape: Sequence[int]) -> bool:
        """A linear layer over the last dim of an ``N x L [x ...] x k`` tensor (a
        transformer's tokens) is an ``fc`` of its ``(N*L*...) x k`` view; the output is the
        same view of the fc. False when ``key`` is not such a tensor."""
        r = self.ref(key)
        src = r.shape if r.shape is not None else tuple(self.net.shape(r.value))
        if len(src) < 3 or src[-1] != k:
            return False
        rows = math.prod(src[:-1])
        v = self.net.fc(self.fresh(node), self.materialize(key, (rows, k)), m)
        want = tuple(src[:-1]) + (m,)
        if out_shape is not None and tuple(out_shape) != want:
            raise ValueError(f"{node}: the importer computed shape {want}, but the "
                             f"{self.source} model says {tuple(out_shape)}")
        self.refs[out_key] = Ref(v, want, layer=v)
        return True

    def batched_matmul(self, node: str, a: str, b: str, out_key: str,
                       out_shape: Sequence[int]) -> None:
        """``a @ b`` of two activations: ``dataflow.matmul`` (rank 2 or 3) of their values,
        leading batch dims (attention heads) flattened into one by views."""
        sa, sb = self.ref(a).shape, self.ref(b).shape
        sa = sa if sa is not None else tuple(self.net.shape(self.ref(a).value))
        sb = sb if sb is not None else tuple(self.net.shape(self.ref(b).value))
        if len(sa) != len(sb) or len(sa) < 2 or sa[:-2] != sb[:-2]:
            raise NotImportable(f"matmul of shapes {sa} and {sb}: only equal batch dims")
        batch = math.prod(sa[:-2])
        lead = () if len(sa) == 2 else (batch,)
        va = self.materialize(a, lead + tuple(sa[-2:]))
        vb = self.materialize(b, lead + tuple(sb[-2:]))
        v = self.net.matmul(self.fresh(node), va, vb)
        want = tuple(sa[:-1]) + (sb[-1],)
        if out_shape is not None and tuple(out_shape) != want:
            raise ValueError(f"{node}: the importer computed shape {want}, but the "
                             f"{self.source} model says {tuple(out_shape)}")
        self.refs[out_key] = Ref(v, want, layer=v)

    def einsum_matmul(self, node: str, equation: str, a: str, b: str, out_key: str,
                      out_shape: Sequence[int]) -> None:
        """A two-operand ``einsum`` (MaxViT's attention ``B G H I D, B G H J D -> B G H I
        J``, MViT-V2's relative-position products) as a batched ``dataflow.matmul`` of views
        ``batch x i x k`` and ``batch x k x j`` (:func:`einsum_split`); its output a view of
        the matmul."""
        sa, sb = self.ref(a).shape, self.ref(b).shape
        sa = sa if sa is not None else tuple(self.net.shape(self.ref(a).value))
        sb = sb if sb is not None else tuple(self.net.shape(self.ref(b).value))
        split = einsum_split(equation, sa, sb)
        if split is None:
            raise NotImportable(f"einsum {equation!r} of shapes {tuple(sa)} and {tuple(sb)}: "
                                "only a two-operand contraction is a matmul")
        batch, i, j, k, size = split
        n = [math.prod(size[c] for c in group) for group in (batch, i, j, k)]
        want = tuple(size[c] for c in equation.replace(" ", "").split("->")[1])
        if tuple(out_shape) != want:
            raise ValueError(f"{node}: the importer computed shape {want}, but the "
                             f"{self.source} model says {tuple(out_shape)}")
        va = self.materialize(a, (n[0], n[1], n[3]))
        vb = self.materialize(b, (n[0], n[3], n[2]))
        v = self.net.matmul(self.fresh(node), va, vb)
        self.refs[out_key] = Ref(v, want, layer=v)

    def view(self, key_in: str, key_out: str, out_shape: Optional[Sequence[int]],
             perm: Optional[Sequence[int]] = None) -> None:
        """A layout-only op (module doc): no layer, the output is a view of the input.
        ``perm``: the op is a transpose/permute with this permutation (tracked, so a
        channels-last linear layer can become a 1x1 conv)."""
        r = self.ref(key_in)
        if out_shape is None:
            raise NotImportable("output shape unknown")
        base = tuple(self.net.shape(r.value))
        out_shape = tuple(out_shape)
        if math.prod(out_shape) != math.prod(base):
            raise NotImportable(f"{base} -> {out_shape} changes the number of elements")
        new_perm = None
        if perm is not None:
            p = r.perm if r.perm is not None else (
                tuple(range(len(base))) if r.shape == base else None)
            if p is not None and len(p) == len(perm):
                new_perm = tuple(p[int(q) % len(p)] for q in perm)
        if out_shape == base or new_perm == tuple(range(len(base))):
            new_perm = None
        self.refs[key_out] = Ref(r.value, out_shape, perm=new_perm)

    def slice(self, node: str, key_in: str, key_out: str, axis: int, offset: int, size: int,
              out_shape: Optional[Sequence[int]] = None) -> None:
        """A contiguous range ``offset .. offset + size - 1`` of dimension ``axis`` of the
        source tensor ``key_in`` (a channel split): a ``dataflow.slice`` of its value (no
        layer work; the whole range is the value itself). A permuted view is sliced along
        the value's dimension the axis comes from, and the result is the same view."""
        r = self.ref(key_in)
        src_shape = r.shape if r.shape is not None else tuple(self.net.shape(r.value))
        rank = len(src_shape)
        if not -rank <= axis < rank:
            raise NotImportable(f"slice on dim {axis} of a rank-{rank} tensor")
        axis %= rank
        if not (0 <= offset and size >= 1 and offset + size <= src_shape[axis]):
            raise NotImportable(f"slice [{offset}, {offset + size}) of dim {axis} of "
                                f"{tuple(src_shape)}")
        want = tuple(src_shape[:axis]) + (size,) + tuple(src_shape[axis + 1:])
        if out_shape is not None and tuple(out_shape) != want:
            raise NotImportable(f"slice of {tuple(src_shape)} gives {tuple(out_shape)}, not "
                                f"{want}")
        if size == src_shape[axis]:
            self.refs[key_out] = dataclasses.replace(r, layer=None)
            return
        perm = r.perm
        if perm is not None and len(perm) == rank and \
                tuple(self.net.shape(r.value)[p] for p in perm) == tuple(src_shape):
            v = self.net.slice(self.fresh(node), r.value, perm[axis], offset, size)
            self.refs[key_out] = Ref(v, want, perm=perm)
            return
        src = r.value if tuple(self.net.shape(r.value)) == tuple(src_shape) else \
            self.materialize(key_in, src_shape)
        v = self.net.slice(self.fresh(node), src, axis, offset, size)
        self.define(key_out, v, want)

    def elementwise_values(self, keys: Sequence[str]):
        """Builder values for an element-wise op: exact values, or views permuted the same
        way (layout does not change element-wise work); returns (values, perm)."""
        refs = [self.ref(k) for k in keys]
        perms = {r.perm for r in refs}
        if len(perms) == 1 and None not in perms and \
                len({tuple(self.net.shape(r.value)) for r in refs}) == 1:
            return [r.value for r in refs], refs[0].perm
        try:
            return [self.exact(k) for k in keys], None
        except NotImportable:
            # views of different layouts (a residual add of tokens to a conv's output):
            # each is viewed as the source shape
            shapes = {r.shape for r in refs}
            if len(shapes) != 1 or None in shapes or not 2 <= len(refs[0].shape) <= 5:
                raise
            return [self.materialize(k, refs[0].shape) for k in keys], None

    def eltwise_layer(self, node: str, kind: str, keys: Sequence[str], out_key: str,
                      out_shape: Optional[Sequence[int]]) -> None:
        """``dataflow.eltwise`` of ``keys`` (exact values, or views permuted alike: the
        result is then the same view of the eltwise)."""
        vals, perm = self.elementwise_values(keys)
        v = self.net.eltwise(self.fresh(node), kind, vals)
        if perm is None:
            self.check_shape(node, v, out_shape)
            self.define(out_key, v, self.net.shape(v))
            return
        got = tuple(self.net.shape(v))
        shape = tuple(got[p] for p in perm)
        if out_shape is not None and tuple(out_shape) != shape:
            raise ValueError(f"{node}: the importer computed shape {shape}, but the "
                             f"{self.source} model says {tuple(out_shape)}")
        self.refs[out_key] = Ref(v, shape, perm=perm)

    def channels_last_linear(self, node: str, key: str, out_key: str, k: int, m: int,
                             out_shape: Sequence[int]) -> bool:
        """A linear layer over the last dim of ``N x H x W x C`` that is a permuted view of
        an ``N x C x H x W`` value (ConvNeXt's pointwise layers) is a 1x1 convolution of that
        value; its output is the same view of the conv. False when ``key`` is not such a
        view."""
        r = self.ref(key)
        if r.perm != (0, 2, 3, 1) or r.shape is None or r.shape[-1] != k:
            return False
        v = self.net.conv(self.fresh(node), r.value, m, 1, pad=0)
        got = tuple(self.net.shape(v))
        if tuple(got[p] for p in r.perm) != tuple(out_shape):
            raise ValueError(f"{node}: the importer computed shape {got} (channels-last "
                             f"{tuple(got[p] for p in r.perm)}), but the {self.source} model "
                             f"says {tuple(out_shape)}")
        self.refs[out_key] = Ref(v, tuple(out_shape), layer=v, perm=r.perm)
        return True

    def concat_layer(self, node: str, keys: Sequence[str], out_key: str, axis: int,
                     out_shape: Optional[Sequence[int]]) -> None:
        """Concatenation of ``keys`` along ``axis`` of their source shapes: a
        ``dataflow.concat`` (channels, dim 1) of their values, views read through a
        ``dataflow.view``. Along another axis ``d`` (MViT's class token put back before the
        tokens, a roll's two pieces) each operand is viewed as ``prod(dims before d) x
        prod(dims from d)``: those rows laid side by side are the same elements in the same
        order, so a channel concat of the views, viewed back, is the concatenation."""
        shapes = [self.ref(k).shape for k in keys]
        if any(sh is None for sh in shapes):
            srcs = [self.exact(k) for k in keys]
            shapes = [tuple(self.net.shape(v)) for v in srcs]
        rank = len(shapes[0])
        if any(len(sh) != rank for sh in shapes) or not -rank <= axis < rank:
            raise NotImportable(f"concat on dim {axis} of shapes "
                                + ", ".join(str(tuple(sh)) for sh in shapes))
        axis %= rank
        if any(tuple(sh[:axis]) + tuple(sh[axis + 1:]) !=
               tuple(shapes[0][:axis]) + tuple(shapes[0][axis + 1:]) for sh in shapes):
            raise NotImportable("concat of shapes that differ in another dim than "
                                f"{axis}: " + ", ".join(str(tuple(sh)) for sh in shapes))
        want = tuple(shapes[0][:axis]) + (sum(sh[axis] for sh in shapes),) + \
            tuple(shapes[0][axis + 1:])
        if out_shape is not None and tuple(out_shape) != want:
            raise ValueError(f"{node}: the importer computed shape {want}, but the "
                             f"{self.source} model says {tuple(out_shape)}")
        if len(keys) == 1:
            self.refs[out_key] = dataclasses.replace(self.ref(keys[0]), layer=None)
            return
        if axis == 1:
            v = self.net.concat(self.fresh(node), [self.materialize(k, sh)
                                                   for k, sh in zip(keys, shapes)])
            self.check_shape(node, v, want)
            self.define(out_key, v, want)
            return
        rows = math.prod(shapes[0][:axis])
        v = self.net.concat(self.fresh(node), [
            self.materialize(k, (rows, math.prod(sh[axis:]))) for k, sh in zip(keys, shapes)])
        self.refs[out_key] = Ref(v, want)  # a view of the 2-D concat

    def last_dim_layer(self, node: str, key: str, out_key: str, op: str,
                       permuted: bool = True) -> bool:
        """A layer norm (``op`` "norm") or softmax over the last dim of ``key``: a
        ``dataflow.norm layer_norm`` / ``dataflow.softmax`` of its value when the tensor is
        its value, or a reshaped view of it read through a ``dataflow.view`` (not a view of
        another layout, where the last dim would be another). A layer norm over the last
        dim of a permuted view (ConvNeXt's channels-first LayerNorm: the channels of
        ``N x C x H x W`` permuted last) normalises the channels: a ``dataflow.norm
        layer_norm`` of the ``N x H x W x C`` view, viewed back, so the result is the same
        permuted view (only when ``permuted``). False
        otherwise (the caller passes the node through with a warning)."""
        r = self.ref(key)
        if op == "norm" and permuted and r.perm is not None and r.shape is not None \
                and 2 <= len(r.shape) <= 5:
            base = tuple(self.net.shape(r.value))
            last = self.materialize(key, r.shape)
            v = self.net.norm(self.fresh(node), "layer_norm", last)
            back = self.net.view(self.fresh(f"{node}_back"), v, base)
            self.refs[out_key] = dataclasses.replace(r, value=back, layer=None)
            return True
        if r.shape is None or r.perm is not None or not 2 <= len(r.shape) <= 5:
            return False
        # the value itself, or a reshaped view of it (tokens N x L x C of an fc's
        # (N*L) x C) read through a dataflow.view: the same elements in the same order
        src = self.materialize(key, r.shape)
        name = self.fresh(node)
        v = (self.net.norm(name, "layer_norm", src) if op == "norm"
             else self.net.softmax(name, src))
        self.define(out_key, v, self.net.shape(v))
        return True

    def broadcast_eltwise(self, node: str, op: str, kind: str, keys: Sequence[str],
                          out_key: str, out_shape: Sequence[int]) -> bool:
        """An add/mul whose operands broadcast to ``out_shape``. One full-shape operand and
        one per-channel operand (``N x C x 1 x .. x 1``: a squeeze-excitation scale, a
        per-channel bias from a branch) become the dialect's broadcast eltwise of both
        (docs/cost-model.md "Broadcast element-wise"). Other broadcasts become a one-input
        eltwise of the full-shape operand (one op per output element, what the broadcast op
        does), with a warning that the smaller operands are not read. False when no operand
        has the output's shape."""
        from ..builder import per_channel
        out_shape = tuple(out_shape)
        full = [k for k in keys if self.refs.get(k) is not None
                and self.refs[k].value is not None and self.refs[k].shape == out_shape
                and tuple(self.net.shape(self.refs[k].value)) == out_shape]
        if not full:
            return False
        others = [k for k in keys if k != full[0]]
        if len(others) == 1 and self.refs.get(others[0]) is not None \
                and self.refs[others[0]].value is not None and self.refs[others[0]].perm is None \
                and per_channel(self.net.shape(self.refs[others[0]].value), out_shape):
            srcs = [self.refs[k].value for k in keys]
            v = self.net.eltwise(self.fresh(node), kind, srcs)
            self.define(out_key, v, out_shape)
            return True
        v = self.net.eltwise(self.fresh(node), kind, [self.refs[full[0]].value])
        self.warn(f"{self.source} node {node!r} ({op}): broadcasting {kind} of "
                  f"{full[0]!r} {out_shape} with "
                  + ", ".join(f"{k!r} {self.refs[k].shape if k in self.refs else '?'}"
                              for k in others)
                  + "; imported as a one-input eltwise of the first (the dialect's eltwise "
                  "takes equal shapes or one value per sample and channel; the broadcast "
                  "operand is not read)")
        self.define(out_key, v, out_shape)
        return True

    def check_shape(self, node: str, value: str, expected: Optional[Sequence[int]]) -> None:
        """The builder's shape for a layer must be the source model's (when known): a
        mismatch is an importer bug or an unsupported attribute, never ignored."""
        got = tuple(self.net.shape(value))
        if expected is not None and tuple(expected) != got:
            raise ValueError(f"{node}: the importer computed shape {got}, but the {self.source} "
                             f"model says {tuple(expected)}")

    def define(self, key: str, value: str, shape: Optional[Sequence[int]],
               layer: Optional[str] = None, perm: Optional[Tuple[int, ...]] = None) -> None:
        self.refs[key] = Ref(value, None if shape is None else tuple(shape), layer, perm=perm)

    # ---- nodes without a layer -----------------------------------------------------------------
    def unsupported(self, node: str, op: str, inputs: Sequence[str], outputs: Sequence[str],
                    out_shapes: Sequence[Optional[Sequence[int]]], reason: str) -> None:
        """Warn and pass through / cut / mark unavailable (module doc)."""
        what = f"{self.source} node {node!r} ({op})"
        self.left_out.append((node, op, int(self.node_macs.get(node, 0)), reason + (
            " (its MACs are unknown: no inferred shape)" if node in self.macs_unknown else "")))
        if len(outputs) == 1 and out_shapes and out_shapes[0] is not None:
            shape = tuple(out_shapes[0])
            for key in inputs:
                r = self.refs.get(key)
                if r is not None and r.value is not None and r.shape == shape:
                    self.warn(f"{what}: {reason}; not imported, its input {key!r} (value "
                              f"{r.value!r}) passes through (its own work is not counted)")
                    self.refs[outputs[0]] = dataclasses.replace(r, layer=None)  # a view stays one
                    return
        for out, shape in zip(outputs, list(out_shapes) + [None] * len(outputs)):
            if shape is not None and len(shape) >= 2 and all(
                    isinstance(d, int) and d >= 1 for d in shape):
                name = self.fresh(f"{node}_out" if len(outputs) == 1 else f"{node}_{out}")
                self.net.input_tensor(name, tuple(shape))
                self.warn(f"{what}: {reason}; not imported, its output {out!r} becomes the "
                          f"network input {name!r}")
                self.refs[out] = Ref(name, tuple(shape))
            else:
                self.warn(f"{what}: {reason}; not imported, and its output {out!r} (shape "
                          f"{'unknown' if shape is None else tuple(shape)}) is unavailable to "
                          f"later nodes")
                self.refs[out] = Ref(None, None if shape is None else tuple(shape),
                                     why=f"from unsupported node {node!r}")

    # ---- result --------------------------------------------------------------------------------
    def finish(self) -> Network:
        if not self.net.ops:
            raise ValueError(f"{self.source} model {self.net.name!r}: no layer could be imported"
                             + (" (" + "; ".join(self.warnings[:3]) + ")" if self.warnings
                                else ""))
        self.net.import_warnings = list(self.warnings)  # type: ignore[attr-defined]
        self.net.coverage = {"model_macs": sum(self.node_macs.values()),
                             "left_out": list(self.left_out)}
        return self.net


def einsum_split(equation: str, shape_a: Sequence[int], shape_b: Sequence[int]):
    """A two-operand ``einsum`` as a batched matmul: ``(batch, i, j, k, size)``, the letters
    in both operands and the output (batch), in the first operand and the output (i), in
    the second and the output (j), in both operands only (k, summed), and each letter's
    size. None for other equations (an ellipsis, a letter twice in one operand, one summed
    inside one operand, sizes that disagree). Its MACs are the product of every letter's
    size (each output element sums over k)."""
    eq = equation.replace(" ", "")
    if "..." in eq or "->" not in eq:
        return None
    ins, out = eq.split("->")
    parts = ins.split(",")
    if len(parts) != 2:
        return None
    a, b = parts
    if len(a) != len(shape_a) or len(b) != len(shape_b) or len(set(a)) != len(a) or \
            len(set(b)) != len(b) or len(set(out)) != len(out):
        return None
    size = {}
    for letters, shape in ((a, shape_a), (b, shape_b)):
        for c, d in zip(letters, shape):
            if size.setdefault(c, int(d)) != int(d):
                return None
    if not set(out) <= set(a) | set(b) or not set(a) | set(b) <= set(out) | (set(a) & set(b)):
        return None
    batch = [c for c in out if c in a and c in b]
    i = [c for c in out if c in a and c not in b]
    j = [c for c in out if c in b and c not in a]
    k = [c for c in a if c in b and c not in out]
    return batch, i, j, k, size


def einsum_macs(equation: str, shape_a: Sequence[int], shape_b: Sequence[int]) -> int:
    """The MACs of a two-operand ``einsum`` (:func:`einsum_split`), 0 for other forms."""
    split = einsum_split(equation, shape_a, shape_b)
    return math.prod(split[4].values()) if split else 0


def conv_macs(out_shape: Sequence[int], weight_shape: Sequence[int]) -> int:
    """A convolution: each output element takes ``C/groups x kernel`` MACs (the weight's
    dims after the first), as ``dataflow.conv``'s getMacCount."""
    return math.prod(out_shape) * math.prod(weight_shape[1:])


def deconv_macs(in_shape: Sequence[int], weight_shape: Sequence[int]) -> int:
    """A transposed convolution: each input element is scattered into ``M/groups x kernel``
    outputs (weight ``C x M/groups x kernel``), as ``dataflow.deconv``'s getMacCount."""
    return math.prod(in_shape) * math.prod(weight_shape[1:])


def matmul_macs(out_shape: Sequence[int], k: int) -> int:
    """A matmul / linear layer: each output element takes ``K`` MACs."""
    return math.prod(out_shape) * int(k)


def window_pads_ceil(ins: Sequence[int], keff: Sequence[int], stride: Sequence[int],
                     pads: Sequence[int]) -> Tuple[int, ...]:
    """``ceil_mode`` pooling (ONNX ``ceil_mode=1``, PyTorch ``ceil_mode=True``) as explicit
    padding: the output is ``ceil((in + pb + pe - k) / s) + 1``, except that the last window
    must start inside the input or the left padding (PyTorch/ONNX rule); the extra end padding
    gives that size with our floor formula (docs/ir-reference.md, window rule)."""
    n = len(ins)
    out = list(pads)
    for d in range(n):
        num = ins[d] + pads[d] + pads[n + d] - keff[d]
        o = -(-num // stride[d]) + 1
        if (o - 1) * stride[d] >= ins[d] + pads[d]:
            o -= 1
        out[n + d] = max(pads[n + d], (o - 1) * stride[d] + keff[d] - ins[d] - pads[d])
    return tuple(out)
