//===- LayerSupport.cpp - what every family bridge asks of a layer op -----===//

#include "LayerSupport.h"

#include "Dataflow/IR/LayerOpInterface.h"

#include "mlir/IR/BuiltinTypes.h"

using namespace mlir;
using namespace dataflow;

cost::Status bridge::unsupportedLayer(Operation *op, const std::string &what) {
  return cost::Status::error(cost::StatusCode::InvalidLayer,
                             "'" + op->getName().getStringRef().str() + "' layer '" +
                                 layerName(op) + "': " + what);
}

int64_t bridge::dimOf(Value value, unsigned index) {
  return cast<RankedTensorType>(value.getType()).getDimSize(index);
}

ArrayRef<int64_t> bridge::shapeOf(Value value) {
  return cast<RankedTensorType>(value.getType()).getShape();
}

cost::Result<bridge::DilationPhases>
bridge::equalDilationPhases(Operation *op, int64_t extent, int64_t dilation,
                            const std::string &what) {
  // Phase p < d has ceil((E - p) / d) outputs: E mod d of ceil(E/d), the rest floor(E/d)
  // (our decomposition, docs/cost-model.md "Dilated and 3-D convolution").
  if (dilation >= extent)
    return DilationPhases{extent, 1};
  if (extent % dilation == 0)
    return DilationPhases{dilation, extent / dilation};
  const int64_t big = extent % dilation;
  return unsupportedLayer(op, "dilated convolution: output extent " + std::to_string(extent) +
                                  " with dilation " + std::to_string(dilation) +
                                  " has phases of " + std::to_string(extent / dilation + 1) +
                                  " and " + std::to_string(extent / dilation) + " outputs (" +
                                  std::to_string(big) + " and " +
                                  std::to_string(dilation - big) + " of them); " + what +
                                  " prices one phase shape per layer (dataflow-split-dilated-conv, which "
                                  "dataflow-schedule runs, splits it into bands of equal "
                                  "phases)");
}
