//===- Cost.cpp - dataflow-cost -------------------------------------------===//
//
// Re-costs the schedule written in the IR, searched or by hand. Uses the same
// cost::evaluateScheme the search ranks with, so a searched schedule gets its search
// figures back bit for bit. Partitioned layers of a multi-node network are re-costed
// network-wide (cost::scheduleNetwork with every decision pinned, in nn_dataflow's
// layer order with the producers' ofmap layouts), as dataflow-partition-layers costed
// them. Layers on systolic accelerators get their `dataflow.systolic` re-priced. Networks
// in pipeline segments (dataflow.segment) are re-costed with
// cost::evaluateSegments, as dataflow-partition-segments costed them.
//
//===----------------------------------------------------------------------===//

#include "Dataflow/Transforms/Search/PartitionPins.h"
#include "Dataflow/Bridge/EyerissBridge.h"
#include "Dataflow/Bridge/MultiNodeBridge.h"
#include "Dataflow/Bridge/SystolicBridge.h"
#include "Dataflow/Transforms/Passes.h"
#include "Dataflow/Transforms/Search/SystolicSupport.h"
#include "Dataflow/Transforms/Search/SegmentSupport.h"

namespace dataflow {
#define GEN_PASS_DEF_COSTPASS
#include "Dataflow/Transforms/Passes.h.inc"
} // namespace dataflow

using namespace mlir;
using namespace dataflow;

namespace {
struct CostPass : public dataflow::impl::CostPassBase<CostPass> {
  using Base::Base;

  void runOnOperation() override {
    // Estimated energies and area become attributes of their accelerator, which the
    // report reads (it never calls a cost model).
    getOperation().walk([&](AcceleratorOp accel) {
      if (!accel.hasEstimatedEnergy())
        return;
      if (accel.isSystolic()) {
        // Its energies are priced per layer (SystolicSupport); here only its area.
        cost::Result<cost::tech::SystolicTable> table = bridge::estimateSystolicTable(accel);
        if (table)
          accel->setAttr(DataflowDialect::kEstimatedAreaAttrName,
                         FloatAttr::get(Float64Type::get(&getContext()), table->areaMm2));
        return;
      }
      cost::Result<cost::tech::EnergyTable> table = bridge::estimateEnergies(accel);
      if (!table) // the accelerator verifier checks every input the estimator checks
        return;
      accel->setAttr(DataflowDialect::kEstimatedEnergyAttrName, bridge::unitEnergies(accel));
      accel->setAttr(DataflowDialect::kEstimatedAreaAttrName,
                     FloatAttr::get(Float64Type::get(&getContext()), table->chipAreaMm2));
    });
    auto writeCost = [&](Operation *op, const LayerSearchResult &evaluated) {
      op->setAttr(DataflowDialect::kCostAttrName,
                  bridge::toCostAttr(&getContext(), evaluated.best,
                                     evaluated.mapping.folding.utilization));
    };
    if (failed(forEachWrittenSchedule(getOperation(), disableBypass, writeCost)))
      return signalPassFailure();
    if (failed(costPartitionedNetworks()))
      signalPassFailure();
    if (failed(costSystolicNetworks(getOperation())))
      signalPassFailure();
  }

  LogicalResult costPartitionedNetworks() {
    ModuleOp module = getOperation();
    FailureOr<SmallVector<Network>> networks = collectNetworks(module);
    FailureOr<std::array<bool, cost::kNumData>> allowed =
        parseBypassAllowed(module, disableBypass);
    if (failed(networks) || failed(allowed))
      return failure();
    bool ok = true;
    for (const Network &net : *networks) {
      if (!isMultiNode(net))
        continue;
      auto partitioned = llvm::find_if(net.layers, [](Operation *op) { return getPartition(op); });
      if (partitioned == net.layers.end())
        continue;
      cost::Options options;
      options.bypassAllowed = *allowed;
      // The network was partitioned with one set of flags; collectPins checks the others.
      options.partitioning = bridge::toPartitionOptions(getPartition(*partitioned));
      if (isSegmented(net)) {
        ok &= succeeded(costSegmentedNetwork(net, options));
        continue;
      }
      FailureOr<PartitionedNetwork> pn = buildPartitionedNetwork(net);
      FailureOr<NetworkPins> pins =
          failed(pn) ? FailureOr<NetworkPins>(failure())
                     : collectPins(net, *pn, options.partitioning, /*requireComplete=*/true);
      FailureOr<cost::NetworkSchedule> schedule =
          failed(pins) ? FailureOr<cost::NetworkSchedule>(failure())
                       : runNetwork(net, *pn, options, *pins);
      if (failed(schedule)) {
        ok = false;
        continue;
      }
      if (failed(writeNetworkSchedule(net, *pn, *schedule, options.partitioning,
                                      /*costOnly=*/true)))
        ok = false;
    }
    return success(ok);
  }

  /// docs/cost-model.md §6 re-costing: every layer's segment, region and complete
  /// partitioned schedule as written.
  LogicalResult costSegmentedNetwork(const Network &net, const cost::Options &options) {
    bool ok = true;
    for (Operation *op : net.layers)
      if (!getSegment(op)) {
        emitLayerError(op, "has no dataflow.segment, but other layers of its network do; "
                           "give every layer its segment (run dataflow-partition-segments)");
        ok = false;
      }
    FailureOr<PartitionedNetwork> pn = buildPartitionedNetwork(net);
    if (!ok || failed(pn))
      return failure();
    SegmentList list = collectSegments(net);
    cost::SegmentOptions segOpts;
    FailureOr<std::vector<cost::PipelineSegment>> segments =
        checkSegments(net, *pn, list, segOpts, /*checkRegions=*/true);
    if (failed(segments))
      return failure();
    std::map<std::string, std::pair<int64_t, int64_t>> regions;
    for (Operation *op : net.layers) {
      SegmentAttr s = getSegment(op);
      regions[dataflow::layerName(op)] = {s.getDims()[0], s.getDims()[1]};
    }
    FailureOr<NetworkPins> pins =
        collectPins(net, *pn, options.partitioning, /*requireComplete=*/true, regions);
    if (failed(pins))
      return failure();
    if (!pins->input)
      return func::FuncOp(net.func).emitError()
             << "network @" << func::FuncOp(net.func).getSymName()
             << " is in pipeline segments but has no '"
             << DataflowDialect::kInputPartitionAttrName
             << "' (the network input's layout); run dataflow-partition-segments";
    cost::Result<cost::PipelinedSchedule> schedule = cost::evaluateSegments(
        pn->graph, net.hardware, options, segOpts, list.segments, pins->choices, *pins->input);
    if (!schedule)
      return emitNetworkError(net, *pn, schedule.status());
    return writePipelinedSchedule(net, *pn, *schedule, options.partitioning, /*costOnly=*/true);
  }
};
} // namespace
