//===- SeedToolSupport.h - shared by the MAESTRO / dMazeRunner passes -*- C++ -*-===//

#ifndef DATAFLOW_TRANSFORMS_SEEDTOOLSUPPORT_H
#define DATAFLOW_TRANSFORMS_SEEDTOOLSUPPORT_H

#include "Dataflow/IR/DataflowOps.h"

#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/STLFunctionalExtras.h"

#include <string>

namespace dataflow {

/// The file name the seed-tool passes give the cost model's parsers, whose messages
/// start "<file>:<line>: "; stripIrLine drops that prefix (the op carries the location).
inline constexpr const char *kIrFile = "<ir>";
std::string stripIrLine(const std::string &message);

/// Calls `fn` on every layer op (conv, deconv, fc, matmul, pool, eltwise) of every function bound to an accelerator,
/// in program order; returns failure if any call failed (all layers are still visited,
/// so every error is reported).
mlir::LogicalResult
forEachBoundLayer(mlir::ModuleOp module,
                  llvm::function_ref<mlir::LogicalResult(mlir::Operation *, AcceleratorOp)> fn);

} // namespace dataflow

#endif // DATAFLOW_TRANSFORMS_SEEDTOOLSUPPORT_H
