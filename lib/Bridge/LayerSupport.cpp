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
