//===- PartitionedSearch.h - Search and re-cost a layer on a node grid -*- C++ -*-===//
//
// Entry points for multi-node accelerators (docs/cost-model.md §5, §6):
//  - searchLayerPartitioned: every partition candidate (§5.1) x the per-node
//    mapping and blocking search (§3-§4, per-node layer §5.2), each costed
//    with its NoC hops (§5.3-§5.5); the best by (cost, time), ties in the
//    tool's enumeration order;
//  - evaluatePartitioned: re-cost a given partition + per-node scheme.
// The ifmap layout of the producers (DataLayout, §5.3) is an input; the
// result carries this layer's ofmap layout for its consumers.
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_PARTITIONEDSEARCH_H
#define DATAFLOW_COSTMODEL_PARTITIONEDSEARCH_H

#include "Dataflow/CostModel/MultiNode/BufferSharing.h"
#include "Dataflow/CostModel/MultiNode/DataLayout.h"
#include "Dataflow/CostModel/Eyeriss/LayerSearch.h"
#include "Dataflow/CostModel/MultiNode/NocHops.h"

#include <vector>

namespace dataflow::cost {

struct PartitionedSchedule {
  PartitionScheme part;
  Layer nodeLayer;            ///< §5.2 per-node layer
  double occ = 1.0;           ///< §5.2 occupancy
  SchemeCost scheme;          ///< per-node scheme, accesses over all nodes (energy.noc = 0)
  PerDataHops unitHops{0, 0, 0}; ///< §5.3 moving each datum once
  PerData memHops{0, 0, 0};   ///< unit_hops[d] * fetch[0][d]
  PerData nodeHops{0, 0, 0};  ///< §5.5 buffer-sharing rotation + wide fetch
  PerData totalHops{0, 0, 0}; ///< mem + node
  PerData fwdReduction{1, 1, 1}; ///< §5.4 DRAM access divisor per category
  BufferSharingResult sharing;   ///< §5.5 details (groups 1 without sharing)
  EnergyBreakdown energy;     ///< incl. noc = noc_hop * sum(totalHops)
  int64_t time = 0;
  DataLayout ofmapLayout;     ///< this layer's ofmap in DRAM (§5.3)
  /// Search limits (not in nn_dataflow; a search only). complete = false: Options::deadline
  /// passed before every partition and blocking was searched, so this is the best of the
  /// part searched, not proven optimal.
  bool complete = true;
  int64_t schemesEvaluated = 0; ///< blocking schemes costed over all partitions searched
  int partitionsSearched = 0;   ///< of partitionsTotal (fewer only when !complete)
  int partitionsTotal = 0;
};

/// A complete multi-node decision: the partition and the per-node scheme.
struct PartitionedChoice {
  PartitionScheme part;
  SchemeChoice scheme;
};

/// `threads`: partitions searched in parallel (the result does not depend on it).
/// Limits (Options): a layer whose blocking schemes over all its partitions outnumber
/// maxCandidates (> 0) fails with StatusCode::SearchTooLarge before any is costed; past
/// Options::deadline, partitions not yet started are skipped once one holds a scheme and
/// each blocking search stops at its first valid scheme (the result is then marked
/// incomplete and may depend on the thread count).
/// `mustBeat` (optional): only a schedule ranking before it matters to the caller; with
/// pruning on (PartitionBound.h) partitions that cannot beat it are not searched, so
/// the answer is the layer's best if that beats `mustBeat`, else some schedule that does
/// not, or NoValidScheme when every partition was pruned.
Result<PartitionedSchedule> searchLayerPartitioned(const Layer &layer, const Hardware &hw,
                                                   const Options &opts,
                                                   const DataLayout &ifmapLayout,
                                                   unsigned threads = 1,
                                                   const PartitionedSchedule *mustBeat = nullptr);

/// searchLayerPartitioned over one given partition (a partition pinned by the user):
/// every per-node mapping candidate and blocking, ranked as in §6; Options::pins (a
/// mapping candidate of the per-node layer, blocking factors, orders) narrow the search.
Result<PartitionedSchedule> searchLayerInPartition(const Layer &layer, const Hardware &hw,
                                                   const Options &opts,
                                                   const DataLayout &ifmapLayout,
                                                   const PartitionScheme &part);

/// §5.3 unit hops already counted, for one network on one accelerator (a repeated layer
/// shape, partition and ifmap layout, as in ResNet's repeated blocks, is counted once).
/// Thread-safe; the hops are a function of what the key holds, so the answer is the same.
class HopMemo {
public:
  HopMemo();
  ~HopMemo();
  HopMemo(const HopMemo &) = delete;
  HopMemo &operator=(const HopMemo &) = delete;
  /// unitNocHops of `layer` in `part` over the processing region of `hw` from `ifm`, its
  /// ofmaps to `ofm` (a function of the layer and the partition), counted on a miss.
  PerDataHops get(const Layer &layer, const Hardware &hw, const PartitionScheme &part,
                  const DataLayout &ifm, const DataLayout &ofm, bool forwarding);
  int64_t hits() const;
  int64_t misses() const;

private:
  struct Impl;
  Impl *impl;
};

/// How searchLayerWithMode searches a layer's partitions (not in nn_dataflow; issue 25).
struct PartitionSearchMode {
  /// Non-null: also every partition's best (those with a valid scheme, in the tool's
  /// enumeration order), for a network search that keeps several partial networks
  /// (NetworkSearch.h). Pruned only against `mustBeat` if given: a partition whose best
  /// cannot rank before it is left out (or its entry is not its best).
  std::vector<PartitionedSchedule> *each = nullptr;
  /// The ifmaps cost no NoC hops (as if each node already held its part): nothing else
  /// of a layer's cost depends on its producers' layout, so the best is a lower bound of
  /// the layer's cost after any producer layout (among the schemes the per-node search
  /// keeps).
  bool isolated = false;
  /// Non-null: unit hops looked up there (the same network and accelerator throughout).
  HopMemo *hops = nullptr;
};

/// searchLayerPartitioned (over every partition, or only `part` if given) as `mode` says;
/// the layer's best as there (without `mustBeat`).
Result<PartitionedSchedule> searchLayerWithMode(const Layer &layer, const Hardware &hw,
                                                const Options &opts,
                                                const DataLayout &ifmapLayout,
                                                const PartitionSearchMode &mode,
                                                unsigned threads = 1,
                                                const PartitionScheme *part = nullptr,
                                                const PartitionedSchedule *mustBeat = nullptr);

Result<PartitionedSchedule> evaluatePartitioned(const Layer &layer, const Hardware &hw,
                                                const Options &opts,
                                                const DataLayout &ifmapLayout,
                                                const PartitionedChoice &choice);

/// §6 ranking: (cost, time) for E, (time, cost) for D, product for ED.
bool partitionedBetter(const PartitionedSchedule &a, const PartitionedSchedule &b, Goal g);

/// Completes `r` from its per-node scheme `sc` (already in r.scheme) and its unit and node
/// hops: memory hops, total hops, the NoC energy and the layer's time (§5.3, §6).
void finishNocAndEnergy(PartitionedSchedule &r, const SchemeCost &sc, const Hardware &hw);

} // namespace dataflow::cost

#endif // DATAFLOW_COSTMODEL_PARTITIONEDSEARCH_H
