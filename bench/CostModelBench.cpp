//===- CostModelBench.cpp - Cost model speed --------------------------------===//
//
// Scheme evaluations per second, exhaustive search time per AlexNet layer, and
// the whole single-node AlexNet search (the 19 layers of nn_dataflow's
// alex_net, batch 16, Eyeriss 16x16, GBUF 64 Ki words, REGF 256 words) with
// and without GBUF bypass, against nn_dataflow's recorded CPU seconds
// (§8 of docs/cost-model.md: 33.94 s for eyeriss_isca16_alexnet_b16, 44.77 s for
// eyeriss_alexnet_b16_bypass; one core, -p 1). Every search iteration is cold:
// Options::cache is null, so no SearchCache carries a search from one iteration to
// the next (the cost model keeps nothing between calls), and each iteration fails
// the benchmark if its search costed no scheme. The counters "schemes" (blocking
// schemes costed per iteration) and "schemes/s" (per process CPU second)
// count only schemes really evaluated. CPU time is the whole process's (all threads).
//
//===----------------------------------------------------------------------===//
#include "BenchCounters.h"
#include "BenchSupport.h"
#include "Dataflow/CostModel/Eyeriss/LayerSearch.h"
#include "Dataflow/CostModel/Eyeriss/LoopBlockingScheme.h"

#include <benchmark/benchmark.h>

#include <utility>
#include <vector>

using namespace dataflow::cost;

namespace {

Hardware eyeriss() {
  Hardware hw; // 16x16 PEs, ISCA'16 unit costs 1; 200, 6, 2, 1
  hw.gbufWords = 131072 / 2;
  hw.regfWords = 512 / 2;
  hw.cost.nocHop = 0;
  return hw;
}

/// nn_dataflow's alex_net (two towers), layer shapes only.
std::vector<Layer> alexNet(int64_t n) {
  std::vector<Layer> v;
  for (const char *t : {"_a", "_b"}) {
    const std::string s(t);
    v.push_back(makeConv("conv1" + s, 3, 48, 55, 55, 11, 11, 4, 4, n));
    v.push_back(makePool("pool1" + s, 48, 27, 27, 3, 3, 2, 2, n));
    v.push_back(makeConv("conv2" + s, 48, 128, 27, 27, 5, 5, 1, 1, n));
    v.push_back(makePool("pool2" + s, 128, 13, 13, 3, 3, 2, 2, n));
    v.push_back(makeConv("conv3" + s, 256, 192, 13, 13, 3, 3, 1, 1, n));
    v.push_back(makeConv("conv4" + s, 192, 192, 13, 13, 3, 3, 1, 1, n));
    v.push_back(makeConv("conv5" + s, 192, 128, 13, 13, 3, 3, 1, 1, n));
    v.push_back(makePool("pool3" + s, 128, 6, 6, 3, 3, 2, 2, n));
  }
  v.push_back(makeFC("fc1", 256, 4096, 6, 6, n));
  v.push_back(makeFC("fc2", 4096, 4096, 1, 1, n));
  v.push_back(makeFC("fc3", 4096, 1000, 1, 1, n));
  return v;
}

using dataflow::bench::processCpuSeconds;
using dataflow::bench::setSchemeCounters;

Options options(bool bypass) {
  Options o;
  if (bypass)
    o.bypassAllowed = {true, true, true};
  o.cache = nullptr; // cold: every search runs in full (no SearchCache across iterations)
  return o;
}

void BM_EvaluateScheme(benchmark::State &state) {
  const Layer conv3 = makeConv("conv3", 256, 192, 13, 13, 3, 3, 1, 1, 16);
  const Hardware hw = eyeriss();
  Result<RowStationaryMapping> m = mapRowStationary(conv3, hw);
  const BlockingEvaluator ev(m->candidates[0], hw, {false, false, false}, PartitionContext());
  LoopBlocking b; // the tool's choice for conv3_a (isca16 run)
  b.t[0] = {32, 3, 4};
  b.t[1] = {8, 1, 1};
  b.t[2] = {1, 13, 4};
  SchemeCost out;
  for (auto _ : state) {
    benchmark::DoNotOptimize(ev.evaluate(b, out));
    benchmark::DoNotOptimize(std::as_const(out).energy.total); // const: input only (BenchCounters.h)
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_EvaluateScheme)->MeasureProcessCPUTime();

void BM_SearchLayer(benchmark::State &state) {
  const std::vector<Layer> net = alexNet(16);
  const Layer &l = net[size_t(state.range(0))];
  const bool bypass = state.range(1) != 0;
  state.SetLabel(l.name + (bypass ? " bypass" : " no-bypass"));
  int64_t evaluated = 0; // over every iteration
  double seconds = 0;
  for (auto _ : state) {
    const double t0 = processCpuSeconds();
    Result<LayerSchedule> r = searchLayer(l, eyeriss(), options(bypass));
    seconds += processCpuSeconds() - t0;
    if (!r.isOk() || r->schemesEvaluated == 0 || r->schemes.empty()) {
      state.SkipWithError("search failed or costed no scheme (not a cold search)");
      return;
    }
    evaluated += r->schemesEvaluated;
    benchmark::DoNotOptimize(r->schemes[0].energy.total);
  }
  setSchemeCounters(state, evaluated, seconds);
}
// One tower (the other is identical) and the FC layers.
BENCHMARK(BM_SearchLayer)
    ->ArgsProduct({{0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18}, {0, 1}})
    ->MeasureProcessCPUTime()
    ->Unit(benchmark::kMillisecond);

void BM_SearchAlexNet(benchmark::State &state) {
  const std::vector<Layer> net = alexNet(16);
  const bool bypass = state.range(0) != 0;
  const double refCpuSeconds = bypass ? 44.77 : 33.94; // docs/cost-model.md §8
  state.SetLabel(bypass ? "eyeriss_alexnet_b16_bypass" : "eyeriss_isca16_alexnet_b16");
  double seconds = 0;
  int64_t iters = 0, evaluated = 0;
  for (auto _ : state) {
    const double t0 = processCpuSeconds();
    double total = 0;
    for (const Layer &l : net) {
      Result<LayerSchedule> r = searchLayer(l, eyeriss(), options(bypass));
      if (!r.isOk() || r->schemesEvaluated == 0 || r->schemes.empty()) {
        state.SkipWithError("search failed or costed no scheme (not a cold search)");
        return;
      }
      evaluated += r->schemesEvaluated;
      total += r->schemes[0].energy.total;
    }
    benchmark::DoNotOptimize(std::as_const(total));
    seconds += processCpuSeconds() - t0;
    ++iters;
  }
  setSchemeCounters(state, evaluated, seconds);
  // Ratio of CPU seconds: nn_dataflow's whole search / ours.
  state.counters["cpu_s"] = seconds / double(iters);
  state.counters["speedup_vs_nn_dataflow"] = refCpuSeconds / (seconds / double(iters));
}
BENCHMARK(BM_SearchAlexNet)->Arg(0)->Arg(1)->MeasureProcessCPUTime()->Unit(benchmark::kMillisecond);

} // namespace
