"""Fold the shape arithmetic of an ONNX graph into constants, so ``onnx.shape_inference``
knows the shapes behind it.

Exporters (PyTorch's among them) compute sizes at run time: ``Shape`` -> ``Gather`` ->
``Div`` -> ``Unsqueeze`` -> ``Concat`` -> the ``shape`` of a ``Reshape`` or the ``ends`` of a
``Slice``. Shape inference leaves those outputs unknown. Once the input shapes are fixed, every
such value is a constant: this evaluates, with numpy, each node whose inputs are all constants
(initializers, ``Constant`` nodes, ``Shape`` of a tensor whose shape is known, and outputs of
nodes folded before), for the small set of operators that shape arithmetic uses, adds the
results as initializers and drops the folded nodes. It never evaluates a node that reads an
activation. Nodes of other operators are left alone.
"""

from __future__ import annotations

import functools
from typing import Callable, Dict, List

__all__ = ["fold_shape_arithmetic", "evaluate"]


@functools.lru_cache(maxsize=None)
def _ops() -> Dict[str, Callable]:
    import numpy as np

    def attr(a, name, default=None):
        return a.get(name, default)

    def gather(a, x, idx):
        return np.take(x, idx, axis=attr(a, "axis", 0))

    def unsqueeze(a, x, axes=None):
        axes = list(axes if axes is not None else attr(a, "axes"))
        out = x
        for ax in sorted(int(v) % (x.ndim + len(axes)) for v in axes):
            out = np.expand_dims(out, ax)
        return out

    def squeeze(a, x, axes=None):
        axes = axes if axes is not None else attr(a, "axes")
        return np.squeeze(x, axis=None if axes is None else tuple(int(v) for v in axes))

    def concat(a, *xs):
        return np.concatenate([np.atleast_1d(x) for x in xs], axis=attr(a, "axis"))

    def div(a, x, y):
        if np.issubdtype(x.dtype, np.integer) and np.issubdtype(y.dtype, np.integer):
            return np.trunc(x / y).astype(x.dtype)  # ONNX integer Div truncates
        return x / y

    def slice_(a, x, starts, ends, axes=None, steps=None):
        axes = range(len(starts)) if axes is None else axes
        steps = [1] * len(starts) if steps is None else steps
        sl = [slice(None)] * x.ndim
        for s, e, ax, st in zip(starts, ends, axes, steps):
            sl[int(ax)] = slice(int(s), int(e), int(st))
        return x[tuple(sl)]

    def cast(a, x):
        from onnx import mapping
        return x.astype(mapping.TENSOR_TYPE_TO_NP_TYPE[attr(a, "to")])

    return {
        "Gather": gather, "Unsqueeze": unsqueeze, "Squeeze": squeeze, "Concat": concat,
        "Div": div, "Mul": lambda a, x, y: x * y, "Add": lambda a, x, y: x + y,
        "Sub": lambda a, x, y: x - y, "Slice": slice_, "Cast": cast,
        "Identity": lambda a, x: x, "Floor": lambda a, x: np.floor(x),
        "Ceil": lambda a, x: np.ceil(x), "Neg": lambda a, x: -x,
        "Reshape": lambda a, x, s: x.reshape([int(v) for v in s]),
        "Range": lambda a, s, e, d: np.arange(s, e, d),
        "ConstantOfShape": lambda a, s: np.full([int(v) for v in s], 0 if "value" not in a
                                               else _array(a["value"]).reshape(-1)[0]),
        "Equal": lambda a, x, y: x == y, "Where": lambda a, c, x, y: np.where(c, x, y),
        "Min": lambda a, *xs: np.minimum.reduce(xs), "Max": lambda a, *xs: np.maximum.reduce(xs),
        # Swin's padding to whole windows: (window - size % window) % window, the pads
        # reordered by Transpose (ONNX Mod: the divisor's sign, numpy's mod; fmod=1: C's)
        "Mod": lambda a, x, y: np.fmod(x, y) if attr(a, "fmod", 0) else np.mod(x, y),
        "Transpose": lambda a, x: np.transpose(x, attr(a, "perm")),
    }


def evaluate(node, consts: Dict[str, object]):
    """The value of ``node``'s one output when its operator is one of the folded ones and
    its inputs are all in ``consts`` (a weight transposed by the exporter), else None."""
    import numpy as np
    from onnx import helper

    ins = list(node.input)
    ops = _ops()
    if node.op_type not in ops or len(node.output) != 1 or \
            not all(i == "" or i in consts for i in ins):
        return None
    a = {x.name: helper.get_attribute_value(x) for x in node.attribute}
    args = [consts[i] if i else None for i in ins]
    while args and args[-1] is None:
        args.pop()
    try:
        return np.asarray(ops[node.op_type](a, *args))
    except Exception:  # anything unexpected: the value stays unknown
        return None


def _array(t):
    from onnx import numpy_helper
    return numpy_helper.to_array(t)


def fold_shape_arithmetic(model, shapes: Dict[str, tuple]):
    """A copy of ``model`` with its shape arithmetic folded (module doc). ``shapes``: the
    tensor shapes known so far (from a first shape inference)."""
    import numpy as np
    import onnx
    from onnx import helper, numpy_helper

    ops = _ops()
    model = onnx.ModelProto.FromString(model.SerializeToString())
    g = model.graph
    consts: Dict[str, np.ndarray] = {i.name: _array(i) for i in g.initializer}
    keep: List = []
    added: List = []
    for node in g.node:
        a = {x.name: helper.get_attribute_value(x) for x in node.attribute}
        ins = list(node.input)
        value = None
        try:
            if node.op_type == "Constant" and "value" in a:
                value = _array(a["value"])
            elif node.op_type == "Shape" and shapes.get(ins[0]) is not None:
                value = np.array(shapes[ins[0]], dtype=np.int64)
                start, end = a.get("start"), a.get("end")
                if start is not None or end is not None:
                    value = value[start:end]
            elif node.op_type in ops and len(node.output) == 1 and all(
                    i == "" or i in consts for i in ins):
                args = [consts[i] if i else None for i in ins]
                while args and args[-1] is None:
                    args.pop()
                value = np.asarray(ops[node.op_type](a, *args))
        except Exception:  # anything unexpected: leave the node to shape inference
            value = None
        if value is None:
            keep.append(node)
            continue
        consts[node.output[0]] = value
        added.append(numpy_helper.from_array(value, node.output[0]))
    if not added:
        return model
    del g.node[:]
    g.node.extend(keep)
    g.initializer.extend(added)
    return model
