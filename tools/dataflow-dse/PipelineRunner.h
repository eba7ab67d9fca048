//===- PipelineRunner.h - A whole network priced by dataflow-opt's passes -*- C++ -*-===//
//
// The points the memoised per-layer search does not cover are priced the way dataflow-opt
// prices them, by running its passes on the network bound to the point's accelerator:
//   eyeriss grids / interlayer  the dataflow-schedule pipeline (partition-segments,
//                               partition-layers: nn_dataflow's network search)
//   systolic                    the dataflow-schedule pipeline (schedule-systolic)
//   maestro                     dataflow-maestro-map, dataflow-maestro-cost
//   dmaze                       dataflow-dmaze-map, dataflow-dmaze-cost
// and reading the report's totals (energy and cycles summed in layer order, or a pipelined
// network's dataflow.pipeline). Each call parses the network into its own context, so calls
// may run on several threads. A layer a model does not price, or a search that fails, is a
// row status, never an error of the sweep.
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_DSE_PIPELINERUNNER_H
#define DATAFLOW_DSE_PIPELINERUNNER_H

#include "SweepRunner.h"
#include "SweepSpec.h"

#include "Dataflow/Bridge/SearchOptions.h"

#include "mlir/IR/DialectRegistry.h"

#include <string>

namespace dataflow::dse {

/// What every point takes from the base accelerator and the command line.
struct PipelineBase {
  int64_t wordBits = 16;
  std::string memory = "3D";
  /// The base's `energy = ` value: its `#dataflow.energy<...>`, or for estimated energies
  /// `estimated` / `estimated_relative`; the point adds its technology and dram_type and
  /// the base's clock, so every point is estimated at its own sizes and node.
  std::string energy;
  std::string clockGhz; ///< the base's clock_ghz as written, or empty
  double clockGhzValue = 0; ///< the same as a number; 0 without a clock
  std::string energyUnit; ///< the base's energy_unit ("J", "pJ", "relative"), or empty
  bool estimated = false; ///< the base asks for estimated energies
  SearchGoal goal = SearchGoal::Energy;
  BlockingMethod method = BlockingMethod::Exhaustive;
  std::string disableBypass;
};

/// Whether `point` prices with estimated energies: its `energy` sweep value when the spec
/// sets one, else the base accelerator's kind of energies.
bool estimatedEnergies(const HardwarePoint &point, const PipelineBase &base);

/// The accelerator op of a point, as dataflow-opt reads it (symbol @dse_point).
std::string acceleratorText(const HardwarePoint &point, const PipelineBase &base);

/// Prices the function `networkText` (a printed func.func) on `point`.
RowResult priceWholeNetwork(const mlir::DialectRegistry &registry,
                            const std::string &networkText, const HardwarePoint &point,
                            const PipelineBase &base);

} // namespace dataflow::dse

#endif // DATAFLOW_DSE_PIPELINERUNNER_H
