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
    auto writeCost = [&](Operation *op, const LayerSearchResult &evaluated) {
      op->setAttr(DataflowDialect::kCostAttrName,
                  bridge::toCostAttr(&getContext(), evaluated.best,
                                     evaluated.mapping.folding.utilization));
    };
    if (failed(forEachWrittenSchedule(getOperation(), disableBypass, writeCost)))
      signalPassFailure();
  }
};
} // namespace
