//===- PipelineSegment.h - Inter-layer pipelining (segments) ----*- C++ -*-===//
//
// docs/cost-model.md §6 "Inter-layer pipelining" (TANGRAM, ASPLOS'19;
// nn_dataflow InterLayerPipeline, PipelineSegment, PipelineSegmentTiming and
// NNDataflow's segment search):
//  - schedulingDag / vertexSegments / segmentCandidates: the DAG vertices, the
//    vertex runs that may form a segment, spatial and temporal segments with
//    their dependencies and node-region allocation;
//  - searchLayerInResource / evaluateInResource: one layer on a sub-region
//    with on-chip sources/destinations and top-level loop constraints;
//  - SegmentTiming: the per-segment time model;
//  - scheduleNetworkPipelined: the layer-wise beam search over segments;
//    evaluateSegments re-costs given segments and per-layer choices.
// The single-layer entry points (scheduleNetwork, searchLayerPartitioned) are
// unchanged.
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_PIPELINESEGMENT_H
#define DATAFLOW_COSTMODEL_PIPELINESEGMENT_H

#include "Dataflow/CostModel/MultiNode/NetworkSearch.h"

#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace dataflow::cost {

/// Pipelining options (nn_dataflow_search flags).
struct SegmentOptions {
  bool spatial = true;   ///< --interlayer-partition (spatial segments)
  bool temporal = false; ///< --enable-save-writeback (temporal segments)
  double maxTimeOverhead = std::numeric_limits<double>::infinity(); ///< --layer-pipeline-time-overhead
  int maxDegree = std::numeric_limits<int>::max(); ///< --layer-pipeline-max-degree (vertices)
  bool basicOnly = false; ///< --disable-interlayer-opt (basic pipelining, no optimisations)
  int beamWidth = 1;      ///< --ntops: partial networks kept per layer
  double maxUtilDrop = 0.05; ///< §6 allocation: utilisation >= 1 - this
  /// Segments the search keeps (layer names, spatial x temporal; pinned in the IR): a
  /// candidate touching a pinned segment's layers is kept only if it is that segment.
  std::vector<std::vector<std::vector<std::string>>> pinned;
  /// Partitions pinned in the IR (layer name -> partition): such a layer is searched in
  /// that partition only, so it runs only on a region of the partition's dims.
  std::map<std::string, PartitionScheme> pinnedPartitions;
};

/// §6 DAG vertices (layers merged as in schedulingOrder), depth-first order.
struct SchedulingDag {
  std::vector<std::vector<std::string>> vertices;
  std::vector<std::set<int>> prevs, nexts; ///< vertex indices; -1 = network input
  std::map<std::string, int> vertexOf;
};
SchedulingDag schedulingDag(const Network &net);

/// §6 runs of consecutive vertices that may form a segment (the tool's
/// _gen_vseg order, single vertices included).
std::vector<std::vector<int>> vertexSegments(const SchedulingDag &dag);

/// Where a layer runs and where its fmaps live (nn_dataflow Resource fields).
struct LayerResource {
  NodeRegion proc;
  NodeRegion src; ///< DRAM region, or an on-chip region (isDram = false)
  NodeRegion dst;
  bool noTimeMux = false; ///< §6 weight pinning allowed
};

struct SchedIndex {
  int sp = 0, tm = 0;
  bool operator==(const SchedIndex &o) const { return sp == o.sp && tm == o.tm; }
  bool operator<(const SchedIndex &o) const { return sp != o.sp ? sp < o.sp : tm < o.tm; }
};

/// One layer's constraint in a segment (SchedulingConstraintLayerPipeline):
/// top factors (0 = free); `topOfmFrom` = the CONV in the same vertex whose
/// chosen t[0][O] this LR layer must follow (lazily updated rule).
struct LayerConstraint {
  TopLoopConstraint top;
  std::string topOfmFrom;
};

