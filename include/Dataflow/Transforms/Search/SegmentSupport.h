//===- SegmentSupport.h - what the pipelining passes share ------*- C++ -*-===//
//
// Inter-layer pipelining (TANGRAM; docs/cost-model.md §6): the segments a network's
// dataflow.segment attributes name, checked against the cost model's segment rules, and
// writing a pipelined schedule back. dataflow-partition-segments searches with it,
// dataflow-cost re-costs with it. No formula lives here (architecture.md rule 2).
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_TRANSFORMS_SEGMENTSUPPORT_H
#define DATAFLOW_TRANSFORMS_SEGMENTSUPPORT_H

#include "Dataflow/CostModel/Pipeline/PipelineSearch.h"
#include "Dataflow/Transforms/Search/PartitionSupport.h"

namespace dataflow {

SegmentAttr getSegment(mlir::Operation *op);

/// Some layer of the network carries a dataflow.segment.
bool isSegmented(const Network &network);

/// The segments the IR names, in index order, each as layer names [spatial][temporal]
/// (the dialect verifier guarantees gapless positions), with the op of each layer.
struct SegmentList {
  std::vector<std::vector<std::vector<std::string>>> segments;
  std::vector<int64_t> indices; ///< the IR's index of each segment
};
SegmentList collectSegments(const Network &network);

/// Each segment must be one the cost model accepts (§6 dependencies and allocation) and
/// a consecutive run of the network's execution order; with `checkRegions`, the regions
/// written must be the §6 allocation. Located errors; returns the built segments.
mlir::FailureOr<std::vector<cost::PipelineSegment>>
checkSegments(const Network &network, const PartitionedNetwork &pn, const SegmentList &list,
              const cost::SegmentOptions &options, bool checkRegions);

/// Order-only producers (cost::Network::Node::after) of `value`, which a layer reads from
/// DRAM outside its ifmap (a matmul's rhs): the layers it comes from through views,
/// concats and other non-layer ops, appended to `out` once each; function arguments are
/// in DRAM before the network runs and add none.
void orderProducers(const Network &network, mlir::Value value, std::vector<std::string> &out);
/// A cost-model failure, located on the layer the status names (or the function).
mlir::InFlightDiagnostic emitNetworkError(const Network &network, const PartitionedNetwork &pn,
                                          const cost::Status &status);

/// Writes the schedule of every layer (as writeNetworkSchedule; with `costOnly`, only
/// dataflow.cost and dataflow.noc), dataflow.segment on every layer (unless `costOnly`)
/// and dataflow.pipeline on the function.
mlir::LogicalResult writePipelinedSchedule(const Network &network, const PartitionedNetwork &pn,
                            const cost::PipelinedSchedule &schedule,
                            const cost::PartitionOptions &options, bool costOnly);

} // namespace dataflow

#endif // DATAFLOW_TRANSFORMS_SEGMENTSUPPORT_H
