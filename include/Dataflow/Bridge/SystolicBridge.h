//===- SystolicBridge.h - IR <-> the systolic family ------------*- C++ -*-===//
//
// The systolic family: the accelerator, a layer op as the convolution the array runs,
// and the #dataflow.systolic schedule both ways
// (docs/architecture.md: the bridge is the one place where attributes and cost-model
// structs convert).
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_BRIDGE_SYSTOLICBRIDGE_H
#define DATAFLOW_BRIDGE_SYSTOLICBRIDGE_H

#include "Dataflow/CostModel/Systolic/SystolicEnergy.h"
#include "Dataflow/CostModel/Systolic/SystolicSearch.h"
#include "Dataflow/CostModel/Core/Status.h"
#include "Dataflow/CostModel/Technology/SystolicTable.h"
#include "Dataflow/IR/DataflowOps.h"

namespace dataflow::bridge {

/// The resources of a `kind = systolic` accelerator; the buffer in words (bytes divided
/// by the word size, flooring).
cost::SystolicHardware toSystolicHardware(AcceleratorOp accel);

/// The accelerator's static `partition` as the model's ratios; nullopt when `searched`.
std::optional<cost::BufferPartition> toBufferPartition(AcceleratorOp accel);

/// The model options of `accel` (its dataflow) with or without the pipeline fill/drain;
/// `toolRules` adds the original optimizer's own rules (withToolRules).
cost::SystolicModelOptions toSystolicModelOptions(AcceleratorOp accel, bool fillDrain,
                                                  bool toolRules = false);

/// `options` with the original optimizer's rules (docs/seed-tools.md section 3): a
/// footprint up to 1.01 x the buffer fits, 3-D layers follow its own formulas
/// (Systolic3DModel::Tool), and on equal cycles its loop order (toolOrderTies).
cost::SystolicModelOptions withToolRules(cost::SystolicModelOptions options);

/// Whether `options` are the original optimizer's rules (withToolRules).
bool hasToolRules(const cost::SystolicModelOptions &options);

/// A layer op on the systolic model: `copies` independent runs of `layer`, one after
/// another on the array (the images of a batch, the groups of a grouped convolution, the
/// phases of a dilated one, the matmuls of a batched matmul).
struct SystolicWork {
  cost::SystolicLayer layer;
  int64_t copies = 1;
};

/// The convolutions a layer op is on the systolic model: conv (2-D or 3-D, one stride for
/// every dimension) as N x G x prod(dilation) convolutions of one image, one group and
/// out/dilation outputs (dilation needs stride 1 and dilation | output extent), fc (the
/// batch as output pixels, C x H x W reduced), matmul (M rows as output pixels, K reduced,
/// N output channels; batched: B of them). Pool, eltwise, concat and the element-wise
/// transformer kinds are not priced on the array (nullopt); deconv must be decomposed
/// first; anything else the model cannot express is an InvalidLayer status naming what.
cost::Result<std::optional<SystolicWork>> toSystolicWork(mlir::Operation *op);

/// toSystolicWork's one run (the layer the schedule's tiling applies to).
cost::Result<std::optional<cost::SystolicLayer>> toSystolicLayer(mlir::Operation *op);

/// The estimator's table (J per access, area, leakage) of a systolic accelerator with
/// `energy = estimated`, from its node, word width, array size, buffer, DRAM type and clock.
/// An estimator error is returned (the verifier checks its inputs).
cost::Result<cost::tech::SystolicTable> estimateSystolicTable(AcceleratorOp accel);

/// The per-access energies of a systolic accelerator, or nullopt when it gives none:
/// explicit ones from its `#dataflow.energy` (mac; gbuf as the buffer; dram;
/// static_per_cycle) in its unit, estimated ones from cost::tech::estimateSystolicTable
/// in joules. An estimator error is returned (the verifier checks its inputs).
cost::Result<std::optional<cost::SystolicEnergyCosts>>
toSystolicEnergyCosts(AcceleratorOp accel);

/// The energy of `copies` runs of one tiling `cost` of `layer`: its accesses
/// (cost::systolicAccessCounts) at `costs`, leakage over its cycles.
cost::Result<double> systolicWorkEnergy(const SystolicWork &work,
                                        const cost::SystolicHardware &hw,
                                        const cost::SystolicCost &cost,
                                        const cost::SystolicModelOptions &options,
                                        const cost::SystolicEnergyCosts &costs);

/// The schedule as `#dataflow.systolic`; its cycles (total, compute, memory) and DRAM
/// transfer are the op's: `copies` times one run's (SystolicWork); `energy`, when given,
/// is the op's too (systolicWorkEnergy).
SystolicScheduleAttr toSystolicAttr(mlir::MLIRContext *context,
                                    const cost::SystolicSchedule &schedule,
                                    cost::SystolicSearchMethod method, bool fillDrain,
                                    int64_t copies = 1,
                                    std::optional<double> energy = std::nullopt,
                                    bool toolRules = false);

/// The tiling and loop order an attribute names.
cost::SystolicTiling toSystolicTiling(SystolicScheduleAttr attr);
cost::SystolicOrder toSystolicOrder(SystolicScheduleAttr attr);
cost::SystolicSearchMethod toSystolicMethod(SystolicMethodKind method);

} // namespace dataflow::bridge

#endif // DATAFLOW_BRIDGE_SYSTOLICBRIDGE_H
