"""Front ends that turn models from other frameworks into :class:`~dataflow_opt.Network`:
:func:`from_onnx` (python3-onnx) and :func:`from_torch` / :func:`torchvision_model`
(python3-torch, torch.fx). Each framework is imported only when its importer is called."""

from .common import UnsupportedNodeWarning


def from_onnx(*args, **kwargs):
    from .onnx_import import from_onnx as f
    return f(*args, **kwargs)


def from_torch(*args, **kwargs):
    from .torch_import import from_torch as f
    return f(*args, **kwargs)


def torchvision_model(*args, **kwargs):
    from .torch_import import torchvision_model as f
    return f(*args, **kwargs)


for _f, _m in ((from_onnx, "onnx_import"), (from_torch, "torch_import"),
               (torchvision_model, "torch_import")):
    _f.__doc__ = f"See :func:`dataflow_opt.importers.{_m}.{_f.__name__}`."

__all__ = ["from_onnx", "from_torch", "torchvision_model", "UnsupportedNodeWarning"]
