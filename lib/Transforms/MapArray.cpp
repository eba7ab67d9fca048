//===- MapArray.cpp - dataflow-map-array ----------------------------------===//
//
// Writes the row-stationary mapping the best schedule of each layer uses. A mapping
// already present is checked against the layer and kept.
//
//===----------------------------------------------------------------------===//

#include "Dataflow/Transforms/Passes.h"
#include "Dataflow/Transforms/ScheduleSupport.h"

namespace dataflow {
#define GEN_PASS_DEF_MAPARRAYPASS
#include "Dataflow/Transforms/Passes.h.inc"
} // namespace dataflow

using namespace mlir;
using namespace dataflow;

namespace {
struct MapArrayPass : public dataflow::impl::MapArrayPassBase<MapArrayPass> {
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
    bool ok = true;
    for (const Network &net : *networks) {
      ProgressReporter progressOut(*showProgress, getArgument(), net.layers.size());
      for (Operation *op : net.layers) {
        FailureOr<LayerSearchResult> found = scheduler.schedule(op, net);
        progressOut.step(bridge::layerName(op));
        if (failed(found)) {
          ok = false;
          continue;
        }
        if (!getMapping(op))
          op->setAttr(DataflowDialect::kMappingAttrName,
                      bridge::toMappingAttr(&getContext(), found->mapping,
                                            found->best.mappingCandidate));
      }
    }
    if (!ok)
      signalPassFailure();
  }
};
} // namespace
