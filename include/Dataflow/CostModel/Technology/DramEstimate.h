//===- DramEstimate.h - DRAM energy per bit by type -------------*- C++ -*-===//
//
// Energy per bit moved between DRAM and the chip, by DRAM type. DRAM is its
// own process, so the logic node does not scale it
// (docs/cost-model.md "Energy and area estimates").
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_TECHNOLOGY_DRAMESTIMATE_H
#define DATAFLOW_COSTMODEL_TECHNOLOGY_DRAMESTIMATE_H

#include "Dataflow/CostModel/Core/Status.h"

#include <string>

namespace dataflow::cost::tech {

enum class DramType {
  DDR3,      ///< off-chip DDR3 DIMM ("DDR3")
  TwoD,      ///< off-chip 2D DRAM of TETRIS's L-1 baseline ("2D")
  HBM2,      ///< high-bandwidth memory stack on an interposer ("HBM2")
  Stacked3D, ///< a 3D-stacked vault under the node, TETRIS's T-16 ("3D")
  LPDDR4,    ///< off-chip low-power DDR4 ("LPDDR4")
  DDR4,      ///< off-chip DDR4, from a datasheet's currents ("DDR4")
};

/// The names of the DramType values, in their order (header-only so the IR
/// verifier can check a `dram_type` field without linking the cost model).
inline constexpr const char *kDramTypeNames[] = {"DDR3", "2D", "HBM2", "3D", "LPDDR4",
                                                  "DDR4"};

/// "DDR3", "2D", "HBM2", "3D", "LPDDR4" or "DDR4"; InvalidArgument naming them otherwise.
Result<DramType> parseDramType(const std::string &name);
const char *dramTypeName(DramType type);
/// "DDR3, 2D, HBM2, 3D, LPDDR4, DDR4" for messages and docs.
std::string dramTypesList();

/// Picojoules per bit of a DRAM access of this type.
double dramEnergyPerBitPj(DramType type);

} // namespace dataflow::cost::tech

#endif // DATAFLOW_COSTMODEL_TECHNOLOGY_DRAMESTIMATE_H
