//===- SharingGroups.cpp - Nodes that share a data category ---------------===//
//
// docs/cost-model.md §5.4 (groups; nn_dataflow BufShrScheme).
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/MultiNode/SharingGroups.h"

#include <algorithm>
#include <limits>

namespace dataflow::cost {

SharingGroups sharingGroups(const NodeRegion &proc, const PartitionScheme &part,
                            const DataLoops &loops) {
  const double inf = std::numeric_limits<double>::infinity();
  const double nan = std::numeric_limits<double>::quiet_NaN();
  std::array<Coord, kNumLoops> ldim = {Coord{1, 1}, Coord{1, 1}, Coord{1, 1}};
  std::array<std::array<double, 2>, kNumLoops> ldist = {
      std::array<double, 2>{nan, nan}, std::array<double, 2>{nan, nan},
      std::array<double, 2>{nan, nan}};
  // §5.4: loop B <-> OFMP and BATP: the one that exists; both adjacent in the
  // order: both (smaller neighbour distance); not adjacent: the lower one.
  const auto pos = [&](int t) {
    return int(std::find(part.order.begin(), part.order.end(), t) - part.order.begin());
  };
  const Coord dOfmp = part.dims[kOfmp], dBatp = part.dims[kBatp];
  if (dOfmp.size() == 1) {
    ldim[kLoopB] = dBatp;
    ldist[kLoopB] = part.neighborDist(proc, kBatp);
  } else if (dBatp.size() == 1) {
    ldim[kLoopB] = dOfmp;
    ldist[kLoopB] = part.neighborDist(proc, kOfmp);
  } else if (std::abs(pos(kOfmp) - pos(kBatp)) == 1) {
    ldim[kLoopB] = {dBatp.h * dOfmp.h, dBatp.w * dOfmp.w};
    const auto a = part.neighborDist(proc, kOfmp), b = part.neighborDist(proc, kBatp);
    ldist[kLoopB] = {std::min(a[0], b[0]), std::min(a[1], b[1])};
  } else if (pos(kOfmp) > pos(kBatp)) {
    ldim[kLoopB] = dOfmp;
    ldist[kLoopB] = part.neighborDist(proc, kOfmp);
  } else {
    ldim[kLoopB] = dBatp;
    ldist[kLoopB] = part.neighborDist(proc, kBatp);
  }
  // Loop O <-> OUTP, loop I <-> INPP.
  ldim[kLoopO] = part.dims[kOutp];
  ldist[kLoopO] = part.neighborDist(proc, kOutp);
  ldim[kLoopI] = part.dims[kInpp];
  ldist[kLoopI] = part.neighborDist(proc, kInpp);

  // A category is shared by the nodes of its first unrelated loop.
  SharingGroups g;
  for (int d = 0; d < kNumData; ++d) {
    int l = -1;
    for (int k = 0; k < kNumLoops && l < 0; ++k)
      if (!loops.isDim(d, k))
        l = k;
    if (l < 0) {
      g.dims[size_t(d)] = {1, 1};
      g.nbrDist[size_t(d)] = {inf, inf};
    } else {
      g.dims[size_t(d)] = ldim[size_t(l)];
      g.nbrDist[size_t(d)] = ldist[size_t(l)];
    }
  }
  return g;
}

} // namespace dataflow::cost
