"""dataflow-opt's pure-Python front end: builds DNNs and accelerators and emits the
``dataflow`` MLIR dialect's textual syntax (docs/ir-reference.md)."""

from .accelerator import Accelerator, Energy, PRESETS, preset
from .builder import Network

__all__ = ["Network", "Accelerator", "Energy", "PRESETS", "preset"]
