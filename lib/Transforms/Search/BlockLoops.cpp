//===- BlockLoops.cpp - dataflow-block-loops ------------------------------===//
//
// Searches the loop blocking and orders of every layer (nn_dataflow's exhaustive search
// or the TETRIS solver, behind cost::searchLayer) and writes the blocking and its cost.
// The bypass decision is left to dataflow-solve-bypass unless the input pinned it.
//
//===----------------------------------------------------------------------===//

#include "Dataflow/Bridge/EyerissBridge.h"
#include "Dataflow/Transforms/Passes.h"
#include "Dataflow/Transforms/Search/ScheduleSupport.h"

namespace dataflow {
#define GEN_PASS_DEF_BLOCKLOOPSPASS
#include "Dataflow/Transforms/Passes.h.inc"
} // namespace dataflow

using namespace mlir;
using namespace dataflow;

namespace {
struct BlockLoopsPass : public dataflow::impl::BlockLoopsPassBase<BlockLoopsPass> {
  using Base::Base;
  BlockLoopsPass(const BlockLoopsPassOptions &options, SharedSearchCache cache)
      : Base(options), sharedCache(std::move(cache)) {}
  SharedSearchCache sharedCache;

  void runOnOperation() override {
    MLIRContext *context = &getContext();
    auto writeSchedule = [&](Operation *op, const LayerSearchResult &found) {
      const cost::SchemeCost &best = found.best;
      if (!getMapping(op))
        op->setAttr(DataflowDialect::kMappingAttrName,
                    bridge::toMappingAttr(context, found.mapping, best.mappingCandidate));
      // A bypass the input pinned stays written; otherwise dataflow-solve-bypass decides.
      BlockingAttr pinned = getBlocking(op);
      std::optional<std::array<bool, cost::kNumData>> bypass;
      if (pinned && pinned.hasBypass())
        bypass = best.gbufStored;
      op->setAttr(DataflowDialect::kBlockingAttrName,
                  bridge::toBlockingAttr(context, best.blocking, bypass));
      op->setAttr(DataflowDialect::kCostAttrName,
                  bridge::toCostAttr(context, best, found.mapping.folding.utilization));
    };
    if (failed(forEachSearchedLayer(getOperation(), getArgument(), goal, method,
                                    disableBypass, progress, threads,
                                    SearchLimits{maxCandidates, timeLimit},
                                    RunSearchCache(sharedCache).get(), writeSchedule)))
      signalPassFailure();
  }
};
} // namespace

std::unique_ptr<Pass> dataflow::createBlockLoopsPass(const BlockLoopsPassOptions &options,
                                                     SharedSearchCache cache) {
  return std::make_unique<BlockLoopsPass>(options, std::move(cache));
}
