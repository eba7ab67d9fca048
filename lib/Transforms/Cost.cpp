//===- Cost.cpp - dataflow-cost -------------------------------------------===//
//
// Re-costs the schedule written in the IR, searched or by hand. Uses the same
// cost::evaluateScheme the search ranks with, so a searched schedule gets its search
// figures back bit for bit.
//
//===----------------------------------------------------------------------===//

#include "Dataflow/Transforms/Passes.h"
#include "Dataflow/Transforms/ScheduleSupport.h"

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
    ModuleOp module = getOperation();
    FailureOr<std::array<bool, cost::kNumData>> allowed =
        parseBypassAllowed(module, disableBypass);
    FailureOr<SmallVector<Network>> networks = collectNetworks(module);
    if (failed(allowed) || failed(networks))
      return signalPassFailure();
    cost::Options options;
    options.bypassAllowed = *allowed;
    bool ok = true;
    for (const Network &net : *networks)
      for (Operation *op : net.layers) {
        FailureOr<cost::Layer> layer = layerOf(op);
        if (failed(layer)) {
          ok = false;
          continue;
        }
        FailureOr<LayerSearchResult> evaluated =
            evaluateWrittenSchedule(op, *layer, net.hardware, options);
        if (failed(evaluated)) {
          ok = false;
          continue;
        }
        op->setAttr(DataflowDialect::kCostAttrName,
                    bridge::toCostAttr(&getContext(), evaluated->best,
                                       evaluated->mapping.folding.utilization));
      }
    if (!ok)
      signalPassFailure();
  }
};
} // namespace
