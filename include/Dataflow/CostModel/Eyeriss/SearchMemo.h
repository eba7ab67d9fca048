//===- SearchMemo.h - Memoised blocking searches ----------------*- C++ -*-===//
//
// The best blocking schemes of one mapping candidate depend only on the
// candidate, the hardware, the bypass and partition context of the evaluator
// and the search options (goal, top-N, method, pins, segment constraint). The
// scheduling passes ask for the same search more than once (dataflow-map-array
// searches every candidate, dataflow-block-loops then the chosen one again;
// partitions of a layer often share their per-node sub-layer), so completed
// searches are kept, process-wide, keyed on all of those inputs byte for byte.
// A hit returns exactly what the search returned, its statistics included.
// Not in nn_dataflow (a speed measure, issue 11).
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_SEARCHMEMO_H
#define DATAFLOW_COSTMODEL_SEARCHMEMO_H

#include "Dataflow/CostModel/Eyeriss/LoopBlockingSearch.h"

namespace dataflow::cost {

/// searchBlocking, memoised. A search stopped by Options::deadline is not kept.
/// Thread-safe; two threads missing the same key both search (same answer).
std::vector<SchemeCost> searchBlockingMemo(const BlockingEvaluator &eval, const Options &opts,
                                           BlockingSearchStats *stats = nullptr);

struct SearchMemoCounts {
  int64_t hits = 0, misses = 0, entries = 0;
};
SearchMemoCounts searchMemoCounts();
/// Forgets every kept search (the memo also empties itself past a size cap).
void clearSearchMemo();

} // namespace dataflow::cost

#endif // DATAFLOW_COSTMODEL_SEARCHMEMO_H
