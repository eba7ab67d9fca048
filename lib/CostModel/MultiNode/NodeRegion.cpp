//===- NodeRegion.cpp - Node regions of the node grid ---------------------===//
#include "Dataflow/CostModel/MultiNode/NodeRegion.h"

#include <algorithm>

namespace dataflow::cost {

std::vector<Coord> NodeRegion::nodes() const {
  std::vector<Coord> out;
  out.reserve(size_t(dim.size()));
  for (int64_t h = 0; h < dim.h; ++h)
    for (int64_t w = 0; w < dim.w; ++w)
      out.push_back(rel2abs({h, w}));
  return out;
}

Coord NodeRegion::rel2absFolded(const Coord &rel) const {
  // nn_dataflow NodeRegion.rel2abs: offset to the boundary before the first
  // node, then divmod by wtot; the w direction flips on every stripe.
  const int64_t awbeg = wbeg < 0 ? -wbeg : wbeg;
  const int64_t x = rel.w + wtot - awbeg;
  const int64_t h = x / wtot;
  int64_t w = x % wtot;
  const int dir = (wbeg < 0 ? -1 : 1) * (h % 2 ? -1 : 1);
  if (dir < 0)
    w = wtot - 1 - w;
  const int64_t shift = wbeg > 0 ? wtot - wbeg : -wbeg - 1;
  return {origin.h + (h * dim.h + rel.h) * dist.h, origin.w + (w - shift) * dist.w};
}

static int64_t gcd64(int64_t a, int64_t b) {
  while (b) {
    const int64_t t = a % b;
    a = b;
    b = t;
  }
  return a;
}

std::vector<NodeRegion> NodeRegion::allocate(const std::vector<int64_t> &requests) const {
  int64_t sum = 0, hstrp = dim.h;
  for (int64_t r : requests) {
    sum += r;
    hstrp = gcd64(hstrp, r);
  }
  if (sum > dim.size() || hstrp <= 0)
    return {};
  std::vector<NodeRegion> out;
  const int64_t wt = dim.w;
  int64_t ofsH = 0, ofsW = 0;
  bool right = true;
  for (int64_t req : requests) {
    const int64_t width = req / hstrp;
    NodeRegion sub;
    sub.dim = {hstrp, width};
    sub.dist = dist;
    sub.isDram = isDram;
    sub.wtot = wt;
    Coord o;
    if (right) {
      o = {ofsH, ofsW};
      sub.wbeg = std::min(wt - ofsW, width);
    } else {
      o = {ofsH, dim.w - ofsW - 1};
      sub.wbeg = -std::min(wt - ofsW, width);
    }
    sub.origin = {origin.h + o.h * dist.h, origin.w + o.w * dist.w};
    out.push_back(sub);
    ofsW += width;
    while (ofsW >= dim.w) {
      ofsW -= dim.w;
      ofsH += hstrp;
      right = !right;
    }
  }
  return out;
}

NodeRegion procRegion(const Hardware &hw) {
  return NodeRegion{{hw.nodesH, hw.nodesW}, {0, 0}, {1, 1}, false};
}

NodeRegion dramRegion(const Hardware &hw) {
  // §1 / nn_dataflow_search: 3D = a DRAM node on every node; 2D = a 2x2 DRAM
  // region spaced (Dh-1, Dw-1), i.e. the four corners.
  if (hw.memType == MemoryType::ThreeD)
    return NodeRegion{{hw.nodesH, hw.nodesW}, {0, 0}, {1, 1}, true};
  return NodeRegion{{2, 2}, {0, 0}, {hw.nodesH - 1, hw.nodesW - 1}, true};
}

} // namespace dataflow::cost
