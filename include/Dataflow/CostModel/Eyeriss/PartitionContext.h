//===- PartitionContext.h - Per-node view of a partitioned layer -*- C++ -*-===//
//
// The factors through which multi-node partitioning (docs/cost-model.md §5)
// enters the single-node formulas of §3 and §4. Single-node scheduling uses
// the defaults (all 1). The partition pass will fill them in: the Layer given
// to the search is then the per-node sub-layer (§5.2).
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_PARTITIONCONTEXT_H
#define DATAFLOW_COSTMODEL_PARTITIONCONTEXT_H

#include "Dataflow/CostModel/Eyeriss/Indices.h"

#include <array>
#include <cstdint>

namespace dataflow::cost {

struct PartitionContext {
  /// occ = ops(full) / (ops(part) * nodes) (§5.2); scales unit ops and REGF.
  double occ = 1.0;
  /// n: nodes of the layer's partition; accesses are counted over all (§4).
  int64_t numNodes = 1;
  /// fwd[d]: access-forwarding group size dividing DRAM accesses (§5.4).
  std::array<double, kNumData> fwd = {1, 1, 1};
  /// share[d]: buffer-sharing subgroup dividing GBUF footprints (§5.5).
  std::array<int64_t, kNumData> share = {1, 1, 1};

  /// §6 inter-layer pipelining (nn_dataflow LoopBlockingScheme with a segment
  /// resource): ifmaps come from / ofmaps go to an on-chip region instead of
  /// DRAM (then fetch[0] of that fmap must be 1 and its DRAM accesses become
  /// GBUF-priced remote accesses); `...Local` = that region is the layer's own
  /// processing region (the fmap is forced into GBUF); `noTimeMux` = one
  /// segment holds the whole network with at most one CONV per vertex (weights
  /// with t[0][I] = t[0][O] = 1 are pinned: no DRAM filter traffic).
  bool srcOnChip = false, srcLocal = false;
  bool dstOnChip = false, dstLocal = false;
  bool noTimeMux = false;
};

} // namespace dataflow::cost

#endif // DATAFLOW_COSTMODEL_PARTITIONCONTEXT_H
