//===- PipelineBridge.cpp - IR <-> inter-layer pipelining -------------------===//

#include "Dataflow/Bridge/PipelineBridge.h"


using namespace mlir;
using namespace dataflow;
using namespace dataflow::bridge;

SegmentAttr bridge::toSegmentAttr(MLIRContext *context, int64_t index,
                                  const cost::PipelineSegment &segment, int spatial,
                                  int temporal) {
  SegmentKind kind = segment.numLayers() == 1 ? SegmentKind::single
                     : segment.seg.size() > 1 ? SegmentKind::spatial
                                              : SegmentKind::temporal;
  const cost::NodeRegion &r = segment.alloc[size_t(spatial)][size_t(temporal)].proc;
  SmallVector<int64_t> fold;
  if (r.folded())
    fold = {r.wtot, r.wbeg};
  return SegmentAttr::get(context, index, kind, spatial, temporal,
                          ArrayRef<int64_t>{r.origin.h, r.origin.w},
                          ArrayRef<int64_t>{r.dim.h, r.dim.w}, fold);
}

cost::NodeRegion bridge::toNodeRegion(SegmentAttr segment) {
  cost::NodeRegion r;
  r.dim = {segment.getDims()[0], segment.getDims()[1]};
  r.origin = {segment.getOrigin()[0], segment.getOrigin()[1]};
  if (!segment.getFold().empty()) {
    r.wtot = segment.getFold()[0];
    r.wbeg = segment.getFold()[1];
  }
  return r;
}

PipelineAttr bridge::toPipelineAttr(MLIRContext *context, const cost::PipelinedSchedule &s) {
  return PipelineAttr::get(context, APFloat(s.totalCost), APFloat(s.energy.stat), s.totalTime,
                           s.segmentTime, s.segmentCriticalTime);
}
