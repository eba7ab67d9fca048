//===- ScheduleSystolic.cpp - dataflow-schedule-systolic ------------------===//
//
// A thin driver (architecture.md rule 2): the deconvolutions of systolic networks are
// kept (deconv=upsample) or decomposed (dataflow-decompose-deconv's rewrite, split or
// combine), then per layer one call to
// cost::searchSystolicLayer, its answer written as `dataflow.systolic`.
//
//===----------------------------------------------------------------------===//

#include "Dataflow/IR/BoundNetworks.h"
#include "Dataflow/Bridge/SystolicBridge.h"
#include "Dataflow/Transforms/Prepare/DecomposeDeconv.h"
#include "Dataflow/Transforms/Passes.h"
#include "Dataflow/Transforms/Search/SystolicSupport.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/SymbolTable.h"

namespace dataflow {
#define GEN_PASS_DEF_SCHEDULESYSTOLICPASS
#include "Dataflow/Transforms/Passes.h.inc"
} // namespace dataflow

using namespace mlir;
using namespace dataflow;

namespace {
struct ScheduleSystolicPass
    : public dataflow::impl::ScheduleSystolicPassBase<ScheduleSystolicPass> {
  using Base::Base;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    // The option's words name the family's engines (cost::systolicEngines()).
    std::optional<cost::SystolicSearchMethod> chosen;
    if (method != SystolicMethodChoice::Auto)
      chosen = cost::parseSystolicSearchMethod(stringifySystolicMethodChoice(method).str());
    if (deconv != DeconvPricing::Upsample &&
        failed(decomposeSystolicDeconvs(module, deconv == DeconvPricing::Combine)))
      return signalPassFailure();
    FailureOr<SmallVector<SystolicNetwork>> networks = collectSystolicNetworks(module);
    if (failed(networks))
      return signalPassFailure();
    bool ok = true;
    for (const SystolicNetwork &net : *networks)
      ok &= succeeded(scheduleNetwork(net, chosen));
    if (!ok)
      signalPassFailure();
  }

  /// deconv=split|combine: the deconvolutions of systolic networks become their
  /// stride-phase convolutions (split; docs/seed-tools.md §3.2), each then searched as a
  /// layer of its own, or one convolution over all phases (combine). With upsample they
  /// stay, priced over the zero-upsampled input (collectSystolicNetworks).
  static LogicalResult decomposeSystolicDeconvs(ModuleOp module, bool combine) {
    SmallVector<DeconvOp> deconvs;
    for (BoundNetwork &net : networksOf(module))
      if (net.accelerator && net.accelerator.isSystolic())
        for (Operation *op : net.layers)
          if (auto deconv = dyn_cast<DeconvOp>(op))
            deconvs.push_back(deconv);
    for (DeconvOp op : deconvs)
      if (failed(decomposeDeconv(op, combine)))
        return failure();
    return success();
  }

  /// The advice of a failed search: the other methods that do schedule the layer.
  static std::string workingMethods(const SystolicNetwork &net, const cost::SystolicLayer &layer,
                                    cost::SystolicSearchOptions options) {
    const cost::SystolicSearchMethod failed = options.method;
    std::string names;
    int count = 0;
    for (cost::SystolicSearchMethod m :
         {cost::SystolicSearchMethod::Exhaustive, cost::SystolicSearchMethod::Static,
          cost::SystolicSearchMethod::Constrained, cost::SystolicSearchMethod::Combined}) {
      bool needsPartition =
          m == cost::SystolicSearchMethod::Static || m == cost::SystolicSearchMethod::Combined;
      if (m == failed || (needsPartition && !bridge::toBufferPartition(net.accelerator)))
        continue;
      options.method = m;
      if (cost::searchSystolicLayer(layer, net.hardware, options) && ++count)
        names += std::string(names.empty() ? "" : ", ") + cost::systolicSearchMethodName(m);
    }
    if (names.empty())
      return "; no other method schedules it either";
    return (count == 1 ? "; method " : "; methods ") + names +
           (count == 1 ? " schedules" : " schedule") +
           " it (method= on dataflow-schedule-systolic, systolic-method= on dataflow-schedule)";
  }

  LogicalResult scheduleNetwork(const SystolicNetwork &net,
                                std::optional<cost::SystolicSearchMethod> chosen) {
    AcceleratorOp accel = net.accelerator;
    std::optional<cost::BufferPartition> partition = bridge::toBufferPartition(accel);
    cost::SystolicSearchOptions options;
    options.method = chosen.value_or(partition ? cost::SystolicSearchMethod::Static
                                               : cost::SystolicSearchMethod::Exhaustive);
    bool needsPartition = options.method == cost::SystolicSearchMethod::Static ||
                          options.method == cost::SystolicSearchMethod::Combined;
    if (needsPartition && !partition)
      return accel.emitError()
             << "method " << cost::systolicSearchMethodName(options.method)
             << " starts from a static buffer partition, but accelerator @"
             << accel.getSymName() << " has partition = searched";
    if (partition)
      options.partition = *partition;
    options.model = bridge::toSystolicModelOptions(accel, fillDrain, toolRules);
    options.model.goal =
        goal == SystolicGoalChoice::Traffic ? cost::SystolicGoal::Traffic
                                            : cost::SystolicGoal::Latency;
    bool ok = true;
    for (const auto &[op, work] : net.layers) {
      // One run is searched; the attribute holds the op's `copies` runs (SystolicWork).
      const cost::SystolicLayer &layer = work.layer;
      cost::Result<cost::SystolicSchedule> schedule =
          cost::searchSystolicLayer(layer, net.hardware, options);
      if (!schedule) {
        op->emitError() << "layer '" << dataflow::layerName(op) << "' has no systolic schedule: "
                        << schedule.status().message() << workingMethods(net, layer, options);
        ok = false;
        continue;
      }
      FailureOr<SystolicScheduleAttr> attr =
          systolicAttrFor(net, op, work, schedule.value(), options.model, options.method);
      if (failed(attr)) {
        ok = false;
        continue;
      }
      op->setAttr(DataflowDialect::kSystolicAttrName, *attr);
    }
    return success(ok);
  }
};
} // namespace
