//===- MaestroModel.h - MAESTRO's data-centric cost model -------*- C++ -*-===//
//
// A layer (CONV, DSCONV, GEMM as CONV) with a directive mapping split into
// cluster levels, priced the way MAESTRO prices it (docs/seed-tools.md §1.2):
// per level, every combination of per-directive step classes (first / middle /
// last, spatial folds included) is an iteration case with an occurrence count;
// per case the ingress/egress volumes, the sub-cluster compute delay
// (recursively) and NoC / off-chip delays with double buffering. Formulas and
// sources: docs/cost-model.md, section "MAESTRO".
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_MAESTROMODEL_H
#define DATAFLOW_COSTMODEL_MAESTROMODEL_H

#include "Dataflow/CostModel/Core/Status.h"
#include "Dataflow/CostModel/Maestro/MaestroLayer.h"

#include <cstdint>
#include <string>
#include <vector>

namespace dataflow::cost::maestro {

struct TensorCounts {
  int64_t l1Read = 0, l1Write = 0, l2Read = 0, l2Write = 0;
  int64_t l2Req = 0, l1Req = 0;
};

struct Options {
  /// MAESTRO counts no ingress when an outer loop the tensor does not depend
  /// on advances, even if inner loops it depends on restart (the reset tile is
  /// refetched in reality). true = MAESTRO-compatible, false = count it. The
  /// same switch turns on MAESTRO's other counting rules (per-sub-cluster
  /// traffic of spatially mapped tensors, sub-cluster levels priced with the
  /// first tile, strided rows; docs/cost-model.md, "MAESTRO"); false counts
  /// the union of the sub-clusters' tiles.
  bool maestroReuseQuirk = true;
};

struct Analysis {
  int64_t runtime = 0;
  int64_t macs = 0;
  TensorCounts input, filter, output;
  double avgUtilizedPes = 0;
  int64_t ingressMin = 0, ingressMax = 0, computeMin = 0, computeMax = 0;
  int64_t l2Req() const { return input.l2Req + filter.l2Req + output.l2Req; }
  int64_t l1Req() const { return input.l1Req + filter.l1Req + output.l1Req; }
  int64_t l2Accesses() const;
  int64_t l1Accesses() const;
  /// MAESTRO's on-screen "Total energy" in MAC units: 18.61 L2 + 1.68 L1 + MACs.
  double energyMacUnits() const { return energyWith(1.0, 1.68, 18.61); }
  /// The same as MAESTRO prints it: 6 significant digits of its long double sum (summed in
  /// MAESTRO's order; energyMacUnits() can differ from it in the last bit, and so on a tie).
  std::string printedEnergy() const;
  /// The same formula with other unit energies (per MAC, L1 and L2 access).
  double energyWith(double mac, double l1, double l2) const;
  /// The same in nJ with the CSV's 0.00023 nJ per MAC unit (correct formula).
  double energyNJ() const { return 0.00023 * energyMacUnits(); }
  std::vector<std::string> warnings; ///< "[WARNING:Buffer] ..." (constraints are warnings)
};

Result<Analysis> analyze(const Problem &, const Mapping &, const HardwareDesc &,
                         const Options & = Options());

/// The CSV column "Activity count-based Energy (nJ)" as MAESTRO writes it:
/// 0.00023 x [18.61 x (L2 input rd+wr + filter rd+wr + output wr) of `cur` +
/// 1.68 x all L1 accesses of the *previous* layer] (a stale-variable bug;
/// nullptr = first layer). Only for comparison; use energyNJ().
double csvEnergyNJ(const Analysis &cur, const Analysis *previous);

} // namespace dataflow::cost::maestro

#endif // DATAFLOW_COSTMODEL_MAESTROMODEL_H
