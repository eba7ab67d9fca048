//===- SweepUnits.h - The physical units of a sweep row ----------*- C++ -*-===//
//
// What the JSON report's `units` and `physical` objects say (docs/report-schema.md,
// "Physical units") for a point's accelerator, for the CSV's energy_unit, time_s, power_w
// and edp_js columns: the unit of the point's energies, the joules it stands for and the
// point's clock. Nothing is priced here.
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_DSE_SWEEPUNITS_H
#define DATAFLOW_DSE_SWEEPUNITS_H

#include "PipelineRunner.h"
#include "SweepSpec.h"

#include <optional>
#include <string>

namespace dataflow::dse {

struct PointUnits {
  /// The report's `units.energy`: "J", "pJ", "relative"; "unstated" where the report has
  /// null (explicit energies without `energy_unit`); empty where the point prices no
  /// energy (a systolic point without estimated energies; MAESTRO and dMazeRunner on an
  /// estimated base).
  std::string energyUnit;
  std::optional<double> joulesPerUnit; ///< 1 (J), 1e-12 (pJ); none otherwise
  std::optional<double> clockHz;       ///< none: the point states no clock
};

/// The units of `point`: estimated points (Eyeriss, systolic) are in J (relative on an
/// `estimated_relative` base), the others in the base's `energy_unit`; the clock is the
/// base's `clock_ghz` (Eyeriss, MAESTRO), 1 GHz (systolic) or 500 MHz (dMazeRunner), as
/// the point's accelerator states it (PipelineRunner.cpp, acceleratorText).
PointUnits unitsOf(const HardwarePoint &point, const PipelineBase &base);

/// The CSV cells of a row's figures in SI units: time_s = cycles / clock, power_w =
/// joules / seconds, edp_js = joules x seconds, as the report's `physical` computes them.
struct PhysicalCells {
  std::string timeS, powerW, edpJs;
};
PhysicalCells physicalCells(const PointUnits &units, std::optional<double> energy,
                            double cycles);

} // namespace dataflow::dse

#endif // DATAFLOW_DSE_SWEEPUNITS_H
