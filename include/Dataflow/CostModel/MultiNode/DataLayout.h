//===- DataLayout.h - Where a batched fmap lives on the nodes ---*- C++ -*-===//
//
// docs/cost-model.md §5.3: a layout is a list of fmap ranges (concatenated
// along channels), each stored in a node region and split over it by a
// partition scheme. A layer's ofmap lives in the DRAM region laid out by its
// partition projected onto that region; the next layer's ifmap is the channel
// concatenation of its producers' layouts; the network input is laid out by a
// partition of the input layer projected onto the DRAM region.
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_DATALAYOUT_H
#define DATAFLOW_COSTMODEL_DATALAYOUT_H

#include "Dataflow/CostModel/MultiNode/FmapRange.h"
#include "Dataflow/CostModel/MultiNode/NodeRegion.h"
#include "Dataflow/CostModel/MultiNode/PartitionScheme.h"

#include <array>
#include <vector>

namespace dataflow::cost {

struct DataLayout {
  struct Part {
    FmapRange frng;
    NodeRegion region;
    PartitionScheme part; ///< applicable to fmap ranges (no INPP)
  };
  std::vector<Part> parts;

  /// The whole fmap [0, end of the last range).
  FmapRange complete() const;
  /// §5.3: hops to move `frng` to every destination, each from every source
  /// cell holding part of it (overlap * distance). With `forwarding` (§5.4):
  /// the cheapest single fetch plus the greedy nearest-neighbour forwarding
  /// tree over the destinations (its total is the minimum spanning tree's).
  int64_t nhopsTo(const FmapRange &frng, const std::vector<Coord> &dests,
                  bool forwarding) const;
  bool operator==(const DataLayout &o) const;

  /// Every source cell of the layout, indexed for nhopsTo: a part's cells split each fmap
  /// dimension by one partition index (batch by BATP, channels by OUTP, rows and columns
  /// by OFMP), so the cells a range overlaps are found per dimension; the nodes' rows and
  /// columns are numbered once. Built once for the many ranges of a partition.
  struct Cells {
    struct Part {
      FmapRange frng;
      /// Per fmap dimension, the range of each index along it.
      std::array<std::vector<std::array<int64_t, 2>>, 4> axis;
      /// The cells of index combination k = ((b*Nn + n)*Nh + h)*Nw + w (several with
      /// INPP copies): cellAt[start[k], start[k+1]) = (row number, column number).
      std::vector<uint32_t> start;
      std::vector<std::array<uint32_t, 2>> cellAt;
      std::vector<Coord> cellNode; ///< the node of each cell, in cellAt's order
    };
    std::vector<Part> parts;
    /// The cells' node rows and columns, sorted: every cell's row and column among them.
    std::vector<int64_t> rows, cols;
  };
  Cells cells() const;
  /// nhopsTo over cells() of this layout: the same integer sums, regrouped by the
  /// sources' rows and columns (a Manhattan distance splits into |dh| + |dw|).
  static int64_t nhopsTo(const Cells &cells, const FmapRange &complete,
                         const FmapRange &frng, const Coord *dests, size_t numDests,
                         bool forwarding);
  static int64_t nhopsTo(const Cells &cells, const FmapRange &complete,
                         const FmapRange &frng, const std::vector<Coord> &dests,
                         bool forwarding) {
    return nhopsTo(cells, complete, frng, dests.data(), dests.size(), forwarding);
  }
};

/// §5.3: a `batch x channels x h x w` fmap stored in `region`, split by `part`
/// projected onto it.
DataLayout makeLayout(int64_t batch, int64_t channels, int64_t h, int64_t w,
                      const NodeRegion &region, const PartitionScheme &part);
/// §5.3: channel concatenation of the producers' layouts (in prevs order).
DataLayout concatLayouts(const std::vector<const DataLayout *> &layouts);

/// Total of a minimum spanning tree connecting `dests` to the tree seeded with
/// `seeds` (hops); the greedy nearest-pair forwarding of §5.4 builds one.
int64_t forwardingTreeHops(const std::vector<Coord> &seeds, const std::vector<Coord> &dests);

} // namespace dataflow::cost

#endif // DATAFLOW_COSTMODEL_DATALAYOUT_H
