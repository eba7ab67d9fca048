//===- SystolicTable.h - A systolic array's estimated energies --*- C++ -*-===//
//
// The per-access energies of a systolic-array accelerator (MAC, buffer word,
// DRAM word, static energy per cycle) and its area, estimated from its
// technology node, array size, buffer size, word width, DRAM type and clock
// with the same parts as the Eyeriss kind's table (docs/cost-model.md
// "Systolic energy").
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_TECHNOLOGY_SYSTOLICTABLE_H
#define DATAFLOW_COSTMODEL_TECHNOLOGY_SYSTOLICTABLE_H

#include "Dataflow/CostModel/Technology/DramEstimate.h"

#include <cstdint>

namespace dataflow::cost::tech {

struct SystolicTableRequest {
  int nodeNm = 45;
  int64_t wordBits = 16;
  int64_t arraySize = 0;   ///< the array is arraySize x arraySize MACs
  int64_t bufferBytes = 0; ///< the one on-chip buffer
  DramType dram = DramType::DDR3;
  double clockGhz = 0;     ///< for the static energy per cycle
};

/// Joules per access, mm^2, watts.
struct SystolicTable {
  double mac = 0, buffer = 0, dram = 0, staticPerCycle = 0;
  double areaMm2 = 0;  ///< MAC array and buffer cell array
  double leakageW = 0; ///< the buffer's
};

/// InvalidArgument on an unknown node or a non-positive clock; InvalidHardware
/// on a non-positive array, buffer or word width.
Result<SystolicTable> estimateSystolicTable(const SystolicTableRequest &request);

} // namespace dataflow::cost::tech

#endif // DATAFLOW_COSTMODEL_TECHNOLOGY_SYSTOLICTABLE_H
