//===- NocHops.cpp - NoC hops of a partitioned layer ----------------------===//
//
// docs/cost-model.md §5.3 (unit hops per category) and §5.4 (forwarding).
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/MultiNode/NocHops.h"

#include <algorithm>
#include <cstdio>
#include <limits>
#include <type_traits>

namespace dataflow::cost {

Status checkHopRange(const Layer &l, int64_t nodesH, int64_t nodesW) {
  // §5.3: unit hops sum (words moved) x (hop distance) over the nodes that need them.
  const double words = double(l.C) * double(l.hifm()) * double(l.wifm()) * double(l.batch) +
                       double(l.M) * double(l.E) * double(l.F) * double(l.batch) +
                       double(l.C) * double(l.M) * double(l.R) * double(l.S);
  // Sliced layers ("Slices on a grid"): the fmaps and filters are at most slices() times
  // one slice's.
  const double bound = words * double(l.slices()) * double(nodesH) * double(nodesW) * double(nodesH + nodesW + 2);
  if (bound < 4611686018427387904.0) // 2^62: the sums and halvings of §5.3/§5.4 stay below 2^63
    return Status::ok();
  char buf[160];
  std::snprintf(buf, sizeof buf,
                "its NoC hop counts could reach %.3g word-hops (%.3g words to %lld x %lld "
                "nodes), more than a signed 64-bit integer holds",
                bound, words, (long long)nodesH, (long long)nodesW);
  return Status::layerError(StatusCode::Overflow, std::string(layerKindName(l.kind)) + " ",
                            l.name, std::string(": ") + buf);
}

/// Sliced layers (docs/cost-model.md "Slices on a grid"): the ranges of one slice's units
/// (channels of one depth, rows and columns of one dilation phase) widened to the fmaps a
/// grid holds: channel c of depth z at c D + z, phase rows [e0, e1) at rows [e0 d, e1 d),
/// and the input rows a dilated kernel reads, (R-1) d + 1 per output row (d the kernel's
/// dilation: more than the phase count dilH when it exceeds the ofmap extent).
static NodeRanges unsliceRanges(const Layer &l, NodeRanges r) {
  if (!l.isConvLike()) {
    // A 3-D pool: out-channel m reads in-channel m at every input depth.
    r.ifm.beg[kFn] = r.ofm.beg[kFn];
    r.ifm.end[kFn] = r.ofm.end[kFn];
  }
  r.ofm.beg[kFn] *= l.depth;
  r.ofm.end[kFn] *= l.depth;
  r.ifm.beg[kFn] *= l.depthIn;
  r.ifm.end[kFn] *= l.depthIn;
  r.ofm.beg[kFh] *= l.dilH;
  r.ofm.end[kFh] *= l.dilH;
  r.ofm.beg[kFw] *= l.dilW;
  r.ofm.end[kFw] *= l.dilW;
  r.ifm.beg[kFh] = r.ofm.beg[kFh] * l.gridU();
  r.ifm.end[kFh] = std::max(r.ifm.beg[kFh], (r.ofm.end[kFh] - 1) * l.gridU() + (l.R - 1) * l.tapDilH() + 1);
  r.ifm.beg[kFw] = r.ofm.beg[kFw] * l.gridV();
  r.ifm.end[kFw] = std::max(r.ifm.beg[kFw], (r.ofm.end[kFw] - 1) * l.gridV() + (l.S - 1) * l.tapDilW() + 1);
  return r;
}

NodeRanges nodeRanges(const Layer &l, const PartitionScheme &part, const PartIndex &pidx) {
  if (l.isSliced()) {
    Layer slice = l;
    slice.groups = l.channelGroups();
    slice.dilH = slice.dilW = slice.depth = slice.depthIn = slice.kernelDepth = 1;
    slice.kernelDilH = slice.kernelDilW = slice.sliceStrideH = slice.sliceStrideW = 0;
    return unsliceRanges(l, nodeRanges(slice, part, pidx));
  }
  NodeRanges r;
  if (l.groups > 1) {
    // Groups (docs/cost-model.md §5.2): the node's groups [g0, g1) by the OUTP split own
    // out-channels [g0*M, g1*M), read in-channels [g0*C, g1*C) and filters of C x M each.
    FmapRange groups;
    groups.end = {l.batch, l.groups, l.E, l.F};
    r.ofm = part.fmapRange(groups, pidx);
    r.ifm = r.ofm;
    r.ofm.beg[kFn] *= l.M;
    r.ofm.end[kFn] *= l.M;
    r.ifm.beg[kFn] *= l.C;
    r.ifm.end[kFn] *= l.C;
    r.ifm.beg[kFh] = r.ofm.beg[kFh] * l.U;
    r.ifm.end[kFh] = std::max(r.ifm.beg[kFh], (r.ofm.end[kFh] - 1) * l.U + l.R);
    r.ifm.beg[kFw] = r.ofm.beg[kFw] * l.V;
    r.ifm.end[kFw] = std::max(r.ifm.beg[kFw], (r.ofm.end[kFw] - 1) * l.V + l.S);
    r.filIn = {0, r.ofm.end[kFn] > r.ofm.beg[kFn] ? l.C : 0};
    r.filOut = {r.ofm.beg[kFn], r.ofm.end[kFn]};
    return r;
  }
  FmapRange full;
  full.end = {l.batch, l.M, l.E, l.F};
  r.ofm = part.fmapRange(full, pidx); // §5.3 ofmap range
  r.ifm.beg[kFb] = r.ofm.beg[kFb];
  r.ifm.end[kFb] = r.ofm.end[kFb];
  if (l.isConvLike()) {
    // §5.3: channels from the INPP split.
    const Coord &ii = pidx[kInpp];
    auto n = ithRange(0, l.C, ii.h * part.dims[kInpp].w + ii.w, part.size(kInpp));
    r.ifm.beg[kFn] = n[0];
    r.ifm.end[kFn] = n[1];
  } else {
    // §5.3 LR: out-channel range widened by nreg//2 below, nreg-nreg//2 above,
    // clipped to [0, C).
    r.ifm.beg[kFn] = std::max<int64_t>(0, r.ofm.beg[kFn] - l.nreg / 2);
    r.ifm.end[kFn] = std::min<int64_t>(l.C, r.ofm.end[kFn] + l.nreg - l.nreg / 2);
  }
  // §5.3: rows [h0*U, max(h0*U, (h1-1)*U + R)), columns likewise.
  r.ifm.beg[kFh] = r.ofm.beg[kFh] * l.U;
  r.ifm.end[kFh] = std::max(r.ifm.beg[kFh], (r.ofm.end[kFh] - 1) * l.U + l.R);
  r.ifm.beg[kFw] = r.ofm.beg[kFw] * l.V;
  r.ifm.end[kFw] = std::max(r.ifm.beg[kFw], (r.ofm.end[kFw] - 1) * l.V + l.S);
  if (l.isConvLike()) {
    r.filIn = {r.ifm.beg[kFn], r.ifm.end[kFn]};
    r.filOut = {r.ofm.beg[kFn], r.ofm.end[kFn]};
  }
  return r;
}

static int64_t idivc(int64_t a, int64_t b) { return (a + b - 1) / b; }

namespace {
/// §5.3: the distance from a node to the nearest of `filterNodes`. When those are every
/// node of a grid of rows x columns (every DRAM region is), the Manhattan minimum is the
/// nearest row's distance plus the nearest column's; otherwise every node is tried.
struct NearestNode {
  std::vector<Coord> nodes;
  std::vector<int64_t> rows, cols;
  bool grid = false;

