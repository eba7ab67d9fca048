//===- Options.h - Search options and schedule pins -------------*- C++ -*-===//
#ifndef DATAFLOW_COSTMODEL_OPTIONS_H
#define DATAFLOW_COSTMODEL_OPTIONS_H

#include "Dataflow/CostModel/Eyeriss/Indices.h"
#include "Dataflow/CostModel/Eyeriss/LoopBlocking.h"
#include "Dataflow/CostModel/Eyeriss/PartitionContext.h"
#include "Dataflow/CostModel/MultiNode/PartitionScheme.h"

#include <array>
#include <chrono>
#include <cstdint>
#include <utility>
#include <optional>

namespace dataflow::cost {

class SearchCache;

/// Optimisation goal (nn_dataflow `--goal`): blocking schemes are ranked by
/// (access cost, time) for E, (time, access cost) for D, their product for
/// ED; whole-layer schedules by (cost, time), (time, cost), cost * time.
enum class Goal { Energy, Delay, EnergyDelay };

/// Loop-blocking search engine: exhaustive enumeration (nn_dataflow default)
/// or the TETRIS analytical bypass solver (`--solve-loopblocking`; CONV-shaped
/// loops only, LR layers fall back to exhaustive as in the tool).
enum class SearchMethod { Exhaustive, Solver };

/// Part of a schedule fixed by the user; the search fills in the rest.
struct SchedulePins {
  int mappingCandidate = -1; ///< index into the mapping candidates; -1 = free
  /// factors[level][loop]; 0 = free. A pinned factor must divide the loop count.
  std::array<PerLoopInt, kNumBlockingLevels> factors = {
      PerLoopInt{0, 0, 0}, PerLoopInt{0, 0, 0}, PerLoopInt{0, 0, 0}};
  /// Loop order of blocking level 0 / 1; nullopt = free.
  std::array<std::optional<LoopOrder>, kNumOrderedLevels> orders;

  bool pinsFactors() const;
  bool pinsOrders() const { return orders[0].has_value() || orders[1].has_value(); }
};

/// §6 inter-layer pipelining (nn_dataflow SchedulingConstraintLayerPipeline):
/// top-level (DRAM) blocking factors fixed by the segment (0 = free); with
/// t[0][B] > 1 the B loop must be the outermost non-trivial top loop, then the
/// forwarded loop (I if topIfm > 1, O if topOfm > 1).
struct TopLoopConstraint {
  int64_t topBat = 0, topIfm = 0, topOfm = 0;
  bool active() const { return topBat || topIfm || topOfm; }
  bool factorOk(int loop, int64_t t0) const {
    const int64_t c = loop == kLoopB ? topBat : loop == kLoopI ? topIfm : topOfm;
    return c == 0 || c == t0;
  }
  bool valid(const PerLoopInt &t0, const LoopOrder &o0) const {
    for (int l = 0; l < kNumLoops; ++l)
      if (!factorOk(l, t0[size_t(l)]))
        return false;
    // Non-trivial loops outermost first (larger order value = outer).
    int ord[kNumLoops];
    int n = 0;
    for (int l = 0; l < kNumLoops; ++l)
      if (t0[size_t(l)] > 1)
        ord[n++] = l;
    for (int i = 0; i < n; ++i)
      for (int j = i + 1; j < n; ++j)
        if (o0[size_t(ord[j])] > o0[size_t(ord[i])])
          std::swap(ord[i], ord[j]);
    int pos = 0;
    if (topBat > 1 && (pos >= n || ord[pos++] != kLoopB))
      return false;
    if (topIfm > 1 && (pos >= n || ord[pos++] != kLoopI))
      return false;
    if (topOfm > 1 && (pos >= n || ord[pos++] != kLoopO))
      return false;
    return true;
  }
};

struct Options {
  Goal goal = Goal::Energy;
  /// May category d bypass the GBUF (FIL, IFM, OFM)? The nn_dataflow library
  /// default (used by its verification test) is no bypass; its CLI default is
  /// all three allowed (docs/cost-model.md, the tool's traps).
  std::array<bool, kNumData> bypassAllowed = {false, false, false};
  int topN = 1; ///< schemes kept (nn_dataflow `--ntops`, default 1)
  SearchMethod method = SearchMethod::Exhaustive;
  SchedulePins pins;
  PartitionContext partition;
  /// Multi-node partition search (§5; used by searchLayerPartitioned only).
  PartitionOptions partitioning;
  /// §6 segment constraint on the top-level loops (inactive by default).
  TopLoopConstraint topLoops;
  /// Limits (not in nn_dataflow). searchLayer refuses, with StatusCode::SearchTooLarge,
  /// a layer whose exhaustive blocking space has more than this many candidate schemes
  /// (countBlockingSchemes); 0 = no limit.
  int64_t maxCandidates = 0;
  /// Past this instant a blocking search stops as soon as it holds a valid scheme and
  /// reports itself incomplete (BlockingSearchStats::stopped); nullopt = no limit. The
  /// result is deterministic unless the deadline passes during the search.
  std::optional<std::chrono::steady_clock::time_point> deadline;
  /// Completed blocking searches to reuse and to add to (SearchCache.h), owned by the
  /// caller; null = every search runs. Not an input of any result.
  SearchCache *cache = nullptr;
};

} // namespace dataflow::cost

#endif // DATAFLOW_COSTMODEL_OPTIONS_H
