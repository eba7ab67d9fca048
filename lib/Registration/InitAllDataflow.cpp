//===- InitAllDataflow.cpp - everything dataflow-opt registers ------------===//

#include "Dataflow/Registration/InitAllDataflow.h"
#include "Dataflow/Conversion/Passes.h"
#include "Dataflow/IR/DataflowDialect.h"
#include "Dataflow/Transforms/Passes.h"
#include "Dataflow/Transforms/Pipelines.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlow.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MLProgram/IR/MLProgram.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Quant/IR/Quant.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/IR/DialectRegistry.h"

/// Besides our own: what the importers read and the lowering writes, plus what real
/// exporters put around them (issue 19): torch-mlir's linalg-on-tensors output carries
/// `cf.assert` run-time checks and `math` in generic bodies (exp, sqrt, rsqrt, tanh, erf),
/// `bufferization.to_tensor` / `ml_program` globals appear in IREE-bound and stateful
/// exports, and TFLite's TOSA carries `!quant.uniform` element types.
void dataflow::registerAllDataflowDialects(mlir::DialectRegistry &registry) {
  registry.insert<DataflowDialect, mlir::func::FuncDialect, mlir::arith::ArithDialect,
                  mlir::linalg::LinalgDialect, mlir::tosa::TosaDialect,
                  mlir::scf::SCFDialect, mlir::tensor::TensorDialect,
                  mlir::cf::ControlFlowDialect, mlir::math::MathDialect,
                  mlir::bufferization::BufferizationDialect,
                  mlir::ml_program::MLProgramDialect, mlir::quant::QuantDialect>();
}

void dataflow::registerAllDataflowPasses() {
  registerDataflowPasses();
  registerDataflowConversionPasses();
  registerDataflowSchedulePipeline();
}
