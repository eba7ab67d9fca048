//===- PartitionScheme.h - Intra-layer partitioning over nodes --*- C++ -*-===//
//
// A layer split over the node grid (docs/cost-model.md §5.1-§5.2; TETRIS §5):
// per partition type (OUTP output channels, OFMP ofmap rows x columns, BATP
// batch, INPP input channels) a 2-D factor of the grid, and the order of the
// types from the top (outermost) level of the node hierarchy to the bottom.
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_PARTITIONSCHEME_H
#define DATAFLOW_COSTMODEL_PARTITIONSCHEME_H

#include "Dataflow/CostModel/MultiNode/FmapRange.h"
#include "Dataflow/CostModel/Eyeriss/Layer.h"
#include "Dataflow/CostModel/MultiNode/NodeRegion.h"

#include <array>
#include <string>
#include <vector>

namespace dataflow::cost {

enum PartType : int { kOutp = 0, kOfmp = 1, kBatp = 2, kInpp = 3 };
constexpr int kNumPartTypes = 4;
const char *partTypeName(int p);

/// Partition index of one node: per type, its (h, w) index.
using PartIndex = std::array<Coord, kNumPartTypes>;

struct PartitionScheme {
  std::array<int, kNumPartTypes> order = {0, 1, 2, 3}; ///< types, top level first
  std::array<Coord, kNumPartTypes> dims = {Coord{1, 1}, Coord{1, 1}, Coord{1, 1},
                                           Coord{1, 1}};

  int64_t size(int p) const { return dims[size_t(p)].size(); }
  int64_t numNodes() const;
  Coord dim() const; ///< product of all types' dims
  /// Every partition index, in nn_dataflow gen_pidx order (types OUTP..INPP,
  /// each h-major).
  std::vector<PartIndex> indices() const;
  /// §5.1: coord = coord*dims + idx per type in order, outermost first.
  Coord coordinate(const NodeRegion &region, const PartIndex &pidx) const;
  /// §5.3: the part of `frng` a node covers (batch by BATP, channels by
  /// OUTP, rows/cols by OFMP; floor-boundary splits).
  FmapRange fmapRange(const FmapRange &frng, const PartIndex &pidx) const;
  /// §5.3 layout projection onto `region`, INPP dropped (appl2frng).
  PartitionScheme projection(const NodeRegion &region) const;
  /// Average neighbour distance along h and w of type `p` (inf if none)
  /// (nn_dataflow PartitionScheme.part_neighbor_dist; used by §5.5).
  std::array<double, 2> neighborDist(const NodeRegion &region, int p) const;
  std::string str() const;
  bool operator==(const PartitionScheme &o) const {
    return order == o.order && dims == o.dims;
  }
};

/// The options of nn_dataflow's partition search (§5.1, §5.4, §5.5).
struct PartitionOptions {
  bool hybrid = false;           ///< --hybrid-partition (off: naive)
  bool batch = false;            ///< --batch-partition
  bool ifmaps = false;           ///< --ifmaps-partition (hybrid only)
  bool accessForwarding = false; ///< --enable-access-forwarding (§5.4)
  bool bufferSharing = false;    ///< --enable-gbuf-sharing (§5.5, implies forwarding)
  /// Exact pruning of the partition search (PartitionBound.h) and the shared per-node
  /// search; off searches every partition (the tests that compare the two, measurement).
  /// Same result either way.
  bool prune = true;
  bool forwarding() const { return accessForwarding || bufferSharing; }
};

/// What partitioning sees of a layer: its ofmap and in-channels, and whether
/// it is CONV-shaped, local-region, or the network input (neither).
struct PartShape {
  enum Kind { Conv, LocalRegion, Input } kind = Conv;
  int64_t nofm = 1, hofm = 1, wofm = 1, nifm = 1;
  static PartShape of(const Layer &l);
};

/// §5.1 candidates for `nodes` (h x w), in nn_dataflow's enumeration order;
/// never empty (the tool's guaranteed fallback: only OFMP, or only OUTP for
/// 1x1 ofmaps).
std::vector<PartitionScheme> enumeratePartitions(const PartShape &shape, int64_t batch,
                                                 const Coord &nodes,
                                                 const PartitionOptions &opts);

/// §5.2 per-node sub-layer and occupancy.
struct PartitionedLayer {
  Layer layer; ///< the per-node layer (batch = per-node batch)
  double occ = 1.0;
  int64_t numNodes = 1;
};
Result<PartitionedLayer> partitionLayer(const Layer &layer, const PartitionScheme &part);

/// nn_dataflow util.approx_dividable (§5.1): total >= num and ceil(total/num)*num
/// within 10% (relative to the larger) or 1 of total.
bool approxDividable(int64_t total, int64_t num);

} // namespace dataflow::cost

#endif // DATAFLOW_COSTMODEL_PARTITIONSCHEME_H
