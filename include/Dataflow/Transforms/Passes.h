//===- Passes.h - passes of dataflow-opt ------------------------*- C++ -*-===//

#ifndef DATAFLOW_TRANSFORMS_PASSES_H
#define DATAFLOW_TRANSFORMS_PASSES_H

#include "Dataflow/IR/DataflowDialect.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

#include <limits>
#include <memory>

namespace dataflow {

#define GEN_PASS_DECL
#include "Dataflow/Transforms/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "Dataflow/Transforms/Passes.h.inc"

} // namespace dataflow

#endif // DATAFLOW_TRANSFORMS_PASSES_H
