//===- SystolicSupport.h - what the systolic passes share --------*- C++ -*-===//
//
// Finding the networks bound to systolic accelerators, converting their layers with
// located errors, and re-pricing a written `dataflow.systolic`. No formula lives here
// (architecture.md rule 2): the figures come from lib/CostModel/Systolic*.
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_TRANSFORMS_SYSTOLICSUPPORT_H
#define DATAFLOW_TRANSFORMS_SYSTOLICSUPPORT_H

#include "Dataflow/Bridge/SystolicBridge.h"
#include "Dataflow/IR/DataflowOps.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinOps.h"

namespace dataflow {

/// A function bound to a `kind = systolic` accelerator and the layers the array prices
/// (conv, fc, matmul; a deconv left in the IR as one stride-1 convolution over its
/// zero-upsampled input, deconv=upsample), in program order, each as its copies of one
/// run (bridge::SystolicWork: batch, groups, dilation phases, batched matmul).
struct SystolicNetwork {
  mlir::func::FuncOp func;
  AcceleratorOp accelerator;
  cost::SystolicHardware hardware;
  /// The accelerator's per-access energies; nullopt when it gives none.
  std::optional<cost::SystolicEnergyCosts> energy;
  llvm::SmallVector<std::pair<mlir::Operation *, bridge::SystolicWork>> layers;
};

/// Every function bound to a systolic accelerator (none is fine). A layer the model
/// cannot express is an error on that layer; all are reported before failing.
mlir::FailureOr<llvm::SmallVector<SystolicNetwork>>
collectSystolicNetworks(mlir::ModuleOp module);

/// The `#dataflow.systolic` of `op` (`work` on `net`) for the tiling `schedule`, with
/// its energy when the accelerator gives energies; an energy the model refuses is an
/// error on `op`.
mlir::FailureOr<SystolicScheduleAttr>
systolicAttrFor(const SystolicNetwork &net, mlir::Operation *op,
                const bridge::SystolicWork &work, const cost::SystolicSchedule &schedule,
                const cost::SystolicModelOptions &model, cost::SystolicSearchMethod method);

/// Re-prices every `dataflow.systolic` of every systolic network from its tiling and
/// order (cost::evaluateSystolic), rewriting the figures and the energy. A priced layer without the
/// attribute, or a tiling that does not fit the layer or the buffer, is an error on it.
mlir::LogicalResult costSystolicNetworks(mlir::ModuleOp module);

} // namespace dataflow

#endif // DATAFLOW_TRANSFORMS_SYSTOLICSUPPORT_H
