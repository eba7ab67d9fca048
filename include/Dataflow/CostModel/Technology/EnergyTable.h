//===- EnergyTable.h - An accelerator's estimated unit energies -*- C++ -*-===//
//
// The per-access energies of an Eyeriss-kind accelerator (the fields of
// UnitCosts: MAC, REGF, ITCN, GBUF, DRAM, NoC hop, static per cycle) and its
// area, estimated from its technology node, sizes and clock instead of typed
// in (docs/cost-model.md "Energy and area estimates").
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_TECHNOLOGY_ENERGYTABLE_H
#define DATAFLOW_COSTMODEL_TECHNOLOGY_ENERGYTABLE_H

#include "Dataflow/CostModel/Technology/DramEstimate.h"

#include <cstdint>

namespace dataflow::cost::tech {

/// Absolute: joules. EyerissRelative: multiples of a 16-bit MAC, pinned to
/// Eyeriss's normalised costs (Chen et al., ISCA 2016) at 65 nm.
enum class Calibration { Absolute, EyerissRelative };

struct TableRequest {
  int nodeNm = 45;
  Calibration calibration = Calibration::Absolute;
  int64_t wordBits = 16;
  int64_t regfBytes = 0, gbufBytes = 0; ///< per PE, per node
  int64_t arrayH = 0, arrayW = 0;       ///< PEs per node
  int64_t nodesH = 1, nodesW = 1;
  DramType dram = DramType::Stacked3D;
  double clockGhz = 0;  ///< needed by Absolute (static energy per cycle)
  double hopMm = 0;     ///< NoC link length; 0 = the node's pitch
};

struct EnergyTable {
  bool relative = false;
  double mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, nocHop = 0, staticPerCycle = 0;
  double nodeAreaMm2 = 0, chipAreaMm2 = 0; ///< PEs (MAC + REGF) and GBUF cell arrays
  double hopMm = 0;                        ///< the link length priced
  double leakageW = 0;                     ///< whole chip (Absolute only)
  const char *unit() const { return relative ? "MAC" : "J"; }
};

/// InvalidArgument on an unknown node, a non-positive clock (Absolute) or
/// a negative link; InvalidHardware on zero sizes.
Result<EnergyTable> estimateEnergyTable(const TableRequest &request);

} // namespace dataflow::cost::tech

#endif // DATAFLOW_COSTMODEL_TECHNOLOGY_ENERGYTABLE_H
