"""PyTorch ``nn.Module`` -> :class:`~dataflow_opt.builder.Network` through ``torch.fx``.

    import torchvision
    from dataflow_opt.importers import from_torch, torchvision_model
    net = from_torch(torchvision.models.resnet18(weights=None), (1, 3, 224, 224))
    net = torchvision_model("mobilenet_v2", batch=1)          # the same, built without weights

The module is traced with ``torch.fx.symbolic_trace`` and run once with ``ShapeProp`` on a
``meta`` input of ``input_shape`` (its parameters swapped for ``meta`` tensors: shapes without
arithmetic; a model with an op lacking a meta kernel runs on zeros instead, no gradients) so
every node has its real shape; each layer's builder shape is checked against it. Layer names are the module paths
(``layer1.0.conv1``) or fx node names (``add_1``).

| torch | dataflow |
|---|---|
| nn.Conv2d/3d (groups, padding incl. ``"same"``, stride, dilation; 1-D layers are warned), F.conv2d/conv3d calls | ``conv`` |
| nn.ConvTranspose2d/3d | ``deconv`` |
| nn.Linear, F.linear | ``fc`` (a flattened input stays 4-D); over the channels of a permuted ``N x H x W x C`` view: a 1x1 ``conv`` |
| nn.MaxPool/AvgPool (ceil_mode), nn.AdaptiveAvg/MaxPool, F.* and ``mean([2, 3])`` | ``pool`` (adaptive: window = stride = in/out; uneven sizes are approximated, with a warning) |
| ``+``, ``*``, torch.add/mul (same shapes) | ``eltwise`` (a constant operand: absorbed / one-input, as in the ONNX importer) |
| torch.cat(dim=1) | ``concat`` |
| torch.chunk / split (function or method) read by index, torch.narrow, ``x[:, a:b]`` (one dim, step 1) | ``slice`` (a channel split: ShuffleNetV2's branches) |
| torch.matmul / bmm / ``@`` of two activations | ``matmul`` |
| BatchNorm, ReLU/ReLU6/GELU/activations, Dropout, Identity, ``contiguous``, torchvision's ``stochastic_depth``/``StochasticDepth`` (eval) | pass through |
| ``+``/``*`` of activations that broadcast (squeeze-excitation) | per sample and channel (``N x C x 1 x 1``): a two-input ``eltwise`` reading both; other broadcasts: a one-input ``eltwise`` of the full-shape operand, with a warning |
| flatten / view / reshape / permute / transpose / squeeze / unsqueeze / channel_shuffle | a view (no layer; ``fc`` reads a flattened 4-D value, see importers/common.py) |
| nn.Linear / F.linear on ``N x L x C`` tokens | ``fc`` of the ``(N*L) x C`` view |
| nn.MultiheadAttention (self-attention) | q/k/v ``fc``, head views, ``matmul``, ``softmax``, ``matmul``, output ``fc`` |
| nn.LayerNorm / F.layer_norm, softmax over the last dim (of a value in its own layout) | ``norm layer_norm`` / ``softmax`` |
| nn.LayerNorm / F.layer_norm over the last dim of a permuted view (ConvNeXt's channels-first LayerNorm) | ``norm layer_norm`` of that view (channels last), viewed back |
| a function fx keeps opaque (``torch.fx.wrap``) | its recorded torch calls, imported below its boundary (``opaque_call``) |
| parameters, buffers and what is computed from them alone | folded (a constant a layer reads is a network input) |
| ``size``/``shape``/``getattr`` (non-tensor values) | ignored |
| any other module / function / method | an ``UnsupportedNodeWarning`` naming the node |
"""

from __future__ import annotations

import contextlib
import dataclasses
import math
import operator
from typing import Dict, Optional, Sequence

from .common import (Importer, NotImportable, conv_macs, deconv_macs, einsum_macs,
                     matmul_macs, window_pads_ceil)

__all__ = ["from_torch", "torchvision_model"]


def _tensor_shape(node):
    meta = node.meta.get("tensor_meta")
    if meta is None or not hasattr(meta, "shape"):
        return None
    return tuple(int(d) for d in meta.shape)


