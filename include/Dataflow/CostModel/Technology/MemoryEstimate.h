//===- MemoryEstimate.h - Register files and SRAM buffers -------*- C++ -*-===//
//
// Per-access energy, area and leakage of a register file or an SRAM buffer
// from its capacity, word width, banks and ports at a technology node
// (docs/cost-model.md "Energy and area estimates").
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_TECHNOLOGY_MEMORYESTIMATE_H
#define DATAFLOW_COSTMODEL_TECHNOLOGY_MEMORYESTIMATE_H

#include "Dataflow/CostModel/Technology/TechnologyNode.h"

#include <cstdint>

namespace dataflow::cost::tech {

/// A PE's small register file or a node's SRAM buffer; they follow different
/// published curves.
enum class MemoryKind { RegisterFile, Sram };

struct MemorySpec {
  int64_t capacityBytes = 0; ///< whole memory, all banks
  int64_t widthBits = 16;    ///< bits per access
  int64_t banks = 1;         ///< an access activates one bank of capacity/banks
  int64_t ports = 1;         ///< read/write ports of every cell
};

struct MemoryEstimate {
  double accessPj = 0;  ///< energy of one access of widthBits
  double areaMm2 = 0;   ///< cell array area, all banks
  double leakageMw = 0; ///< static power
};

/// InvalidHardware on a zero/negative size, width, bank or port count, or a
/// bank smaller than one word.
Result<MemoryEstimate> estimateMemory(MemoryKind kind, const MemorySpec &spec,
                                      const TechnologyNode &node);

} // namespace dataflow::cost::tech

#endif // DATAFLOW_COSTMODEL_TECHNOLOGY_MEMORYESTIMATE_H
