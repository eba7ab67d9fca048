//===- NetworkSearch.h - Whole-network multi-node search --------*- C++ -*-===//
//
// docs/cost-model.md §6 without inter-layer pipelining: layers visited in the
// tool's depth-first topological order, each its own segment; a beam of one
// (the tool's default top = 1) keeps the best partial network by (total cost,
// total time); the first layer starts from every input-layer partition
// (§5.3: the network input is laid out by the input layer's own partition).
// Beyond the tool (issue 25): a beam of several partial networks (never worse than
// the greedy one) and a lower bound of the network's cost.
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

/// A batch x nofm x hofm x wofm fmap laid out in the DRAM region (§5.3): the network input,
/// an external input, or a value read back from DRAM (a view, slice or token concat).
struct FmapShape {
  std::string name;
  int64_t nofm = 1, hofm = 1, wofm = 1;
  int64_t batch = 0; ///< 0: the network's batch (its first layer's)
  int64_t batchOr(int64_t network) const { return batch > 0 ? batch : network; }
};

struct Network {
  FmapShape input;                 ///< the network input
  std::vector<FmapShape> external; ///< other external inputs (LSTM states)
  struct Node {
    Layer layer;
    std::vector<std::string> prevs; ///< producers, kNetworkInput or external names
    /// Order-only dependencies: layers whose ofmaps this one reads from DRAM outside its
    /// ifmap (a matmul's rhs, read like FC weights). They run before it, in an earlier
    /// pipeline segment (docs/cost-model.md §6 "Order-only dependencies").
    std::vector<std::string> after;
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

/// A lower bound of every network schedule the search can return (issue 25): the sum,
/// over layers, of each layer's best in isolation (its ifmaps read without NoC hops, the
/// only part of a layer's cost its producers' layouts change; PartitionSearchMode).
struct NetworkBound {
  bool have = false; ///< false: not asked for, or a search limit stopped a layer's search
  double cost = 0;   ///< sum of each layer's least energy
  int64_t time = 0;  ///< sum of each layer's least time (0 unless the goal counts time)
};

struct NetworkSchedule {
  std::vector<std::string> order;
  std::map<std::string, PartitionedSchedule> layers;
  PartitionScheme inputPart; ///< the input layout's partition (before projection)
  double totalCost = 0;
  int64_t totalTime = 0;
  EnergyBreakdown energy; ///< summed over layers
  NetworkBound bound;     ///< NetworkSearchOptions::lowerBound
  bool beamImproved = false; ///< the beam found a network strictly better than greedy
};

/// The network-level search (issue 25).
struct NetworkSearchOptions {
  /// Partial networks kept after each layer. 1: greedy, layer by layer (nn_dataflow's
  /// default top = 1). More: a beam over every layer's partitions, partial networks with
  /// the same layouts still to be read kept once (the cheaper one: their futures are the
  /// same); its answer replaces the greedy one only when strictly better, so it is never
  /// worse and otherwise identical.
  unsigned beamWidth = 1;
  /// Also compute NetworkSchedule::bound.
  bool lowerBound = false;
};

/// §6 ranking of whole (or partial) networks by their totals, as partitionedBetter.
bool networkBetter(double costA, int64_t timeA, double costB, int64_t timeB, Goal g);

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
                                        unsigned threads = 1,
                                        const NetworkSearchOptions &search = {});

} // namespace dataflow::cost

#endif // DATAFLOW_COSTMODEL_NETWORKSEARCH_H
