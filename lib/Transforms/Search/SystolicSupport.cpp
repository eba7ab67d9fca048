//===- SystolicSupport.cpp - what the systolic passes share ---------------===//

#include "Dataflow/Transforms/Search/SystolicSupport.h"

#include "mlir/IR/SymbolTable.h"

using namespace mlir;
using namespace dataflow;

FailureOr<SmallVector<SystolicNetwork>> dataflow::collectSystolicNetworks(ModuleOp module) {
  SmallVector<SystolicNetwork> networks;
  bool ok = true;
  for (auto func : module.getOps<func::FuncOp>()) {
    AcceleratorOp accel = AcceleratorOp::boundTo(func);
    if (!accel || !accel.isSystolic())
      continue;
    SystolicNetwork net{func, accel, bridge::toSystolicHardware(accel), {}};
    for (Operation *op : computeLayersOf(func)) {
      cost::Result<std::optional<cost::SystolicLayer>> layer = bridge::toSystolicLayer(op);
      if (!layer) {
        op->emitError() << layer.status().message();
        ok = false;
        continue;
      }
      if (layer.value())
        net.layers.emplace_back(op, *layer.value());
    }
    networks.push_back(std::move(net));
  }
  if (!ok)
    return failure();
  return networks;
}

LogicalResult dataflow::costSystolicNetworks(ModuleOp module) {
  FailureOr<SmallVector<SystolicNetwork>> networks = collectSystolicNetworks(module);
  if (failed(networks))
    return failure();
  bool ok = true;
  for (const SystolicNetwork &net : *networks) {
    AcceleratorOp accel = net.accelerator;
    for (const auto &[op, layer] : net.layers) {
      auto written = op->getAttrOfType<SystolicScheduleAttr>(DataflowDialect::kSystolicAttrName);
      if (!written) {
        op->emitError() << "layer '" << bridge::layerName(op)
                        << "' on systolic accelerator @" << accel.getSymName()
                        << " has no dataflow.systolic: run dataflow-schedule-systolic first";
        ok = false;
        continue;
      }
      cost::SystolicModelOptions model =
          bridge::toSystolicModelOptions(accel, written.getFillDrain());
      cost::Result<cost::SystolicCost> priced =
          cost::evaluateSystolic(layer, net.hardware, bridge::toSystolicTiling(written),
                                 bridge::toSystolicOrder(written), model);
      if (!priced) {
        op->emitError() << "layer '" << bridge::layerName(op) << "': its dataflow.systolic "
                        << "cannot be priced: " << priced.status().message();
        ok = false;
        continue;
      }
      cost::SystolicSchedule schedule;
      schedule.cost = priced.value();
      ArrayRef<APFloat> buffer = written.getBuffer();
      schedule.ifmapWords = buffer[0].convertToDouble();
      schedule.ofmapWords = buffer[1].convertToDouble();
      schedule.weightWords = buffer[2].convertToDouble();
      op->setAttr(DataflowDialect::kSystolicAttrName,
                  bridge::toSystolicAttr(op->getContext(), schedule,
                                         bridge::toSystolicMethod(written.getMethod()),
                                         written.getFillDrain()));
    }
  }
  return success(ok);
}
