//===- NocHops.cpp - NoC hops of a partitioned layer ----------------------===//
//
// docs/cost-model.md §5.3 (unit hops per category) and §5.4 (forwarding).
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/MultiNode/NocHops.h"

#include <algorithm>
#include <cstdio>
#include <limits>
#include <map>
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
/// and the input rows a dilated kernel reads, (R-1) d + 1 per output row.
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
  r.ifm.beg[kFh] = r.ofm.beg[kFh] * l.U;
  r.ifm.end[kFh] = std::max(r.ifm.beg[kFh], (r.ofm.end[kFh] - 1) * l.U + (l.R - 1) * l.dilH + 1);
  r.ifm.beg[kFw] = r.ofm.beg[kFw] * l.V;
  r.ifm.end[kFw] = std::max(r.ifm.beg[kFw], (r.ofm.end[kFw] - 1) * l.V + (l.S - 1) * l.dilW + 1);
  return r;
}

NodeRanges nodeRanges(const Layer &l, const PartitionScheme &part, const PartIndex &pidx) {
  if (l.isSliced()) {
    Layer slice = l;
    slice.groups = l.channelGroups();
    slice.dilH = slice.dilW = slice.depth = slice.depthIn = slice.kernelDepth = 1;
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

PerDataHops unitNocHops(const Layer &layer, const NodeRegion &proc,
                        const PartitionScheme &part, const std::vector<Coord> &filterNodes,
                        const DataLayout &ifmLayout, const DataLayout &ofmLayout,
                        bool forwarding) {
  // §5.3: group nodes by the range they need, in partition-index order.
  using FilKey = std::array<int64_t, 4>;
  std::vector<std::pair<FilKey, std::vector<Coord>>> fil;
  std::vector<std::pair<FmapRange, std::vector<Coord>>> ifm, ofm;
  // Groups in first-appearance order; the index finds a key's group (256 nodes on a 16x16
  // grid made the linear search quadratic).
  using Key = std::array<int64_t, 8>;
  std::map<Key, size_t> filAt, ifmAt, ofmAt;
  auto keyOf = [](const auto &k) {
    Key out{};
    if constexpr (std::is_same_v<std::decay_t<decltype(k)>, FmapRange>) {
      for (size_t i = 0; i < 4; ++i) {
        out[i] = k.beg[i];
        out[4 + i] = k.end[i];
      }
    } else {
      for (size_t i = 0; i < 4; ++i)
        out[i] = k[i];
    }
    return out;
  };
  auto addTo = [&](auto &vec, std::map<Key, size_t> &at, const auto &key, const Coord &c) {
    auto [it, fresh] = at.try_emplace(keyOf(key), vec.size());
    if (fresh)
      vec.push_back({key, {c}});
    else
      vec[it->second].second.push_back(c);
  };
  for (const PartIndex &idx : part.indices()) {
    const Coord c = part.coordinate(proc, idx);
    const NodeRanges r = nodeRanges(layer, part, idx);
    if (r.ifm.size() <= 0 || r.ofm.size() <= 0)
      continue;
    addTo(ifm, ifmAt, r.ifm, c);
    addTo(ofm, ofmAt, r.ofm, c);
    if (r.filIn[1] > r.filIn[0] && r.filOut[1] > r.filOut[0])
      addTo(fil, filAt, FilKey{r.filIn[0], r.filIn[1], r.filOut[0], r.filOut[1]}, c);
  }

  PerDataHops hops{0, 0, 0};
  // FIL: |C range|*|M range|*R*S words from the nearest DRAM node to each
  // needing node; with forwarding a tree seeded with all DRAM nodes (§5.4).
  for (const auto &[k, coords] : fil) {
    // A 3-D kernel is T x R x S ("Slices on a grid"; kernelDepth = 1 otherwise).
    const int64_t size = (k[1] - k[0]) * (k[3] - k[2]) * layer.R * layer.S * layer.kernelDepth;
    if (forwarding) {
      hops[kFil] += size * forwardingTreeHops(filterNodes, coords);
    } else {
      for (const Coord &c : coords) {
        int64_t m = std::numeric_limits<int64_t>::max();
        for (const Coord &f : filterNodes)
          m = std::min(m, hopDist(c, f));
        hops[kFil] += size * m;
      }
    }
  }
  // IFM: per distinct ifmap range, from the producer layout (§5.3, §5.4).
  const DataLayout::Cells ifmCells = ifmLayout.cells();
  const FmapRange ifmAll = ifmLayout.complete();
  for (const auto &[rng, coords] : ifm)
    hops[kIfm] += DataLayout::nhopsTo(ifmCells, ifmAll, rng, coords, forwarding);
  // OFM: zero if the layout is the partition in its own region (never for
  // a DRAM layout); else the middle node exchanges with memory and the
  // others send ceil(size*dist/2) to it; with forwarding ceil((cheapest read
  // + forwarding tree)/2) (§5.3, §5.4).
  const bool local = ofmLayout.parts.size() == 1 && ofmLayout.parts[0].part == part &&
                     ofmLayout.parts[0].region == proc;
  if (!local) {
    const DataLayout::Cells ofmCells = ofmLayout.cells();
    const FmapRange ofmAll = ofmLayout.complete();
    for (const auto &[rng, coords] : ofm) {
      if (forwarding) {
        int64_t read = std::numeric_limits<int64_t>::max();
        for (const Coord &c : coords)
          read = std::min(read, DataLayout::nhopsTo(ofmCells, ofmAll, rng, {c}, false));
        const int64_t accum = DataLayout::nhopsTo(ofmCells, ofmAll, rng, coords, true);
        hops[kOfm] += idivc(read + accum, 2);
      } else {
        const size_t mid = coords.size() / 2;
        for (size_t i = 0; i < coords.size(); ++i) {
          if (i == mid)
            hops[kOfm] += DataLayout::nhopsTo(ofmCells, ofmAll, rng, {coords[i]}, false);
          else
            hops[kOfm] += idivc(rng.size() * hopDist(coords[i], coords[mid]), 2);
        }
      }
    }
  }
  return hops;
}

} // namespace dataflow::cost
