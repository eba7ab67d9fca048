//===- SeedToolBridge.h - IR <-> MAESTRO / dMazeRunner structs --*- C++ -*-===//
//
// The conversions for the two seed-tool cost modes (architecture.md, rule 1):
// accelerator -> MAESTRO hardware / dMazeRunner architecture, layer op -> MAESTRO
// layer / dMazeRunner loop nest, #dataflow.directives <-> MAESTRO directives,
// #dataflow.loop_tiling <-> a dMazeRunner execution method, and each tool's figures
// -> #dataflow.cost. The mapping of fields is documented in docs/ir-reference.md,
// section "Imported mappings".
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_BRIDGE_SEEDTOOLBRIDGE_H
#define DATAFLOW_BRIDGE_SEEDTOOLBRIDGE_H

#include "Dataflow/CostModel/DMaze/DMazeModel.h"
#include "Dataflow/CostModel/Maestro/MaestroModel.h"
#include "Dataflow/CostModel/Maestro/MaestroSearch.h"
#include "Dataflow/CostModel/Core/Status.h"
#include "Dataflow/IR/DataflowOps.h"

namespace dataflow::bridge {

//===----------------------------------------------------------------------===//
// MAESTRO
//===----------------------------------------------------------------------===//

/// num_pes = PE-array size; L1 = regf_bytes, L2 = gbuf_bytes, NoC = bus_width and
/// off-chip = dram_bandwidth, all in words (MAESTRO compares element counts with them);
/// `unlimited` becomes a bandwidth no transfer reaches.
cost::Result<cost::maestro::HardwareDesc> toMaestroHardware(AcceleratorOp accel);

/// The layer as a MAESTRO layer: CONV (groups 1), DSCONV (groups = C = M), GEMM
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

//===----------------------------------------------------------------------===//
// dMazeRunner
//===----------------------------------------------------------------------===//

/// PEs = PE-array size, RF = regf_bytes, SPM = gbuf_bytes in `spm_dma.banks` banks, bytes
/// per datum = word_bits / 8, energies mac/regf/itcn (NoC)/gbuf (SPM)/dram; DMA timing
/// from the accelerator's dataflow.spm_dma (InvalidHardware when it has none).
cost::Result<cost::dmaze::Arch> toDMazeArch(AcceleratorOp accel);

/// CONV (groups 1) and DW_CONV (groups = C = M) with square input, kernel and stride,
/// input taken as padded (dMazeRunner's inputs are pre-padded); GEMM from dataflow.fc or
/// a 2-D dataflow.matmul.
cost::Result<cost::dmaze::LoopNest> toLoopNest(mlir::Operation *op);

struct DMazeMethod {
  cost::dmaze::Tiling tiling;
  cost::dmaze::Order dramOrder, spmOrder;
};
DMazeMethod toDMazeMethod(LoopTilingAttr attr);
LoopTilingAttr toLoopTilingAttr(mlir::MLIRContext *context, const cost::dmaze::Tiling &tiling,
                                const cost::dmaze::Order &dramOrder,
                                const cost::dmaze::Order &spmOrder);

/// energy (rounded as dMazeRunner does) with mac, regf, gbuf (its SPM-pass energy: SPM,
/// NoC and reduction) and dram; cycles rounded to the nearest whole cycle; utilization =
/// spatial factors / PEs.
CostAttr toCostAttr(mlir::MLIRContext *context, const cost::dmaze::Cost &cost,
                    const cost::dmaze::LoopNest &nest, const cost::dmaze::Tiling &tiling,
                    const cost::dmaze::Arch &arch);

} // namespace dataflow::bridge

#endif // DATAFLOW_BRIDGE_SEEDTOOLBRIDGE_H
