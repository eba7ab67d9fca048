"""ONNX model -> :class:`~dataflow_opt.builder.Network` (python3-onnx, opset 7 or later).

    from dataflow_opt.importers import from_onnx
    net = from_onnx("resnet18.onnx", batch=1)      # a path, bytes or an onnx.ModelProto
    print(net.to_mlir())

Shapes come from ``onnx.shape_inference`` after the graph inputs' free dims (``batch_size``,
``N``, ...) are set: the first dim to ``batch`` (a fixed first dim other than ``batch`` is an
error), any other free dim is an error. Every layer's shape is computed by the builder and
checked against the inferred one. Inference runs on the graph without its weights, at most
``_ROUNDS`` times; shapes it leaves unknown behind a ``Reshape`` to a computed shape are
found as the importer goes (``shape_value``, ``layout_shape``).

| ONNX | dataflow |
|---|---|
| Conv (group, pads, strides, dilations, auto_pad) | ``conv`` |
| ConvTranspose (output_padding, output_shape) | ``deconv`` |
| Gemm / MatMul with a constant B | ``fc`` (bias C absorbed; a flattened input stays 4-D) |
| MatMul by a constant over the channels of a transposed ``N x H x W x C`` | a 1x1 ``conv`` of the ``N x C x H x W`` value |
| MatMul by a constant over the last dim of ``N x L x K`` tokens | ``fc`` of the ``(N*L) x K`` view |
| MatMul of two activations (leading dims flattened by views) | ``matmul`` |
| LayerNormalization / Softmax over the last axis | ``norm layer_norm`` / ``softmax`` (a channels-first norm through a transposed view as torch.fx) |
| ReduceMean, Sub, Pow 2, ReduceMean, Add eps, Sqrt, Div over the last axis (a LayerNorm before opset 17) | ``norm layer_norm`` (``decomposed_layer_norm``) |
| MaxPool / AveragePool (ceil_mode), GlobalAverage/MaxPool, ReduceMean/Max over all spatial axes | ``pool max/avg`` |
| Add / Sum / Mul of same-shape activations | ``eltwise add/mul`` |
| Add / Mul (Sub / Div) of a constant | absorbed into the conv/deconv/fc/matmul that produced the other operand when it has no other reader, else a one-input ``eltwise`` |
| Concat (on another axis than 1: of flat views) | ``concat`` |
| Split, Slice of one axis (step 1, constant bounds), Gather of one constant index | ``slice`` (a channel split; a scalar Gather then a view) |
| Relu, Clip, LeakyRelu, Sigmoid, Tanh, HardSigmoid, HardSwish, Erf, Identity, Cast, BatchNormalization, Dropout | pass through (no layer) |
| Add / Mul of activations that broadcast (squeeze-excitation) | per sample and channel (``N x C x 1 x 1``): a two-input ``eltwise`` reading both; other broadcasts: a one-input ``eltwise`` of the full-shape operand, with a warning |
| Flatten, Reshape, Transpose, Squeeze, Unsqueeze, Pad by zero | a view (no layer; ``fc`` reads a flattened 4-D value, see importers/common.py) |
| Shape, Constant, and any node computing only from constants | constant (no layer) |
| anything else | an ``UnsupportedNodeWarning`` naming the node (see importers/common.py) |
"""

from __future__ import annotations

import dataclasses
import math
import os
from typing import Dict, Optional

from .common import (Importer, NotImportable, conv_macs, deconv_macs, matmul_macs,
                     window_pads_ceil)
from .onnx_fold import evaluate, fold_shape_arithmetic

__all__ = ["from_onnx"]

#: Element-wise nodes with no layer meaning: the output is the (first) input.
PASS_THROUGH = {"Relu", "Clip", "LeakyRelu", "PRelu", "Sigmoid", "Tanh", "HardSigmoid",
                "HardSwish", "Elu", "Selu", "Softplus", "Erf", "Identity", "Cast",
                "BatchNormalization", "Dropout", "InstanceNormalization"}


#: Layout-only nodes: their output is a view of the input (importers/common.py).
LAYOUT = {"Flatten", "Reshape", "Squeeze", "Unsqueeze", "Transpose"}


def _attrs(node) -> Dict[str, object]:
    import onnx
    return {a.name: onnx.helper.get_attribute_value(a) for a in node.attribute}


def _shapes(graph) -> Dict[str, tuple]:
    shapes = {}
    for vi in list(graph.value_info) + list(graph.input) + list(graph.output):
        s = _shape_of(vi)
        if s is not None:
            shapes[vi.name] = s
    return shapes


def _shape_of(vi) -> Optional[tuple]:
    t = vi.type.tensor_type
    if not t.HasField("shape"):
        return None
    dims = []
    for d in t.shape.dim:
        if not d.HasField("dim_value"):
            return None
        dims.append(int(d.dim_value))
    return tuple(dims)


#: Most rounds of shape inference and folding (each a pass over the graph without its
#: weights; torchvision's Swin-T needs 17, its stages' shape arithmetic one after another).
_ROUNDS = 32

#: Initializers of at most this many elements (and every integer one: shape arithmetic,
#: index tables) keep their values for shape inference and folding.
_SMALL = 64


