//===- NetworkSearch.h - Whole-network multi-node search --------*- C++ -*-===//
//
// docs/cost-model.md §6 without inter-layer pipelining: layers visited in the
// tool's depth-first topological order, each its own segment; a beam of one
// (the tool's default top = 1) keeps the best partial network by (total cost,
// total time); the first layer starts from every input-layer partition
// (§5.3: the network input is laid out by the input layer's own partition).
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_NETWORKSEARCH_H
#define DATAFLOW_COSTMODEL_NETWORKSEARCH_H

#include "Dataflow/CostModel/MultiNode/PartitionedSearch.h"

#include <map>
#include <string>
#include <vector>

namespace dataflow::cost {

/// Name of the network input among a layer's producers.
constexpr const char *kNetworkInput = "__INPUT__";

struct FmapShape {
  std::string name;
  int64_t nofm = 1, hofm = 1, wofm = 1;
};

struct Network {
  FmapShape input;                 ///< the network input
  std::vector<FmapShape> external; ///< other external inputs (LSTM states)
  struct Node {
    Layer layer;
    std::vector<std::string> prevs; ///< producers, kNetworkInput or external names
  };
  std::vector<Node> layers; ///< definition order
  const Node *find(const std::string &name) const;
};

/// nn_dataflow's scheduling order (InterLayerPipeline: weight-less layers
/// merged into their single-consumer producer's vertex, vertices in DFS
/// topological order).
std::vector<std::string> schedulingOrder(const Network &net);

/// Consumers of each layer, in definition order.
std::map<std::string, std::vector<std::string>> layerConsumers(const Network &net);

/// §6 DAG vertices in definition order: a weight-less layer joins the latest vertex whose
/// last layer is one of its producers (with no other consumer) and that holds no other
/// producer of it. Shared by schedulingOrder and the pipelining DAG.
std::vector<std::vector<std::string>> mergeVertices(const Network &net);

/// §5.3: the candidate layouts of the network input (one per partition of
/// the input "layer" over the DRAM region), in the tool's order.
std::vector<PartitionScheme> inputPartitions(const Network &net, int64_t batch,
                                             const Hardware &hw, const Options &opts);

struct NetworkSchedule {
  std::vector<std::string> order;
  std::map<std::string, PartitionedSchedule> layers;
  PartitionScheme inputPart; ///< the input layout's partition (before projection)
  double totalCost = 0;
  int64_t totalTime = 0;
  EnergyBreakdown energy; ///< summed over layers
};

/// Per-layer decisions to re-cost instead of searching (empty = search).
using NetworkChoices = std::map<std::string, PartitionedChoice>;

/// Per-layer partitions fixed while the per-node scheme is searched.
using NetworkPartitionPins = std::map<std::string, PartitionScheme>;

/// Per-layer pins of the per-node scheme (mapping candidate of the per-node layer, blocking
/// factors, orders), for layers whose partition is pinned: the search fills in the rest.
using NetworkSchedulePins = std::map<std::string, SchedulePins>;

/// Walks the network; `choices` (optional) fixes layers' decisions, `inputPart`
/// (optional) the input layout, and `pinnedParts` (optional) layers' partitions
/// only (a layer in `choices` takes its choice), and `schedulePins` (optional) part of the
/// per-node scheme of layers in `pinnedParts`. Each layer's partitions are searched on
/// `threads` threads; the schedule is the same for any count.
Result<NetworkSchedule> scheduleNetwork(const Network &net, const Hardware &hw,
                                        const Options &opts,
                                        const NetworkChoices &choices = {},
                                        const PartitionScheme *inputPart = nullptr,
                                        const NetworkPartitionPins &pinnedParts = {},
                                        const NetworkSchedulePins &schedulePins = {},
                                        unsigned threads = 1);

} // namespace dataflow::cost

#endif // DATAFLOW_COSTMODEL_NETWORKSEARCH_H
