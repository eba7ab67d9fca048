//===- MaestroBridge.h - IR <-> MAESTRO structs -----------------*- C++ -*-===//
//
// MAESTRO: accelerator -> hardware, layer op -> layer, #dataflow.directives <-> MAESTRO
// directives, its figures -> #dataflow.cost (fields: docs/ir-reference.md, "Imported mappings")
// (docs/architecture.md: the bridge is the one place where attributes and cost-model
// structs convert).
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_BRIDGE_MAESTROBRIDGE_H
#define DATAFLOW_BRIDGE_MAESTROBRIDGE_H

#include "Dataflow/CostModel/Maestro/MaestroModel.h"
#include "Dataflow/CostModel/Maestro/MaestroSearch.h"
#include "Dataflow/CostModel/Core/Status.h"
#include "Dataflow/IR/DataflowOps.h"

namespace dataflow::bridge {

/// num_pes = PE-array size; L1 = regf_bytes, L2 = gbuf_bytes, NoC = bus_width and
/// off-chip = dram_bandwidth, all in words (MAESTRO compares element counts with them);
/// `unlimited` becomes a bandwidth no transfer reaches.
cost::Result<cost::maestro::HardwareDesc> toMaestroHardware(AcceleratorOp accel);

/// The layer as a MAESTRO layer: CONV (groups 1), DSCONV (groups = C = M), NGCONV
/// (other groups, or groups = C = M with directives on G), GEMM
/// (dataflow.fc, 2-D dataflow.matmul), with `directives` (may be null) as its
/// dataflow. Other layers, dilation and 3-D convolutions: InvalidLayer.
cost::Result<cost::maestro::LayerDesc> toMaestroLayer(mlir::Operation *op,
                                                      DirectivesAttr directives);

std::vector<cost::maestro::Directive> toDirectives(DirectivesAttr attr);
/// Null, with the verifier's error at `loc`, when the list does not verify.
DirectivesAttr toDirectivesAttr(mlir::MLIRContext *context,
                                const std::vector<cost::maestro::Directive> &directives,
                                std::optional<mlir::Location> loc = std::nullopt);
/// A searched mapping of `problem` written back as directives; a whole-extent map is
/// written with the dimension's size, a GEMM's dims get M/N/K names.
DirectivesAttr toDirectivesAttr(mlir::MLIRContext *context, const cost::maestro::Mapping &mapping,
                                const cost::maestro::Problem &problem, bool gemm);

/// runtime -> cycles (= proc_cycles); energy with the accelerator's mac, regf (L1) and
/// gbuf (L2) unit energies; L1 accesses -> regf_access, L2 -> gbuf_access.
CostAttr toCostAttr(mlir::MLIRContext *context, const cost::maestro::Analysis &analysis,
                    EnergyAttr energy, int64_t numPes);

} // namespace dataflow::bridge

#endif // DATAFLOW_BRIDGE_MAESTROBRIDGE_H
