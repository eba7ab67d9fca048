//===- CostModelBridge.h - IR <-> cost-model structs ------------*- C++ -*-===//
//
// The one place where dataflow attributes and ops become the plain structs of
// lib/CostModel and back (architecture.md, rule 1). Passes call these; nothing else
// converts.
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_BRIDGE_COSTMODELBRIDGE_H
#define DATAFLOW_BRIDGE_COSTMODELBRIDGE_H

#include "Dataflow/CostModel/Eyeriss/Hardware.h"
#include "Dataflow/CostModel/Eyeriss/Layer.h"
#include "Dataflow/CostModel/Eyeriss/LayerSearch.h"
#include "Dataflow/CostModel/Eyeriss/Options.h"
#include "Dataflow/CostModel/MultiNode/PartitionedSearch.h"
#include "Dataflow/CostModel/Pipeline/PipelineSearch.h"
#include "Dataflow/CostModel/Core/Status.h"
#include "Dataflow/CostModel/Systolic/SystolicSearch.h"
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

/// The name a layer goes by in reports: its `name` attribute, else its location's name,
/// else `<mnemonic>@<line>`.
std::string layerName(mlir::Operation *op);

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

//===----------------------------------------------------------------------===//
// Multi-node attributes
//===----------------------------------------------------------------------===//

/// The partition scheme an attribute names (types outermost first, [h, w] per type).
cost::PartitionScheme toPartitionScheme(PartitionAttr partition);

/// A partition and how the layer's data move (access forwarding; buffer sharing, which
/// implies forwarding and is written alone).
PartitionAttr toPartitionAttr(mlir::MLIRContext *context, const cost::PartitionScheme &part,
                              const cost::PartitionOptions &options);

/// The forwarding / sharing flags a partition was costed with.
cost::PartitionOptions toPartitionOptions(PartitionAttr partition);

/// The hop counts and access divisors of a partitioned schedule.
NocAttr toNocAttr(mlir::MLIRContext *context, const cost::PartitionedSchedule &schedule);

//===----------------------------------------------------------------------===//
// Systolic arrays
//===----------------------------------------------------------------------===//

/// The resources of a `kind = systolic` accelerator; the buffer in words (bytes divided
/// by the word size, flooring).
cost::SystolicHardware toSystolicHardware(AcceleratorOp accel);

/// The accelerator's static `partition` as the model's ratios; nullopt when `searched`.
std::optional<cost::BufferPartition> toBufferPartition(AcceleratorOp accel);

/// The model options of `accel` (its dataflow) with or without the pipeline fill/drain.
cost::SystolicModelOptions toSystolicModelOptions(AcceleratorOp accel, bool fillDrain);

/// The convolution a layer op is on the systolic model: conv (2-D or 3-D, one image,
/// ungrouped, undilated, one stride for every dimension), fc (the batch as output pixels,
/// C x H x W reduced), matmul (M rows as output pixels, K reduced, N output channels).
/// Pool, eltwise and concat are not priced on the array (nullopt); deconv must be
/// decomposed first; anything else the model cannot express is an InvalidLayer status
/// naming what.
cost::Result<std::optional<cost::SystolicLayer>> toSystolicLayer(mlir::Operation *op);

/// The schedule as `#dataflow.systolic`.
SystolicScheduleAttr toSystolicAttr(mlir::MLIRContext *context,
                                    const cost::SystolicSchedule &schedule,
                                    cost::SystolicSearchMethod method, bool fillDrain);

/// The tiling and loop order an attribute names.
cost::SystolicTiling toSystolicTiling(SystolicScheduleAttr attr);
cost::SystolicOrder toSystolicOrder(SystolicScheduleAttr attr);
cost::SystolicSearchMethod toSystolicMethod(SystolicMethodKind method);

//===----------------------------------------------------------------------===//
// Inter-layer pipelining
//===----------------------------------------------------------------------===//

/// Layer (spatial, temporal) of segment `index` and its node region; the kind follows
/// the segment's shape.
SegmentAttr toSegmentAttr(mlir::MLIRContext *context, int64_t index,
                          const cost::PipelineSegment &segment, int spatial, int temporal);

/// The processing region a segment attribute names (spacing 1, not DRAM).
cost::NodeRegion toNodeRegion(SegmentAttr segment);

/// The totals and per-segment times of a pipelined schedule.
PipelineAttr toPipelineAttr(mlir::MLIRContext *context, const cost::PipelinedSchedule &s);

} // namespace dataflow::bridge

#endif // DATAFLOW_BRIDGE_COSTMODELBRIDGE_H
