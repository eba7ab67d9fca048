//===- InitAllDataflow.cpp - everything dataflow-opt registers ------------===//

#include "Dataflow/Registration/InitAllDataflow.h"
#include "Dataflow/Conversion/Passes.h"
#include "Dataflow/IR/DataflowDialect.h"
#include "Dataflow/Transforms/Passes.h"
#include "Dataflow/Transforms/Pipelines.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/IR/DialectRegistry.h"

void dataflow::registerAllDataflowDialects(mlir::DialectRegistry &registry) {
  registry.insert<DataflowDialect, mlir::func::FuncDialect, mlir::arith::ArithDialect,
                  mlir::linalg::LinalgDialect, mlir::tosa::TosaDialect,
                  mlir::scf::SCFDialect, mlir::tensor::TensorDialect>();
}

void dataflow::registerAllDataflowPasses() {
  registerDataflowPasses();
  registerDataflowConversionPasses();
  registerDataflowSchedulePipeline();
}
