//===- SweepRunner.h - Memoised, parallel layer searches of a sweep -*- C++ -*-===//
//
// Runs the single-node schedule search (cost::searchLayer, what dataflow-schedule runs per
// layer on a one-node accelerator) for every (network, hardware) row asked for. A search is
// keyed on (layer loop nest, hardware resources, options): a shape that repeats within a
// network, across networks or across identical hardware points is searched once. The
// searches run on an llvm thread pool; rows come back in the order they were asked for, and
// every figure is a pure function of its key, so the output does not depend on the thread
// count, the shard or what a previous run already wrote.
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_DSE_SWEEPRUNNER_H
#define DATAFLOW_DSE_SWEEPRUNNER_H

#include "Workload.h"

#include "Dataflow/CostModel/Eyeriss/Options.h"
#include "Dataflow/CostModel/Eyeriss/SearchCache.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace dataflow::dse {

struct RowId {
  int hw = 0;      ///< index into the hardware points
  int network = 0; ///< index into Workload::networks
};

struct RowResult {
  bool feasible = false;
  double energy = 0;     ///< sum of the layers' best-schedule energy, program order
  int64_t cycles = 0;    ///< sum of the layers' cycles (layers run one after another)
  double searchCpuSeconds = 0; ///< thread CPU time of the distinct searches the row needs
  std::string status;    ///< "ok", or why the network does not fit the point
};

struct SweepStats {
  int64_t searchesRun = 0;    ///< distinct (shape, hardware) searches run
  int64_t searchesReused = 0; ///< layer lookups served by the memo
};

class SweepRunner {
public:
  SweepRunner(const Workload &workload, std::vector<cost::Hardware> hardware,
              cost::Options options, unsigned threads)
      : workload(workload), hardware(std::move(hardware)), options(std::move(options)),
        threads(threads) {
    this->options.cache = &cache; // blocking searches kept for the whole sweep
  }

  /// Computes `rows` (grouped by hardware point, as the caller orders them) and hands
  /// each to `done` in that order, from the calling thread.
  SweepStats run(const std::vector<RowId> &rows,
                 const std::function<void(const RowId &, const RowResult &)> &done);

private:
  const Workload &workload;
  std::vector<cost::Hardware> hardware;
  cost::SearchCache cache;
  cost::Options options;
  unsigned threads;
};

} // namespace dataflow::dse

#endif // DATAFLOW_DSE_SWEEPRUNNER_H
