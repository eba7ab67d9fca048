//===- SegmentTiming.h - Per-segment time model -----------------*- C++ -*-===//
//
// docs/cost-model.md §6: SegmentTiming, the per-segment time model (nn_dataflow
// PipelineSegmentTiming).
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_PIPELINE_SEGMENTTIMING_H
#define DATAFLOW_COSTMODEL_PIPELINE_SEGMENTTIMING_H

#include "Dataflow/CostModel/Pipeline/SegmentCandidates.h"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

namespace dataflow::cost {

/// §6 timing of one segment (nn_dataflow PipelineSegmentTiming).
class SegmentTiming {
public:
  struct LayerTiming {
    int64_t time = 0, nodeTime = 0, dramTime = 0, numNodes = 0, ngrp = 1, ts = 0, td = 0;
  };
  /// Adds the next layer (in sched order); `prevs` its producers' names.
  void add(const std::string &name, SchedIndex idx, bool isConv,
           const std::vector<std::string> &prevs, const PartitionedSchedule &s);
  int64_t time() const { return std::max(nodeTime_, dramTime_); }
  int64_t criticalTime() const { return critical_; }
  int64_t nodeTime() const { return nodeTime_; }
  int64_t dramTime() const { return dramTime_; }
  int64_t batchGroups() const { return batNgrp_ ? batNgrp_ : 1; }
  double timeOverhead() const;
  /// A time did not fit int64 (CheckedMath.h); the times above are then saturated.
  bool overflowed() const { return overflow_; }

private:
  bool overflow_ = false;
  std::map<std::string, SchedIndex> idx_;
  std::vector<std::vector<LayerTiming>> list_;
  int64_t batNgrp_ = 0, critical_ = 0, nodeTime_ = 0, dramTime_ = 0;
};

} // namespace dataflow::cost

#endif // DATAFLOW_COSTMODEL_PIPELINE_SEGMENTTIMING_H
