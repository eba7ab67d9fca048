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
