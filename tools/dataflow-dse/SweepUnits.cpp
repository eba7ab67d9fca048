//===- SweepUnits.cpp - The physical units of a sweep row -----------------===//

#include "SweepUnits.h"

#include "Dataflow/IR/KeyedSyntax.h"

using namespace dataflow;
using namespace dataflow::dse;

PointUnits dse::unitsOf(const HardwarePoint &point, const PipelineBase &base) {
  PointUnits u;
  const bool estimatable = point.kind == Kind::Eyeriss || point.kind == Kind::Systolic;
  const bool estimated = estimatable && estimatedEnergies(point, base);
  // The clock the point's accelerator op states (acceleratorText): the systolic array's
  // 1 GHz, dMazeRunner's 500 MHz accelerator (its DMA model's accel_mhz), else the base's.
  if (point.kind == Kind::Systolic)
    u.clockHz = 1e9;
  else if (point.kind == Kind::DMaze)
    u.clockHz = 500e6;
  else if (base.clockGhzValue > 0)
    u.clockHz = base.clockGhzValue * 1e9; // GHz -> Hz, as the report
  if (estimated)
    u.energyUnit = base.energy == "estimated_relative" ? "relative" : "J";
  else if (point.kind == Kind::Systolic || base.estimated)
    return u; // no energy: the systolic model prices none of its own, and MAESTRO and
              // dMazeRunner points need explicit energies (an estimated base's are not)
  else
    u.energyUnit = base.energyUnit.empty() ? "unstated" : base.energyUnit;
  if (u.energyUnit == "J")
    u.joulesPerUnit = 1.0;
  else if (u.energyUnit == "pJ")
    u.joulesPerUnit = 1e-12;
  return u;
}

PhysicalCells dse::physicalCells(const PointUnits &units, std::optional<double> energy,
                                 double cycles) {
  PhysicalCells cells;
  if (!units.clockHz)
    return cells;
  const double seconds = cycles / *units.clockHz;
  cells.timeS = formatExactDouble(seconds);
  if (!energy || !units.joulesPerUnit)
    return cells;
  const double joules = *energy * *units.joulesPerUnit;
  if (seconds > 0)
    cells.powerW = formatExactDouble(joules / seconds); // average power: energy / time
  cells.edpJs = formatExactDouble(joules * seconds);    // EDP: energy x delay
  return cells;
}
