//===- SolveBypass.cpp - dataflow-solve-bypass ----------------------------===//
//
// Makes the global-buffer bypass of each complete blocking explicit. The decision is
// the cost model's (nn_dataflow: a category allowed to bypass stays in the buffer iff
// fetch[DRAM] < fetch[GBUF]); this pass only writes it down.
//
//===----------------------------------------------------------------------===//

#include "Dataflow/Bridge/EyerissBridge.h"
#include "Dataflow/Transforms/Passes.h"
#include "Dataflow/Transforms/Search/ScheduleSupport.h"

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
    // A decided bypass (pinned or solved before) is kept: strip nothing, re-solve nothing.
    SmallVector<Operation *> decided;
    getOperation().walk([&](Operation *op) {
      if (BlockingAttr blocking = getBlocking(op); blocking && blocking.hasBypass())
        decided.push_back(op);
    });
    auto writeBypass = [&](Operation *op, const LayerSearchResult &evaluated) {
      if (llvm::is_contained(decided, op))
        return;
      op->setAttr(DataflowDialect::kBlockingAttrName,
                  bridge::toBlockingAttr(&getContext(), evaluated.best.blocking,
                                         evaluated.best.gbufStored));
    };
    if (failed(forEachWrittenSchedule(getOperation(), disableBypass, writeBypass)))
      signalPassFailure();
  }
};
} // namespace
