//===- PartitionLayers.cpp - dataflow-partition-layers --------------------===//
//
// Multi-node accelerators (TETRIS §5, TANGRAM; docs/cost-model.md §5, §6): walks each
// network in nn_dataflow's layer order with the producers' ofmap layouts flowing into
// their consumers, and writes every layer's partition over the node grid, its per-node
// mapping and blocking (bypass decided), and its cost with the NoC. The search is the
// cost model's scheduleNetwork (greedy, or a beam with network-search=beam, and a lower
// bound remarked with lower-bound=true); pinned partitions and schedules in the IR are kept.
// On a one-node accelerator the partition is trivial: the pass writes it and leaves the
// per-node schedule to the single-node passes.
//
//===----------------------------------------------------------------------===//

#include "Dataflow/Transforms/Search/PartitionPins.h"
#include "Dataflow/Bridge/MultiNodeBridge.h"
#include "Dataflow/Transforms/Passes.h"
#include "Dataflow/Transforms/Search/SegmentSupport.h"

#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Threading.h"

namespace dataflow {
#define GEN_PASS_DEF_PARTITIONLAYERSPASS
#include "Dataflow/Transforms/Passes.h.inc"
} // namespace dataflow

using namespace mlir;
using namespace dataflow;

namespace {
/// network-search and network-beam as the cost model's options, or an error on `module`.
FailureOr<cost::NetworkSearchOptions> parseNetworkSearch(ModuleOp module, NetworkSearch search,
                                                         unsigned beam, bool lowerBound) {
  cost::NetworkSearchOptions out;
  out.lowerBound = lowerBound;
  if (search == NetworkSearch::Greedy)
    return out;
  if (beam < 2)
    return module.emitError() << "network-beam must be at least 2 with network-search=beam "
                                 "(1 partial network is the greedy search), not "
                              << beam;
  out.beamWidth = beam;
  return out;
}

/// lower-bound=true: how far the network's answer is from its lower bound.
void remarkBound(func::FuncOp func, const cost::NetworkSchedule &s, cost::Goal goal) {
  InFlightDiagnostic d = func.emitRemark() << "network @" << func.getSymName() << ": ";
  if (!s.bound.have) {
    d << "no lower bound (time-limit stopped a layer's search)";
    return;
  }
  auto above = [](double v, double b) { return b > 0 ? 100 * (v / b - 1) : 0.0; };
  d << llvm::formatv("energy {0:e4} is {1:f2}% above its lower bound {2:e4}", s.totalCost,
                     above(s.totalCost, s.bound.cost), s.bound.cost)
           .str();
  if (goal != cost::Goal::Energy)
    d << llvm::formatv(", time {0} is {1:f2}% above its lower bound {2}", s.totalTime,
                       above(double(s.totalTime), double(s.bound.time)), s.bound.time)
             .str();
  d << " (the sum of each layer's best with its ifmaps in place)";
}

struct PartitionLayersPass
    : public dataflow::impl::PartitionLayersPassBase<PartitionLayersPass> {
  using Base::Base;
  PartitionLayersPass(const PartitionLayersPassOptions &options, SharedSearchCache cache)
      : Base(options), sharedCache(std::move(cache)) {}
  SharedSearchCache sharedCache;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    FailureOr<cost::Options> options = toCostOptions(module, goal, method, disableBypass);
    const SearchLimits limits{maxCandidates, timeLimit};
    if (failed(options) || failed(checkSearchLimits(module, limits)))
      return signalPassFailure();
    FailureOr<cost::NetworkSearchOptions> search =
        parseNetworkSearch(module, networkSearch, networkBeam, lowerBound);
    if (failed(search))
      return signalPassFailure();
    // The time limit counts from here, the start of the pass.
    setSearchLimits(*options, limits);
    RunSearchCache cache(sharedCache);
    options->cache = cache.get();
    if (failed(setPartitionOptions(module, *options, hybrid, batchPartition, ifmapsPartition,
                                   accessForwarding, bufferSharing)))
      return signalPassFailure();
    FailureOr<SmallVector<Network>> networks = collectNetworks(module);
    if (failed(networks))
      return signalPassFailure();
    MLIRContext *context = &getContext();
    bool ok = true;
    for (const Network &net : *networks) {
      // Pipelined networks belong to dataflow-partition-segments (and dataflow-cost).
      if (isMultiNode(net) && isSegmented(net)) {
        if (!func::FuncOp(net.func)->hasAttr(DataflowDialect::kPipelineAttrName)) {
          func::FuncOp(net.func).emitError()
              << "network @" << func::FuncOp(net.func).getSymName()
              << " has layers pinned to pipeline segments (dataflow.segment); schedule it "
                 "with dataflow-partition-segments";
          ok = false;
        }
        continue;
      }
      if (!isMultiNode(net)) {
        // One node: the only partition is the trivial one.
        PartitionAttr trivial = bridge::toPartitionAttr(context, cost::PartitionScheme{}, {});
        for (Operation *op : net.layers) {
          PartitionAttr given = getPartition(op);
          if (given && !given.isTrivial()) {
            auto [h, w] = given.getGrid();
            emitLayerError(op, "has a partition over ")
                << h << "x" << w << " nodes, but accelerator @"
                << AcceleratorOp(net.accelerator).getSymName() << " has a 1x1 node grid";
            ok = false;
          } else if (!given) {
            op->setAttr(DataflowDialect::kPartitionAttrName, trivial);
          }
        }
        continue;
      }
      FailureOr<PartitionedNetwork> pn = buildPartitionedNetwork(net);
      if (failed(pn)) {
        ok = false;
        continue;
      }
      FailureOr<NetworkPins> pins = collectPins(net, *pn, options->partitioning, /*requireComplete=*/false);
      if (failed(pins)) {
        ok = false;
        continue;
      }
      ProgressReporter progressOut(dataflow::showProgress(progress), getArgument(), 1, "networks");
      // Each layer's partitions are searched in parallel (0 = all cores); same answer.
      unsigned workers = llvm::hardware_concurrency(threads.getValue()).compute_thread_count();
      FailureOr<cost::NetworkSchedule> schedule =
          runNetwork(net, *pn, *options, *pins, workers, *search);
      progressOut.step(func::FuncOp(net.func).getSymName());
      if (failed(schedule)) {
        ok = false;
        continue;
      }
      if (failed(writeNetworkSchedule(net, *pn, *schedule, options->partitioning,
                                      /*costOnly=*/false))) {
        ok = false;
        continue;
      }
      markIncompleteSearches(*pn, schedule->order, schedule->layers);
      if (search->lowerBound)
        remarkBound(func::FuncOp(net.func), *schedule, options->goal);
    }
    if (!ok)
      signalPassFailure();
  }
};
} // namespace

std::unique_ptr<Pass> dataflow::createPartitionLayersPass(const PartitionLayersPassOptions &options,
                                               SharedSearchCache cache) {
  return std::make_unique<PartitionLayersPass>(options, std::move(cache));
}
