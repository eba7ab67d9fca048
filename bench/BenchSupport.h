//===- BenchSupport.h - Shared pieces of the cost-model benches -*- C++ -*-===//
//
// The CPU clock the benches time with and
// the TETRIS T-16 configuration of the reference runs (test/Reference/data "command").
// Bench-only helper.
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_BENCH_BENCHSUPPORT_H
#define DATAFLOW_BENCH_BENCHSUPPORT_H

#include "Dataflow/CostModel/Eyeriss/Hardware.h"

#include <ctime>

namespace dataflow::bench {

/// CPU seconds of the whole process, every thread counted (nn_dataflow's baseline is
/// CPU seconds too; a search on several threads must not look cheaper than it is).
inline double processCpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return double(ts.tv_sec) + 1e-9 * double(ts.tv_nsec);
}

/// TETRIS T-16: 4x4 nodes of 14x14 PEs, 3-D memory, 512 B register files; the global
/// buffer of `gbufBytes` (133032 in the reference runs); energies in joules.
inline cost::Hardware tetrisT16(int64_t gbufBytes = 133032) {
  cost::Hardware hw;
  hw.nodesH = hw.nodesW = 4;
  hw.arrayH = hw.arrayW = 14;
  hw.memType = cost::MemoryType::ThreeD;
  hw.regfWords = 512 / 2;
  hw.gbufWords = gbufBytes / 2;
  hw.cost = {2e-12, {80e-12, 14e-12, 4e-12, 0.6e-12}, 40e-12, 200e-12};
  return hw;
}

} // namespace dataflow::bench

#endif // DATAFLOW_BENCH_BENCHSUPPORT_H
