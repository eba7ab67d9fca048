//===- DMazeBridge.h - IR <-> dMazeRunner structs ---------------*- C++ -*-===//
//
// dMazeRunner: accelerator -> architecture, layer op -> loop nest, #dataflow.loop_tiling
// <-> an execution method, its figures -> #dataflow.cost (docs/ir-reference.md)
// (docs/architecture.md: the bridge is the one place where attributes and cost-model
// structs convert).
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_BRIDGE_DMAZEBRIDGE_H
#define DATAFLOW_BRIDGE_DMAZEBRIDGE_H

#include "Dataflow/CostModel/DMaze/DMazeModel.h"
#include "Dataflow/CostModel/Core/Status.h"
#include "Dataflow/IR/DataflowOps.h"

namespace dataflow::bridge {

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

#endif // DATAFLOW_BRIDGE_DMAZEBRIDGE_H
