//===- BoundNetworks.h - the networks of a module ----------------*- C++ -*-===//
//
// The one definition of "the networks of a module" that every pass, the report and the
// tools use: each function holding compute layers (computeLayersOf), with the
// accelerator its dataflow.accelerator binding names.
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_IR_BOUNDNETWORKS_H
#define DATAFLOW_IR_BOUNDNETWORKS_H

#include "Dataflow/IR/DataflowOps.h"
#include "Dataflow/IR/LayerOpInterface.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/SmallVector.h"

namespace dataflow {

/// A function holding compute layers and the accelerator it is bound to.
struct BoundNetwork {
  mlir::func::FuncOp func;
  /// Null when the function names no accelerator (or one the verifier would reject).
  AcceleratorOp accelerator;
  /// Its compute layers in program order (computeLayersOf).
  llvm::SmallVector<LayerOpInterface> layers;
};

/// Every top-level function of `module` that holds a compute layer, in module order.
llvm::SmallVector<BoundNetwork> networksOf(mlir::ModuleOp module);

} // namespace dataflow

#endif // DATAFLOW_IR_BOUNDNETWORKS_H
