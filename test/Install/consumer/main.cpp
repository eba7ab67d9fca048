//===- main.cpp - a program linking the installed DataflowOpt package -----===//
//
// Registers the dialect, parses a network written as linalg (torch-mlir style), imports it
// with convert-linalg-to-dataflow, then asks the cost model for the best single-node
// schedule of each layer and prints its energy.
//
//===----------------------------------------------------------------------===//

#include "Dataflow/Bridge/EyerissBridge.h"
#include "Dataflow/Conversion/Passes.h"
#include "Dataflow/CostModel/Eyeriss/LayerSearch.h"
#include "Dataflow/IR/DataflowOps.h"
#include "Dataflow/Registration/InitAllDataflow.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

int main(int argc, char **argv) {
  if (argc != 2) {
    llvm::errs() << "usage: dataflow-consumer <network.mlir>\n";
    return 2;
  }
  mlir::DialectRegistry registry;
  dataflow::registerAllDataflowDialects(registry);
  mlir::MLIRContext context(registry);
  mlir::OwningOpRef<mlir::ModuleOp> module =
      mlir::parseSourceFile<mlir::ModuleOp>(argv[1], mlir::ParserConfig(&context));
  if (!module)
    return 1;

  mlir::PassManager pm(&context);
  pm.addNestedPass<mlir::func::FuncOp>(dataflow::createConvertLinalgToDataflowPass());
  if (mlir::failed(pm.run(*module)))
    return 1;

  dataflow::AcceleratorOp accel;
  module->walk([&](dataflow::AcceleratorOp op) { accel = op; });
  if (!accel) {
    llvm::errs() << "no dataflow.accelerator in " << argv[1] << "\n";
    return 1;
  }
  const dataflow::cost::Hardware hw = dataflow::bridge::toHardware(accel);

  int layers = 0;
  bool ok = true;
  module->walk([&](mlir::Operation *op) {
    if (!mlir::isa<dataflow::ConvOp, dataflow::FCOp, dataflow::PoolOp>(op))
      return;
    auto layer = dataflow::bridge::toLayer(op);
    if (!layer || !*layer) {
      llvm::errs() << "cannot price " << dataflow::layerName(op) << "\n";
      ok = false;
      return;
    }
    auto schedule = dataflow::cost::searchLayer(**layer, hw, dataflow::cost::Options{});
    if (!schedule || schedule->schemes.empty()) {
      llvm::errs() << dataflow::layerName(op) << ": "
                   << schedule.status().message() << "\n";
      ok = false;
      return;
    }
    ++layers;
    llvm::outs() << op->getName() << " " << dataflow::layerName(op) << " energy "
                 << llvm::format("%.1f", schedule->schemes.front().energy.total) << "\n";
  });
  llvm::outs() << "priced " << layers << " layers\n";
  return ok ? 0 : 1;
}
