//===- PartitionSegments.cpp - dataflow-partition-segments ----------------===//
//
// Inter-layer pipelining (TANGRAM ASPLOS'19 §4-5; docs/cost-model.md §6): the cost model's
// beam search over pipeline segments (scheduleNetworkPipelined) on every multi-node
// network, writing each layer's segment and region, partition, per-node schedule and
// cost, and the network's pipeline timing. Segments and partitions pinned in the IR are kept.
//
//===----------------------------------------------------------------------===//

#include "Dataflow/Transforms/Search/PartitionPins.h"
#include "Dataflow/IR/KeyedSyntax.h"
#include "Dataflow/Transforms/Passes.h"
#include "Dataflow/Transforms/Search/SegmentSupport.h"

#include <algorithm>
#include <climits>

namespace dataflow {
#define GEN_PASS_DEF_PARTITIONSEGMENTSPASS
#include "Dataflow/Transforms/Passes.h.inc"
} // namespace dataflow

using namespace mlir;
using namespace dataflow;

namespace {
struct PartitionSegmentsPass
    : public dataflow::impl::PartitionSegmentsPassBase<PartitionSegmentsPass> {
  using Base::Base;
  PartitionSegmentsPass(const PartitionSegmentsPassOptions &options, SharedSearchCache cache)
      : Base(options), sharedCache(std::move(cache)) {}
  SharedSearchCache sharedCache;

  void runOnOperation() override {
    if (!enable)
      return;
    ModuleOp module = getOperation();
    FailureOr<cost::Options> options = toCostOptions(module, goal, method, disableBypass);
    // max-candidates does not apply here: the segment search sizes its own space.
    const SearchLimits limits{/*maxCandidates=*/0, timeLimit};
    if (failed(options) || failed(checkSearchLimits(module, limits)))
      return signalPassFailure();
    // The time limit counts from here, the start of the pass.
    setSearchLimits(*options, limits);
    RunSearchCache cache(sharedCache);
    options->cache = cache.get();
    if (failed(setPartitionOptions(module, *options, hybrid, batchPartition, ifmapsPartition,
                                   accessForwarding, bufferSharing)))
      return signalPassFailure();
    if (!(maxTimeOverhead.getValue() >= 0)) {
      module.emitError() << "max-time-overhead must be non-negative (a fraction of the "
                            "segment's time), got "
                         << formatExactDouble(maxTimeOverhead.getValue());
      return signalPassFailure();
    }
    // A beam past this keeps partial networks without bound (2^31 wrapped to 1 before).
    constexpr unsigned kMaxBeamWidth = 1000;
    if (beamWidth.getValue() == 0 || beamWidth.getValue() > kMaxBeamWidth) {
      module.emitError() << "beam-width must be at least 1 and at most " << kMaxBeamWidth
                         << ", got " << beamWidth.getValue();
      return signalPassFailure();
    }
    cost::SegmentOptions segOpts;
    segOpts.spatial = true;
    segOpts.temporal = temporal;
    segOpts.maxTimeOverhead = maxTimeOverhead;
    if (maxDegree.getValue() > 0) // past INT_MAX: unbounded too (it wrapped to none before)
      segOpts.maxDegree = int(std::min<unsigned>(maxDegree.getValue(), INT_MAX));
    segOpts.basicOnly = basicOnly;
    segOpts.beamWidth = int(beamWidth.getValue());

    FailureOr<SmallVector<Network>> networks = collectNetworks(module);
    if (failed(networks))
      return signalPassFailure();
    bool ok = true;
    for (const Network &net : *networks)
      ok &= succeeded(runOnNetwork(net, *options, segOpts, dataflow::showProgress(progress)));
    if (!ok)
      signalPassFailure();
  }

  LogicalResult runOnNetwork(const Network &net, const cost::Options &options,
                             cost::SegmentOptions segOpts, bool showProgress) {
    func::FuncOp func = net.func;
    if (!isMultiNode(net)) {
      func.emitRemark() << "network @" << func.getSymName() << " runs on one node of accelerator @"
                        << AcceleratorOp(net.accelerator).getSymName()
                        << ": no inter-layer pipelining (dataflow-partition-layers and the "
                           "single-node passes schedule it)";
      return success();
    }
    FailureOr<PartitionedNetwork> pn = buildPartitionedNetwork(net);
    if (failed(pn))
      return failure();
    // The search decides every layer's per-node schedule; segments and partitions may be
    // pinned (a pinned partition fixes the dims of the layer's region).
    bool ok = true;
    for (Operation *op : net.layers)
      if (getMapping(op) || getBlocking(op)) {
        emitLayerError(op, "pins a per-node schedule (dataflow.mapping or dataflow.blocking); "
                           "dataflow-partition-segments searches it with the segments: pin "
                           "only dataflow.segment and dataflow.partition, or re-cost a "
                           "complete schedule with dataflow-cost");
        ok = false;
      }
    if (!ok)
      return failure();
    SegmentList pinned = collectSegments(net);
    FailureOr<std::vector<cost::PipelineSegment>> built =
        checkSegments(net, *pn, pinned, segOpts, /*checkRegions=*/true);
    if (failed(built))
      return failure();
    segOpts.pinned = pinned.segments;
    // A pinned partition's grid: its pinned segment's region, else any region that fits.
    std::map<std::string, std::pair<int64_t, int64_t>> regionGrids;
    for (const cost::PipelineSegment &seg : *built)
      for (size_t sp = 0; sp < seg.seg.size(); ++sp)
        for (size_t tm = 0; tm < seg.seg[sp].size(); ++tm)
          regionGrids[seg.seg[sp][tm]] = {seg.alloc[sp][tm].proc.dim.h,
                                          seg.alloc[sp][tm].proc.dim.w};
    for (Operation *op : net.layers) {
      PartitionAttr part = getPartition(op);
      if (!part)
        continue;
      auto [h, w] = part.getGrid();
      // A segment region may be folded (1x5 on a 4x4 grid): only the node count must fit.
      if (h * w > net.hardware.nodesH * net.hardware.nodesW) {
        emitLayerError(op, "has a partition over ")
            << h << "x" << w << " nodes, more than the " << net.hardware.nodesH << "x"
            << net.hardware.nodesW << " node grid of accelerator @"
            << AcceleratorOp(net.accelerator).getSymName() << " holds";
        ok = false;
        continue;
      }
      regionGrids.try_emplace(dataflow::layerName(op), h, w);
    }
    if (!ok)
      return failure();
    FailureOr<NetworkPins> pins =
        collectPins(net, *pn, options.partitioning, /*requireComplete=*/false, regionGrids);
    if (failed(pins))
      return failure();
    segOpts.pinnedPartitions = pins->partitions;
    ProgressReporter progressOut(showProgress, getArgument(), 1, "networks");
    cost::Result<cost::PipelinedSchedule> schedule =
        cost::scheduleNetworkPipelined(pn->graph, net.hardware, options, segOpts);
    progressOut.step(func.getSymName());
    if (!schedule)
      return emitNetworkError(net, *pn, schedule.status());
    if (failed(writePipelinedSchedule(net, *pn, *schedule, options.partitioning,
                                      /*costOnly=*/false)))
      return failure();
    markIncompleteSearches(*pn, schedule->order, schedule->layers);
    if (!schedule->segmentsComplete) {
      // time-limit cut the segment search itself: no layer's segment is proven optimal.
      func.emitWarning() << "network @" << func.getSymName()
                         << ": time-limit stopped the segment search after "
                         << schedule->segmentCandidates << " segment candidates; the "
                            "segments are the best found so far, not proven optimal";
      for (const std::string &name : schedule->order)
        if (schedule->layers.count(name)) {
          Operation *op = pn->opOf.at(name);
          op->setAttr(DataflowDialect::kSearchIncompleteAttrName, UnitAttr::get(op->getContext()));
        }
    }
    return success();
  }
};
} // namespace

std::unique_ptr<Pass> dataflow::createPartitionSegmentsPass(const PartitionSegmentsPassOptions &options,
                                               SharedSearchCache cache) {
  return std::make_unique<PartitionSegmentsPass>(options, std::move(cache));
}
