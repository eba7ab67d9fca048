//===- Cost.cpp - dataflow-cost -------------------------------------------===//
//
// Re-costs the schedule written in the IR, searched or by hand. Uses the same
// cost::evaluateScheme the search ranks with, so a searched schedule gets its search
// figures back bit for bit. Partitioned layers of a multi-node network are re-costed
// network-wide (cost::scheduleNetwork with every decision pinned, in nn_dataflow's
// layer order with the producers' ofmap layouts), as dataflow-partition-layers costed
// them. Layers on systolic accelerators get their `dataflow.systolic` re-priced.
//
//===----------------------------------------------------------------------===//

#include "Dataflow/Transforms/PartitionSupport.h"
#include "Dataflow/Transforms/Passes.h"
#include "Dataflow/Transforms/SystolicSupport.h"

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
      writeNetworkSchedule(net, *pn, *schedule, options.partitioning, /*costOnly=*/true);
    }
    return success(ok);
  }
};
} // namespace
