"""dataflow-opt's pure-Python front end: builds DNNs and accelerators and emits the
``dataflow`` MLIR dialect's textual syntax (docs/ir-reference.md); imports ONNX and PyTorch
models (:mod:`dataflow_opt.importers`); runs the dataflow-opt binary (:func:`schedule`) and
plots its report (:mod:`dataflow_opt.plots`)."""

from .accelerator import Accelerator, Energy, PRESETS, preset
from .builder import Network
from .importers import UnsupportedNodeWarning, from_onnx, from_torch, torchvision_model
from .run import DataflowOptError, find_dataflow_opt, schedule

__all__ = ["Network", "Accelerator", "Energy", "PRESETS", "preset", "schedule",
           "find_dataflow_opt", "DataflowOptError", "from_onnx", "from_torch",
           "torchvision_model", "UnsupportedNodeWarning"]
