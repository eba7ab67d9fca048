//===- PipelineBridge.h - IR <-> inter-layer pipelining ---------*- C++ -*-===//
//
// The inter-layer pipelining family: segments, their regions and the pipelined totals
// (docs/architecture.md: the bridge is the one place where attributes and cost-model
// structs convert).
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_BRIDGE_PIPELINEBRIDGE_H
#define DATAFLOW_BRIDGE_PIPELINEBRIDGE_H

#include "Dataflow/CostModel/Pipeline/PipelineSearch.h"
#include "Dataflow/IR/DataflowOps.h"

namespace dataflow::bridge {

/// Layer (spatial, temporal) of segment `index` and its node region; the kind follows
/// the segment's shape.
SegmentAttr toSegmentAttr(mlir::MLIRContext *context, int64_t index,
                          const cost::PipelineSegment &segment, int spatial, int temporal);

/// The processing region a segment attribute names (spacing 1, not DRAM).
cost::NodeRegion toNodeRegion(SegmentAttr segment);

/// The totals and per-segment times of a pipelined schedule.
PipelineAttr toPipelineAttr(mlir::MLIRContext *context, const cost::PipelinedSchedule &s);

} // namespace dataflow::bridge

#endif // DATAFLOW_BRIDGE_PIPELINEBRIDGE_H
