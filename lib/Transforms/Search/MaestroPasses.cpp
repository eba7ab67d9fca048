//===- MaestroPasses.cpp - dataflow-maestro-cost / dataflow-maestro-map ---===//
//
// Thin drivers over lib/CostModel/Maestro*: each layer op with (cost) or without (map)
// dataflow.directives becomes a MAESTRO layer through lib/Bridge/MaestroBridge.cpp,
// the cost model prices or searches it, and the answer goes back as attributes.
//
//===----------------------------------------------------------------------===//

#include "Dataflow/Bridge/EyerissBridge.h"
#include "Dataflow/Bridge/MaestroBridge.h"
#include "Dataflow/Transforms/Passes.h"
#include "Dataflow/Transforms/Search/ScheduleSupport.h"
#include "Dataflow/Transforms/Search/SeedToolSupport.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"

#include <chrono>

namespace dataflow {
#define GEN_PASS_DEF_MAESTROCOSTPASS
#define GEN_PASS_DEF_MAESTROMAPPASS
#include "Dataflow/Transforms/Passes.h.inc"
} // namespace dataflow

using namespace mlir;
using namespace dataflow;
namespace maestro = dataflow::cost::maestro;

namespace {

/// The layer, its problem and the hardware; errors are emitted on the op.
struct MaestroLayer {
  maestro::LayerDesc desc;
  maestro::Problem problem;
};

FailureOr<MaestroLayer> toMaestro(Operation *op, DirectivesAttr directives) {
  cost::Result<maestro::LayerDesc> desc = bridge::toMaestroLayer(op, directives);
  if (!desc)
    return op->emitError() << desc.status().message();
  cost::Result<maestro::Problem> problem = maestro::toProblem(*desc, kIrFile);
  if (!problem)
    return emitLayerError(op, "cannot be priced by MAESTRO: ")
           << stripIrLine(problem.status().message());
  return MaestroLayer{*desc, *problem};
}

/// The accelerator as MAESTRO hardware with the passes' NoC latency and SIMD lanes, which a
/// dataflow.accelerator does not hold (MAESTRO: latency = hops x hop latency).
cost::Result<maestro::HardwareDesc> hardwareOf(AcceleratorOp accel, int64_t nocLatency,
                                               int64_t simdLanes) {
  cost::Result<maestro::HardwareDesc> hw = bridge::toMaestroHardware(accel);
  if (!hw)
    return hw;
  maestro::HardwareDesc out = *hw;
  out.nocHops = 1;
  out.hopLatency = nocLatency;
  out.simdLanes = simdLanes;
  return out;
}

/// A module-level error for out-of-range hardware options.
LogicalResult checkHardwareOptions(ModuleOp module, StringRef pass, int64_t nocLatency,
                                   int64_t simdLanes) {
  if (nocLatency >= 0 && nocLatency <= (int64_t(1) << 40) && simdLanes >= 1 &&
      simdLanes <= (int64_t(1) << 40))
    return success();
  return module.emitError() << pass << ": noc-latency must be in [0, 2^40] and simd-lanes in "
                            << "[1, 2^40], got " << nocLatency << " and " << simdLanes;
}

struct MaestroCostPass : public dataflow::impl::MaestroCostPassBase<MaestroCostPass> {
  using Base::Base;

  void runOnOperation() override {
    maestro::Options options;
    options.maestroReuseQuirk = maestroReuseQuirk;
    if (failed(checkHardwareOptions(getOperation(), "dataflow-maestro-cost", nocLatency,
                                    simdLanes)))
      return signalPassFailure();
    LogicalResult result = forEachBoundLayer(
        getOperation(), [&](Operation *op, AcceleratorOp accel) -> LogicalResult {
          auto directives = op->getAttrOfType<DirectivesAttr>(DataflowDialect::kDirectivesAttrName);
          if (!directives)
            return success();
          cost::Result<maestro::HardwareDesc> hw = hardwareOf(accel, nocLatency, simdLanes);
          if (!hw)
            return op->emitError() << hw.status().message();
          FailureOr<MaestroLayer> layer = toMaestro(op, directives);
          if (failed(layer))
            return failure();
          cost::Result<maestro::Mapping> mapping =
              maestro::toMapping(layer->desc, layer->problem, *hw, kIrFile);
          if (!mapping)
            return emitLayerError(op, "has directives MAESTRO rejects: ")
                   << stripIrLine(mapping.status().message());
          cost::Result<maestro::Analysis> analysis =
              maestro::analyze(layer->problem, *mapping, *hw, options);
          if (!analysis)
            return emitLayerError(op, "cannot be priced by MAESTRO: ")
                   << analysis.status().message();
          op->setAttr(DataflowDialect::kCostAttrName,
                      bridge::toCostAttr(&getContext(), *analysis, bridge::unitEnergies(accel), hw->numPes));
          return success();
        });
    if (failed(result))
      signalPassFailure();
  }
};

struct MaestroMapPass : public dataflow::impl::MaestroMapPassBase<MaestroMapPass> {
  using Base::Base;

