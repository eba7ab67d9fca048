//===- LoopBlockingSearch.h - Blocking search engines -----------*- C++ -*-===//
//
// Search engines over the blocking schemes of one mapping candidate, picked by
// name (Options::method): exhaustive enumeration with nn_dataflow's pruning of
// equivalent loop orders done by construction (here), and the TETRIS bypass
// solver (BypassSolver.h).
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_LOOPBLOCKINGSEARCH_H
#define DATAFLOW_COSTMODEL_LOOPBLOCKINGSEARCH_H

#include "Dataflow/CostModel/Core/EngineRegistry.h"
#include "Dataflow/CostModel/Eyeriss/LoopBlockingScheme.h"
#include "Dataflow/CostModel/Eyeriss/Options.h"

#include <cstdint>
#include <vector>

namespace dataflow::cost {

struct BlockingSearchStats {
  int64_t evaluated = 0; ///< schemes costed (after order pruning)
  int64_t valid = 0;     ///< of which fit the buffers
  /// Options::deadline passed before the search covered its space: the schemes
  /// returned are the best of the part searched, not proven optimal.
  bool stopped = false;
};

/// Upper bound on the schemes the exhaustive search of `cand` would cost under
/// `opts` (pins and the segment constraint applied to the factors; at most 3
/// canonical orders per level for CONV loops, 6 otherwise, 1 where pinned),
/// saturating at INT64_MAX. Costs O(sqrt(n) + d(n)^2) per loop count n: it
/// never enumerates the space.
int64_t countBlockingSchemes(const MappingCandidate &cand, const Options &opts);

/// Exhaustive: every exact 3-way factorisation of each loop count x every
/// canonical pair of orders (docs/cost-model.md §4); best `topN` valid
/// schemes by the goal, ties kept in nn_dataflow's enumeration order.
std::vector<SchemeCost> searchBlockingExhaustive(const BlockingEvaluator &eval,
                                                 const Options &opts,
                                                 BlockingSearchStats *stats = nullptr);

/// What one blocking search is given.
struct BlockingProblem {
  const BlockingEvaluator &eval;
  const Options &opts;
  BlockingSearchStats *stats;
};

/// The family's interchangeable blocking engines by name (docs/architecture.md, "The
/// seam"), in SearchMethod order: exhaustive, solver (BypassSolver.h).
const EngineRegistry<BlockingProblem, std::vector<SchemeCost>> &blockingEngines();

/// Runs the engine opts.method names.
std::vector<SchemeCost> searchBlocking(const BlockingEvaluator &eval,
                                       const Options &opts,
                                       BlockingSearchStats *stats = nullptr);

/// The canonical loop orders of one level for factors `t` (nn_dataflow
/// skip_conv): for each choice of innermost non-trivial loop, that loop
/// innermost, then the other non-trivial loops, then the trivial ones, ties by
/// loop index. Sorted lexicographically by position tuple (the tool's
/// enumeration order). One order if all loops are trivial.
std::vector<LoopOrder> canonicalOrders(const PerLoopInt &t);

/// nn_dataflow skip_conv: true if (t, orders) is a non-canonical or a
/// suboptimal CONV scheme.
bool skipConvScheme(const LoopBlocking &b);

} // namespace dataflow::cost

#endif // DATAFLOW_COSTMODEL_LOOPBLOCKINGSEARCH_H
