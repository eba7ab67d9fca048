//===- BenchCounters.h - Scheme counters of the search benches -*- C++ -*-===//
//
// The counters every search bench reports beside its time. Bench-only helper.
//
// DoNotOptimize: the benches pass it const lvalues only. Debian's Google Benchmark 1.7.1
// gives a non-const lvalue the asm constraint "+m,r", which GCC may satisfy with a
// general register for a double and then write back garbage: a reported total_cost read
// after DoNotOptimize(cost) came out wrong and growing from run to run (0.26, 0.32, 0.38
// for the pipelined AlexNet search, whose result is 0.0694134 every time).
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