def _without_weights(model):
    """A copy of ``model`` whose large float initializers are graph inputs of their type and
    shape (shape inference and folding read only their shapes)."""
    import onnx
    from onnx import TensorProto, helper

    g = model.graph
    floats = {TensorProto.FLOAT, TensorProto.FLOAT16, TensorProto.DOUBLE, TensorProto.BFLOAT16}
    big = [i for i in g.initializer if i.data_type in floats and
           _numel(i.dims) > _SMALL]
    if not big:
        return onnx.ModelProto.FromString(model.SerializeToString())
    names = {i.name for i in big}
    listed = {i.name for i in g.input}
    copy = onnx.ModelProto()
    for field, value in model.ListFields():  # all but the graph, then the graph's parts
        if field.name != "graph":
            if field.label == field.LABEL_REPEATED:
                getattr(copy, field.name).extend(value)
            elif field.message_type is not None:
                getattr(copy, field.name).CopyFrom(value)
            else:
                setattr(copy, field.name, value)
    for field, value in g.ListFields():
        if field.name == "initializer":
            copy.graph.initializer.extend(i for i in value if i.name not in names)
        elif field.label == field.LABEL_REPEATED:
            getattr(copy.graph, field.name).extend(value)
        else:
            setattr(copy.graph, field.name, value)
    copy.graph.input.extend(helper.make_tensor_value_info(i.name, i.data_type, list(i.dims))
                            for i in big if i.name not in listed)
    return copy


def _numel(dims) -> int:
    n = 1
    for d in dims:
        n *= int(d)
    return n


