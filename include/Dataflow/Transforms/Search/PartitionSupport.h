//===- PartitionSupport.h - what the multi-node passes share ----*- C++ -*-===//
//
// Multi-node accelerators (docs/cost-model.md §5, §6): a network function as the cost
// model's layer graph, the decisions the IR pins, and writing a partitioned schedule back.
// dataflow-partition-layers searches with it, dataflow-cost re-costs with it. No formula
// lives here (architecture.md rule 2).
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_TRANSFORMS_PARTITIONSUPPORT_H
#define DATAFLOW_TRANSFORMS_PARTITIONSUPPORT_H

#include "Dataflow/CostModel/MultiNode/NetworkSearch.h"
#include "Dataflow/Transforms/Search/ScheduleSupport.h"

namespace dataflow {

/// More than one node: layers are partitioned (dataflow-partition-layers).
bool isMultiNode(const Network &network);

/// The layer has a dataflow.partition and its network runs on several nodes: the
/// single-node passes leave it to dataflow-partition-layers and dataflow-cost.
bool isPartitioned(mlir::Operation *op, const Network &network);

PartitionAttr getPartition(mlir::Operation *op);

/// A network function as the cost model's layer graph: every layer with its producers
/// (concats looked through; the function's first argument is the network input, the
/// others external inputs such as LSTM states). Emits located errors.
struct PartitionedNetwork {
  cost::Network graph;
  std::map<std::string, mlir::Operation *> opOf; ///< layer name -> op
};
mlir::FailureOr<PartitionedNetwork> buildPartitionedNetwork(const Network &network);

/// The decisions the IR pins: a layer's dataflow.partition alone (the per-node scheme is
/// searched), with part of its per-node schedule (a mapping and/or a partial blocking
/// without bypass: the search fills in the rest), or with its mapping and complete
/// blocking (re-costed as written), and the function's dataflow.input_partition. A partition that does not cover the grid or does
/// not fit the layer, or a per-node schedule without a partition, is a located error.
/// With `requireComplete`, every layer must carry a complete partitioned schedule.
struct NetworkPins {
  cost::NetworkChoices choices;
  cost::NetworkPartitionPins partitions;
  cost::NetworkSchedulePins schedules;
  std::optional<cost::PartitionScheme> input;
};
/// collectPins (Search/PartitionPins.h) reads them from the IR.

/// Runs the network-level search / re-costing (each layer's partitions on `threads`
/// threads; the schedule does not depend on it); a failure is emitted on the layer it
/// names (or the function).
mlir::FailureOr<cost::NetworkSchedule>
runNetwork(const Network &network, const PartitionedNetwork &pn, const cost::Options &options,
           const NetworkPins &pins, unsigned threads = 1,
           const cost::NetworkSearchOptions &search = {});

/// Writes dataflow.partition, dataflow.mapping, dataflow.blocking (bypass decided),
/// dataflow.cost and dataflow.noc on every layer, and dataflow.input_partition on the
/// function. With `costOnly`, only dataflow.cost and dataflow.noc.
/// The layer op a cost-model error names (cost::Status::layerError), with what the error
/// says after the layer's name (its leading ':' dropped) in `rest`; null if it names none.
mlir::Operation *layerOf(const PartitionedNetwork &pn, const cost::Status &status,
                         llvm::StringRef *rest);

/// Sets Options::partitioning from the passes' partitioning options (nn_dataflow's
/// --hybrid-partition, --batch-partition, --ifmaps-partition, access forwarding, buffer
/// sharing) and rejects, with an error on `module`, the combinations the model does not have.
mlir::LogicalResult setPartitionOptions(mlir::ModuleOp module, cost::Options &options,
                                        bool hybrid, bool batch, bool ifmaps,
                                        bool accessForwarding, bool bufferSharing);

/// time-limit: a warning on each layer of `order` whose search it cut (complete = false),
/// and dataflow.search_incomplete, which later passes keep and the report repeats.
void markIncompleteSearches(const PartitionedNetwork &pn, const std::vector<std::string> &order,
                            const std::map<std::string, cost::PartitionedSchedule> &layers);

/// Fails, writing nothing, when a layer's cost breaks an invariant (checkInvariants).
mlir::LogicalResult writeNetworkSchedule(const Network &network, const PartitionedNetwork &pn,
                          const cost::NetworkSchedule &schedule,
                          const cost::PartitionOptions &options, bool costOnly);

} // namespace dataflow

#endif // DATAFLOW_TRANSFORMS_PARTITIONSUPPORT_H