  void runOnOperation() override {
    maestro::SearchOptions options;
    options.goal = goal == MaestroGoal::Energy ? maestro::Goal::Energy
                   : goal == MaestroGoal::Edp  ? maestro::Goal::Edp
                                               : maestro::Goal::Runtime;
    options.respectBuffers = respectBuffers;
    if (failed(checkHardwareOptions(getOperation(), "dataflow-maestro-map", nocLatency,
                                    simdLanes)) ||
        failed(checkSearchLimits(getOperation(), SearchLimits{maxCandidates, timeLimit})))
      return signalPassFailure();
    options.maxCandidates = maxCandidates;
    // The time limit counts from here, the start of the pass.
    options.deadline = deadlineAfter(timeLimit);
    LogicalResult result = forEachBoundLayer(
        getOperation(), [&](Operation *op, AcceleratorOp accel) -> LogicalResult {
          if (op->hasAttr(DataflowDialect::kDirectivesAttrName))
            return success();
          if (!isa<ConvOp, FCOp, MatmulOp>(op)) {
            op->emitRemark() << "layer '" << dataflow::layerName(op)
                             << "' is not a CONV, DSCONV, NGCONV or GEMM layer; MAESTRO does not map it";
            return success();
          }
          cost::Result<maestro::HardwareDesc> hw = hardwareOf(accel, nocLatency, simdLanes);
          if (!hw)
            return op->emitError() << hw.status().message();
          FailureOr<MaestroLayer> layer = toMaestro(op, nullptr);
          if (failed(layer))
            return failure();
          cost::Result<maestro::SearchResult> found =
              maestro::searchMapping(layer->problem, *hw, options);
          if (!found && found.status().code() == cost::StatusCode::SearchTooLarge)
            return emitLayerError(op, "has too large a MAESTRO mapping search: ")
                   << found.status().message()
                   << " (max-candidates); raise max-candidates (0 = no limit) or give the "
                      "layer dataflow.directives";
          if (!found)
            return emitLayerError(op, "has no MAESTRO mapping: ") << found.status().message();
          if (!found->complete) {
            op->emitWarning() << "layer '" << dataflow::layerName(op)
                              << "': time-limit stopped its search after " << found->evaluated
                              << (found->evaluated == 1 ? " mapping" : " mappings")
                              << "; the directives are the best found so far, not proven "
                                 "optimal";
            // Kept by later passes: the report says the layer is not proven optimal.
            op->setAttr(DataflowDialect::kSearchIncompleteAttrName, UnitAttr::get(&getContext()));
          }
          DirectivesAttr directives = bridge::toDirectivesAttr(
              &getContext(), found->mapping, layer->problem, layer->desc.type == "GEMM");
          // The written directives must price as the search found (they are re-read by
          // dataflow-maestro-cost); a difference is a bug, not a user error.
          FailureOr<MaestroLayer> written = toMaestro(op, directives);
          cost::Result<maestro::Mapping> reread =
              failed(written) ? cost::Result<maestro::Mapping>(cost::Status::error(
                                    cost::StatusCode::InvalidArgument, "unreadable"))
                              : maestro::toMapping(written->desc, written->problem, *hw, kIrFile);
          cost::Result<maestro::Analysis> again =
              reread ? maestro::analyze(written->problem, *reread, *hw, options.model)
                     : cost::Result<maestro::Analysis>(reread.status());
          if (!again || again->runtime != found->analysis.runtime ||
              again->l1Accesses() != found->analysis.l1Accesses() ||
              again->l2Accesses() != found->analysis.l2Accesses())
            return emitLayerError(op, "internal error: the searched MAESTRO mapping does not "
                                      "survive being written as directives ")
                   << directives;
          op->setAttr(DataflowDialect::kDirectivesAttrName, directives);
          return success();
        });
    if (failed(result))
      signalPassFailure();
  }
};

} // namespace
