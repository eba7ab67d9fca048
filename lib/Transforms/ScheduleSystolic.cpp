//===- ScheduleSystolic.cpp - dataflow-schedule-systolic ------------------===//
//
// A thin driver (architecture.md rule 2): per layer of a systolic network, one call to
// cost::searchSystolicLayer, its answer written as `dataflow.systolic`.
//
//===----------------------------------------------------------------------===//

#include "Dataflow/Transforms/Passes.h"
#include "Dataflow/Transforms/SystolicSupport.h"

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
    std::optional<cost::SystolicSearchMethod> chosen;
    if (!method.empty()) {
      chosen = cost::parseSystolicSearchMethod(method);
      if (!chosen) {
        module.emitError() << "method must be exhaustive, static, constrained or combined, "
                              "got '"
                           << method << "'";
        return signalPassFailure();
      }
    }
    if (goal != "latency" && goal != "traffic") {
      module.emitError() << "goal must be latency or traffic, got '" << goal << "'";
      return signalPassFailure();
    }
    FailureOr<SmallVector<SystolicNetwork>> networks = collectSystolicNetworks(module);
    if (failed(networks))
      return signalPassFailure();
    bool ok = true;
    for (const SystolicNetwork &net : *networks)
      ok &= succeeded(scheduleNetwork(net, chosen));
    if (!ok)
      signalPassFailure();
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
    options.model = bridge::toSystolicModelOptions(accel, fillDrain);
    options.model.goal =
        goal == "traffic" ? cost::SystolicGoal::Traffic : cost::SystolicGoal::Latency;
    bool ok = true;
    for (const auto &[op, layer] : net.layers) {
      cost::Result<cost::SystolicSchedule> schedule =
          cost::searchSystolicLayer(layer, net.hardware, options);
      if (!schedule) {
        op->emitError() << "layer '" << bridge::layerName(op) << "' has no systolic schedule: "
                        << schedule.status().message();
        ok = false;
        continue;
      }
      op->setAttr(DataflowDialect::kSystolicAttrName,
                  bridge::toSystolicAttr(op->getContext(), schedule.value(), options.method,
                                         fillDrain));
    }
    return success(ok);
  }
};
} // namespace
