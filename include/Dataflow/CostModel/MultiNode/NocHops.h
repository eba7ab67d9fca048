//===- NocHops.h - NoC hops of a partitioned layer --------------*- C++ -*-===//
//
// docs/cost-model.md §5.3-§5.4: the hops to move each data category once
// between memory and the nodes of a partition ("unit hops"); a scheme's
// memory hops are unit_hops[d] * fetch[0][d]. Computed from the partition and
// the layouts every time (no memoisation, hence none of the §5.6 artefact).
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_NOCHOPS_H
#define DATAFLOW_COSTMODEL_NOCHOPS_H

#include "Dataflow/CostModel/MultiNode/DataLayout.h"
#include "Dataflow/CostModel/Eyeriss/Indices.h"
#include "Dataflow/CostModel/Eyeriss/Layer.h"
#include "Dataflow/CostModel/MultiNode/PartitionScheme.h"

#include <array>
#include <vector>

namespace dataflow::cost {

using PerDataHops = std::array<int64_t, kNumData>;

/// §5.3 unit hops (FIL, IFM, OFM) of `layer` (full layer, full batch)
/// partitioned by `part` over `proc`; filters come from the nearest of
/// `filterNodes`, ifmaps from `ifmLayout`, ofmaps go to `ofmLayout`.
/// `forwarding` = §5.4 access forwarding (or buffer sharing).
PerDataHops unitNocHops(const Layer &layer, const NodeRegion &proc,
                        const PartitionScheme &part, const std::vector<Coord> &filterNodes,
                        const DataLayout &ifmLayout, const DataLayout &ofmLayout,
                        bool forwarding);

/// The IFM entry of unitNocHops alone: the FIL and OFM entries do not depend on the
/// ifmap layout, so a layer and partition seen with another ifmap layout reuse them.
int64_t ifmapNocHops(const Layer &layer, const NodeRegion &proc, const PartitionScheme &part,
                     const DataLayout &ifmLayout, bool forwarding);

/// Refuses (StatusCode::Overflow) a layer whose unit hops could leave int64 on a
/// `nodesH` x `nodesW` grid: every fmap and filter word, to every node, over the longest
/// path (nodesH + nodesW hops, DRAM corners included), must fit with room for the sums.
Status checkHopRange(const Layer &layer, int64_t nodesH, int64_t nodesW);

/// §5.3 ranges of one node: ofmap range, ifmap range (derived), filter
/// channel ranges (in, out); filter ranges empty for LR layers.
struct NodeRanges {
  FmapRange ofm, ifm;
  std::array<int64_t, 2> filIn{0, 0}, filOut{0, 0};
};
NodeRanges nodeRanges(const Layer &layer, const PartitionScheme &part, const PartIndex &pidx);

} // namespace dataflow::cost

#endif // DATAFLOW_COSTMODEL_NOCHOPS_H
