//===- ImportSupport.h - shared by the seed-tool importers ------*- C++ -*-===//

#ifndef DATAFLOW_TARGET_IMPORTSUPPORT_H
#define DATAFLOW_TARGET_IMPORTSUPPORT_H

#include "Dataflow/IR/DataflowOps.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"

#include <string>

namespace dataflow::import {

/// Emits a cost-model message "<file>:<line>: <reason>" as an error located at that
/// file and line (the message as it is when it has no such prefix).
void emitFileError(mlir::MLIRContext *context, const std::string &message);
/// An error at `file`:`line`.
mlir::InFlightDiagnostic emitAt(mlir::MLIRContext *context, llvm::StringRef file, int line);

/// Reads a side file (hardware, architecture, report); on failure emits an error naming
/// `flag` and returns nullopt.
std::optional<std::string> readSideFile(mlir::MLIRContext *context, llvm::StringRef path,
                                        llvm::StringRef flag);

/// A symbol name from a file name: its stem, other characters than [A-Za-z0-9_] as `_`.
std::string symbolFromPath(llvm::StringRef path, llvm::StringRef fallback);

/// [h, w] with h * w = n and h the largest divisor of n not above sqrt(n).
std::pair<int64_t, int64_t> squarestGrid(int64_t n);

/// The function the importers fill: one argument per layer, every layer's result
/// returned, bound to `accel`.
class NetworkBuilder {
public:
  NetworkBuilder(mlir::ModuleOp module, AcceleratorOp accel, llvm::StringRef name);
  /// Adds an argument of `type` and returns it.
  mlir::Value addInput(mlir::RankedTensorType type);
  mlir::OpBuilder &builder() { return body; }
  void addResult(mlir::Value v) { results.push_back(v); }
  /// Writes the return and the function type.
  void finish();

private:
  mlir::func::FuncOp func;
  mlir::OpBuilder body;
  llvm::SmallVector<mlir::Value> results;
};

} // namespace dataflow::import

#endif // DATAFLOW_TARGET_IMPORTSUPPORT_H
