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

#include "Dataflow/CostModel/Systolic/SystolicSearch.h"
#include "Dataflow/CostModel/Core/Status.h"
#include "Dataflow/IR/DataflowOps.h"

namespace dataflow::bridge {

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

} // namespace dataflow::bridge

#endif // DATAFLOW_BRIDGE_SYSTOLICBRIDGE_H
