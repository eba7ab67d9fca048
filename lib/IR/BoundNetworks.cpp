//===- BoundNetworks.cpp - the networks of a module -----------------------===//

#include "Dataflow/IR/BoundNetworks.h"

using namespace mlir;
using namespace dataflow;

SmallVector<BoundNetwork> dataflow::networksOf(ModuleOp module) {
  SmallVector<BoundNetwork> networks;
  for (auto func : module.getOps<func::FuncOp>()) {
    BoundNetwork net{func, AcceleratorOp::boundTo(func), computeLayersOf(func)};
    if (!net.layers.empty())
      networks.push_back(std::move(net));
  }
  return networks;
}
