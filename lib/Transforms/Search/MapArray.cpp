//===- MapArray.cpp - dataflow-map-array ----------------------------------===//
//
// Writes the row-stationary mapping the best schedule of each layer uses. A mapping
// already present is checked against the layer and kept.
//
//===----------------------------------------------------------------------===//

#include "Dataflow/Bridge/EyerissBridge.h"
#include "Dataflow/Transforms/Passes.h"
#include "Dataflow/Transforms/Search/ScheduleSupport.h"

namespace dataflow {
#define GEN_PASS_DEF_MAPARRAYPASS
#include "Dataflow/Transforms/Passes.h.inc"
} // namespace dataflow

using namespace mlir;
using namespace dataflow;

namespace {
struct MapArrayPass : public dataflow::impl::MapArrayPassBase<MapArrayPass> {
  using Base::Base;
  MapArrayPass(const MapArrayPassOptions &options, SharedSearchCache cache)
      : Base(options), sharedCache(std::move(cache)) {}
  SharedSearchCache sharedCache;

  void runOnOperation() override {
    auto writeMapping = [&](Operation *op, const LayerSearchResult &found) {
      if (!getMapping(op))
        op->setAttr(DataflowDialect::kMappingAttrName,
                    bridge::toMappingAttr(&getContext(), found.mapping,
                                          found.best.mappingCandidate));
    };
    if (failed(forEachSearchedLayer(getOperation(), getArgument(), goal, method,
                                    disableBypass, progress, threads,
                                    SearchLimits{maxCandidates, timeLimit},
                                    RunSearchCache(sharedCache).get(), writeMapping)))
      signalPassFailure();
  }
};
} // namespace

std::unique_ptr<Pass> dataflow::createMapArrayPass(const MapArrayPassOptions &options,
                                                   SharedSearchCache cache) {
  return std::make_unique<MapArrayPass>(options, std::move(cache));
}
