//===- SegmentVerifier.h - the segments of a network, verified --*- C++ -*-===//

#ifndef DATAFLOW_LIB_DIALECT_SEGMENTVERIFIER_H
#define DATAFLOW_LIB_DIALECT_SEGMENTVERIFIER_H

#include "Dataflow/IR/DataflowOps.h"

namespace dataflow {

/// The dataflow.segment attributes of a function's layers and its dataflow.pipeline
/// against each other and the accelerator's node grid; errors on the offending layer.
mlir::LogicalResult verifySegments(mlir::Operation *func, AcceleratorOp accel);

} // namespace dataflow

#endif // DATAFLOW_LIB_DIALECT_SEGMENTVERIFIER_H
