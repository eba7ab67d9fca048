//===- BlockLoops.cpp - dataflow-block-loops ------------------------------===//
//
// Searches the loop blocking and orders of every layer (nn_dataflow's exhaustive search
// or the TETRIS solver, behind cost::searchLayer) and writes the blocking and its cost.
// The bypass decision is left to dataflow-solve-bypass unless the input pinned it.
//
//===----------------------------------------------------------------------===//

#include "Dataflow/Transforms/Passes.h"
#include "Dataflow/Transforms/ScheduleSupport.h"

namespace dataflow {
#define GEN_PASS_DEF_BLOCKLOOPSPASS
#include "Dataflow/Transforms/Passes.h.inc"
} // namespace dataflow

using namespace mlir;
using namespace dataflow;

namespace {
struct BlockLoopsPass : public dataflow::impl::BlockLoopsPassBase<BlockLoopsPass> {
  using Base::Base;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    FailureOr<cost::Options> options =
        parseSearchOptions(module, goal, method, disableBypass);
    FailureOr<bool> showProgress = parseProgress(module, progress);
    FailureOr<SmallVector<Network>> networks = collectNetworks(module);
    if (failed(options) || failed(showProgress) || failed(networks))
      return signalPassFailure();
    LayerScheduler scheduler(*options);
    MLIRContext *context = &getContext();
    bool ok = true;
    for (const Network &net : *networks) {
      ProgressReporter progressOut(*showProgress, getArgument(), net.layers.size());
      for (Operation *op : net.layers) {
        BlockingAttr pinned = getBlocking(op);
        FailureOr<LayerSearchResult> found = scheduler.schedule(op, net);
        progressOut.step(bridge::layerName(op));
        if (failed(found)) {
          ok = false;
          continue;
        }
        const cost::SchemeCost &best = found->best;
        if (!getMapping(op))
          op->setAttr(DataflowDialect::kMappingAttrName,
                      bridge::toMappingAttr(context, found->mapping, best.mappingCandidate));
        std::optional<std::array<bool, cost::kNumData>> bypass;
        if (pinned && pinned.hasBypass())
          bypass = best.gbufStored;
        op->setAttr(DataflowDialect::kBlockingAttrName,
                    bridge::toBlockingAttr(context, best.blocking, bypass));
        op->setAttr(DataflowDialect::kCostAttrName,
                    bridge::toCostAttr(context, best, found->mapping.folding.utilization));
      }
    }
    if (!ok)
      signalPassFailure();
  }
};
} // namespace
