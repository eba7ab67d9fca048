//===- PipelineBench.cpp - Inter-layer pipelining search speed -----------===//
//
// docs/cost-model.md §6: the whole-AlexNet segment beam search of the reference
// run tetris_T16_alexnet_b16_hybrid_solve_interlayer (T16, hybrid, solver,
// --interlayer-partition) beside nn_dataflow's recorded 5.93 CPU seconds
// (test/Reference/data cpu_seconds, one core, -p 1). Every iteration is cold: no
// SearchCache (Options::cache null), and the per-node search cache shared across
// segments (LayerSearchCache) is made afresh by each scheduleNetworkPipelined call.
// The search runs on one thread; CPU time is the whole process's all the same.
// "segments" counts the segment candidates enumerated per iteration; no scheme counter:
// the kept layers' schemesEvaluated count per-node searches answered by the run's
// LayerSearchCache again, so they are not schemes evaluated.
//
//===----------------------------------------------------------------------===//
#include "BenchSupport.h"
#include "Dataflow/CostModel/Pipeline/PipelineSearch.h"

#include "NetworkJson.h"

#include <benchmark/benchmark.h>


using namespace dataflow::cost;

namespace {

void BM_SearchAlexNetPipelined(benchmark::State &state) {
  Network net;
  std::string name;
  const std::string err = dataflow::bench::loadNetwork(
      std::string(DATAFLOW_SOURCE_DIR) + "/python/dataflow_opt/zoo/nn_dataflow/alex_net.json", 16,
      &net, &name);
  if (!err.empty()) {
    state.SkipWithError(err.c_str());
    return;
  }
  const Hardware hw = dataflow::bench::tetrisT16();
  Options o;
  o.bypassAllowed = {true, true, true};
  o.method = SearchMethod::Solver;
  o.partitioning.hybrid = true;
  o.cache = nullptr; // cold: no SearchCache across iterations
  SegmentOptions so;
  double seconds = 0, cost = 0;
  int64_t iters = 0, candidates = 0;
  for (auto _ : state) {
    const double t0 = dataflow::bench::processCpuSeconds();
    Result<PipelinedSchedule> s = scheduleNetworkPipelined(net, hw, o, so);
    seconds += dataflow::bench::processCpuSeconds() - t0;
    if (!s.isOk()) {
      state.SkipWithError(s.status().message().c_str());
      return;
    }
    cost = s->totalCost;
    candidates += s->segmentCandidates;
    benchmark::DoNotOptimize(s->totalCost); // const: input only (BenchCounters.h)
    ++iters;
  }
  state.counters["segments"] =
      benchmark::Counter(double(candidates), benchmark::Counter::kAvgIterations);
  const double ref = 5.93;
  state.counters["cpu_s"] = seconds / double(iters);
  state.counters["nn_dataflow_cpu_s"] = ref;
  state.counters["speedup_vs_nn_dataflow"] = ref / (seconds / double(iters));
  state.counters["total_cost"] = cost;
}
BENCHMARK(BM_SearchAlexNetPipelined)->MeasureProcessCPUTime()->Unit(benchmark::kMillisecond);

} // namespace
