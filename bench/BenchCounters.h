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

/// `schemes`: the blocking schemes costed, summed over every iteration, reported per
/// iteration; "schemes/s" per second of the timed clock (process CPU under
/// MeasureProcessCPUTime, wall time under UseRealTime). Each iteration being cold, these
/// are schemes really evaluated, never answers from a cache.
inline void setSchemeCounters(benchmark::State &state, int64_t schemes) {
  state.counters["schemes"] =
      benchmark::Counter(double(schemes), benchmark::Counter::kAvgIterations);
  state.counters["schemes/s"] = benchmark::Counter(double(schemes), benchmark::Counter::kIsRate);
}

} // namespace dataflow::bench

#endif // DATAFLOW_BENCH_BENCHCOUNTERS_H
