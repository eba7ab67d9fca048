//===- PipelineSearch.h - Pipelined network search --------------*- C++ -*-===//
//
// docs/cost-model.md §6: scheduleNetworkPipelined, the layer-wise beam search over
// segments (NNDataflow's segment search); evaluateSegments re-costs given segments and
// per-layer choices. The single-layer entry points (scheduleNetwork,
// searchLayerPartitioned) are in MultiNode.
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_PIPELINE_PIPELINESEARCH_H
#define DATAFLOW_COSTMODEL_PIPELINE_PIPELINESEARCH_H

#include "Dataflow/CostModel/Pipeline/SegmentCandidates.h"

#include <array>
#include <map>
#include <string>
#include <vector>

namespace dataflow::cost {

struct PipelinedSchedule {
  std::vector<std::string> order;
  std::vector<PipelineSegment> segments;
  std::map<std::string, PartitionedSchedule> layers;
  std::map<std::string, std::array<int, 3>> schedSeq; ///< segment, spatial, temporal
  std::vector<int64_t> segmentTime, segmentCriticalTime;
  std::vector<double> segmentTimeOverhead; ///< §6 (time - T) / T per segment
  PartitionScheme inputPart;
  double totalCost = 0;  ///< static energy re-based (§6)
  int64_t totalTime = 0;
  EnergyBreakdown energy; ///< summed over layers, stat re-based
  /// False when Options::deadline cut the segment search (the enumeration, or the
  /// segments and constraints tried per layer): the segments are the best found so far.
  bool segmentsComplete = true;
  int64_t segmentCandidates = 0; ///< segment candidates enumerated
};

/// §6 the tool's beam search over segments (nn_dataflow NNDataflow.schedule_search
/// with --interlayer-partition / --enable-save-writeback). Options::deadline bounds it
/// whole (segment enumeration included): see PipelinedSchedule::segmentsComplete.
Result<PipelinedSchedule> scheduleNetworkPipelined(const Network &net, const Hardware &hw,
                                                   const Options &opts,
                                                   const SegmentOptions &segOpts);

/// Re-costs given segments (layer names, spatial x temporal) with per-layer
/// choices and an input partition; totals and segment times as in §6.
Result<PipelinedSchedule>
evaluateSegments(const Network &net, const Hardware &hw, const Options &opts,
                 const SegmentOptions &segOpts,
                 const std::vector<std::vector<std::vector<std::string>>> &segments,
                 const NetworkChoices &choices, const PartitionScheme &inputPart);

} // namespace dataflow::cost

#endif // DATAFLOW_COSTMODEL_PIPELINE_PIPELINESEARCH_H
