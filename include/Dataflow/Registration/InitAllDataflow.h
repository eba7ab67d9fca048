//===- InitAllDataflow.h - everything dataflow-opt registers ----*- C++ -*-===//
//
// The one registration entry point every tool and test uses (as CIRCT's circt-opt.cpp): our
// dialect and passes, and only the upstream dialects we parse.
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_INITALLDATAFLOW_H
#define DATAFLOW_INITALLDATAFLOW_H

namespace mlir {
class DialectRegistry;
} // namespace mlir

namespace dataflow {

/// Adds the dataflow dialect and the upstream dialects dataflow-opt reads (func, arith,
/// linalg, tosa, scf, tensor) to `registry`.
void registerAllDataflowDialects(mlir::DialectRegistry &registry);

/// Registers every dataflow pass and the dataflow-schedule pipeline.
void registerAllDataflowPasses();

} // namespace dataflow

#endif // DATAFLOW_INITALLDATAFLOW_H
