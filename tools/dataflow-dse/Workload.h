//===- Workload.h - The networks of a sweep as cost-model layers -*- C++ -*-===//
//
// Reads dataflow-dialect files (or every *.mlir of a directory) once, converts each layer
// through the bridge and interns the distinct loop nests, so the sweep itself never touches
// MLIR and layers that repeat across networks are searched once per hardware point.
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_DSE_WORKLOAD_H
#define DATAFLOW_DSE_WORKLOAD_H

#include "SweepSpec.h"

#include "Dataflow/Bridge/EyerissBridge.h"
#include "Dataflow/CostModel/Eyeriss/Hardware.h"
#include "Dataflow/CostModel/Eyeriss/Layer.h"

#include "mlir/IR/MLIRContext.h"

#include <map>
#include <string>
#include <vector>

namespace dataflow::dse {

struct PipelineBase; // PipelineRunner.h

struct NetworkLayers {
  std::string name; ///< the function's symbol name (unique over the sweep)
  std::string file;
  std::vector<std::string> layerNames; ///< program order, concat excluded
  std::vector<int> layerShapes;        ///< index into Workload::shapes, per layer
  std::string text; ///< the function as printed (no binding), for whole-network points
  /// Every compute layer (concat included) in program order: its name and its one-layer
  /// function (index into Workload::layerFuncs), for the per-layer models.
  std::vector<std::string> opNames;
  std::vector<int> opFuncs;
};

struct Workload {
  std::vector<cost::Layer> shapes; ///< distinct loop nests (name of the first user)
  std::vector<NetworkLayers> networks;
  /// Distinct one-layer functions `@layer` (the op named "layer", its operands the
  /// arguments): the systolic, MAESTRO and dMazeRunner models price a layer alone, so a
  /// layer that repeats is priced once per point.
  std::vector<std::string> layerFuncs;
};

/// Loads every network of `paths` (files, or directories whose *.mlir files are read in
/// name order). Errors are reported through the context's diagnostic handler (located
/// on the offending op or file) and give false.
bool loadWorkload(const std::vector<std::string> &paths, mlir::MLIRContext &context,
                  Workload &workload);

/// The base accelerator: the only dataflow.accelerator of `file`, or the built-in Eyeriss
/// (ISCA'16) when `file` is empty. Sets the cost-model hardware, its word size, the
/// sweep's base point and what whole-network points take from it. Must be Eyeriss-kind.
bool loadBaseAccelerator(const std::string &file, mlir::MLIRContext &context,
                         cost::Hardware &hardware, int64_t &wordBits, HardwarePoint &base,
                         PipelineBase &pipelineBase);

/// `base` with the point's resources, converted like bridge::toHardware (bytes / word
/// bytes, floored; DRAM bandwidth in words per cycle).
cost::Hardware toHardware(const cost::Hardware &base, int64_t wordBits,
                          const HardwarePoint &point);

/// The estimated area of a systolic `point` on a base with estimated energies (what
/// dataflow-cost writes as dataflow.estimated_area_mm2); `areaMm2` untouched for a relative
/// estimate. False with `error` set when the point's accelerator is rejected.
bool estimatedSystolicArea(const HardwarePoint &point, const PipelineBase &pipelineBase,
                           mlir::MLIRContext &context, double &areaMm2, std::string &error);

/// The unit energies of a single-node Eyeriss `point` when the base asks for estimated
/// ones: the estimator's table at the point's PE array, register file and global buffer
/// (bridge::estimateEnergies on the point's accelerator op), and its estimated chip area
/// (`areaMm2`, what dataflow-cost writes as dataflow.estimated_area_mm2). False with `error` set when
/// the point's accelerator is rejected.
bool estimatedUnitCosts(const HardwarePoint &point, const PipelineBase &pipelineBase,
                        mlir::MLIRContext &context, cost::UnitCosts &costs, double &areaMm2,
                        std::string &error);

} // namespace dataflow::dse

#endif // DATAFLOW_DSE_WORKLOAD_H
