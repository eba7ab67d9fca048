//===- NodeRegion.h - Node coordinates and node regions ---------*- C++ -*-===//
//
// The node grid of a multi-node accelerator (docs/cost-model.md §1, §5.3):
// 2-D coordinates, Manhattan hop distance, and rectangular node regions with
// a spacing (`dist`) between neighbouring nodes. The processing region is the
// whole grid; the DRAM region is every node (3D memory) or the four corners
// (2D memory: a 2x2 region with spacing (Dh-1, Dw-1)).
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_NODEREGION_H
#define DATAFLOW_COSTMODEL_NODEREGION_H

#include "Dataflow/CostModel/Eyeriss/Hardware.h"

#include <cstdint>
#include <cstdlib>
#include <vector>

namespace dataflow::cost {

struct Coord {
  int64_t h = 0, w = 0;
  bool operator==(const Coord &o) const { return h == o.h && w == o.w; }
  bool operator!=(const Coord &o) const { return !(*this == o); }
  bool operator<(const Coord &o) const { return h != o.h ? h < o.h : w < o.w; }
  int64_t size() const { return h * w; }
};

/// Manhattan distance (§5.3 "Distances are Manhattan").
inline int64_t hopDist(const Coord &a, const Coord &b) {
  return std::llabs(a.h - b.h) + std::llabs(a.w - b.w);
}

struct NodeRegion {
  Coord dim{1, 1};    ///< nodes along h, w
  Coord origin{0, 0}; ///< absolute coordinate of relative (0, 0)
  Coord dist{1, 1};   ///< spacing between neighbouring nodes
  bool isDram = false;
  /// Zig-zag folding along w (nn_dataflow NodeRegion wtot/wbeg, §6 segment
  /// allocation): `wtot` nodes between two turns, `wbeg` nodes before the
  /// first turn, its sign the first direction. 0 = unfolded (wtot = dim.w).
  int64_t wtot = 0, wbeg = 0;

  /// Absolute coordinate of relative `rel` (nn_dataflow NodeRegion.rel2abs):
  /// origin + rel * dist for unfolded regions, else along the zig-zag.
  Coord rel2abs(const Coord &rel) const {
    if (!folded())
      return {origin.h + rel.h * dist.h, origin.w + rel.w * dist.w};
    return rel2absFolded(rel);
  }
  bool folded() const { return wtot != 0 && !(wtot == dim.w && wbeg == wtot); }
  Coord rel2absFolded(const Coord &rel) const;
  /// §6 (nn_dataflow NodeRegion.allocate): sub-regions of `requests` nodes in
  /// zig-zag stripes of height gcd(dim.h, requests...); empty if too many.
  std::vector<NodeRegion> allocate(const std::vector<int64_t> &requests) const;
  /// All nodes, h-major (nn_dataflow iter_node).
  std::vector<Coord> nodes() const;
  bool operator==(const NodeRegion &o) const {
    return dim == o.dim && origin == o.origin && dist == o.dist && isDram == o.isDram &&
           (wtot ? wtot : dim.w) == (o.wtot ? o.wtot : o.dim.w) &&
           (wbeg ? wbeg : (wtot ? wtot : dim.w)) == (o.wbeg ? o.wbeg : (o.wtot ? o.wtot : o.dim.w));
  }
};

/// §1: the processing region is the whole node grid.
NodeRegion procRegion(const Hardware &hw);
/// §1: DRAM nodes: every node (3D) or the four corners (2D).
NodeRegion dramRegion(const Hardware &hw);

} // namespace dataflow::cost

#endif // DATAFLOW_COSTMODEL_NODEREGION_H
