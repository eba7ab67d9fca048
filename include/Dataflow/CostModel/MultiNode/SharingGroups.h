//===- SharingGroups.h - Nodes that share a data category -------*- C++ -*-===//
//
// docs/cost-model.md §5.4-§5.5: the nodes of a partition that need the same
// data of a category form its group (FIL: the OFMP/BATP nodes, IFM: the OUTP
// nodes, OFM: the INPP nodes), with the group's 2-D dims and the average
// neighbour distance along each dimension. Access forwarding divides DRAM
// accesses by the group size; buffer sharing rotates data inside it.
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_SHARINGGROUPS_H
#define DATAFLOW_COSTMODEL_SHARINGGROUPS_H

#include "Dataflow/CostModel/Eyeriss/Indices.h"
#include "Dataflow/CostModel/MultiNode/PartitionScheme.h"

#include <array>

namespace dataflow::cost {

struct SharingGroups {
  std::array<Coord, kNumData> dims;                   ///< group dims per category
  std::array<std::array<double, 2>, kNumData> nbrDist; ///< neighbour distance (h, w)
  int64_t size(int d) const { return dims[size_t(d)].size(); }
};

/// The groups of `part` over `proc` for a layer with `loops` (CONV or LR).
SharingGroups sharingGroups(const NodeRegion &proc, const PartitionScheme &part,
                            const DataLoops &loops);

} // namespace dataflow::cost

#endif // DATAFLOW_COSTMODEL_SHARINGGROUPS_H
