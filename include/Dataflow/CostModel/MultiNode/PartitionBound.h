//===- PartitionBound.h - Lower bound of a partition's cost -----*- C++ -*-===//
//
// Exact pruning of the partition search (not in nn_dataflow; issue 25): before
// the per-node blocking search of a partition, a lower bound of the cost any of
// its schemes can have (compulsory DRAM traffic, NoC hops of moving each datum
// once, MACs and the array's register-file traffic at the fewest loop
// iterations, time at full utilisation). A partition whose bound is strictly
// worse than a scheme already found cannot be the answer and is not searched.
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_PARTITIONBOUND_H
#define DATAFLOW_COSTMODEL_PARTITIONBOUND_H

#include "Dataflow/CostModel/Eyeriss/Options.h"
#include "Dataflow/CostModel/Eyeriss/RowStationaryMapping.h"
#include "Dataflow/CostModel/MultiNode/NocHops.h"

#include <cstdint>

namespace dataflow::cost {

/// A lower bound of (energy, time) over every scheme of a set.
struct CostBound {
  double energy = 0;
  double time = 0;
};

/// The bound of every blocking of mapping candidate `cand` in the evaluator
/// context `ctx`, its NoC hops included (unit hops x the fewest DRAM fetches).
CostBound candidateBound(const MappingCandidate &cand, const Hardware &hw, const Options &opts,
                         const PartitionContext &ctx, const PerDataHops &unitHops);

/// The least candidateBound over the candidates a search of `mapping` may use
/// (Options::pins.mappingCandidate respected); `energy` is +inf without any.
CostBound partitionBound(const RowStationaryMapping &mapping, const Hardware &hw,
                         const Options &opts, const PartitionContext &ctx,
                         const PerDataHops &unitHops);

/// True if no scheme bounded by `b` can rank before a scheme of energy
/// `bestEnergy` and time `bestTime` under goal `g` (partitionedBetter is strict,
/// so a bound that is strictly worse, with a relative margin for rounding).
bool boundCannotWin(const CostBound &b, double bestEnergy, int64_t bestTime, Goal g);


} // namespace dataflow::cost

#endif // DATAFLOW_COSTMODEL_PARTITIONBOUND_H
