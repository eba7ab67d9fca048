//===- LayerOpInterface.h - what every layer op answers ---------*- C++ -*-===//

#ifndef DATAFLOW_IR_LAYEROPINTERFACE_H
#define DATAFLOW_IR_LAYEROPINTERFACE_H

#include "mlir/IR/OpDefinition.h"
#include "llvm/ADT/SmallVector.h"

#include <cstdint>
#include <optional>

#include "Dataflow/IR/LayerOpInterface.h.inc"

namespace dataflow {

/// The compute layers nested in `root` (a function, or any op), in program order: the one
/// definition of "the layers of a network" that every pass, the report and the tools use.
llvm::SmallVector<LayerOpInterface> computeLayersOf(mlir::Operation *root);

/// Whether `op` is a compute layer (a layer op other than concat).
bool isComputeLayer(mlir::Operation *op);

/// The name a layer goes by in diagnostics and reports: its `name` attribute, else its
/// location's name, else `<mnemonic>@<line>`.
std::string layerName(mlir::Operation *op);

} // namespace dataflow

#endif // DATAFLOW_IR_LAYEROPINTERFACE_H
