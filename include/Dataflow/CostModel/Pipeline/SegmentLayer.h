//===- SegmentLayer.h - One layer on a pipeline sub-region ------*- C++ -*-===//
//
// docs/cost-model.md §6: searchLayerInResource / evaluateInResource, one layer on a
// sub-region with on-chip sources/destinations and top-level loop constraints, and
// the memo of its per-node searches.
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_PIPELINE_SEGMENTLAYER_H
#define DATAFLOW_COSTMODEL_PIPELINE_SEGMENTLAYER_H

#include "Dataflow/CostModel/Pipeline/SegmentCandidates.h"

#include <memory>
#include <vector>

namespace dataflow::cost {

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

} // namespace dataflow::cost

#endif // DATAFLOW_COSTMODEL_PIPELINE_SEGMENTLAYER_H
