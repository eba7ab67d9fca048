//===- EyerissBridge.h - IR <-> the Eyeriss family --------------*- C++ -*-===//
//
// The Eyeriss (nn_dataflow row-stationary) family: unit energies and the estimator's table,
// the accelerator as cost::Hardware, a layer op as cost::Layer, and the mapping, blocking
// and cost attributes both ways
// (docs/architecture.md: the bridge is the one place where attributes and cost-model
// structs convert).
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_BRIDGE_EYERISSBRIDGE_H
#define DATAFLOW_BRIDGE_EYERISSBRIDGE_H

#include "Dataflow/CostModel/Eyeriss/Hardware.h"
#include "Dataflow/CostModel/Eyeriss/Layer.h"
#include "Dataflow/CostModel/Eyeriss/LayerSearch.h"
#include "Dataflow/CostModel/Eyeriss/Options.h"
#include "Dataflow/CostModel/Core/Status.h"
#include "Dataflow/CostModel/Technology/EnergyTable.h"
#include "Dataflow/IR/DataflowOps.h"
#include "mlir/IR/Builders.h"

namespace dataflow::bridge {

/// Unit energies: mac -> macOp; dram, gbuf, itcn, regf -> memHier[0..3] (nn_dataflow's
/// --hier-cost order); noc_hop -> nocHop; static_per_cycle -> idlUnit.
cost::UnitCosts toUnitCosts(EnergyAttr energy);
EnergyAttr toEnergyAttr(mlir::MLIRContext *context, const cost::UnitCosts &costs);

/// The estimator's table for an eyeriss accelerator that asks for estimated energies
/// (`energy = estimated` / `estimated_relative`): its technology, word, register file,
/// global buffer, PE array, node grid, DRAM type and clock.
cost::Result<cost::tech::EnergyTable> estimateEnergies(AcceleratorOp accel);

/// The unit energies of an eyeriss accelerator: its explicit `energy`, or the
/// estimator's (the verifier guarantees the estimator accepts what it asks for).
EnergyAttr unitEnergies(AcceleratorOp accel);

/// The resources of `accel` in words; `memory` "2D"/"3D" gives the DRAM placement (nn_dataflow divides bytes by the word size,
/// flooring: `--gbuf 133032` is 66516 16-bit words); unlimited bandwidths are infinity,
/// and the DRAM bandwidth becomes words per cycle.
cost::Hardware toHardware(AcceleratorOp accel);

/// An accelerator op describing `hw` (the inverse of toHardware up to the bytes that do
/// not fill a word).
AcceleratorOp buildAccelerator(mlir::OpBuilder &builder, mlir::Location loc,
                               llvm::StringRef name, const cost::Hardware &hw,
                               int64_t wordBits, MemoryType memory);

/// Whether toLayer prices `op` as independent 2-D slices (dilated and 3-D convolutions,
/// 3-D pooling; docs/cost-model.md "Dilated and 3-D convolution"), which the multi-node
/// search and the loop lowering do not take yet.
bool isSlicedLayer(mlir::Operation *op);

/// The cost-model loop nest of a layer op. Concat is free (nullopt). Layers the
/// row-stationary model cannot price yet (3-D, dilated, transposed convolutions) give an
/// InvalidLayer status whose message names what is missing.
cost::Result<std::optional<cost::Layer>> toLayer(mlir::Operation *op);

//===----------------------------------------------------------------------===//
// Schedule attributes
//===----------------------------------------------------------------------===//

/// The row-stationary mapping with processing-pass candidate `candidate`.
MappingAttr toMappingAttr(mlir::MLIRContext *context, const cost::RowStationaryMapping &rs,
                          int candidate);

/// The candidate of `rs` that `mapping` names, or a status saying which field differs
/// from what the row-stationary rules give for this layer on this array.
cost::Result<int> findCandidate(MappingAttr mapping, const cost::RowStationaryMapping &rs);

/// A complete blocking (factors, orders) and, when given, its bypass decision.
BlockingAttr toBlockingAttr(mlir::MLIRContext *context, const cost::LoopBlocking &blocking,
                            std::optional<std::array<bool, cost::kNumData>> gbufStored);

/// Factors and orders of a complete blocking (BlockingAttr::isComplete()).
cost::LoopBlocking toLoopBlocking(BlockingAttr blocking);

/// What a (possibly partial) blocking pins: given factors and orders.
void addPins(BlockingAttr blocking, cost::SchedulePins &pins);

/// GBUF residency per data category from `bypass`; nullopt while undecided.
std::optional<std::array<bool, cost::kNumData>> toGbufStored(BlockingAttr blocking);

/// The figures of a costed scheme; `utilization` is the mapping's active PE fraction.
CostAttr toCostAttr(mlir::MLIRContext *context, const cost::SchemeCost &scheme,
                    double utilization);

} // namespace dataflow::bridge

#endif // DATAFLOW_BRIDGE_EYERISSBRIDGE_H