/// A segment: vertices side by side (spatial), layers in a vertex one after
/// the other (temporal), with their resources.
struct PipelineSegment {
  std::vector<std::vector<std::string>> seg;
  std::vector<std::vector<LayerResource>> alloc;
  std::vector<int64_t> nodes; ///< nodes per spatial vertex
  /// Remapped ifmap source region of a layer (shared memory source or
  /// ofmaps forwarded from a layer with both memory and on-chip consumers).
  std::map<SchedIndex, NodeRegion> fwdRegion;
  /// §6 the ifmap layout of the layer at `idx`: its producers' layouts
  /// concatenated, remapped to fwdRegion[idx] when the segment forwards them.
  DataLayout ifmapLayout(const std::vector<const DataLayout *> &producers,
                         SchedIndex idx) const;
  /// Constraint candidates in the tool's order, each with its pruning hints,
  /// materialised only when there are at most kMaterialisedConstraints of
  /// them (else empty: use numConstraints / constraintAt, which always work).
  std::vector<std::vector<std::vector<LayerConstraint>>> constraints;
  std::vector<std::vector<int64_t>> hints;
  static constexpr size_t kMaterialisedConstraints = 4096;

  /// Symbolic form of the constraints: per layer, a factor >= 0 (0 = free) or
  /// -(1 + p) = the value at odometer position p; position 0 is the shared
  /// t[0][B] (multi-layer segments), the others the shared group symbols.
  struct ConstraintArg {
    int64_t ifm = 0, ofm = 0;
    std::string ofmFrom;
  };
  std::vector<std::vector<ConstraintArg>> constraintArgs;
  std::vector<std::vector<int64_t>> constraintValues; ///< per position, ascending
  /// Number of candidates (the product of the positions' value counts; 1 for
  /// a single layer).
  size_t numConstraints() const;
  /// Candidate `i` in the tool's order (last position fastest) and its hints.
  std::vector<std::vector<LayerConstraint>> constraintAt(size_t i,
                                                         std::vector<int64_t> *hints) const;
  /// The first candidate after `i` that can differ from `i` on a value read
  /// by the layers up to `flatLayer` (spatial-major order): when candidate `i`
  /// found no schedule for that layer, every candidate before the returned
  /// one fails there too (same values for those layers).
  size_t nextAfterFailure(size_t i, int flatLayer) const;

  int numLayers() const;
  const std::string &last() const { return seg.back().back(); }
  const std::string &first() const { return seg.front().front(); }
};

/// Builds one segment (dependencies, allocation, constraints); nullopt if the
/// tool would reject it.
std::optional<PipelineSegment> makeSegment(const Network &net,
                                           const std::vector<std::vector<std::string>> &seg,
                                           const Hardware &hw, const SegmentOptions &opts);

/// §6 all segment candidates in the tool's order (single layers first).
std::vector<PipelineSegment> segmentCandidates(const Network &net, const Hardware &hw,
                                               const SegmentOptions &opts);

/// §5 per-layer search and re-costing on a (sub-)region with the §6 resource
/// (on-chip sources/destinations, weight pinning) and `opts.topLoops`; the
/// best `topN` by (cost, time).
Result<std::vector<PartitionedSchedule>>
searchLayerInResource(const Layer &layer, const Hardware &hw, const Options &opts,
                      const DataLayout &ifmapLayout, const LayerResource &res, int topN = 1);
/// Memo of the per-node searches of searchLayerInResource (mapping candidates
/// and blocking schemes of one partitioned layer), keyed on the layer, its
/// partition, the §4-5 context (occupancy, nodes, forwarding/sharing groups,
/// the §6 on-chip and pinning flags) and the top-loop constraint. One pipelined
/// search shares one cache across segments, constraints and partial networks
/// (nn_dataflow memoises Scheduling.schedule_search_per_node the same way);
/// only valid for one hardware and one Options (bar topLoops).
class LayerSearchCache {
public:
  LayerSearchCache();
  ~LayerSearchCache();
  LayerSearchCache(const LayerSearchCache &) = delete;
  LayerSearchCache &operator=(const LayerSearchCache &) = delete;
  int64_t hits() const;
  int64_t misses() const;
  struct Impl;
  Impl &impl() { return *impl_; }

private:
  std::unique_ptr<Impl> impl_;
};