class _FxImporter(Importer):
    source = "torch.fx"

    def __init__(self, gm, name, batch, dtype):
        super().__init__(name, batch, dtype)
        self.gm = gm
        self.modules = dict(gm.named_modules())
        self.readers = {n.name: len(n.users) for n in gm.graph.nodes}
        self.attention_outputs = set()
        self.constants = set()
        self.constant_shapes = {}
        self.pieces = {}  # chunk/split node -> (source key, dim, [(offset, size)...])
        self.unbound = set()  # unbind nodes among self.pieces (pieces drop the dim)
        self.opaque_tuples = {}  # opaque call returning (tensor, non-tensors) -> its index

    def run(self):
        for node in self.gm.graph.nodes:
            shape = _tensor_shape(node)
            if node.op == "placeholder":
                if shape is None:
                    raise ValueError(f"torch.fx input {node.name!r}: not a tensor")
                v = self.fresh(node.name)
                self.net.input_tensor(v, shape)
                self.define(node.name, v, shape)
                continue
            tensors_in = [a for a in node.all_input_nodes
                          if _tensor_shape(a) is not None or a.name in self.constants]
            if node.op == "get_attr" or node.op != "output" and tensors_in and all(
                    a.name in self.constants for a in tensors_in):
                # parameters, buffers and what is computed from them alone (Swin V2's
                # relative-position MLP on its coordinate table): folded before the model
                # runs on the accelerator, neither a layer nor the model's MACs
                self.constants.add(node.name)
                self.constant_shapes[node.name] = shape
                self.node_macs.pop(self._describe(node)[1], None)
                continue
            if node.op == "output":
                continue
            what, label = self._describe(node)
            if node.op == "call_module" and type(self.modules[node.target]).__name__ == \
                    "MultiheadAttention":
                try:
                    self.attention(node, label)
                except NotImportable as e:
                    ins = [a.name for a in node.all_input_nodes
                           if _tensor_shape(a) is not None]
                    self.unsupported(label, what, ins, [node.name], [None], str(e))
                continue
            if shape is None and node.name in self.recorded and \
                    self.opaque_tuple(node, label):
                continue  # (tensor, int): MViT's _unsqueeze, its getitem 0 the tensor
            if shape is None and self.split(node, label):
                continue  # chunk / split: its getitem readers are dataflow.slice ops
            if shape is None:
                meta = node.meta.get("tensor_meta")
                if isinstance(meta, (list, tuple)) and any(hasattr(m, "shape") for m in meta):
                    # several tensors (chunk, split, unbind): no dataflow form; its getitem
                    # readers are then warned about (and cut) in turn
                    ins = [a.name for a in node.all_input_nodes
                           if _tensor_shape(a) is not None]
                    self.unsupported(label, what, ins, [node.name], [None],
                                     "returns several tensors")
                continue  # sizes, shapes, tuples of ints: no work on activations
            ins = [a.name for a in node.all_input_nodes if _tensor_shape(a) is not None]
            try:
                self.convert(node, what, label, shape)
            except NotImportable as e:
                self.unsupported(label, what, ins, [node.name], [shape], str(e))
        return self.finish()

    def ref(self, key):
        """A constant tensor a layer reads as data (ViT's class token expanded over the
        batch and concatenated with the tokens) is an input of the network."""
        if key in self.constants and key not in self.refs:
            shape = self.constant_shapes.get(key)
            if shape is None:
                raise NotImportable(f"input {key!r} is a constant of unknown shape")
            v = self.fresh(key)
            self.net.input_tensor(v, shape)
            self.define(key, v, shape)
        return super().ref(key)

    def _describe(self, node):
        if node.op == "call_module":
            return type(self.modules[node.target]).__name__, str(node.target)
        if node.op == "call_function":
            return getattr(node.target, "__name__", str(node.target)), node.name
        return f".{node.target}()", node.name

    # ---- helpers -----------------------------------------------------------------------------
    def arg(self, node, i, key, default=None):
        if len(node.args) > i:
            return node.args[i]
        return node.kwargs.get(key, default)

    def layer(self, node, label, value, shape, producer=True):
        self.check_shape(label, value, shape)
        self.define(node.name, value, self.net.shape(value), value if producer else None)

    def alias(self, node, src_node, keep_layer=False):
        """The output is the input (a folded or passed-through node). ``keep_layer``: an
        identity (Dropout, Identity, contiguous), after which a constant add/mul is still the
        producing layer's bias/scale; after an activation it is not."""
        r = self.ref(src_node.name)
        self.refs[node.name] = dataclasses.replace(r, layer=r.layer if keep_layer else None)

    # ---- per-node conversion -------------------------------------------------------------------
    def convert(self, node, what, label, shape):
        import torch
        import torch.nn as nn
        import torch.nn.functional as F

        if node.op == "call_module":
            m = self.modules[node.target]
            x = node.args[0]
            if isinstance(m, (nn.Conv1d, nn.Conv2d, nn.Conv3d)):
                return self.conv(node, label, m, x, shape)
            if isinstance(m, (nn.ConvTranspose2d, nn.ConvTranspose3d)):
                src = self.spatial(x.name)
                v = self.net.deconv(self.fresh(label), src, m.out_channels, m.kernel_size,
                                    m.stride, tuple(m.padding) * 2, m.output_padding,
                                    m.dilation, m.groups)
                return self.layer(node, label, v, shape)
            if isinstance(m, nn.Linear):
                if self.channels_last_linear(label, x.name, node.name, m.in_features,
                                             m.out_features, shape):
                    return
                if self.token_linear(label, x.name, node.name, m.in_features,
                                     m.out_features, shape):
                    return
                src = self.fc_source(x.name, m.in_features)
                return self.layer(node, label, self.net.fc(self.fresh(label), src,
                                                           m.out_features), shape)
            if isinstance(m, (nn.MaxPool1d, nn.MaxPool2d, nn.MaxPool3d, nn.AvgPool1d,
                              nn.AvgPool2d, nn.AvgPool3d)):
                kind = "max" if isinstance(m, (nn.MaxPool1d, nn.MaxPool2d, nn.MaxPool3d)) \
                    else "avg"
                if kind == "max" and (m.return_indices or _any_ne(m.dilation, 1)):
                    raise NotImportable("max pool with indices or dilation")
                return self.pool(node, label, x, kind, m.kernel_size, m.stride, m.padding,
                                 m.ceil_mode, shape)
            if isinstance(m, (nn.AdaptiveAvgPool1d, nn.AdaptiveAvgPool2d, nn.AdaptiveAvgPool3d,
                              nn.AdaptiveMaxPool1d, nn.AdaptiveMaxPool2d,
                              nn.AdaptiveMaxPool3d)):
                kind = "avg" if "Avg" in type(m).__name__ else "max"
                return self.adaptive(node, label, x, kind, shape)
            if isinstance(m, (nn.BatchNorm1d, nn.BatchNorm2d, nn.BatchNorm3d, nn.ReLU, nn.ReLU6,
                              nn.LeakyReLU, nn.PReLU, nn.Hardtanh, nn.Hardswish,
                              nn.Hardsigmoid, nn.Sigmoid, nn.Tanh, nn.SiLU, nn.GELU, nn.ELU,
                              nn.Dropout, nn.Dropout2d, nn.Identity, nn.InstanceNorm2d)):
                return self.alias(node, x, isinstance(m, (nn.Dropout, nn.Dropout2d,
                                                          nn.Identity)))
            if isinstance(m, nn.LayerNorm) and self.same_shape_layer(
                    node, label, x, "norm", len(m.normalized_shape)):
                return
            if isinstance(m, nn.Softmax) and m.dim in (-1, len(shape) - 1) and \
                    self.same_shape_layer(node, label, x, "softmax"):
                return
            if isinstance(m, (nn.Flatten, nn.Unflatten, nn.ChannelShuffle)):
                return self.view(x.name, node.name, shape)
            if type(m).__name__ == "StochasticDepth" and not m.training:
                return self.alias(node, x)  # torchvision.ops.StochasticDepth: eval identity
            raise NotImportable("no dataflow layer for this module")

        if node.op == "call_function":
            f = node.target
            if f in (F.relu, F.relu6, F.hardtanh, F.hardswish, F.hardsigmoid, F.gelu, F.silu,
                     F.leaky_relu, F.dropout, torch.relu, torch.sigmoid, torch.tanh,
                     F.batch_norm, torch.sigmoid):
                return self.alias(node, node.args[0])
            if f in (operator.add, operator.iadd, torch.add, operator.mul, operator.imul,
                     torch.mul):
                kind = "mul" if f in (operator.mul, operator.imul, torch.mul) else "add"
                return self.eltwise(node, label, kind, shape)
            if f is F.layer_norm and self.same_shape_layer(
                    node, label, node.args[0], "norm",
                    len(_tuple(self.arg(node, 1, "normalized_shape", ()), 1))):
                return
            if f in (F.softmax, torch.softmax) and \
                    self.arg(node, 1, "dim") in (-1, len(shape) - 1) and \
                    self.same_shape_layer(node, label, node.args[0], "softmax"):
                return
            if f is torch.cat:
                return self.cat(node, label, shape)
            if f in (torch.flatten, torch.reshape, torch.permute, torch.transpose,
                     torch.squeeze, torch.unsqueeze, torch.channel_shuffle):
                return self.view(node.args[0].name, node.name, shape, _perm(node, shape))
            if getattr(f, "__name__", "") == "stochastic_depth" and not self.gm.training:
                return self.alias(node, node.args[0])  # torchvision.ops: identity in eval
            if f in (F.adaptive_avg_pool2d, F.adaptive_max_pool2d):
                return self.adaptive(node, label, node.args[0],
                                     "avg" if f is F.adaptive_avg_pool2d else "max", shape)
            if f in (F.max_pool2d, F.avg_pool2d):
                k = self.arg(node, 1, "kernel_size")
                s = self.arg(node, 2, "stride") or k
                p = self.arg(node, 3, "padding", 0)
                ceil = self.arg(node, 5 if f is F.max_pool2d else 4, "ceil_mode", False)
                return self.pool(node, label, node.args[0],
                                 "max" if f is F.max_pool2d else "avg", k, s, p, ceil, shape)
            if f is F.linear:
                w = node.args[1] if len(node.args) > 1 else node.kwargs["weight"]
                ws = _tensor_shape(w)
                if ws is None or len(ws) != 2:
                    raise NotImportable("linear with a weight that is not a 2-D tensor")
                if self.channels_last_linear(label, node.args[0].name, node.name, ws[1],
                                             ws[0], shape) or self.token_linear(
                        label, node.args[0].name, node.name, ws[1], ws[0], shape):
                    return
                src = self.fc_source(node.args[0].name, ws[1])
                return self.layer(node, label, self.net.fc(self.fresh(label), src, ws[0]),
                                  shape)
            if f in (F.conv2d, F.conv3d, torch.conv2d, torch.conv3d):
                return self.conv_call(node, label, shape)
            if f in (torch.matmul, torch.bmm, operator.matmul):
                return self.matmul(node, label, shape)
            if f is torch.einsum:
                ops = list(node.args[1:])
                if len(ops) == 1 and isinstance(ops[0], (list, tuple)):
                    ops = list(ops[0])
                if len(ops) != 2 or not all(hasattr(o, "name") for o in ops) or \
                        not isinstance(node.args[0], str) or shape is None:
                    raise NotImportable("einsum of other than two tensors")
                return self.einsum_matmul(label, node.args[0], ops[0].name, ops[1].name,
                                          node.name, shape)
            if f is operator.getitem and node.args[1] == 0 and \
                    node.args[0].name in self.attention_outputs:
                self.refs[node.name] = self.ref(node.args[0].name)  # (output, weights)[0]
                return
            if f is operator.getitem and node.args[0].name in self.opaque_tuples and \
                    node.args[1] == self.opaque_tuples[node.args[0].name]:
                self.refs[node.name] = self.ref(node.args[0].name)  # the tuple's tensor
                return
            if f is operator.getitem and node.args[0].name in self.pieces and \
                    isinstance(node.args[1], int):
                if not node.users:
                    return  # a piece unpacked but never read (a, b = x.split(...))
                src, dim, ranges = self.pieces[node.args[0].name]
                offset, size = ranges[node.args[1]]
                if node.args[0].name in self.unbound:
                    self.slice(label, src, f"{node.name}/slice", dim, offset, size)
                    return self.view(f"{node.name}/slice", node.name, shape)
                return self.slice(label, src, node.name, dim, offset, size, shape)
            if f is operator.getitem and self.index_slice(node, label, shape):
                return
            if f is torch.narrow:
                return self.narrow(node, label, shape)
            if f is operator.getitem:
                self.ref(node.args[0].name)  # an unsupported multi-output node: says so
                raise NotImportable("indexing or slicing a tensor")
            if node.name in self.recorded:
                return self.opaque_call(node, label, shape)
            raise NotImportable("no dataflow layer for this function")

        # call_method
        meth = node.target
        if meth in ("relu", "relu_", "sigmoid"):
            return self.alias(node, node.args[0])
        if meth in ("contiguous", "clone", "detach", "float", "to", "type_as"):
            return self.alias(node, node.args[0], keep_layer=True)
        if meth in ("view", "reshape", "flatten", "squeeze", "unsqueeze", "permute",
                    "transpose", "t"):
            return self.view(node.args[0].name, node.name, shape, _perm(node, shape))
        if meth == "softmax" and self.arg(node, 1, "dim") in (-1, len(shape) - 1) and \
                self.same_shape_layer(node, label, node.args[0], "softmax"):
            return  # x.softmax(dim=-1) (MViT's attention) as F.softmax
        if meth in ("add", "add_", "mul", "mul_"):
            return self.eltwise(node, label, meth.rstrip("_"), shape)
        if meth == "narrow":
            return self.narrow(node, label, shape)
        if meth == "mean":
            dims = self.arg(node, 1, "dim")
            src_shape = _tensor_shape(node.args[0])
            if src_shape and len(src_shape) == 4 and dims is not None and \
                    sorted(d % 4 for d in (dims if isinstance(dims, (list, tuple))
                                           else [dims])) == [2, 3]:
                src = self.spatial(node.args[0].name, pool=True)
                hw = src_shape[2:]
                v = self.net.pool(self.fresh(label), src, "avg", hw, hw, pad=0)
                self.check_shape(label, v, src_shape[:2] + (1, 1))
                # keepdim=False: a flat N x C view of the pooled N x C x 1 x 1 value
                self.define(node.name, v, shape)
                return
            raise NotImportable(f"mean over dims {dims}")
        if meth == "matmul":
            return self.matmul(node, label, shape)
        raise NotImportable("no dataflow layer for this method")

    def split(self, node, label):
        """``torch.chunk`` / ``torch.split`` (function or method) of one tensor along one
        dim: the pieces' ranges are recorded (``self.pieces``) and each ``getitem`` reader
        becomes a ``dataflow.slice``. False for any other node."""
        import torch
        name = node.target if isinstance(node.target, str) else \
            getattr(node.target, "__name__", "")
        if not (node.op == "call_method" and name in ("chunk", "split", "tensor_split",
                                                      "unbind") or
                node.op == "call_function" and node.target in (
                    torch.chunk, torch.split, torch.tensor_split, torch.unbind)):
            return False
        meta = node.meta.get("tensor_meta")
        x = node.args[0]
        src_shape = _tensor_shape(x) if hasattr(x, "meta") else None
        if not isinstance(meta, (list, tuple)) or src_shape is None or \
                not all(hasattr(m, "shape") for m in meta) or x.name not in self.refs:
            return False
        unbind = name == "unbind"
        dim = self.arg(node, 1 if unbind else 2, "dim", 0)
        if not isinstance(dim, int) or not -len(src_shape) <= dim < len(src_shape):
            return False
        dim %= len(src_shape)
        ranges, offset = [], 0
        for m in meta:
            size = 1 if unbind else int(m.shape[dim])
            ranges.append((offset, size))
            offset += size
        if offset != src_shape[dim]:
            return False
        self.pieces[node.name] = (x.name, dim, ranges)
        if unbind:  # each piece without the dim (MViT's q, k, v): a slice, then a view
            self.unbound.add(node.name)
        return True

    def narrow(self, node, label, shape):
        """``torch.narrow(x, dim, start, length)``: a ``dataflow.slice``."""
        dim, start = self.arg(node, 1, "dim"), self.arg(node, 2, "start")
        length = self.arg(node, 3, "length")
        if not all(isinstance(v, int) for v in (dim, start, length)):
            raise NotImportable("narrow with non-constant bounds")
        src_shape = _tensor_shape(node.args[0])
        if start < 0 and src_shape is not None:
            start += src_shape[dim]
        self.slice(label, node.args[0].name, node.name, dim, start, length, shape)

    def index_slice(self, node, label, shape):
        """``x[:, a:b]`` (basic slicing of one dim with step 1, every other dim whole): a
        ``dataflow.slice``; ``x[:, i]`` (ViT's class token): a slice of size 1 and a view
        without that dim. False for other indexing (steps, several dims, tensors)."""
        x, idx = node.args[0], node.args[1]
        src_shape = _tensor_shape(x) if hasattr(x, "meta") else None
        if src_shape is None or shape is None or x.name not in self.refs:
            return False
        idx = idx if isinstance(idx, tuple) else (idx,)
        if not idx or len(idx) > len(src_shape) or not all(
                isinstance(i, slice) or type(i) is int for i in idx):
            return False
        cut = [(d, i) for d, i in enumerate(idx) if i != slice(None)]
        if len(cut) != 1:
            return False
        d, i = cut[0]
        if type(i) is int:
            if not -src_shape[d] <= i < src_shape[d] or \
                    tuple(shape) != tuple(src_shape[:d]) + tuple(src_shape[d + 1:]):
                return False
            key = f"{node.name}/slice"
            self.slice(label, x.name, key, d, i % src_shape[d], 1)
            self.view(key, node.name, shape)
            return True
        if len(shape) != len(src_shape) or not all(
                v is None or isinstance(v, int) for v in (i.start, i.stop, i.step)):
            return False
        start, stop, step = i.indices(src_shape[d])
        if step != 1 or stop - start != shape[d]:
            return False
        self.slice(label, x.name, node.name, d, start, stop - start, shape)
        return True

    def conv(self, node, label, m, x, shape):
        src = self.spatial(x.name)
        if isinstance(m.padding, str):
            pad = None if m.padding == "same" else 0
            if pad is None:
                out = self.net.shape(src)[2:]
                v = self.net.conv(self.fresh(label), src, m.out_channels, m.kernel_size,
                                  m.stride, None, m.dilation, m.groups, out_size=out)
                return self.layer(node, label, v, shape)
        else:
            pad = tuple(m.padding) * 2
        if m.padding_mode != "zeros":
            pass  # the padded values do not change the work
        v = self.net.conv(self.fresh(label), src, m.out_channels, m.kernel_size, m.stride,
                          pad, m.dilation, m.groups)
        self.layer(node, label, v, shape)

    def conv_call(self, node, label, shape):
        """``F.conv2d/conv3d(x, weight, bias, stride, padding, dilation, groups)`` (what fx
        leaves of torchvision's video models): the weight's shape gives the output channels
        and kernel, ``padding`` may be ``"same"`` / ``"valid"``."""
        w = self.arg(node, 1, "weight")
        ws = _tensor_shape(w) if hasattr(w, "meta") else None
        if ws is None or len(ws) < 4:
            raise NotImportable("convolution whose weight is not a 4-D / 5-D tensor")
        src = self.spatial(node.args[0].name)
        n = len(ws) - 2
        stride = self.arg(node, 3, "stride", 1)
        padding = self.arg(node, 4, "padding", 0)
        dilation = self.arg(node, 5, "dilation", 1)
        groups = self.arg(node, 6, "groups", 1)
        if padding == "same":
            v = self.net.conv(self.fresh(label), src, ws[0], ws[2:], stride, None, dilation,
                              groups, out_size=self.net.shape(src)[2:])
        else:
            pad = 0 if padding == "valid" else padding
            v = self.net.conv(self.fresh(label), src, ws[0], ws[2:], stride,
                              _tuple(pad, n) * 2, dilation, groups)
        self.layer(node, label, v, shape)

    def pool(self, node, label, x, kind, k, s, p, ceil, shape):
        src = self.spatial(x.name, pool=True)
        xs = self.net.shape(src)
        n = len(xs) - 2
        k = _tuple(k, n)
        s = _tuple(s if s is not None else k, n)
        pads = _tuple(p, n) * 2
        if ceil:
            pads = window_pads_ceil(xs[2:], k, s, pads)
        v = self.net.pool(self.fresh(label), src, kind, k, s, pad=pads)
        self.layer(node, label, v, shape, producer=False)

    def adaptive(self, node, label, x, kind, shape):
        src = self.spatial(x.name, pool=True)
        xs = self.net.shape(src)
        outs = shape[2:]
        window, stride, uneven = [], [], []
        if any(i < o for i, o in zip(xs[2:], outs)):
            raise NotImportable(f"adaptive pool from {tuple(xs[2:])} up to {tuple(outs)}: it "
                                "repeats inputs (upsamples), which no dataflow pool does")
        for i, o in zip(xs[2:], outs):
            if i % o == 0:
                window.append(i // o)
                stride.append(i // o)
            else:
                # PyTorch's windows are [floor(j*i/o), ceil((j+1)*i/o)): sizes vary; the
                # nearest uniform pool has stride floor(i/o) and the largest window.
                st = i // o
                window.append(i - (o - 1) * st)
                stride.append(st)
                uneven.append((i, o))
        v = self.net.pool(self.fresh(label), src, kind, tuple(window), tuple(stride), pad=0)
        if uneven:
            self.warn(f"torch.fx node {label!r} (adaptive pool): input/output sizes "
                      f"{uneven} do not divide; approximated by a uniform pool with window "
                      f"{window} and stride {stride} (same output size, "
                      f"slightly more work)")
        self.layer(node, label, v, shape, producer=False)

    def eltwise(self, node, label, kind, shape):
        import torch.fx as fx
        args = list(node.args[:2])
        # parameters and buffers (get_attr: a layer scale, a learned bias) are constants
        acts = [a for a in args if isinstance(a, fx.Node) and _tensor_shape(a) is not None
                and a.name not in self.constants]
        if len(acts) == 1:
            r = self.ref(acts[0].name)
            if r.shape != tuple(shape):
                raise NotImportable(f"constant broadcasts {r.shape} to {tuple(shape)}")
            if r.layer is not None and self.readers.get(acts[0].name, 0) == 1:
                self.refs[node.name] = dataclasses.replace(r)  # bias / scale
                return
            return self.eltwise_layer(label, kind, [acts[0].name], node.name, shape)
        if len(acts) != 2:
            raise NotImportable("element-wise op without tensor operands")
        shapes = [self.ref(a.name).shape for a in acts]
        if len(set(shapes)) != 1 and self.broadcast_eltwise(
                label, getattr(node.target, "__name__", str(node.target)), kind,
                [a.name for a in acts], node.name, shape):
            return
        if len(set(shapes)) != 1:
            raise NotImportable(f"broadcasting element-wise op (input shapes {shapes})")
        self.eltwise_layer(label, kind, [a.name for a in acts], node.name, shape)

    def cat(self, node, label, shape):
        tensors = self.arg(node, 0, "tensors")
        dim = self.arg(node, 1, "dim", 0)
        if not isinstance(dim, int):
            raise NotImportable(f"cat on dim {dim!r}")
        self.concat_layer(label, [t.name for t in tensors], node.name, dim, shape)

    def opaque_tuple(self, node, label):
        """A function torch.fx keeps opaque that returns one tensor among other values
        (MViT's ``_unsqueeze``: the tensor and its former rank) is imported below its
        boundary like one returning the tensor (:meth:`opaque_call`); a ``getitem`` of that
        tensor reads it, the other items are not tensors (no work). False when the result
        is not such a tuple."""
        import torch
        result = node.meta.get("_opaque_result")
        if not isinstance(result, (tuple, list)):
            return False
        idx = [i for i, x in enumerate(result) if isinstance(x, torch.Tensor)]
        if len(idx) != 1:
            return False
        self.opaque_tuples[node.name] = idx[0]
        what = self._describe(node)[0]
        try:
            self.opaque_call(node, label, tuple(result[idx[0]].shape),
                             returned=result[idx[0]])
        except NotImportable as e:
            ins = [a.name for a in node.all_input_nodes if _tensor_shape(a) is not None]
            self.unsupported(label, what, ins, [node.name], [tuple(result[idx[0]].shape)],
                             str(e))
        return True

    def opaque_call(self, node, label, shape, returned=None):
        """A function torch.fx keeps opaque, imported below its boundary from the torch calls
        it made while ShapeProp ran it (in order, tensors followed by identity): ``linear``
        is an ``fc`` of the tokens, ``matmul``/``bmm``/``@`` a batched ``matmul``, ``softmax``
        over the last dim a ``softmax``, an add/mul of two data tensors of one shape an
        ``eltwise``; any other call on data that keeps the element count (view, permute,
        roll, scaling, adding a bias or mask, dropout) is a view; one that changes it
        (padding, cropping, slicing q, k and v out of one projection) is a cut: its output
        becomes a network input, warned as any unsupported node. Tensors made without the
        input's data (masks, position biases) are constants. MACs of calls left out stay
        counted against the model."""
        import torch
        calls = self.recorded[node.name]
        env = {}  # id(tensor) -> importer key
        alive = []
        for a in node.args:
            if hasattr(a, "name") and a.name in self.refs and a.name not in self.constants:
                t = a.meta.get("_opaque_value")
                if t is not None:
                    env[id(t)] = a.name
        if not env:
            raise NotImportable("no dataflow layer for this function (its tensor input was "
                                "not recorded)")
        storages = {}  # data pointer -> key of the first data tensor on that storage
        for a in node.args:
            if hasattr(a, "name") and a.name in env.values():
                storages.setdefault(_storage(a.meta["_opaque_value"]), a.name)
        accounted = 0  # MACs imported or left out by a call's own entry
        left = []
        for i, (func, args, kwargs, result) in enumerate(calls):
            fname = getattr(func, "__name__", str(func))
            flat = list(args) + list(kwargs.values())
            for x in flat:
                # a tensor indexed out of a data tensor without a torch call (qkv[0]): a
                # slice of it, so a cut
                if isinstance(x, torch.Tensor) and id(x) not in env and \
                        _storage(x) in storages and x.dim() >= 2:
                    src = storages[_storage(x)]
                    cut = f"{label}/slice{len(alive)}"
                    self.unsupported(f"{label}.slice#{len(alive)}", "slice", [src], [cut],
                                     [tuple(x.shape)], "a slice of another tensor")
                    env[id(x)] = cut
                    alive.append(x)
            data = [x for x in flat if isinstance(x, torch.Tensor) and id(x) in env]
            outs = result if isinstance(result, (tuple, list)) else [result]
            outs = [o for o in outs if isinstance(o, torch.Tensor)]
            macs = _macs_of_call(func, args, kwargs, result)
            if fname.startswith("new_") or fname.endswith("_like"):
                data = []  # made from the input's shape, not its data: a constant
            if not data or not outs:
                if macs:
                    left.append((fname, macs))
                continue
            key = f"{label}/{i}"
            out = outs[0]
            oshape = tuple(out.shape)
            try:
                if fname == "linear" and len(oshape) >= 2:
                    w = args[1] if len(args) > 1 else kwargs["weight"]
                    src = env[id(data[0])]
                    if not self.token_linear(f"{label}.{fname}", src, key, w.shape[1],
                                             w.shape[0], oshape):
                        v = self.net.fc(self.fresh(f"{label}.{fname}"),
                                        self.fc_source(src, w.shape[1]), w.shape[0])
                        self.define(key, v, oshape, v)
                elif fname in ("matmul", "__matmul__", "bmm") and len(data) == 2:
                    self.batched_matmul(f"{label}.{fname}", env[id(args[0])],
                                        env[id(args[1])], key, oshape)
                elif fname in ("matmul", "__matmul__", "bmm", "einsum") and \
                        _product_operands(fname, args) is not None and \
                        any(id(t) in env for t in _product_operands(fname, args)):
                    # a product of two tensors (einsum: a two-operand contraction); one
                    # computed from parameters alone (MViT-V2's relative-position tables)
                    # is a network input, as a constant a layer reads as data
                    keys = []
                    for n_op, t in enumerate(_product_operands(fname, args)):
                        if id(t) in env:
                            keys.append(env[id(t)])
                            continue
                        ckey = f"{label}/table{i}.{n_op}"
                        v = self.fresh(f"{label}.{fname}_table")
                        self.net.input_tensor(v, tuple(t.shape))
                        self.define(ckey, v, tuple(t.shape))
                        keys.append(ckey)
                    if fname == "einsum":
                        self.einsum_matmul(f"{label}.einsum", args[0], keys[0], keys[1], key,
                                           oshape)
                    else:
                        self.batched_matmul(f"{label}.{fname}", keys[0], keys[1], key, oshape)
                elif fname == "softmax" and len(oshape) >= 2:
                    v = self.net.softmax(self.fresh(f"{label}.softmax"),
                                         self.materialize(env[id(data[0])], oshape))
                    self.define(key, v, oshape)
                elif fname in ("add", "__add__", "mul", "__mul__") and len(data) == 2 and \
                        tuple(data[0].shape) == tuple(data[1].shape) == oshape:
                    self.eltwise_layer(f"{label}.{fname.strip('_')}",
                                       fname.strip("_"), [env[id(x)] for x in data], key,
                                       oshape)
                elif math.prod(oshape) == math.prod(data[0].shape) and len(oshape) >= 1:
                    r = self.ref(env[id(data[0])])
                    self.refs[key] = dataclasses.replace(r, shape=oshape, layer=None,
                                                         perm=None)
                    if macs:
                        left.append((fname, macs))
                        macs = 0
                else:
                    raise NotImportable(f"{fname} changes the element count "
                                        f"({tuple(data[0].shape)} -> {oshape})")
            except NotImportable as e:
                ins = [env[id(x)] for x in data]
                self.node_macs[f"{label}.{fname}#{i}"] = macs
                self.unsupported(f"{label}.{fname}#{i}", fname, ins, [key], [oshape], str(e))
                self.node_macs.pop(f"{label}.{fname}#{i}")
            accounted += macs
            env[id(out)] = key
            storages.setdefault(_storage(out), key)
            alive.append(out)
        final = env.get(id(node.meta.get("_opaque_result") if returned is None else returned))
        if final is None:
            raise NotImportable("no dataflow layer for this function (its result was not "
                                "computed from its input)")
        # what the calls left out stays against the model, under this node's name
        total = self.node_macs.get(label, 0)
        if total - accounted > 0:
            self.left_out.append((label, getattr(node.target, "__name__", "call"),
                                  total - accounted, "part of it not imported: " + ", ".join(
                                      f"{f} ({m} MACs)" for f, m in left) if left else
                                  "part of it not imported"))
        self.refs[node.name] = dataclasses.replace(self.ref(final), layer=None)

    def same_shape_layer(self, node, label, x, op, norm_dims=1):
        """A layer norm (``op`` "norm") or softmax over the last dim of a tensor that is
        its value (not a view of another layout, where the last dim would be another): a
        ``dataflow.norm layer_norm`` / ``dataflow.softmax``. A layer norm over the last dim
        (``norm_dims`` 1) of a permuted view (ConvNeXt's channels-first LayerNorm: the
        channels of ``N x C x H x W`` permuted last) normalises the channels: a
        ``dataflow.norm layer_norm`` of the ``N x H x W x C`` view, viewed back, so the
        result is the same permuted view. False otherwise (the caller passes it through
        with a warning, as before)."""
        return self.last_dim_layer(label, x.name, node.name, op, permuted=norm_dims == 1)

    def attention(self, node, label):
        """``nn.MultiheadAttention`` on one sequence (self-attention, ViT's encoder): the
        q, k and v projections and the output projection are ``fc`` layers over the tokens,
        the heads are views, QK^T and AV batched ``matmul`` layers over the heads with a
        ``softmax`` between them: the work of PyTorch's ``multi_head_attention_forward``."""
        m = self.modules[node.target]
        q, k, v = (self.arg(node, i, key) for i, key in enumerate(("query", "key", "value")))
        if not (q is k is v) or self.arg(node, 4, "need_weights", True) and \
                len(node.users) and any(u.args[1] != 0 for u in node.users
                                        if u.target is operator.getitem):
            raise NotImportable("only self-attention (query, key and value one tensor) whose "
                                "attention weights are not read")
        if self.arg(node, 5, "attn_mask") is not None or \
                self.arg(node, 3, "key_padding_mask") is not None or \
                not m._qkv_same_embed_dim or m.bias_k is not None:
            raise NotImportable("attention with a mask, added k/v biases or distinct k/v sizes")
        xs = _tensor_shape(q)
        if xs is None or len(xs) != 3:
            raise NotImportable("attention input is not a 3-D sequence")
        n, seq = (xs[0], xs[1]) if m.batch_first else (xs[1], xs[0])
        e, h = m.embed_dim, m.num_heads
        d = e // h
        r = self.ref(q.name)
        # token rows: batch-major (N, L) when batch_first, else (L, N); the rows' order
        # does not change the work, so both are read as N*L x E
        x = self.materialize(q.name, (n * seq, e))
        proj = [self.net.fc(self.fresh(f"{label}.{p}_proj"), x, e) for p in "qkv"]
        qh = self.net.view(self.fresh(f"{label}.q_heads"), proj[0], (n * h, seq, d))
        kt = self.net.view(self.fresh(f"{label}.k_heads_t"), proj[1], (n * h, d, seq))
        vh = self.net.view(self.fresh(f"{label}.v_heads"), proj[2], (n * h, seq, d))
        scores = self.net.matmul(self.fresh(f"{label}.qk"), qh, kt)
        probs = self.net.softmax(self.fresh(f"{label}.softmax"), scores)
        ctx = self.net.matmul(self.fresh(f"{label}.av"), probs, vh)
        joined = self.net.view(self.fresh(f"{label}.heads_joined"), ctx, (n * seq, e))
        out = self.net.fc(self.fresh(f"{label}.out_proj"), joined, e)
        self.refs[node.name] = dataclasses.replace(r, value=out, shape=tuple(xs), layer=out,
                                                   perm=None)
        self.attention_outputs.add(node.name)

    def matmul(self, node, label, shape):
        a, b = node.args[0], node.args[1]
        self.batched_matmul(label, a.name, b.name, node.name, shape)


class NotTraceable(ValueError):
    """``torch.fx.symbolic_trace`` failed (data-dependent Python control flow...)."""


def _perm(node, shape):
    """The permutation of a permute/transpose node (``None`` for other view ops)."""
    import torch
    rank = len(shape)
    name = node.target if isinstance(node.target, str) else getattr(node.target, "__name__", "")
    if node.target is torch.permute or name == "permute":
        dims = node.args[1:] if node.target == "permute" else (
            node.args[1] if len(node.args) > 1 else node.kwargs.get("dims"))
        if node.target == "permute" and len(dims) == 1 and isinstance(dims[0], (list, tuple)):
            dims = dims[0]
        return tuple(int(d) % rank for d in dims)
    if node.target is torch.transpose or name in ("transpose", "t"):
        d0, d1 = (0, 1) if name == "t" else (int(node.args[1]) % rank, int(node.args[2]) % rank)
        p = list(range(rank))
        p[d0], p[d1] = p[d1], p[d0]
        return tuple(p)
    return None


def _storage(t):
    if t.device.type == "meta":  # no data pointer (0): the storage object's own address
        return t.untyped_storage()._cdata if hasattr(t, "untyped_storage") \
            else t.storage()._cdata
    return t.untyped_storage().data_ptr() if hasattr(t, "untyped_storage") \
        else t.storage().data_ptr()


def _tuple(v, n):
    return tuple(v) if isinstance(v, (list, tuple)) else (v,) * n


def _any_ne(v, x):
    return any(e != x for e in _tuple(v, 1))


@contextlib.contextmanager
def _unpack_by_offset():
    """While tracing: ``a, b, c, d = x.size()`` unpacks a proxy into as many proxies as the
    calling instruction unpacks. torch 1.13's ``Proxy.__iter__`` finds that instruction at
    index ``f_lasti // 2``, which is wrong from Python 3.11 on (cache entries are hidden from
    ``dis``), so every model that unpacks a shape (ShuffleNetV2's channel shuffle, ViT,
    MaxViT) failed to trace; here it is found by its offset."""
    import dis
    import inspect

    from torch.fx.proxy import Proxy
    original = Proxy.__iter__

    def __iter__(self):  # noqa: N807
        caller = inspect.currentframe().f_back
        inst = next((i for i in dis.get_instructions(caller.f_code)
                     if i.offset == caller.f_lasti), None)
        if inst is not None and inst.opname == "UNPACK_SEQUENCE":
            return (self[i] for i in range(inst.argval))
        return self.tracer.iter(self)

    Proxy.__iter__ = __iter__
    try:
        yield
    finally:
        Proxy.__iter__ = original


def _propagate_on_meta(gm, shape):
    """Shapes and MACs without arithmetic: ShapeProp (the MAC counter) runs ``gm`` on a
    ``meta`` input with its parameters and buffers swapped for ``meta`` tensors of the same
    shapes (the module itself is not changed). Returns the counter, or None when some op
    of the model has no meta kernel in this torch or mixes in real tensors (the caller then
    runs it on real zeros, as before: the shapes, and so the MACs, are the same)."""
    import io

    import torch
    from torch.nn.utils import stateless
    try:
        swapped = {k: torch.empty_like(v, device="meta")
                   for k, v in list(gm.named_parameters()) + list(gm.named_buffers())}
        counter = _MacCounter(gm)
        counter.meta = True
        # ShapeProp prints the traceback of a failing node before it raises: not ours to show
        with torch.no_grad(), stateless._reparametrize_module(gm, swapped), \
                contextlib.redirect_stderr(io.StringIO()):
            counter.propagate(torch.zeros(shape, device="meta"))
        return counter
    except Exception:  # no meta kernel, a data-dependent op, a real tensor mixed in
        for node in gm.graph.nodes:  # no half-propagated shapes stay behind
            for key in ("tensor_meta", "_opaque_value", "_opaque_result"):
                node.meta.pop(key, None)
        return None


def _meta_kwargs(func, args, kwargs):
    """What a call needs to run on meta tensors in torch 1.13: ``repeat_interleave`` by an
    int (MViT's position embedding) has no meta kernel unless given its output size, which
    is the input's size along ``dim`` (all its elements without one) times the repeats."""
    import torch
    if func is torch.repeat_interleave or getattr(func, "__name__", "") == "repeat_interleave":
        x = args[0] if args else kwargs.get("input")
        repeats = args[1] if len(args) > 1 else kwargs.get("repeats")
        dim = args[2] if len(args) > 2 else kwargs.get("dim")
        if isinstance(x, torch.Tensor) and type(repeats) is int and \
                kwargs.get("output_size") is None:
            n = x.numel() if dim is None else x.shape[dim]
            return {**kwargs, "output_size": n * repeats}
    return kwargs


def _pool_on_zeros(func, args, kwargs):
    """A pool with no meta kernel in torch 1.13 (``max_pool3d``: MViT's skip pools) runs on
    zeros of its meta inputs' shapes; its output shape depends on shapes only, so the meta
    result is exact."""
    import torch

    def real(x):
        return torch.zeros(x.shape, dtype=x.dtype) if isinstance(x, torch.Tensor) and \
            x.device.type == "meta" else x

    def meta(x):
        return torch.empty_like(x, device="meta") if isinstance(x, torch.Tensor) else x
    out = func(*[real(a) for a in args], **{k: real(v) for k, v in kwargs.items()})
    return type(out)(meta(o) for o in out) if isinstance(out, tuple) else meta(out)


def from_torch(module, input_shape: Sequence[int], name: Optional[str] = None,
               dtype: str = "i16", meta: bool = True):
    """Import an ``nn.Module`` (or a ``torch.fx.GraphModule``) taking one input of
    ``input_shape`` (the first dim is the batch). Unsupported modules/functions give an
    :class:`~dataflow_opt.importers.UnsupportedNodeWarning` (also in
    ``net.import_warnings``). Shapes come from running the traced model on ``meta``
    tensors (no arithmetic: seconds for the largest torchvision models); ``meta=False``,
    or a model with an op that has no meta kernel, runs it once on zeros instead."""
    import torch
    import torch.fx as fx

    shape = tuple(int(d) for d in input_shape)
    if len(shape) < 2 or any(d < 1 for d in shape):
        raise ValueError(f"input_shape must be N x C [x ...] positive ints, got {input_shape!r}")
    was_training = module.training
    module.eval()
    try:
        try:
            with _unpack_by_offset():
                gm = module if isinstance(module, fx.GraphModule) else fx.symbolic_trace(module)
        except Exception as e:  # fx.proxy.TraceError, TypeError from data-dependent code...
            raise NotTraceable(f"torch.fx cannot trace {type(module).__name__} "
                               f"({type(e).__name__}: {str(e).splitlines()[0]}); export it "
                               "with torch.onnx.export and use from_onnx") from e
        counter = _propagate_on_meta(gm, shape) if meta else None
        if counter is None:
            counter = _MacCounter(gm)
            with torch.no_grad():
                try:
                    counter.propagate(torch.zeros(shape))
                except Exception as e:
                    raise ValueError(f"{type(module).__name__} does not run on an input of "
                                     f"shape {shape}: {type(e).__name__}: {e}") from e
    finally:
        module.train(was_training)
    importer = _FxImporter(gm, name or type(module).__name__.lower(), shape[0], dtype)
    importer.node_macs = counter.node_macs
    importer.recorded = counter.recorded
    return importer.run()


def count_macs(module, input_shape: Sequence[int]) -> int:
    """The MACs of one run of ``module`` on zeros of ``input_shape`` (eval, no gradients),
    counted from its top-level torch calls as :func:`from_torch` counts them; no tracing."""
    import torch

    class Total:
        label = "model"
        recording = None
        meta = False
        node_macs: Dict[str, int] = {}

    total = Total()
    total.node_macs = {}
    was_training = module.training
    module.eval()
    try:
        with torch.no_grad(), _mac_counter_class().Mode(total):
            module(torch.zeros(tuple(input_shape)))
    finally:
        module.train(was_training)
    return total.node_macs.get("model", 0)


def _product_operands(fname, args):
    """The two tensor operands of a recorded ``matmul``/``bmm``/``@`` or two-operand
    ``einsum`` call (each of rank 2 or more), else None."""
    import torch
    ops = list(args[1:]) if fname == "einsum" else list(args[:2])
    if fname == "einsum" and len(ops) == 1 and isinstance(ops[0], (list, tuple)):
        ops = list(ops[0])
    if fname == "einsum" and not (args and isinstance(args[0], str)):
        return None
    if len(ops) != 2 or not all(isinstance(t, torch.Tensor) and t.dim() >= 2 for t in ops):
        return None
    return ops


def _macs_of_call(func, args, kwargs, result) -> int:
    """The MACs of one torch function call (0 for calls without multiply-accumulates): each
    output of a convolution / linear layer / matmul takes kernel x input-channel / K MACs,
    each input of a transposed convolution feeds kernel x output-channel outputs, multi-head
    attention takes its q, k, v and output projections and its two products."""
    import torch
    import torch.nn.functional as F

    def shape(x):
        return tuple(x.shape) if isinstance(x, torch.Tensor) else None
    arg = lambda i, key: args[i] if len(args) > i else kwargs.get(key)  # noqa: E731
    out = result[0] if isinstance(result, (tuple, list)) and result else result
    out = shape(out)
    if out is None:
        return 0
    name = getattr(func, "__name__", "")
    if name in ("conv1d", "conv2d", "conv3d"):
        w = shape(arg(1, "weight"))
        return conv_macs(out, w) if w else 0
    if name in ("conv_transpose1d", "conv_transpose2d", "conv_transpose3d"):
        x, w = shape(arg(0, "input")), shape(arg(1, "weight"))
        return deconv_macs(x, w) if x and w else 0
    if name == "linear":
        w = shape(arg(1, "weight"))
        return matmul_macs(out, w[-1]) if w else 0
    if name in ("matmul", "__matmul__", "__rmatmul__", "bmm", "mm"):
        a = shape(arg(1 if name == "__rmatmul__" else 0, "input"))
        return matmul_macs(out, a[-1]) if a else 0
    if name in ("addmm", "baddbmm", "addbmm"):
        a = shape(arg(1, "mat1" if name == "addmm" else "batch1"))
        return matmul_macs(out, a[-1]) if a else 0
    if name in ("multi_head_attention_forward", "_native_multi_head_attention"):
        q, k = shape(arg(0, "query")), shape(arg(1, "key"))
        if not q or not k or len(q) != 3:
            return 0
        e = q[-1]
        # (L, N, E) for multi_head_attention_forward, (N, L, E) for the fused fast path
        (l_, n), s_ = ((q[0], q[1]), k[0]) if name[0] == "m" else ((q[1], q[0]), k[1])
        return n * (2 * l_ * e * e + 2 * s_ * e * e + 2 * l_ * s_ * e)
    if name == "einsum":  # two operands (MaxViT's attention, MViT-V2's position terms)
        ops = list(args[1:])
        if len(ops) == 1 and isinstance(ops[0], (list, tuple)):
            ops = list(ops[0])
        if isinstance(arg(0, "equation"), str) and len(ops) == 2 and \
                all(isinstance(o, torch.Tensor) for o in ops):
            return einsum_macs(arg(0, "equation"), tuple(ops[0].shape), tuple(ops[1].shape))
        return 0
    if name == "scaled_dot_product_attention":
        q, k, v = shape(arg(0, "query")), shape(arg(1, "key")), shape(arg(2, "value"))
        return math.prod(q[:-1]) * k[-2] * (q[-1] + v[-1]) if q and k and v else 0
    return 0


def _mac_counter_class():
    from torch.fx.passes.shape_prop import ShapeProp
    from torch.overrides import TorchFunctionMode

    class Mode(TorchFunctionMode):
        """Sees every top-level torch function call while the model runs (also inside
        modules torch.fx keeps opaque and functions it wraps) and adds its MACs to the fx
        node running it."""

        def __init__(self, counter):
            super().__init__()
            self.counter = counter

        def __torch_function__(self, func, types, args=(), kwargs=None):
            kwargs = kwargs or {}
            if self.counter.meta:
                kwargs = _meta_kwargs(func, args, kwargs)
            try:
                result = func(*args, **kwargs)
            except NotImplementedError:
                if not self.counter.meta or "pool" not in getattr(func, "__name__", ""):
                    raise
                result = _pool_on_zeros(func, args, kwargs)
            if self.counter.recording is not None:
                self.counter.recording.append((func, args, kwargs, result))
            label = self.counter.label
            if label is not None:
                macs = _macs_of_call(func, args, kwargs, result)
                if macs:
                    self.counter.node_macs[label] = self.counter.node_macs.get(label, 0) + macs
            return result

    class Counter(ShapeProp):
        """ShapeProp that also counts each fx node's MACs (``node_macs``, keyed by the
        label the importer gives the node: the module path of a module call, else the
        node name)."""

        def __init__(self, gm):
            super().__init__(gm)
            self.node_macs: Dict[str, int] = {}
            self.label = None
            self.recording = None
            self.recorded: Dict[str, list] = {}
            self.meta = False  # running on meta tensors (_propagate_on_meta)

        def run_node(self, n):
            self.label = str(n.target) if n.op == "call_module" else n.name
            # a function torch.fx keeps opaque (wrapped: Swin's shifted_window_attention):
            # its torch calls are recorded, for the importer to import below its boundary
            mod = getattr(n.target, "__module__", None) or "torch"
            opaque = n.op == "call_function" and not (
                mod == "torch" or mod.startswith(("torch.", "torch._")) or
                mod in ("_operator", "operator", "math", "builtins"))
            self.recording = [] if opaque else None
            try:
                result = super().run_node(n)
                if opaque:
                    for a in n.all_input_nodes:
                        a.meta["_opaque_value"] = self.env.get(a)
                    n.meta["_opaque_result"] = result
                return result
            finally:
                if opaque:
                    self.recorded[n.name] = self.recording
                self.label = None
                self.recording = None

        def propagate(self, *args):
            with Mode(self):
                return super().propagate(*args)

    Counter.Mode = Mode
    return Counter


def _MacCounter(gm):  # noqa: N802 (a class built on first use: torch is imported lazily)
    return _mac_counter_class()(gm)




def torchvision_model(model: str, batch: int = 1, image_size: int = 224,
                      dtype: str = "i16", via: str = "auto"):
    """A torchvision classification model (``resnet18``, ``mobilenet_v2``, ...) built without
    weights (nothing is downloaded) and imported with :func:`from_torch` (``via="fx"``), or
    exported with ``torch.onnx.export`` and imported with ``from_onnx`` (``via="onnx"``).
    ``"auto"``: fx, and ONNX (with an :class:`UnsupportedNodeWarning` saying so) for models
    torch.fx cannot trace, such as ShuffleNetV2."""
    if via not in ("auto", "fx", "onnx"):
        raise ValueError(f"via must be auto, fx or onnx, got {via!r}")
    import torchvision
    ctor = getattr(torchvision.models, model, None)
    if ctor is None or not callable(ctor) or model.startswith("_") or model[0].isupper():
        known = sorted(n for n in dir(torchvision.models) if n[0].islower()
                       and not n.startswith("_") and callable(getattr(torchvision.models, n))
                       and n not in ("get_model", "get_weight", "list_models",
                                     "get_model_weights", "get_model_builder"))
        raise ValueError(f"unknown torchvision model {model!r}; known: {', '.join(known)}")
    m = ctor(weights=None)
    shape = (batch, 3, image_size, image_size)
    if via != "onnx":
        try:
            return from_torch(m, shape, name=model, dtype=dtype)
        except NotTraceable as e:
            if via == "fx":
                raise
            reason = str(e)
    else:
        reason = None
    import io
    import warnings

    import torch

    from .common import UnsupportedNodeWarning
    from .onnx_import import from_onnx
    buf = io.BytesIO()
    try:
        # opset 17: LayerNormalization as one node; autograd on: torch 1.13's fused
        # attention and encoder kernels (taken under no_grad) have no ONNX form
        with torch.enable_grad():
            torch.onnx.export(m.eval(), torch.zeros(shape), buf, opset_version=17)
    except Exception as e:
        first = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise ValueError(f"{model}: " + (f"{reason.split('; export')[0]}, and " if reason
                                         else "") + f"torch.onnx.export fails "
                         f"({type(e).__name__}: {first})") from e
    net = from_onnx(buf.getvalue(), batch=batch, name=model, dtype=dtype)
    # The model's MACs from PyTorch itself: ONNX shape inference loses shapes in graphs such
    # as Swin's window partition, and a MatMul without shapes would count 0.
    net.coverage["model_macs"] = max(net.coverage["model_macs"], count_macs(m, shape))
    if reason:
        text = f"{model}: {reason.split('; export')[0]}; imported through ONNX instead"
        warnings.warn(text, UnsupportedNodeWarning, stacklevel=2)
        net.import_warnings.insert(0, text)
    return net