class _OnnxImporter(Importer):
    source = "ONNX"

    def __init__(self, model, name, batch, dtype):
        import onnx
        from onnx import numpy_helper, shape_inference

        graph = model.graph
        super().__init__(name or graph.name or "onnx_model", 1 if batch is None else batch,
                         dtype)
        self.consts: Dict[str, object] = {i.name: numpy_helper.to_array(i)
                                          for i in graph.initializer}
        # Fix free dims of the real inputs, then infer every shape. Inference and folding
        # need the weights' shapes, not their values: they run on a copy whose float
        # initializers of more than _SMALL elements are typed graph inputs, so each round
        # costs the graph's size, not the file's (the weights are read once, above).
        model = _without_weights(model)
        for inp in model.graph.input:
            if inp.name in self.consts:
                continue
            dims = inp.type.tensor_type.shape.dim
            for i, d in enumerate(dims):
                if i == 0 and d.HasField("dim_value") and d.dim_value > 0 and \
                        batch is not None and d.dim_value != batch:
                    raise ValueError(
                        f"ONNX input {inp.name!r} has a fixed batch of {d.dim_value}, not the "
                        f"{batch} asked for; export the model with a free batch dim "
                        "(torch.onnx.export(..., dynamic_axes={name: {0: 'batch'}})) or "
                        f"import it at batch {d.dim_value}")
                if not d.HasField("dim_value") or d.dim_value <= 0:
                    if i != 0:
                        raise ValueError(f"ONNX input {inp.name!r}: dim {i} is not fixed "
                                         f"({d.dim_param or '?'}); only the batch (dim 0) may "
                                         "be free")
                    d.Clear()
                    d.dim_value = 1 if batch is None else batch
        # Infer, fold the shape arithmetic that inference could not see through, repeat.
        # (a few rounds: a longer chain of Reshapes to computed shapes is folded as the
        # importer meets it, see shape_value, so the rounds do not grow with the graph)
        for _ in range(_ROUNDS):
            try:
                inferred = shape_inference.infer_shapes(model, data_prop=True)
            except Exception as e:  # onnx's InferenceError and checker errors
                raise ValueError(f"ONNX shape inference failed: {e}") from None
            self.shapes = _shapes(inferred.graph)
            folded = fold_shape_arithmetic(inferred, self.shapes)
            if len(folded.graph.node) == len(inferred.graph.node):
                break
            model = folded
        self.model = inferred
        g = self.model.graph
        weights = self.consts
        self.consts = {i.name: numpy_helper.to_array(i) for i in g.initializer}
        for k, v in weights.items():
            self.consts.setdefault(k, v)
        self.readers: Dict[str, int] = {}
        for node in g.node:
            for i in node.input:
                self.readers[i] = self.readers.get(i, 0) + 1
        for o in g.output:
            self.readers[o.name] = self.readers.get(o.name, 0) + 1

    # ---- helpers -----------------------------------------------------------------------------
    def const(self, key: str):
        return self.consts.get(key)

    def is_const(self, key: str) -> bool:
        return key in self.consts or key in self._static

    def ref(self, key: str):
        """A constant tensor a layer reads as data (ViT's class token expanded over the
        batch and concatenated with the tokens) is an input of the network, as through
        torch.fx."""
        if key not in self.refs and self.is_const(key):
            c = self.const(key)
            shape = tuple(c.shape) if c is not None else self.shapes.get(key)
            if shape is None or len(shape) < 2:
                raise NotImportable(f"input {key!r} is a constant of unknown shape"
                                    if shape is None else f"input {key!r} is a constant of "
                                    f"rank {len(shape)}")
            v = self.fresh(key)
            self.net.input_tensor(v, shape)
            self.define(key, v, shape)
        return super().ref(key)

    def run(self):
        g = self.model.graph
        self._static = set()
        for inp in g.input:
            if inp.name in self.consts:
                continue
            shape = self.shapes.get(inp.name)
            if shape is None or not shape:
                raise ValueError(f"ONNX input {inp.name!r}: shape unknown or scalar")
            name = self.fresh(inp.name)
            self.net.input_tensor(name, shape)
            self.define(inp.name, name, shape)
        self.users: Dict[str, list] = {}
        for node in g.node:
            for i in node.input:
                self.users.setdefault(i, []).append(node)
        done = set()  # nodes imported as part of an earlier node's pattern
        for idx, node in enumerate(g.node):
            nname = node.name or f"{node.op_type}_{idx}"
            outs = [o for o in node.output if o]
            ins = [i for i in node.input if i]
            if id(node) in done:
                continue
            if node.op_type == "ReduceMean" and self.decomposed_layer_norm(node, nname, done):
                continue
            if node.op_type == "Constant":
                value = _attrs(node).get("value")
                if value is not None:
                    from onnx import numpy_helper
                    self.consts[outs[0]] = numpy_helper.to_array(value)
                self._static.update(outs)
                continue
            if node.op_type == "Shape" or (ins and all(self.is_const(i) for i in ins)):
                self._static.update(outs)  # shape arithmetic / constant folding: no work
                # (a Shape whose input the importer has shaped, a transposed weight)
                value = self.shape_value(node, ins) if node.op_type == "Shape" else \
                    evaluate(node, self.consts)
                if value is not None:
                    self.consts[outs[0]] = value
                continue
            if outs and outs[0] not in self.shapes and node.op_type in LAYOUT | {"Slice"}:
                known = self.layout_shape(node, ins)  # a shape inference did not reach
                if known is not None:
                    self.shapes[outs[0]] = known
            macs = self.macs(node, ins, outs)
            try:
                self.convert(node, nname, ins, outs)
                if macs is None:  # the layer's output shape is the builder's now
                    r = self.refs.get(outs[0]) if outs else None
                    if r is not None and r.shape is not None:
                        self.shapes.setdefault(outs[0], r.shape)
                        macs = self.macs(node, ins, outs)
            except NotImportable as e:
                self.node_macs[nname] = macs or 0
                if macs is None:
                    self.macs_unknown.add(nname)
                self.unsupported(nname, node.op_type, ins, outs,
                                 [self.shapes.get(o) for o in outs], str(e))
                continue
            self.node_macs[nname] = macs or 0
            if macs is None:
                self.macs_unknown.add(nname)
        return self.finish()

    def _last_axis_mean(self, node) -> bool:
        """``node`` is a ReduceMean over the last axis only, keeping the dims."""
        import numpy as np
        a = _attrs(node)
        axes = a.get("axes")
        if axes is None and len(node.input) > 1 and self.const(node.input[1]) is not None:
            axes = [int(v) for v in np.asarray(self.const(node.input[1])).reshape(-1)]
        shape = self.known_shape(node.input[0])
        return axes is not None and shape is not None and len(axes) == 1 and \
            int(axes[0]) % len(shape) == len(shape) - 1 and int(a.get("keepdims", 1)) == 1

    def _only_user(self, key: str, op: str, inputs=None):
        """The one node reading ``key`` when it is an ``op`` (whose inputs, if given, are
        ``inputs`` in order, None matching anything), else None."""
        users = self.users.get(key, [])
        if len(users) != 1 or users[0].op_type != op or self.readers.get(key, 0) != 1:
            return None
        n = users[0]
        if inputs is not None and (len(n.input) != len(inputs) or any(
                want is not None and got != want for got, want in zip(n.input, inputs))):
            return None
        return n

    def decomposed_layer_norm(self, mean, name, done) -> bool:
        """A layer norm as PyTorch exports it before opset 17: ``ReduceMean`` over the last
        axis, ``Sub``, ``Pow`` by 2, ``ReduceMean``, ``Add`` eps, ``Sqrt``, ``Div``. One
        ``dataflow.norm layer_norm`` of the input (as ``LayerNormalization``), its nodes
        marked ``done``; the scale and shift after it (``Mul``/``Add`` of constants) are
        part of it. False when the nodes are not that chain."""
        import numpy as np
        if not self._last_axis_mean(mean) or not mean.output:
            return False
        x, m = mean.input[0], mean.output[0]
        subs = [n for n in self.users.get(m, []) if n.op_type == "Sub"
                and list(n.input) == [x, m]]
        if len(subs) != 1 or self.readers.get(m, 0) != 1:
            return False
        d = subs[0].output[0]
        users = self.users.get(d, [])
        pows = [n for n in users if n.op_type == "Pow" and n.input[0] == d]
        divs = [n for n in users if n.op_type == "Div" and n.input[0] == d]
        if self.readers.get(d, 0) != 2 or len(pows) != 1 or len(divs) != 1:
            return False  # (x - mean read elsewhere too: not only a norm's)
        two = self.const(pows[0].input[1])
        if two is None or np.asarray(two).size != 1 or float(np.asarray(two).reshape(-1)[0]) != 2:
            return False
        var = self._only_user(pows[0].output[0], "ReduceMean")
        if var is None or not self._last_axis_mean(var):
            return False
        add = self._only_user(var.output[0], "Add")
        if add is None or not any(self.is_const(i) for i in add.input):
            return False
        sqrt = self._only_user(add.output[0], "Sqrt")
        if sqrt is None or list(divs[0].input) != [d, sqrt.output[0]] or \
                self.readers.get(sqrt.output[0], 0) != 1:
            return False
        try:
            if not self.last_dim_layer(name, x, divs[0].output[0], "norm"):
                return False
        except NotImportable:
            return False
        r = self.refs[divs[0].output[0]]
        if r.perm is None:  # its scale and shift (constants) are part of it
            self.refs[divs[0].output[0]] = dataclasses.replace(r, layer=r.value)
        done.update(id(n) for n in (subs[0], pows[0], var, add, sqrt, divs[0]))
        return True

    def known_shape(self, key: str):
        """The source shape of ``key``: inferred by ONNX, or the importer's own (the builder
        computes every layer's shape, views keep theirs), or a constant's."""
        if key in self.shapes:
            return self.shapes[key]
        r = self.refs.get(key)
        if r is not None and r.shape is not None:
            return r.shape
        c = self.consts.get(key)
        return tuple(c.shape) if c is not None else None

    def shape_value(self, node, ins):
        """A ``Shape`` node's value once its input's shape is known (PyTorch's ``x.size()``
        feeding a ``Reshape``): shape inference stops at a ``Reshape`` whose target it
        computes, the importer does not, so a chain of them folds in one pass."""
        import numpy as np
        s = self.known_shape(ins[0]) if ins else None
        if s is None:
            return None
        a = _attrs(node)
        return np.array(s, dtype=np.int64)[a.get("start"):a.get("end")]

    def layout_shape(self, node, ins):
        """The output shape of a layout-only node (or a ``Slice``) from its input's shape and
        its constant arguments, where shape inference did not find it (after a ``Reshape``
        to a shape computed by ``Shape`` arithmetic); None when they are not known."""
        import numpy as np
        s = self.known_shape(ins[0]) if ins else None
        if s is None:
            return None
        a, op, n = _attrs(node), node.op_type, len(s)
        try:
            if op == "Reshape":
                t = self.const(ins[1]) if len(ins) > 1 else None
                if t is None:
                    return None
                t = [int(v) for v in np.asarray(t).reshape(-1)]
                if not a.get("allowzero", 0):
                    t = [s[i] if v == 0 else v for i, v in enumerate(t)]
                if t.count(-1) == 1:
                    rest = math.prod(v for v in t if v != -1)
                    t[t.index(-1)] = math.prod(s) // rest if rest else 0
                return tuple(t) if math.prod(t) == math.prod(s) else None
            if op == "Slice" and len(ins) >= 3:  # (a cut needs its output's shape)
                vals = [self.const(k) for k in ins[1:5]]
                if any(v is None for v in vals):
                    return None
                starts, ends = (np.asarray(v).reshape(-1) for v in vals[:2])
                axes = np.asarray(vals[2]).reshape(-1) if len(vals) > 2 else range(len(starts))
                steps = np.asarray(vals[3]).reshape(-1) if len(vals) > 3 else [1] * len(starts)
                out = list(s)
                for st, en, ax, sp in zip(starts, ends, axes, steps):
                    out[int(ax) % n] = len(range(*slice(int(st), int(en), int(sp)).indices(
                        s[int(ax) % n])))
                return tuple(out)
            if op == "Flatten":
                ax = int(a.get("axis", 1)) % (n + 1)
                return (math.prod(s[:ax]), math.prod(s[ax:]))
            if op == "Transpose":
                perm = a.get("perm") or list(range(n))[::-1]
                return tuple(s[int(p)] for p in perm)
            axes = a.get("axes")
            if axes is None and len(ins) > 1 and self.const(ins[1]) is not None:
                axes = [int(v) for v in np.asarray(self.const(ins[1])).reshape(-1)]
            if op == "Squeeze":
                drop = {int(v) % n for v in axes} if axes is not None else {
                    i for i, d in enumerate(s) if d == 1}
                return tuple(d for i, d in enumerate(s) if i not in drop)
            if op == "Unsqueeze" and axes is not None:
                out = list(s)
                for ax in sorted(int(v) % (n + len(axes)) for v in axes):
                    out.insert(ax, 1)
                return tuple(out)
        except (IndexError, ValueError, TypeError):
            return None
        return None

    def macs(self, node, ins, outs) -> Optional[int]:
        """The node's MACs in the model, from the inferred shapes: Conv, ConvTranspose, Gemm,
        MatMul and their quantized forms, and the contrib Attention; 0 for other nodes, None
        for those whose shapes shape inference did not find."""
        op = node.op_type
        shape = lambda k: self.shapes.get(k) if k in self.shapes else (  # noqa: E731
            tuple(self.consts[k].shape) if k in self.consts else None)
        out = shape(outs[0]) if outs else None
        try:
            if op in ("Conv", "ConvInteger", "QLinearConv"):
                w = shape(ins[3] if op == "QLinearConv" else ins[1])
                return conv_macs(out, w) if out and w else None
            if op == "ConvTranspose":
                x, w = shape(ins[0]), shape(ins[1])
                return deconv_macs(x, w) if x and w else None
            if op in ("Gemm", "MatMul", "MatMulInteger", "QLinearMatMul"):
                a = shape(ins[0])
                if op == "Gemm" and a is not None and _attrs(node).get("transA", 0):
                    a = tuple(reversed(a))
                return matmul_macs(out, a[-1]) if out and a else None
            if op in ("Attention", "MultiHeadAttention"):  # com.microsoft contrib ops
                x = shape(ins[0])
                if op == "Attention" and x and len(x) == 3:
                    b, l, e = x  # QKV projections, QK^T, AV (head dims sum to E)
                    w = shape(ins[1])
                    proj = w[-1] if w else 3 * e
                    return b * l * e * proj + 2 * b * l * l * e
                if op == "MultiHeadAttention" and x and len(x) == 3:
                    b, l, e = x
                    k = shape(ins[1]) if len(ins) > 1 else None
                    s_len = k[1] if k and len(k) == 3 else l
                    return 2 * b * l * s_len * e
        except (TypeError, IndexError):
            return 0
        return 0

    # ---- per-op conversion -------------------------------------------------------------------
    def convert(self, node, name, ins, outs):
        op = node.op_type
        a = _attrs(node)
        out_shape = self.shapes.get(outs[0]) if outs else None
        if op in PASS_THROUGH:
            r = self.ref(ins[0])
            for o in outs[:1]:
                self.refs[o] = dataclasses.replace(r, layer=r.layer if op in (
                    "Identity", "Cast") else None)
            for o in outs[1:]:  # BatchNormalization training outputs, Dropout mask
                self._static.add(o)
            return
        if op == "Conv":
            return self.conv(name, node, a, ins, outs[0], out_shape)
        if op == "ConvTranspose":
            return self.deconv(name, a, ins, outs[0], out_shape)
        if op in ("MaxPool", "AveragePool"):
            return self.pool(name, op, a, ins, outs, out_shape)
        if op in ("GlobalAveragePool", "GlobalMaxPool"):
            src = self.spatial(ins[0], pool=True)
            hw = self.net.shape(src)[2:]
            kind = "avg" if op == "GlobalAveragePool" else "max"
            v = self.net.pool(self.fresh(name), src, kind, tuple(hw), tuple(hw), pad=0)
            return self.layer(name, outs[0], v, out_shape, producer=False)
        if op in ("ReduceMean", "ReduceMax"):
            return self.reduce_pool(name, op, a, ins, outs[0], out_shape)
        if op == "Gemm":
            return self.gemm(name, a, ins, outs[0], out_shape)
        if op == "MatMul":
            return self.matmul(name, ins, outs[0], out_shape)
        if op in ("Add", "Mul", "Sum") or op in ("Sub", "Div") and len(ins) == 2 and \
                self.is_const(ins[1]):
            return self.eltwise(name, op, ins, outs[0], out_shape)
        if op == "Concat":  # on any axis (channels: a plain dataflow.concat)
            return self.concat_layer(name, ins, outs[0], int(a.get("axis", 1)), out_shape)
        if op == "LayerNormalization":
            return self.last_dim(name, op, "norm", a, ins, outs, out_shape)
        if op == "Softmax":
            return self.last_dim(name, op, "softmax", a, ins, outs, out_shape)
        if op == "Gather":
            return self.gather(name, a, ins, outs[0], out_shape)
        if op == "Pad":
            return self.pad(name, a, ins, outs[0], out_shape)
        if op == "Split":
            return self.split(name, a, ins, outs)
        if op == "Slice":
            return self.slice_node(name, node, a, ins, outs[0], out_shape)
        if op in LAYOUT:
            perm = None
            if op == "Transpose":  # no perm attribute: reverse the dims
                perm = a.get("perm") or (list(range(len(out_shape)))[::-1] if out_shape
                                         else None)
            return self.view(ins[0], outs[0], out_shape, perm)
        raise NotImportable("no dataflow layer for this operator")

    def opset(self) -> int:
        return max([int(o.version) for o in self.model.opset_import
                    if o.domain in ("", "ai.onnx")] or [1])

    def last_dim(self, name, op, kind, a, ins, outs, out_shape):
        """``LayerNormalization`` (opset 17) and ``Softmax`` over the last axis: a
        ``dataflow.norm layer_norm`` / ``dataflow.softmax`` (importers/common.py,
        ``last_dim_layer``: a layer norm over the channels of a transposed ``N x H x W x C``
        view is one of the channels-last view, viewed back). LayerNormalization's optional
        Mean and InvStdDev outputs are statistics, no layer reads them as data."""
        src = self.ref(ins[0])
        shape = src.shape if src.shape is not None else self.shapes.get(ins[0])
        if shape is None:
            raise NotImportable(f"{op} of a tensor of unknown shape")
        rank = len(shape)
        default = -1 if op == "LayerNormalization" or self.opset() >= 13 else 1
        axis = int(a.get("axis", default))
        if not -rank <= axis < rank or axis % rank != rank - 1:
            raise NotImportable(f"{op} over axis {axis} of a rank-{rank} tensor; only the last "
                                "axis is a dataflow." + ("norm" if kind == "norm" else
                                                         "softmax"))
        if out_shape is not None and tuple(out_shape) != tuple(shape):
            raise NotImportable(f"{op} output {tuple(out_shape)} is not its input's shape")
        if not self.last_dim_layer(name, ins[0], outs[0], kind):
            raise NotImportable(f"{op} of {ins[0]!r} {tuple(shape)}, a view in another layout "
                                "than its value's" if src.shape is not None else
                                f"{op} of a tensor of rank {rank}")
        for o in outs[1:]:  # Mean, InvStdDev
            self._static.add(o)

    def gather(self, name, a, ins, out, out_shape):
        """``Gather`` of one constant index along ``axis`` (``x[:, 0]``: ViT's class token;
        ``qkv[0]``: q, k and v indexed out of one projection): a ``dataflow.slice`` of size
        1, viewed without the axis for a scalar index."""
        import numpy as np
        idx = self.const(ins[1]) if len(ins) > 1 else None
        src = self.ref(ins[0])
        shape = src.shape if src.shape is not None else self.shapes.get(ins[0])
        if idx is None or shape is None:
            raise NotImportable("gather of indices computed at run time" if idx is None else
                                "gather of a tensor of unknown shape")
        idx = np.asarray(idx)
        if idx.size != 1 or idx.ndim > 1:
            raise NotImportable(f"gather of {idx.size} indices; only one index is a "
                                "dataflow.slice")
        axis = int(a.get("axis", 0)) % len(shape)
        i = int(idx.reshape(-1)[0])
        if not -shape[axis] <= i < shape[axis]:
            raise NotImportable(f"gather index {i} outside dim {axis} of {tuple(shape)}")
        i %= shape[axis]
        if idx.ndim == 1:
            return self.slice(name, ins[0], out, axis, i, 1, out_shape)
        key = f"{out}/slice"
        self.slice(name, ins[0], key, axis, i, 1)
        want = tuple(shape[:axis]) + tuple(shape[axis + 1:])
        if out_shape is not None and tuple(out_shape) != want:
            raise NotImportable(f"gather of {tuple(shape)} gives {tuple(out_shape)}, not "
                                f"{want}")
        self.view(key, out, want)

    def pad(self, name, a, ins, out, out_shape):
        """``Pad`` by zero everywhere (Swin's padding to whole windows when the map is a
        multiple of the window already) is the tensor itself; other padding changes the
        element count: no layer (its output is cut, warned)."""
        import numpy as np
        pads = self.const(ins[1]) if len(ins) > 1 else a.get("pads")
        if pads is None:
            raise NotImportable("padding computed at run time")
        if np.any(np.asarray(pads) != 0):
            raise NotImportable(f"padding by {[int(p) for p in np.asarray(pads).reshape(-1)]}"
                                " changes the element count (no dataflow layer pads alone)")
        self.refs[out] = dataclasses.replace(self.ref(ins[0]), layer=None)

    def split(self, name, a, ins, outs):
        """``Split`` along ``axis``: one ``dataflow.slice`` per output, the sizes from the
        inferred output shapes."""
        src = self.ref(ins[0])
        shape = src.shape if src.shape is not None else self.shapes.get(ins[0])
        outs_shapes = [self.shapes.get(o) for o in outs]
        if shape is None or any(s is None for s in outs_shapes):
            raise NotImportable("split with unknown shapes")
        axis = int(a.get("axis", 0)) % len(shape)
        sizes = [int(s[axis]) for s in outs_shapes]
        if sum(sizes) != shape[axis]:
            raise NotImportable(f"split sizes {sizes} do not cover dim {axis} of {shape}")
        offset = 0
        for i, (o, size) in enumerate(zip(outs, sizes)):
            self.slice(f"{name}_{i}" if len(outs) > 1 else name, ins[0], o, axis, offset,
                       size, outs_shapes[i])
            offset += size

    def slice_node(self, name, node, a, ins, out, out_shape):
        """``Slice`` of one axis with step 1 and constant bounds: a ``dataflow.slice``."""
        import numpy as np
        src = self.ref(ins[0])
        shape = src.shape if src.shape is not None else self.shapes.get(ins[0])
        if shape is None:
            raise NotImportable("slice of a tensor of unknown shape")
        if len(ins) >= 3:  # opset 10+: starts, ends[, axes[, steps]] are inputs
            vals = [self.const(k) if k else None for k in ins[1:5]] + [None] * 3
            if vals[0] is None or vals[1] is None or any(
                    k and v is None for k, v in zip(ins[3:5], vals[2:4])):
                raise NotImportable("slice with bounds computed at run time")
            starts, ends, axes, steps = (None if v is None else
                                         [int(x) for x in np.asarray(v).reshape(-1)]
                                         for v in vals[:4])
        else:
            starts, ends = list(a.get("starts", [])), list(a.get("ends", []))
            axes, steps = a.get("axes"), None
        axes = list(range(len(starts))) if axes is None else list(axes)
        steps = [1] * len(starts) if steps is None else list(steps)
        cut = []
        for st, en, ax, sp in zip(starts, ends, axes, steps):
            ax %= len(shape)
            dim = shape[ax]
            st = min(max(st + dim if st < 0 else st, 0), dim)
            en = min(max(en + dim if en < 0 else en, 0), dim)
            if sp != 1:
                raise NotImportable(f"slice with step {sp}; only step 1 is a dataflow.slice")
            if (st, en) != (0, dim):
                cut.append((ax, st, en))
        if len(cut) > 1:
            raise NotImportable("slice of several dims; a dataflow.slice cuts one")
        if not cut:
            self.refs[out] = dataclasses.replace(src, layer=None)
            return
        ax, st, en = cut[0]
        self.slice(name, ins[0], out, ax, st, en - st, out_shape)

    def layer(self, node, out, value, out_shape, producer=True):
        self.check_shape(node, value, out_shape)
        self.define(out, value, self.net.shape(value), layer=value if producer else None)

    def _spatial_attrs(self, a, n):
        strides = tuple(a.get("strides", [1] * n))
        dil = tuple(a.get("dilations", [1] * n))
        return strides, dil

    def _pads(self, a, ins_sp, keff, strides, n):
        auto = a.get("auto_pad", b"NOTSET")
        auto = auto.decode() if isinstance(auto, bytes) else auto
        if auto in ("NOTSET", ""):
            return tuple(a.get("pads", [0] * 2 * n))
        if auto == "VALID":
            return (0,) * (2 * n)
        if auto in ("SAME_UPPER", "SAME_LOWER"):
            begins, ends = [], []
            for i, k, s in zip(ins_sp, keff, strides):
                total = max(0, (-(-i // s) - 1) * s + k - i)
                small, big = total // 2, total - total // 2
                begins.append(small if auto == "SAME_UPPER" else big)
                ends.append(big if auto == "SAME_UPPER" else small)
            return tuple(begins + ends)
        raise NotImportable(f"auto_pad {auto!r}")

    def _weight_shape(self, key, what):
        w = self.const(key)
        if w is not None:
            return tuple(w.shape)
        s = self.shapes.get(key)
        if s is None:
            raise NotImportable(f"{what} {key!r} has an unknown shape")
        return s

    def conv(self, name, node, a, ins, out, out_shape):
        src = self.spatial(ins[0])
        xs = self.net.shape(src)
        n = len(xs) - 2
        w = self._weight_shape(ins[1], "weight")
        kernel = tuple(a.get("kernel_shape", w[2:]))
        group = int(a.get("group", 1))
        if len(w) != n + 2 or w[1] * group != xs[1]:
            raise ValueError(f"{name}: weight shape {w} does not fit input {xs} with group "
                             f"{group} (expects M x C/group x kernel)")
        strides, dil = self._spatial_attrs(a, n)
        keff = [d * (k - 1) + 1 for k, d in zip(kernel, dil)]
        pads = self._pads(a, xs[2:], keff, strides, n)
        v = self.net.conv(self.fresh(name), src, w[0], kernel, stride=strides, pad=pads,
                          dilation=dil, groups=group)
        self.layer(name, out, v, out_shape)

    def deconv(self, name, a, ins, out, out_shape):
        src = self.spatial(ins[0])
        xs = self.net.shape(src)
        n = len(xs) - 2
        w = self._weight_shape(ins[1], "weight")
        group = int(a.get("group", 1))
        if len(w) != n + 2 or w[0] != xs[1]:
            raise ValueError(f"{name}: weight shape {w} does not fit input {xs} (expects "
                             f"C x M/group x kernel)")
        kernel = tuple(a.get("kernel_shape", w[2:]))
        strides, dil = self._spatial_attrs(a, n)
        opad = tuple(a.get("output_padding", [0] * n))
        if "output_shape" in a:
            # ONNX: total_padding = stride*(in-1) + output_padding + keff - output_shape,
            # SAME_UPPER-style split (begin = total // 2) unless auto_pad is SAME_LOWER.
            want = tuple(a["output_shape"])[-n:]
            auto = a.get("auto_pad", b"NOTSET")
            auto = auto.decode() if isinstance(auto, bytes) else auto
            begins, ends = [], []
            for d in range(n):
                total = (strides[d] * (xs[2 + d] - 1) + opad[d] + (kernel[d] - 1) * dil[d]
                         + 1 - want[d])
                if total < 0:
                    raise NotImportable(f"output_shape {want} needs negative padding")
                lo = total // 2 if auto != "SAME_LOWER" else total - total // 2
                begins.append(lo)
                ends.append(total - lo)
            pads = tuple(begins + ends)
        else:
            pads = tuple(a.get("pads", [0] * 2 * n))
        v = self.net.deconv(self.fresh(name), src, w[1] * group, kernel, stride=strides,
                            pad=pads, output_padding=opad, dilation=dil, groups=group)
        self.layer(name, out, v, out_shape)

    def pool(self, name, op, a, ins, outs, out_shape):
        if len(outs) > 1:
            raise NotImportable("MaxPool with an Indices output")
        src = self.spatial(ins[0], pool=True)
        xs = self.net.shape(src)
        n = len(xs) - 2
        window = tuple(a["kernel_shape"])
        strides, dil = self._spatial_attrs(a, n)
        if any(d != 1 for d in dil):
            raise NotImportable(f"dilated pooling (dilations {list(dil)})")
        pads = self._pads(a, xs[2:], window, strides, n)
        if int(a.get("ceil_mode", 0)):
            pads = window_pads_ceil(xs[2:], window, strides, pads)
        kind = "max" if op == "MaxPool" else "avg"
        v = self.net.pool(self.fresh(name), src, kind, window, strides, pad=pads)
        self.layer(name, outs[0], v, out_shape, producer=False)

    def reduce_pool(self, name, op, a, ins, out, out_shape):
        """ReduceMean / ReduceMax over every spatial axis is a global pool (keepdims=0: the
        N x C result is a flat view of the N x C x 1 x 1 pool)."""
        src = self.spatial(ins[0], pool=True)
        xs = self.net.shape(src)
        axes = a.get("axes")
        if axes is None and len(ins) > 1 and self.const(ins[1]) is not None:
            axes = [int(v) for v in self.const(ins[1]).reshape(-1)]
        rank = len(xs)
        if axes is None or rank < 3 or sorted(int(v) % rank for v in axes) != list(
                range(2, rank)):
            raise NotImportable(f"reduction over axes {axes}; only all spatial axes "
                                "(a global pool) is a layer")
        hw = tuple(xs[2:])
        v = self.net.pool(self.fresh(name), src, "avg" if op == "ReduceMean" else "max",
                          hw, hw, pad=0)
        if int(a.get("keepdims", 1)):
            self.check_shape(name, v, out_shape)
        elif out_shape is not None and tuple(out_shape) != tuple(xs[:2]):
            raise ValueError(f"{name}: the importer computed shape {tuple(xs[:2])}, but the "
                             f"ONNX model says {tuple(out_shape)}")
        self.define(out, v, out_shape)  # keepdims=0: N x C, a view of N x C x 1 x 1

    def gemm(self, name, a, ins, out, out_shape):
        if int(a.get("transA", 0)):
            raise NotImportable("Gemm with transA = 1")
        b = self.const(ins[1])
        if b is None:
            raise NotImportable("Gemm with a non-constant B (use MatMul for activation x "
                                "activation)")
        if b.ndim != 2:
            raise NotImportable(f"Gemm B of rank {b.ndim}")
        k, m = (b.shape[1], b.shape[0]) if int(a.get("transB", 0)) else b.shape
        src = self.fc_source(ins[0], int(k))
        v = self.net.fc(self.fresh(name), src, int(m))
        self.layer(name, out, v, out_shape)

    def matmul(self, name, ins, out, out_shape):
        b = self.const(ins[1])
        if b is not None:
            ra = self.ref(ins[0])
            rank = len(ra.shape) if ra.shape else None
            if b.ndim == 2 and out_shape is not None and self.channels_last_linear(
                    name, ins[0], out, int(b.shape[0]), int(b.shape[1]), out_shape):
                return
            if b.ndim == 2 and rank is not None and rank >= 3 and self.token_linear(
                    name, ins[0], out, int(b.shape[0]), int(b.shape[1]), out_shape):
                return  # over the last dim of N x L x K tokens: an fc of the (N*L) x K view
            if b.ndim != 2 or rank != 2:  # (a flat view's source shape is 2-D)
                raise NotImportable(f"MatMul of a rank-{rank} activation by a constant of "
                                    f"rank {b.ndim}: only N x K times K x M (or a linear "
                                    "layer over the last dim of tokens) is an fc")
            src = self.fc_source(ins[0], int(b.shape[0]))
            v = self.net.fc(self.fresh(name), src, int(b.shape[1]))
            return self.layer(name, out, v, out_shape)
        # two activations: a batched matmul, leading dims (attention heads) flattened by
        # views, views of other shapes read through a dataflow.view
        self.batched_matmul(name, ins[0], ins[1], out, out_shape)

    def eltwise(self, name, op, ins, out, out_shape):
        kind = "mul" if op in ("Mul", "Div") else "add"  # Sub/Div: only by a constant
        acts = [i for i in ins if not self.is_const(i)]
        consts = [i for i in ins if self.is_const(i)]
        if consts:
            # A bias / scale: absorbed into the layer that produced the other operand when
            # nothing else reads it (like convert-*-to-dataflow), else a one-input eltwise.
            if len(acts) != 1:
                raise NotImportable("element-wise op of several activations and a constant")
            r = self.ref(acts[0])
            if r.shape is not None and out_shape is not None and tuple(out_shape) != r.shape:
                raise NotImportable(f"constant broadcasts {r.shape} to {tuple(out_shape)}")
            if r.layer is not None and self.readers.get(acts[0], 0) == 1:
                self.refs[out] = dataclasses.replace(r)
                return
            return self.eltwise_layer(name, kind, [acts[0]], out, out_shape)
        shapes = [self.ref(i).shape for i in acts]
        if len(set(shapes)) != 1 and out_shape is not None and \
                self.broadcast_eltwise(name, op, kind, acts, out, out_shape):
            return
        if len(set(shapes)) != 1:
            raise NotImportable("broadcasting element-wise op (input shapes "
                                + ", ".join(str(s) for s in shapes) + ")")
        self.eltwise_layer(name, kind, acts, out, out_shape)


def _load_onnx(load, what: str):
    """``load()``, with a corrupt or truncated model as one ValueError line naming ``what``
    (protobuf's DecodeError and friends carry no file name)."""
    try:
        return load()
    except OSError:
        raise
    except Exception as e:  # protobuf raises DecodeError, RuntimeWarning, ValueError, ...
        reason = (str(e).strip().splitlines() or [type(e).__name__])[0]
        raise ValueError(f"{what}: not a valid ONNX model ({reason})") from None


def from_onnx(model, batch: Optional[int] = None, name: Optional[str] = None,
              dtype: str = "i16"):
    """Import an ONNX model (a path, serialized bytes or an ``onnx.ModelProto``).

    ``batch`` fixes a free first input dim (default 1); a fixed first dim is kept, and a
    ``batch`` other than it is an error (never a network of another batch than asked for);
    ``name`` defaults to the graph's name.
    Unsupported nodes give :class:`~dataflow_opt.importers.UnsupportedNodeWarning`; the
    messages are also in ``net.import_warnings``."""
    import onnx
    if isinstance(model, (bytes, bytearray)):
        model = _load_onnx(lambda: onnx.load_from_string(bytes(model)), "the ONNX bytes")
    elif isinstance(model, str):
        path = model
        if not os.path.isfile(path):
            raise ValueError(f"{path}: no such file")
        model = _load_onnx(lambda: onnx.load(path), path)
    if not isinstance(model, onnx.ModelProto):
        raise TypeError(f"from_onnx needs a path, bytes or onnx.ModelProto, got {type(model)}")
    return _OnnxImporter(model, name, batch, dtype).run()
