//===- SystolicSupport.cpp - what the systolic passes share ---------------===//

#include "Dataflow/IR/BoundNetworks.h"
#include "Dataflow/Bridge/SystolicBridge.h"
#include "Dataflow/Transforms/Search/SystolicSupport.h"

#include "mlir/IR/SymbolTable.h"

using namespace mlir;
using namespace dataflow;

/// A deconvolution as the original tool prices it without --split: one stride-1
/// convolution over the zero-upsampled input, producing the deconvolution's output with
/// its whole kernel (horizon-research/systolic-array-dataflow-optimizer dnn_optimizer.py).
static cost::Result<std::optional<bridge::SystolicWork>> upsampledLayer(DeconvOp op) {
  auto fail = [&](const std::string &what) {
    return cost::Status::error(cost::StatusCode::InvalidLayer,
                               "'dataflow.deconv' layer '" + dataflow::layerName(op) + "': " +
                                   what);
  };
  if (op.getGroups() != 1)
    return fail("grouped transposed convolution is not in the systolic model");
  if (llvm::any_of(op.getDilation(), [](int64_t d) { return d != 1; }))
    return fail("dilated transposed convolution is not in the systolic model");
  auto in = cast<RankedTensorType>(op.getInput().getType());
  auto out = cast<RankedTensorType>(op.getOutput().getType());
  ArrayRef<int64_t> kernel = op.getKernel();
  unsigned rank = kernel.size();
  if (rank != 2 && rank != 3)
    return fail("the systolic model takes 2 or 3 spatial dimensions");
  // Tensors are N x C x [D x] H x W; the model's dimensions are W, H[, D].
  // Batch N: N images, one after another.
  bridge::SystolicWork work;
  work.copies = in.getDimSize(0);
  cost::SystolicLayer &layer = work.layer;
  for (unsigned d = 0; d < rank; ++d) {
    layer.out.push_back(out.getDimSize(1 + rank - d));
    layer.kernel.push_back(kernel[rank - 1 - d]);
  }
  layer.stride = 1;
  layer.inChannels = in.getDimSize(1);
  layer.outChannels = out.getDimSize(1);
  return std::optional(work);
}

FailureOr<SmallVector<SystolicNetwork>> dataflow::collectSystolicNetworks(ModuleOp module) {
  SmallVector<SystolicNetwork> networks;
  bool ok = true;
  for (BoundNetwork &bound : networksOf(module)) {
    AcceleratorOp accel = bound.accelerator;
    if (!accel || !accel.isSystolic())
      continue;
    SystolicNetwork net{bound.func, accel, bridge::toSystolicHardware(accel), {}, {}};
    cost::Result<std::optional<cost::SystolicEnergyCosts>> energy =
        bridge::toSystolicEnergyCosts(accel);
    if (!energy) {
      accel.emitError() << "energies of systolic accelerator @" << accel.getSymName()
                        << ": " << energy.status().message();
      ok = false;
      continue;
    }
    net.energy = *energy;
    for (Operation *op : bound.layers) {
      auto deconv = dyn_cast<DeconvOp>(op);
      cost::Result<std::optional<bridge::SystolicWork>> layer =
          deconv ? upsampledLayer(deconv) : bridge::toSystolicWork(op);
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

FailureOr<SystolicScheduleAttr>
dataflow::systolicAttrFor(const SystolicNetwork &net, Operation *op,
                          const bridge::SystolicWork &work,
                          const cost::SystolicSchedule &schedule,
                          const cost::SystolicModelOptions &model,
                          cost::SystolicSearchMethod method) {
  std::optional<double> energy;
  if (net.energy) {
    cost::Result<double> e =
        bridge::systolicWorkEnergy(work, net.hardware, schedule.cost, model, *net.energy);
    if (!e) {
      op->emitError() << "layer '" << dataflow::layerName(op)
                      << "': its systolic energy cannot be priced: " << e.status().message();
      return failure();
    }
    energy = *e;
  }
  return bridge::toSystolicAttr(op->getContext(), schedule, method, model.fillDrain,
                                work.copies, energy, bridge::hasToolRules(model));
}

LogicalResult dataflow::costSystolicNetworks(ModuleOp module) {
  FailureOr<SmallVector<SystolicNetwork>> networks = collectSystolicNetworks(module);
  if (failed(networks))
    return failure();
  bool ok = true;
  for (const SystolicNetwork &net : *networks) {
    AcceleratorOp accel = net.accelerator;
    for (const auto &[op, work] : net.layers) {
      auto written = op->getAttrOfType<SystolicScheduleAttr>(DataflowDialect::kSystolicAttrName);
      if (!written) {
        op->emitError() << "layer '" << dataflow::layerName(op)
                        << "' on systolic accelerator @" << accel.getSymName()
                        << " has no dataflow.systolic: run dataflow-schedule-systolic first";
        ok = false;
        continue;
      }
      cost::SystolicModelOptions model =
          bridge::toSystolicModelOptions(accel, written.getFillDrain(), written.getToolRules());
      cost::Result<cost::SystolicCost> priced =
          cost::evaluateSystolic(work.layer, net.hardware, bridge::toSystolicTiling(written),
                                 bridge::toSystolicOrder(written), model);
      if (!priced) {
        op->emitError() << "layer '" << dataflow::layerName(op) << "': its dataflow.systolic "
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
      FailureOr<SystolicScheduleAttr> attr = systolicAttrFor(
          net, op, work, schedule, model, bridge::toSystolicMethod(written.getMethod()));
      if (failed(attr)) {
        ok = false;
        continue;
      }
      op->setAttr(DataflowDialect::kSystolicAttrName, *attr);
    }
  }
  return success(ok);
}
