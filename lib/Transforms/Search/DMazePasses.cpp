//===- DMazePasses.cpp - dataflow-dmaze-cost / dataflow-dmaze-map ---------===//
//
// Thin drivers over lib/CostModel/DMazeModel: each layer op with (cost) or without
// (map) dataflow.loop_tiling becomes a dMazeRunner loop nest through
// lib/Bridge/DMazeBridge.cpp, the cost model prices or searches it, and the answer
// goes back as attributes.
//
//===----------------------------------------------------------------------===//

#include "Dataflow/Bridge/DMazeBridge.h"
#include "Dataflow/Transforms/Passes.h"
#include "Dataflow/Transforms/Search/ScheduleSupport.h"
#include "Dataflow/Transforms/Search/SeedToolSupport.h"

namespace dataflow {
#define GEN_PASS_DEF_DMAZECOSTPASS
#define GEN_PASS_DEF_DMAZEMAPPASS
#include "Dataflow/Transforms/Passes.h.inc"
} // namespace dataflow

using namespace mlir;
using namespace dataflow;
namespace dmaze = dataflow::cost::dmaze;

namespace {

/// The loop nest and the architecture; errors are emitted on the op.
FailureOr<std::pair<dmaze::LoopNest, dmaze::Arch>> toDMaze(Operation *op, AcceleratorOp accel) {
  cost::Result<dmaze::Arch> arch = bridge::toDMazeArch(accel);
  if (!arch)
    return op->emitError() << arch.status().message();
  cost::Result<dmaze::LoopNest> nest = bridge::toLoopNest(op);
  if (!nest)
    return op->emitError() << nest.status().message();
  return std::make_pair(*nest, *arch);
}

struct DMazeCostPass : public dataflow::impl::DMazeCostPassBase<DMazeCostPass> {
  using Base::Base;

  void runOnOperation() override {
    LogicalResult result = forEachBoundLayer(
        getOperation(), [&](Operation *op, AcceleratorOp accel) -> LogicalResult {
          auto tiling = op->getAttrOfType<LoopTilingAttr>(DataflowDialect::kLoopTilingAttrName);
          if (!tiling)
            return success();
          FailureOr<std::pair<dmaze::LoopNest, dmaze::Arch>> in = toDMaze(op, accel);
          if (failed(in))
            return failure();
          const auto &[nest, arch] = *in;
          if (tiling.getDram().size() != nest.loops.size())
            return emitLayerError(op, "has a loop_tiling of ")
                   << tiling.getDram().size() << " loops, but its dMazeRunner loop nest has "
                   << nest.loops.size();
          bridge::DMazeMethod m = bridge::toDMazeMethod(tiling);
          cost::Result<dmaze::Cost> c = dmaze::evaluate(nest, arch, m.tiling, m.dramOrder, m.spmOrder);
          if (!c)
            return emitLayerError(op, "has a loop_tiling dMazeRunner rejects: ")
                   << c.status().message();
          op->setAttr(DataflowDialect::kCostAttrName,
                      bridge::toCostAttr(&getContext(), *c, nest, m.tiling, arch));
          return success();
        });
    if (failed(result))
      signalPassFailure();
  }
};

struct DMazeMapPass : public dataflow::impl::DMazeMapPassBase<DMazeMapPass> {
  using Base::Base;

  void runOnOperation() override {
    dmaze::SearchOptions options;
    options.autoOptimize = autoOptimize;
    if (failed(checkSearchLimits(getOperation(), SearchLimits{0, timeLimit})))
      return signalPassFailure();
    // The time limit counts from here, the start of the pass.
    options.deadline = deadlineAfter(timeLimit);
    LogicalResult result = forEachBoundLayer(
        getOperation(), [&](Operation *op, AcceleratorOp accel) -> LogicalResult {
          if (op->hasAttr(DataflowDialect::kLoopTilingAttrName))
            return success();
          if (!isa<ConvOp, FCOp, MatmulOp>(op)) {
            op->emitRemark() << "layer '" << dataflow::layerName(op)
                             << "' is not a CONV, DW_CONV or GEMM layer; dMazeRunner does not "
                                "map it";
            return success();
          }
          FailureOr<std::pair<dmaze::LoopNest, dmaze::Arch>> in = toDMaze(op, accel);
          if (failed(in))
            return failure();
          cost::Result<dmaze::SearchResult> found = dmaze::search(in->first, in->second, options);
          if (!found)
            return emitLayerError(op, "has no dMazeRunner execution method: ")
                   << found.status().message();
          if (!found->complete) {
            op->emitWarning() << "layer '" << dataflow::layerName(op)
                              << "': time-limit stopped its search after " << found->evaluated
                              << (found->evaluated == 1 ? " tiling" : " tilings")
                              << "; the method is the best found so far, not proven optimal";
            // Kept by later passes: the report says the layer is not proven optimal.
            op->setAttr(DataflowDialect::kSearchIncompleteAttrName, UnitAttr::get(&getContext()));
          }
          const dmaze::Best &best = goal == DMazeGoal::Edp      ? found->best.edp
                                    : goal == DMazeGoal::Energy ? found->best.energy
                                                                : found->best.cycles;
          op->setAttr(DataflowDialect::kLoopTilingAttrName,
                      bridge::toLoopTilingAttr(&getContext(), best.tiling, best.dramOrder,
                                               best.spmOrder));
          return success();
        });
    if (failed(result))
      signalPassFailure();
  }
};

} // namespace
