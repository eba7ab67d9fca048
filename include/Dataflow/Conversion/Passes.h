//===- Passes.h - linalg/tosa to dataflow conversions -----------*- C++ -*-===//

#ifndef DATAFLOW_CONVERSION_PASSES_H
#define DATAFLOW_CONVERSION_PASSES_H

#include "Dataflow/IR/DataflowDialect.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Pass/Pass.h"

#include <memory>

namespace dataflow {

#define GEN_PASS_DECL
#include "Dataflow/Conversion/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "Dataflow/Conversion/Passes.h.inc"

} // namespace dataflow

#endif // DATAFLOW_CONVERSION_PASSES_H