  void set(const std::vector<Coord> &f) {
    if (f == nodes && !f.empty())
      return;
    nodes = f;
    rows.clear();
    cols.clear();
    for (const Coord &c : f) {
      rows.push_back(c.h);
      cols.push_back(c.w);
    }
    for (std::vector<int64_t> *v : {&rows, &cols}) {
      std::sort(v->begin(), v->end());
      v->erase(std::unique(v->begin(), v->end()), v->end());
    }
    std::vector<Coord> distinct = f;
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    grid = !f.empty() && distinct.size() == rows.size() * cols.size();
  }
  static int64_t axis(const std::vector<int64_t> &v, int64_t x) {
    auto it = std::lower_bound(v.begin(), v.end(), x);
    int64_t m = std::numeric_limits<int64_t>::max();
    if (it != v.end())
      m = *it - x;
    if (it != v.begin())
      m = std::min(m, x - *(it - 1));
    return m;
  }
  int64_t dist(const Coord &c) const {
    if (grid)
      return axis(rows, c.h) + axis(cols, c.w);
    int64_t m = std::numeric_limits<int64_t>::max();
    for (const Coord &f : nodes)
      m = std::min(m, hopDist(c, f));
    return m;
  }
};
} // namespace

/// unitNocHops; with `ofmLayoutOrNull` null the IFM entry alone (the others stay 0).
static PerDataHops countHops(const Layer &layer, const NodeRegion &proc,
                             const PartitionScheme &part, const std::vector<Coord> &filterNodes,
                             const DataLayout &ifmLayout, const DataLayout *ofmLayoutOrNull,
                             bool forwarding) {
  // §5.3: group nodes by the range they need, each group's nodes in partition-index
  // order. A stable sort of the nodes by range makes the groups (their order does not
  // matter: each category sums over its groups), with no allocation per group.
  using Key = std::array<int64_t, 8>;
  struct Need {
    Coord c;
    Key ifm, ofm, fil;
    bool hasFil;
  };
  thread_local std::vector<Need> needs;
  thread_local std::vector<uint32_t> order;
  thread_local std::vector<Coord> group;
  needs.clear();
  auto keyOf = [](const FmapRange &r) {
    Key k;
    for (size_t i = 0; i < 4; ++i) {
      k[i] = r.beg[i];
      k[4 + i] = r.end[i];
    }
    return k;
  };
  for (const PartIndex &idx : part.indices()) {
    const NodeRanges r = nodeRanges(layer, part, idx);
    if (r.ifm.size() <= 0 || r.ofm.size() <= 0)
      continue;
    const bool hasFil = r.filIn[1] > r.filIn[0] && r.filOut[1] > r.filOut[0];
    needs.push_back({part.coordinate(proc, idx), keyOf(r.ifm), keyOf(r.ofm),
                     Key{r.filIn[0], r.filIn[1], r.filOut[0], r.filOut[1], 0, 0, 0, 0}, hasFil});
  }
  // Calls `each(key, nodes)` once per distinct key of `member`, nodes in index order.
  auto forGroups = [&](Key Need::*member, bool filOnly, auto &&each) {
    order.clear();
    for (uint32_t i = 0; i < needs.size(); ++i)
      if (!filOnly || needs[i].hasFil)
        order.push_back(i);
    std::stable_sort(order.begin(), order.end(),
                     [&](uint32_t x, uint32_t y) { return needs[x].*member < needs[y].*member; });
    for (size_t i = 0; i < order.size();) {
      size_t j = i;
      group.clear();
      while (j < order.size() && needs[order[j]].*member == needs[order[i]].*member)
        group.push_back(needs[order[j++]].c);
      each(needs[order[i]].*member, group);
      i = j;
    }
  };
  auto rangeOf = [](const Key &k) {
    FmapRange r;
    for (size_t i = 0; i < 4; ++i) {
      r.beg[i] = k[i];
      r.end[i] = k[4 + i];
    }
    return r;
  };

  PerDataHops hops{0, 0, 0};
  thread_local NearestNode nearest;
  if (!forwarding && ofmLayoutOrNull)
    nearest.set(filterNodes);
  // FIL: |C range|*|M range|*R*S words from the nearest DRAM node to each
  // needing node; with forwarding a tree seeded with all DRAM nodes (§5.4).
  if (ofmLayoutOrNull)
    forGroups(&Need::fil, /*filOnly=*/true, [&](const Key &k, const std::vector<Coord> &coords) {
    // A 3-D kernel is T x R x S ("Slices on a grid"; kernelDepth = 1 otherwise).
    const int64_t size = (k[1] - k[0]) * (k[3] - k[2]) * layer.R * layer.S * layer.kernelDepth;
    if (forwarding) {
      hops[kFil] += size * forwardingTreeHops(filterNodes, coords);
    } else {
      for (const Coord &c : coords)
        hops[kFil] += size * nearest.dist(c);
    }
  });
  // IFM: per distinct ifmap range, from the producer layout (§5.3, §5.4).
  // A search asks for many partitions of a layer from one ifmap layout: its cells are
  // built once for them (per thread; the cells depend on the layout alone).
  thread_local DataLayout lastIfm;
  thread_local DataLayout::Cells ifmCells;
  if (lastIfm.parts.empty() || !(lastIfm == ifmLayout)) {
    ifmCells = ifmLayout.cells();
    lastIfm = ifmLayout;
  }
  const FmapRange ifmAll = ifmLayout.complete();
  forGroups(&Need::ifm, /*filOnly=*/false, [&](const Key &k, const std::vector<Coord> &coords) {
    hops[kIfm] += DataLayout::nhopsTo(ifmCells, ifmAll, rangeOf(k), coords, forwarding);
  });
  // OFM: zero if the layout is the partition in its own region (never for
  // a DRAM layout); else the middle node exchanges with memory and the
  // others send ceil(size*dist/2) to it; with forwarding ceil((cheapest read
  // + forwarding tree)/2) (§5.3, §5.4).
  if (!ofmLayoutOrNull)
    return hops;
  const DataLayout &ofmLayout = *ofmLayoutOrNull;
  const bool local = ofmLayout.parts.size() == 1 && ofmLayout.parts[0].part == part &&
                     ofmLayout.parts[0].region == proc;
  if (!local) {
    const DataLayout::Cells ofmCells = ofmLayout.cells();
    const FmapRange ofmAll = ofmLayout.complete();
    forGroups(&Need::ofm, /*filOnly=*/false, [&](const Key &k, const std::vector<Coord> &coords) {
      const FmapRange rng = rangeOf(k);
      if (forwarding) {
        int64_t read = std::numeric_limits<int64_t>::max();
        for (const Coord &c : coords)
          read = std::min(read, DataLayout::nhopsTo(ofmCells, ofmAll, rng, &c, 1, false));
        const int64_t accum = DataLayout::nhopsTo(ofmCells, ofmAll, rng, coords, true);
        hops[kOfm] += idivc(read + accum, 2);
      } else {
        const size_t mid = coords.size() / 2;
        for (size_t i = 0; i < coords.size(); ++i) {
          if (i == mid)
            hops[kOfm] += DataLayout::nhopsTo(ofmCells, ofmAll, rng, &coords[i], 1, false);
          else
            hops[kOfm] += idivc(rng.size() * hopDist(coords[i], coords[mid]), 2);
        }
      }
    });
  }
  return hops;
}

PerDataHops unitNocHops(const Layer &layer, const NodeRegion &proc,
                        const PartitionScheme &part, const std::vector<Coord> &filterNodes,
                        const DataLayout &ifmLayout, const DataLayout &ofmLayout,
                        bool forwarding) {
  return countHops(layer, proc, part, filterNodes, ifmLayout, &ofmLayout, forwarding);
}

int64_t ifmapNocHops(const Layer &layer, const NodeRegion &proc, const PartitionScheme &part,
                     const DataLayout &ifmLayout, bool forwarding) {
  return countHops(layer, proc, part, {}, ifmLayout, nullptr, forwarding)[kIfm];
}

} // namespace dataflow::cost
