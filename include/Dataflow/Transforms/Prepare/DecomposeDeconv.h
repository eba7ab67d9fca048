//===- DecomposeDeconv.h - a deconvolution as convolutions --*- C++ -*-===//
//
// The rewrite of dataflow-decompose-deconv (Passes.td has the before/after IR) for one
// op, so that other passes (dataflow-schedule-systolic) can decompose the deconvolutions
// they schedule.
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_TRANSFORMS_PREPARE_DECOMPOSEDECONV_H
#define DATAFLOW_TRANSFORMS_PREPARE_DECOMPOSEDECONV_H

#include "Dataflow/IR/DataflowOps.h"

namespace dataflow {

/// Replaces `op` by its stride-phase convolutions: one per phase interleaved by strided
/// tensor.insert_slice (combine = false), or one convolution with s^d times the output
/// channels sliced back out (combine = true). Emits the reason on `op` on failure.
mlir::LogicalResult decomposeDeconv(DeconvOp op, bool combine);

} // namespace dataflow

#endif // DATAFLOW_TRANSFORMS_PREPARE_DECOMPOSEDECONV_H
