//===- BenchCounters.h - Scheme counters of the search benches -*- C++ -*-===//
//
// The counters every search bench reports beside its time. Bench-only helper.
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_BENCH_BENCHCOUNTERS_H
#define DATAFLOW_BENCH_BENCHCOUNTERS_H

#include <benchmark/benchmark.h>

#include <cstdint>

namespace dataflow::bench {

/// "schemes": the blocking schemes costed, summed over every iteration, reported per
/// iteration; "schemes/s": that sum over the process CPU seconds of the same iterations
/// (`cpuSeconds`, every thread counted), whatever clock the benchmark's columns use. Each
/// iteration being cold, these are schemes really evaluated, never answers from a cache.
inline void setSchemeCounters(benchmark::State &state, int64_t schemes, double cpuSeconds) {
  state.counters["schemes"] =
      benchmark::Counter(double(schemes), benchmark::Counter::kAvgIterations);
  state.counters["schemes/s"] = cpuSeconds > 0 ? double(schemes) / cpuSeconds : 0.0;
}

} // namespace dataflow::bench

#endif // DATAFLOW_BENCH_BENCHCOUNTERS_H
