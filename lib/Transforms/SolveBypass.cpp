//===- SolveBypass.cpp - dataflow-solve-bypass ----------------------------===//
//
// Makes the global-buffer bypass of each complete blocking explicit. The decision is
// the cost model's (nn_dataflow: a category allowed to bypass stays in the buffer iff
// fetch[DRAM] < fetch[GBUF]); this pass only writes it down.
//
//===----------------------------------------------------------------------===//

#include "Dataflow/Transforms/Passes.h"
#include "Dataflow/Transforms/ScheduleSupport.h"

namespace dataflow {
#define GEN_PASS_DEF_SOLVEBYPASSPASS
#include "Dataflow/Transforms/Passes.h.inc"
} // namespace dataflow

using namespace mlir;
using namespace dataflow;

namespace {
struct SolveBypassPass : public dataflow::impl::SolveBypassPassBase<SolveBypassPass> {
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
        BlockingAttr blocking = getBlocking(op);
        if (blocking && blocking.hasBypass())
          continue; // decided (pinned or solved before): keep it
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
        op->setAttr(DataflowDialect::kBlockingAttrName,
                    bridge::toBlockingAttr(&getContext(), evaluated->best.blocking,
                                           evaluated->best.gbufStored));
      }
    if (!ok)
      signalPassFailure();
  }
};
} // namespace
