//===- MaestroSearch.h - search over MAESTRO directive mappings -*- C++ -*-===//
//
// MAESTRO evaluates one given mapping; this searches two-level mappings of the
// kcp_ws / ckp_ws family and prices each with analyze(). Space and pruning:
// docs/cost-model.md, section "MAESTRO".
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_MAESTRO_MAESTROSEARCH_H
#define DATAFLOW_COSTMODEL_MAESTRO_MAESTROSEARCH_H

#include "Dataflow/CostModel/Core/Status.h"
#include "Dataflow/CostModel/Maestro/MaestroModel.h"

#include <chrono>
#include <cstdint>
#include <optional>

namespace dataflow::cost::maestro {

enum class Goal { Runtime, Energy, Edp };
struct SearchOptions {
  Goal goal = Goal::Runtime;
  bool respectBuffers = false; ///< reject L1/L2 requirement > hardware sizes
  Options model;
  /// Refuse (StatusCode::SearchTooLarge, with the count) a space of more mappings; 0 = none.
  int64_t maxCandidates = 0;
  /// Past it, stop once a valid mapping is held and return the best so far (complete = false).
  std::optional<std::chrono::steady_clock::time_point> deadline;
};
struct SearchResult {
  Mapping mapping;
  Analysis analysis;
  int64_t evaluated = 0;
  double seconds = 0;
  bool complete = true; ///< false: the deadline stopped the search
};
/// How many mappings searchMapping prices for this layer and hardware (its space after
/// pruning).
int64_t countMappings(const Problem &, const HardwareDesc &);
/// Two-level mappings: SpatialMap of one dim over clusters, temporal tiles of
/// N/K/C/Y'/X' in every order, Cluster(n), SpatialMap of another dim over the
/// n PEs with R, S full; the best by the goal (ties: runtime, then energy).
Result<SearchResult> searchMapping(const Problem &, const HardwareDesc &, const SearchOptions &);

} // namespace dataflow::cost::maestro

#endif // DATAFLOW_COSTMODEL_MAESTRO_MAESTROSEARCH_H
