//===- MultiNodeBench.cpp - Multi-node whole-network search speed --------===//
//
// Whole-AlexNet multi-node search (partitions x per-node blocking x NoC hops,
// docs/cost-model.md §5-§6) for the multi-node AlexNet reference runs, beside
// nn_dataflow's recorded CPU seconds (test/Reference/data cpu_seconds, -p 1), on one
// and on two threads (scheduleNetwork's `threads`). Every iteration is cold: no
// SearchCache (Options::cache null) and a fresh HopMemo (scheduleNetwork makes one
// per call), so nothing carries over between iterations. CPU time is the whole
// process's (MeasureProcessCPUTime: every thread counted; the cpu_s counters too), the
// Time column wall time (UseRealTime). "schemes" sums the blocking schemes costed by
// each layer's kept search (PartitionedSchedule::schemesEvaluated).
//
//===----------------------------------------------------------------------===//
#include "BenchCounters.h"
#include "BenchSupport.h"
#include "Dataflow/CostModel/MultiNode/NetworkSearch.h"

#include <benchmark/benchmark.h>


using namespace dataflow::cost;

namespace {

Network alexNetwork(int64_t n) {
  Network net;
  net.input = {kNetworkInput, 3, 224, 224};
  auto add = [&](Layer l, std::vector<std::string> prevs) {
    net.layers.push_back({std::move(l), std::move(prevs)});
  };
  for (const char *t : {"_a", "_b"}) {
    const std::string s(t);
    add(makeConv("conv1" + s, 3, 48, 55, 55, 11, 11, 4, 4, n), {kNetworkInput});
  }
  for (const char *t : {"_a", "_b"}) {
    const std::string s(t);
    add(makePool("pool1" + s, 48, 27, 27, 3, 3, 2, 2, n), {"conv1" + s});
  }
  for (const char *t : {"_a", "_b"}) {
    const std::string s(t);
    add(makeConv("conv2" + s, 48, 128, 27, 27, 5, 5, 1, 1, n), {"pool1" + s});
  }
  for (const char *t : {"_a", "_b"}) {
    const std::string s(t);
    add(makePool("pool2" + s, 128, 13, 13, 3, 3, 2, 2, n), {"conv2" + s});
  }
  for (const char *t : {"_a", "_b"}) {
    const std::string s(t);
    add(makeConv("conv3" + s, 256, 192, 13, 13, 3, 3, 1, 1, n), {"pool2_a", "pool2_b"});
  }
  for (const char *t : {"_a", "_b"}) {
    const std::string s(t);
    add(makeConv("conv4" + s, 192, 192, 13, 13, 3, 3, 1, 1, n), {"conv3" + s});
  }
  for (const char *t : {"_a", "_b"}) {
    const std::string s(t);
    add(makeConv("conv5" + s, 192, 128, 13, 13, 3, 3, 1, 1, n), {"conv4" + s});
  }
  for (const char *t : {"_a", "_b"}) {
    const std::string s(t);
    add(makePool("pool3" + s, 128, 6, 6, 3, 3, 2, 2, n), {"conv5" + s});
  }
  add(makeFC("fc1", 256, 4096, 6, 6, n), {"pool3_a", "pool3_b"});
  add(makeFC("fc2", 4096, 4096, 1, 1, n), {"fc1"});
  add(makeFC("fc3", 4096, 1000, 1, 1, n), {"fc2"});
  return net;
}

struct Run {
  const char *name;
  bool tetris; ///< T-16 (4x4, 14x14, 3D, TETRIS costs) vs 8x8 2D mesh
  int64_t gbufBytes;
  bool hybrid, solve, af, bs;
  double refCpuSeconds; ///< test/Reference/data cpu_seconds
};

const Run kRuns[] = {
    {"tetris_T16_alexnet_b16_base", true, 133032, false, false, false, false, 18.85},
    {"tetris_T16_alexnet_b16_solve", true, 133032, false, true, false, false, 0.91},
    {"tetris_T16_alexnet_b16_af", true, 133032, false, false, true, false, 19.69},
    {"tetris_T16_alexnet_b16_hybrid_solve", true, 133032, true, true, false, false, 3.29},
    {"mesh8x8_2D_alexnet_b16_hybrid_solve", false, 32768, true, true, false, false, 1.9},
    {"mesh8x8_2D_gbuf8k_alexnet_b16_hybrid_bs", false, 8192, true, false, false, true, 45.07},
};

using dataflow::bench::processCpuSeconds;

void BM_SearchAlexNetMultiNode(benchmark::State &state) {
  const Run &r = kRuns[state.range(0)];
  const unsigned threads = unsigned(state.range(1));
  Hardware hw;
  Options o;
  o.bypassAllowed = {true, true, true}; // CLI default
  o.cache = nullptr;                    // cold: no SearchCache across iterations
  if (r.tetris) {
    hw = dataflow::bench::tetrisT16(r.gbufBytes);
  } else {
    hw.nodesH = hw.nodesW = 8;
    hw.arrayH = hw.arrayW = 8;
    hw.memType = MemoryType::TwoD;
    hw.regfWords = 64 / 2;
    hw.cost = UnitCosts(); // CLI defaults
    hw.gbufWords = r.gbufBytes / 2;
  }
  o.method = r.solve ? SearchMethod::Solver : SearchMethod::Exhaustive;
  o.partitioning.hybrid = r.hybrid;
  o.partitioning.accessForwarding = r.af;
  o.partitioning.bufferSharing = r.bs;
  const Network net = alexNetwork(16);
  state.SetLabel(r.name);
  double seconds = 0, cost = 0;
  int64_t iters = 0, evaluated = 0;
  for (auto _ : state) {
    const double t0 = processCpuSeconds();
    Result<NetworkSchedule> s = scheduleNetwork(net, hw, o, {}, nullptr, {}, {}, threads);
    seconds += processCpuSeconds() - t0;
    if (!s.isOk()) {
      state.SkipWithError(s.status().message().c_str());
      return;
    }
    cost = s->totalCost;
    for (const auto &[name, layer] : s->layers)
      evaluated += layer.schemesEvaluated;
    benchmark::DoNotOptimize(s->totalCost); // const: input only (BenchCounters.h)
    ++iters;
  }
  dataflow::bench::setSchemeCounters(state, evaluated, seconds);
  state.counters["cpu_s"] = seconds / double(iters);
  state.counters["nn_dataflow_cpu_s"] = r.refCpuSeconds;
  state.counters["speedup_vs_nn_dataflow"] = r.refCpuSeconds / (seconds / double(iters));
  state.counters["total_cost"] = cost;
}
BENCHMARK(BM_SearchAlexNetMultiNode)
    ->ArgsProduct({benchmark::CreateDenseRange(0, 5, 1), {1, 2}})
    ->ArgNames({"run", "threads"})
    ->MeasureProcessCPUTime()
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

} // namespace
