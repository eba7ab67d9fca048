//===- SeedToolSupport.cpp - shared by the MAESTRO / dMazeRunner passes ---===//

#include "Dataflow/IR/BoundNetworks.h"
#include "Dataflow/Transforms/Search/SeedToolSupport.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/SymbolTable.h"

using namespace mlir;
using namespace dataflow;

std::string dataflow::stripIrLine(const std::string &message) {
  std::string prefix = std::string(kIrFile) + ":";
  if (message.rfind(prefix, 0) != 0)
    return message;
  size_t colon = message.find(": ", prefix.size());
  return colon == std::string::npos ? message : message.substr(colon + 2);
}

LogicalResult dataflow::forEachBoundLayer(
    ModuleOp module, function_ref<LogicalResult(Operation *, AcceleratorOp)> fn) {
  bool ok = true;
  for (BoundNetwork &net : networksOf(module))
    if (net.accelerator)
      for (LayerOpInterface layer : net.layers)
        ok &= succeeded(fn(layer, net.accelerator));
  return success(ok);
}
