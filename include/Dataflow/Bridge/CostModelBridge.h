//===- CostModelBridge.h - IR <-> cost-model structs ------------*- C++ -*-===//
//
// The one place where dataflow attributes and ops become the plain structs of
// lib/CostModel and back (architecture.md, rule 1). Passes call these; nothing else
// converts.
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_BRIDGE_COSTMODELBRIDGE_H
#define DATAFLOW_BRIDGE_COSTMODELBRIDGE_H

#include "Dataflow/CostModel/Hardware.h"
#include "Dataflow/CostModel/Layer.h"
#include "Dataflow/CostModel/Status.h"
#include "Dataflow/IR/DataflowOps.h"

#include "mlir/IR/Builders.h"

namespace dataflow::bridge {

/// Unit energies: mac -> macOp; dram, gbuf, itcn, regf -> memHier[0..3] (nn_dataflow's
/// --hier-cost order); noc_hop -> nocHop; static_per_cycle -> idlUnit.
cost::UnitCosts toUnitCosts(EnergyAttr energy);
EnergyAttr toEnergyAttr(mlir::MLIRContext *context, const cost::UnitCosts &costs);

/// The resources of `accel` in words (nn_dataflow divides bytes by the word size,
/// flooring: `--gbuf 133032` is 66516 16-bit words); unlimited bandwidths are infinity,
/// and the DRAM bandwidth becomes words per cycle.
cost::Hardware toHardware(AcceleratorOp accel);

/// An accelerator op describing `hw` (the inverse of toHardware up to the bytes that do
/// not fill a word).
AcceleratorOp buildAccelerator(mlir::OpBuilder &builder, mlir::Location loc,
                               llvm::StringRef name, const cost::Hardware &hw,
                               int64_t wordBits, MemoryType memory);

/// The name a layer goes by in reports: its `name` attribute, else its location's name,
/// else `<mnemonic>@<line>`.
std::string layerName(mlir::Operation *op);

/// The cost-model loop nest of a layer op. Concat is free (nullopt). Layers the
/// row-stationary model cannot price yet (3-D, dilated, transposed convolutions) give an
/// InvalidLayer status whose message names what is missing.
cost::Result<std::optional<cost::Layer>> toLayer(mlir::Operation *op);

} // namespace dataflow::bridge

#endif // DATAFLOW_BRIDGE_COSTMODELBRIDGE_H
