//===- SweepRunner.h - Memoised, parallel layer searches of a sweep -*- C++ -*-===//
//
// Runs the single-node schedule search (cost::searchLayer, what dataflow-schedule runs per
// layer on a one-node accelerator) for every (network, hardware) row asked for; the points of
// other kinds go to a WholeNetworkFn (PipelineRunner.h), per network or per layer. A search is
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
  bool hasEnergy = true; ///< false for systolic rows (the tool prices no energy)
  double energy = 0;     ///< sum of the layers' best-schedule energy, program order
  double cycles = 0;     ///< the report's total cycles (a sum of whole cycles but systolic)
  double searchCpuSeconds = 0; ///< thread CPU time of the distinct searches the row needs
  std::string status;    ///< "ok", or why the network does not fit the point
};

struct SweepStats {
  int64_t searchesRun = 0;    ///< distinct (shape, hardware) searches run
  int64_t searchesReused = 0; ///< layer lookups served by the memo
};

/// Prices a whole network on a point the per-layer search does not cover (node grids,
/// inter-layer pipelining, systolic, MAESTRO, dMazeRunner): PipelineRunner.h.
/// With `perLayer`, `network` is an index into Workload::layerFuncs instead: a model that
/// prices each layer alone (systolic, MAESTRO, dMazeRunner), memoised per layer.
using WholeNetworkFn = std::function<RowResult(int network, int hw, bool perLayer)>;

class SweepRunner {
public:
  /// `wholeKey[hw]` is empty for a point the memoised layer search prices, else the key
  /// of the point's figures: a (network, key) pair is priced once by `whole`, or, when
  /// `perLayer[hw]`, each distinct one-layer function once per key.
  SweepRunner(const Workload &workload, std::vector<cost::Hardware> hardware,
              cost::Options options, unsigned threads,
              std::vector<std::string> wholeKey = {}, std::vector<bool> perLayer = {},
              WholeNetworkFn whole = {})
      : workload(workload), hardware(std::move(hardware)), options(std::move(options)),
        threads(threads), wholeKey(std::move(wholeKey)), perLayer(std::move(perLayer)),
        whole(std::move(whole)) {
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
  std::vector<std::string> wholeKey;
  std::vector<bool> perLayer;
  WholeNetworkFn whole;
};

} // namespace dataflow::dse

#endif // DATAFLOW_DSE_SWEEPRUNNER_H
