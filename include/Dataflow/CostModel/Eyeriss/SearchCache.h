//===- SearchCache.h - Completed blocking searches, kept for reuse -*- C++ -*-===//
//
// The best blocking schemes of one mapping candidate depend only on the
// candidate, the hardware, the bypass and partition context of the evaluator
// and the search options (goal, top-N, method, pins, segment constraint). A
// compiler run asks for the same search more than once (dataflow-map-array
// searches every candidate, dataflow-block-loops then the chosen one again;
// partitions of a layer often share their per-node sub-layer), so whoever runs
// a set of searches may own a SearchCache and name it in Options::cache:
// completed searches are kept, keyed on all of those inputs byte for byte, and
// a hit returns exactly what the search returned, its statistics included.
// The cost model holds nothing global: without a cache every search runs.
// Not in nn_dataflow (a speed measure, issue 11; owned rather than process-wide
// since issue 17).
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_EYERISS_SEARCHCACHE_H
#define DATAFLOW_COSTMODEL_EYERISS_SEARCHCACHE_H

#include "Dataflow/CostModel/Eyeriss/LoopBlockingSearch.h"

#include <memory>

namespace dataflow::cost {

struct SearchCacheCounts {
  int64_t hits = 0, misses = 0, entries = 0;
};

/// Completed blocking searches. Thread-safe; two threads missing the same key both
/// search (same answer). A search stopped by Options::deadline is not kept.
class SearchCache {
public:
  SearchCache();
  ~SearchCache();
  SearchCache(const SearchCache &) = delete;
  SearchCache &operator=(const SearchCache &) = delete;

  /// searchBlocking, answered from the cache when the same search completed before.
  std::vector<SchemeCost> searchBlocking(const BlockingEvaluator &eval, const Options &opts,
                                         BlockingSearchStats *stats = nullptr);
  SearchCacheCounts counts() const;
  /// Forgets every kept search (the cache also empties itself past a size cap).
  void clear();

private:
  struct Impl;
  std::unique_ptr<Impl> impl;
};

/// searchBlocking through opts.cache when it names one, else a plain search.
std::vector<SchemeCost> searchBlockingCached(const BlockingEvaluator &eval, const Options &opts,
                                             BlockingSearchStats *stats = nullptr);

} // namespace dataflow::cost

#endif // DATAFLOW_COSTMODEL_EYERISS_SEARCHCACHE_H