/// searchLayerInResource memoising its per-node searches in `cache` (may be
/// null); results identical to the uncached call. `pinned` (may be null): the
/// only partition searched; a region of other dims has no scheme (NoValidScheme).
Result<std::vector<PartitionedSchedule>>
searchLayerInResource(const Layer &layer, const Hardware &hw, const Options &opts,
                      const DataLayout &ifmapLayout, const LayerResource &res, int topN,
                      LayerSearchCache *cache, const PartitionScheme *pinned = nullptr);
Result<PartitionedSchedule> evaluateInResource(const Layer &layer, const Hardware &hw,
                                               const Options &opts,
                                               const DataLayout &ifmapLayout,
                                               const LayerResource &res,
                                               const PartitionedChoice &choice);

/// §6 timing of one segment (nn_dataflow PipelineSegmentTiming).
class SegmentTiming {
public:
  struct LayerTiming {
    int64_t time = 0, nodeTime = 0, dramTime = 0, numNodes = 0, ngrp = 1, ts = 0, td = 0;
  };
  /// Adds the next layer (in sched order); `prevs` its producers' names.
  void add(const std::string &name, SchedIndex idx, bool isConv,
           const std::vector<std::string> &prevs, const PartitionedSchedule &s);
  int64_t time() const { return std::max(nodeTime_, dramTime_); }
  int64_t criticalTime() const { return critical_; }
  int64_t nodeTime() const { return nodeTime_; }
  int64_t dramTime() const { return dramTime_; }
  int64_t batchGroups() const { return batNgrp_ ? batNgrp_ : 1; }
  double timeOverhead() const;
  /// A time did not fit int64 (CheckedMath.h); the times above are then saturated.
  bool overflowed() const { return overflow_; }

private:
  bool overflow_ = false;
  std::map<std::string, SchedIndex> idx_;
  std::vector<std::vector<LayerTiming>> list_;
  int64_t batNgrp_ = 0, critical_ = 0, nodeTime_ = 0, dramTime_ = 0;
};

struct PipelinedSchedule {
  std::vector<std::string> order;
  std::vector<PipelineSegment> segments;
  std::map<std::string, PartitionedSchedule> layers;
  std::map<std::string, std::array<int, 3>> schedSeq; ///< segment, spatial, temporal
  std::vector<int64_t> segmentTime, segmentCriticalTime;
  std::vector<double> segmentTimeOverhead; ///< §6 (time - T) / T per segment
  PartitionScheme inputPart;
  double totalCost = 0;  ///< static energy re-based (§6)
  int64_t totalTime = 0;
  EnergyBreakdown energy; ///< summed over layers, stat re-based
};

/// §6 the tool's beam search over segments (nn_dataflow NNDataflow.schedule_search
/// with --interlayer-partition / --enable-save-writeback).
Result<PipelinedSchedule> scheduleNetworkPipelined(const Network &net, const Hardware &hw,
                                                   const Options &opts,
                                                   const SegmentOptions &segOpts);

/// Re-costs given segments (layer names, spatial x temporal) with per-layer
/// choices and an input partition; totals and segment times as in §6.
Result<PipelinedSchedule>
evaluateSegments(const Network &net, const Hardware &hw, const Options &opts,
                 const SegmentOptions &segOpts,
                 const std::vector<std::vector<std::vector<std::string>>> &segments,
                 const NetworkChoices &choices, const PartitionScheme &inputPart);

} // namespace dataflow::cost

#endif // DATAFLOW_COSTMODEL_PIPELINESEGMENT_H
