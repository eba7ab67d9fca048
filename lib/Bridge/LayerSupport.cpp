//===- LayerSupport.cpp - what every family bridge asks of a layer op -----===//

#include "LayerSupport.h"

#include "Dataflow/IR/LayerOpInterface.h"

#include "Dataflow/CostModel/Core/DilationPhases.h"

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
bridge::equalDilationPhases(Operation *op, int64_t extent, int64_t stride, int64_t dilation,
                            const std::string &what) {
  // Our decomposition (Dataflow/CostModel/Core/DilationPhases.h).
  const cost::PhaseSplit split = cost::phaseSplit(stride, dilation);
  const int64_t phases = split.phases;
  if (cost::equalPhases(extent, phases))
    return phases >= extent ? DilationPhases{extent, 1, split.stride}
                            : DilationPhases{phases, extent / phases, split.stride};
  const int64_t big = extent % phases;
  return unsupportedLayer(op, "dilated convolution: output extent " + std::to_string(extent) +
                                  " with dilation " + std::to_string(dilation) +
                                  (stride != 1 ? " and stride " + std::to_string(stride) : "") +
                                  " has phases of " + std::to_string(extent / phases + 1) +
                                  " and " + std::to_string(extent / phases) + " outputs (" +
                                  std::to_string(big) + " and " +
                                  std::to_string(phases - big) + " of them); " + what +
                                  " prices one phase shape per layer (dataflow-split-dilated-conv, which "
                                  "dataflow-schedule runs, splits it into bands of equal "
                                  "phases)");
}
