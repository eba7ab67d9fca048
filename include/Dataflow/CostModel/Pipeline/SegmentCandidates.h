//===- SegmentCandidates.h - Pipeline segments and their candidates *- C++ -*-===//
//
// docs/cost-model.md §6 "Inter-layer pipelining" (TANGRAM, ASPLOS'19; nn_dataflow
// InterLayerPipeline and PipelineSegment): schedulingDag / vertexSegments /
// segmentCandidates: the DAG vertices, the vertex runs that may form a segment,
// spatial and temporal segments with their dependencies and node-region allocation.
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_PIPELINE_SEGMENTCANDIDATES_H
#define DATAFLOW_COSTMODEL_PIPELINE_SEGMENTCANDIDATES_H

#include "Dataflow/CostModel/MultiNode/NetworkSearch.h"

#include <chrono>
#include <functional>
#include <limits>
#include <map>
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
/// The same runs in the same order, handed one at a time to `visit` (iterative, memory
/// linear in the vertices); `visit` returns false to stop. False if it stopped.
bool forEachVertexSegment(const SchedulingDag &dag,
                          const std::function<bool(const std::vector<int> &)> &visit);

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

/// §6 node allocation (nn_dataflow PipelineSegment._alloc_proc): `total` nodes of a
/// region `dh` rows high shared by the spatial vertices in proportion to their `ops`, in
/// multiples of the largest common factor of `dh` that keeps the utilisation at least
/// 1 - `maxDrop`. Every count is at least 1 and they sum to `total`. InvalidArgument for
/// inputs no layer has (no vertex, an op count not finite and positive, `dh` not a positive
/// divisor of `total`, `maxDrop` not finite and >= 0); NoValidScheme when no factor meets
/// the utilisation (the tool rejects the segment).
Result<std::vector<int64_t>> allocNodes(const std::vector<double> &ops, int64_t dh,
                                        int64_t total, double maxDrop);

/// Builds one segment (dependencies, allocation, constraints); nullopt if the
/// tool would reject it.
std::optional<PipelineSegment> makeSegment(const Network &net,
                                           const std::vector<std::vector<std::string>> &seg,
                                           const Hardware &hw, const SegmentOptions &opts);

/// §6 all segment candidates in the tool's order (single layers first). Past `deadline`
/// the enumeration stops after the single layers and the runs made so far; `complete`
/// (may be null) then says false.
std::vector<PipelineSegment>
segmentCandidates(const Network &net, const Hardware &hw, const SegmentOptions &opts,
                  const std::optional<std::chrono::steady_clock::time_point> &deadline =
                      std::nullopt,
                  bool *complete = nullptr);

} // namespace dataflow::cost

#endif // DATAFLOW_COSTMODEL_PIPELINE_SEGMENTCANDIDATES_H
