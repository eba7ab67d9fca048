//===- GroupScaling.h - A one-group scheme scaled to g groups ---*- C++ -*-===//
//
// Grouped conv: g independent groups run one after another (Layer.h), so every
// extensive figure of a one-group scheme (accesses, ops, energies, times; not the
// fetch counts) is multiplied by g. Used by the single-node search and, with a
// node's g' groups, by the partitioned search (docs/cost-model.md "Groups on a grid").
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_GROUPSCALING_H
#define DATAFLOW_COSTMODEL_GROUPSCALING_H

#include "Dataflow/CostModel/Eyeriss/LoopBlockingScheme.h"

#include <cstdint>

namespace dataflow::cost {

/// Identity for groups = 1. False when a time times `groups` does not fit int64
/// (CheckedMath.h); the scheme is then unusable.
bool scaleByGroups(SchemeCost &s, int64_t groups);

} // namespace dataflow::cost

#endif // DATAFLOW_COSTMODEL_GROUPSCALING_H
