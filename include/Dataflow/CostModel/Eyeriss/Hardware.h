//===- Hardware.h - Accelerator resources and unit costs --------*- C++ -*-===//
//
// Resources and per-access energies (docs/cost-model.md §1). Sizes are in
// words (the CLI's bytes // 2). Time is in cycles. Infinite bus width / DRAM
// bandwidth (the CLI default) is std::numeric_limits<double>::infinity().
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_HARDWARE_H
#define DATAFLOW_COSTMODEL_HARDWARE_H

#include "Dataflow/CostModel/Eyeriss/Indices.h"
#include "Dataflow/CostModel/Core/Status.h"

#include <array>
#include <cstdint>
#include <limits>

namespace dataflow::cost {

/// Energy per operation / access (docs/cost-model.md §1; CLI defaults).
struct UnitCosts {
  double macOp = 1.0;                                        ///< per MAC
  std::array<double, kNumMemLevels> memHier = {200, 6, 2, 1}; ///< per word at DRAM, GBUF, ITCN, REGF
  double nocHop = 10.0;                                      ///< per word per hop
  double idlUnit = 0.0;                                      ///< static energy of the chip per cycle
};

/// Where the DRAM channels sit (docs/cost-model.md §1; nn_dataflow `--mem-type`):
/// 3D = one DRAM vault on top of every node; 2D = four DRAM nodes at the grid's
/// corners.
enum class MemoryType { ThreeD, TwoD };

struct Hardware {
  int64_t nodesH = 1, nodesW = 1;  ///< node grid (§5: layers are partitioned over it)
  MemoryType memType = MemoryType::ThreeD; ///< DRAM placement (§1)
  int64_t arrayH = 16, arrayW = 16; ///< PE array per node
  int64_t gbufWords = 65536;        ///< global buffer words per node
  int64_t regfWords = 256;          ///< register file words per PE
  double arrayBusWidth = std::numeric_limits<double>::infinity(); ///< words/cycle
  double dramBandwidth = std::numeric_limits<double>::infinity(); ///< words/cycle, whole chip
  UnitCosts cost;
};

Status validateHardware(const Hardware &hw);

} // namespace dataflow::cost

#endif // DATAFLOW_COSTMODEL_HARDWARE_H
