//===- LayerOpInterface.cpp - what every layer op answers -----------------===//

#include "Dataflow/IR/LayerOpInterface.h"

using namespace mlir;
using namespace dataflow;

#include "Dataflow/IR/LayerOpInterface.cpp.inc"

SmallVector<LayerOpInterface> dataflow::computeLayersOf(Operation *root) {
  SmallVector<LayerOpInterface> layers;
  root->walk([&](LayerOpInterface layer) {
    if (layer.isComputeLayer())
      layers.push_back(layer);
  });
  return layers;
}

bool dataflow::isComputeLayer(Operation *op) {
  auto layer = dyn_cast<LayerOpInterface>(op);
  return layer && layer.isComputeLayer();
}

std::string dataflow::layerName(Operation *op) {
  if (auto name = op->getAttrOfType<StringAttr>("name"))
    return name.str();
  if (auto loc = dyn_cast<NameLoc>(op->getLoc()))
    return loc.getName().str();
  std::string result = op->getName().stripDialect().str();
  if (auto loc = dyn_cast<FileLineColLoc>(op->getLoc()))
    result += "@" + std::to_string(loc.getLine());
  return result;
}
