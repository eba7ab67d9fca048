//===- ReportUnits.cpp - the reports' physical units ----------------------===//
//
// Energy in joules, time in seconds, average power in watts, EDP in J·s and area in mm², from
// the accelerator's fields alone (docs/report-schema.md, "Physical units"): its energies' unit
// (`energy_unit`, or the estimate it asks for), its `clock_ghz` and, for estimated energies,
// the estimator's area. Nothing is priced here (docs/architecture.md, rule 6).
//
//===----------------------------------------------------------------------===//

#include "ReportModel.h"


#include <cmath>

using namespace mlir;
using namespace dataflow;
using namespace dataflow::report;

Units report::unitsOf(AcceleratorOp accel) {
  Units u;
  if (FloatAttr clock = accel.getClockGhzAttr())
    u.clockHz = clock.getValueAsDouble() * 1e9; // GHz -> Hz
  if (accel.isSystolic() && !accel.getEnergyAttr() && !accel.hasEstimatedEnergy()) {
    u.energyNote = "not priced: the systolic model counts cycles and DRAM words, and the "
                   "accelerator gives no per-access energies";
    return u;
  }
  if (accel.hasEstimatedEnergy()) {
    u.energyUnit = accel.hasRelativeEstimate() ? "relative" : "J";
    // The estimator's area as dataflow-cost wrote it (the report never calls it).
    if (auto area = accel->getAttrOfType<FloatAttr>(DataflowDialect::kEstimatedAreaAttrName))
      u.areaMm2 = area.getValueAsDouble();
  } else if (StringAttr unit = accel.getEnergyUnitAttr()) {
    u.energyUnit = unit.str();
  }
  if (u.energyUnit == "J") {
    u.joulesPerUnit = 1.0;
    u.energyNote = "J";
  } else if (u.energyUnit == "pJ") {
    u.joulesPerUnit = 1e-12;
    u.energyNote = "pJ";
  } else if (u.energyUnit == "relative") {
    u.energyNote = "relative (MAC = 1)";
  } else {
    u.energyNote = "the accelerator's unit, not stated (energy_unit gives it)";
  }
  return u;
}

Physical report::physicalOf(const Units &units, std::optional<double> energy, double cycles) {
  Physical p;
  if (energy && units.joulesPerUnit)
    p.joules = *energy * *units.joulesPerUnit;
  if (units.clockHz)
    p.seconds = cycles / *units.clockHz;
  if (p.joules && p.seconds) {
    p.jouleSeconds = *p.joules * *p.seconds; // EDP: energy x delay
    if (*p.seconds > 0)
      p.watts = *p.joules / *p.seconds; // average power: energy / time
  }
  return p;
}
