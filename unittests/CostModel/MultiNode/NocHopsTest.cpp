//===- NocHopsTest.cpp - fast NoC hop counts equal the direct sums --------===//
//
// DataLayout::nhopsTo regroups the §5.3 sums by the sources' rows and columns and finds the
// overlapping cells per fmap dimension; unitNocHops groups the nodes by sorting. Both are
// checked here against the direct forms (every source cell against every destination, the
// nodes grouped in first-appearance order: the code before the speed-up) on layouts of one
// and several parts, DRAM corners, folded regions and INPP copies, with and without
// forwarding; ifmapNocHops is unitNocHops' IFM entry.
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/MultiNode/NocHops.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <random>

using namespace dataflow::cost;

namespace {

/// The direct §5.3/§5.4 sum: per destination, overlap * distance over every source cell.
int64_t directHops(const DataLayout &layout, const FmapRange &frng,
                   const std::vector<Coord> &dests, bool forwarding) {
  std::vector<int64_t> perDest(dests.size(), 0);
  for (const DataLayout::Part &p : layout.parts)
    for (const PartIndex &idx : p.part.indices()) {
      const int64_t sz = frng.overlapSize(p.part.fmapRange(p.frng, idx));
      const Coord node = p.part.coordinate(p.region, idx);
      for (size_t i = 0; i < dests.size(); ++i)
        perDest[i] += sz * hopDist(dests[i], node);
    }
  if (!forwarding) {
    int64_t s = 0;
    for (int64_t v : perDest)
      s += v;
    return s;
  }
  size_t first = 0;
  for (size_t i = 1; i < dests.size(); ++i)
    if (perDest[i] < perDest[first])
      first = i;
  std::vector<Coord> rest;
  for (size_t i = 0; i < dests.size(); ++i)
    if (i != first)
      rest.push_back(dests[i]);
  return perDest[first] +
         layout.complete().overlapSize(frng) * forwardingTreeHops({dests[first]}, rest);
}

/// unitNocHops before the speed-up: groups in first-appearance order, direct sums.
PerDataHops directUnitHops(const Layer &layer, const NodeRegion &proc,
                           const PartitionScheme &part, const std::vector<Coord> &filterNodes,
                           const DataLayout &ifmLayout, const DataLayout &ofmLayout,
                           bool forwarding) {
  std::vector<std::pair<std::array<int64_t, 4>, std::vector<Coord>>> fil;
  std::vector<std::pair<FmapRange, std::vector<Coord>>> ifm, ofm;
  auto add = [](auto &vec, const auto &key, const Coord &c) {
    for (auto &[k, v] : vec)
      if (k == key) {
        v.push_back(c);
        return;
      }
    vec.push_back({key, {c}});
  };
  for (const PartIndex &idx : part.indices()) {
    const Coord c = part.coordinate(proc, idx);
    const NodeRanges r = nodeRanges(layer, part, idx);
    if (r.ifm.size() <= 0 || r.ofm.size() <= 0)
      continue;
    add(ifm, r.ifm, c);
    add(ofm, r.ofm, c);
    if (r.filIn[1] > r.filIn[0] && r.filOut[1] > r.filOut[0])
      add(fil, std::array<int64_t, 4>{r.filIn[0], r.filIn[1], r.filOut[0], r.filOut[1]}, c);
  }
  PerDataHops hops{0, 0, 0};
  for (const auto &[k, coords] : fil) {
    const int64_t size = (k[1] - k[0]) * (k[3] - k[2]) * layer.R * layer.S;
    if (forwarding) {
      hops[kFil] += size * forwardingTreeHops(filterNodes, coords);
      continue;
    }
    for (const Coord &c : coords) {
      int64_t m = std::numeric_limits<int64_t>::max();
      for (const Coord &f : filterNodes)
        m = std::min(m, hopDist(c, f));
      hops[kFil] += size * m;
    }
  }
  for (const auto &[rng, coords] : ifm)
    hops[kIfm] += directHops(ifmLayout, rng, coords, forwarding);
  const bool local = ofmLayout.parts.size() == 1 && ofmLayout.parts[0].part == part &&
                     ofmLayout.parts[0].region == proc;
  if (local)
    return hops;
  for (const auto &[rng, coords] : ofm) {
    if (forwarding) {
      int64_t read = std::numeric_limits<int64_t>::max();
      for (const Coord &c : coords)
        read = std::min(read, directHops(ofmLayout, rng, {c}, false));
      hops[kOfm] += (read + directHops(ofmLayout, rng, coords, true) + 1) / 2;
      continue;
    }
    const size_t mid = coords.size() / 2;
    for (size_t i = 0; i < coords.size(); ++i)
      hops[kOfm] += i == mid ? directHops(ofmLayout, rng, {coords[i]}, false)
                             : (rng.size() * hopDist(coords[i], coords[mid]) + 1) / 2;
  }
  return hops;
}

/// The regions a layout may sit in on a 4x4 grid: the whole grid, the 2-D memory corners
/// (spacing 3), and the folded halves of a 5 + 11 node allocation.
std::vector<NodeRegion> regions() {
  std::vector<NodeRegion> out;
  NodeRegion grid;
  grid.dim = {4, 4};
  out.push_back(grid);
  NodeRegion corners;
  corners.dim = {2, 2};
  corners.dist = {3, 3};
  corners.isDram = true;
  out.push_back(corners);
  for (const NodeRegion &r : grid.allocate({5, 11}))
    out.push_back(r);
  return out;
}

TEST(NocHops, FastSumsAreTheDirectOnes) {
  std::mt19937 rng(25);
  const Layer conv = makeConv("c", 12, 10, 6, 7, 3, 3, 1, 1, 4);
  const Layer pool = makePool("p", 12, 3, 3, 2, 2, 2, 2, 4);
  PartitionOptions o;
  o.hybrid = o.batch = o.ifmaps = true;
  const std::vector<NodeRegion> regs = regions();
  ASSERT_GE(regs.size(), 3u);
  NodeRegion proc;
  proc.dim = {4, 4};
  const std::vector<Coord> dram = proc.nodes();
  const std::vector<Coord> corners = regs[1].nodes();
  int64_t checked = 0, nonZero = 0;
  for (const Layer *layer : {&conv, &pool}) {
    const std::vector<PartitionScheme> parts =
        enumeratePartitions(PartShape::of(*layer), layer->batch, {4, 4}, o);
    ASSERT_FALSE(parts.empty());
    for (size_t i = 0; i < parts.size(); ++i) {
      // The ifmap: one layout, or two producers concatenated along channels.
      const PartitionScheme &a = parts[rng() % parts.size()], &b = parts[rng() % parts.size()];
      const NodeRegion &ra = regs[rng() % regs.size()], &rb = regs[rng() % regs.size()];
      DataLayout ifm;
      if (rng() % 2) {
        ifm = makeLayout(layer->batch, layer->C, layer->hifm(), layer->wifm(), ra, a);
      } else {
        const int64_t c0 = layer->C / 3;
        const DataLayout x = makeLayout(layer->batch, c0, layer->hifm(), layer->wifm(), ra, a);
        const DataLayout y =
            makeLayout(layer->batch, layer->C - c0, layer->hifm(), layer->wifm(), rb, b);
        ifm = concatLayouts({&x, &y});
      }
      const NodeRegion &ro = regs[rng() % regs.size()];
      const DataLayout ofm = makeLayout(layer->batch, layer->M, layer->E, layer->F, ro, parts[i]);
      const DataLayout local = makeLayout(layer->batch, layer->M, layer->E, layer->F, proc, parts[i]);
      for (bool fwd : {false, true})
        for (const std::vector<Coord> *filters : {&dram, &corners}) {
          const PerDataHops fast = unitNocHops(*layer, proc, parts[i], *filters, ifm, ofm, fwd);
          EXPECT_EQ(fast, directUnitHops(*layer, proc, parts[i], *filters, ifm, ofm, fwd))
              << parts[i].str() << " forwarding " << fwd;
          EXPECT_EQ(unitNocHops(*layer, proc, parts[i], *filters, ifm, local, fwd),
                    directUnitHops(*layer, proc, parts[i], *filters, ifm, local, fwd))
              << parts[i].str() << " forwarding " << fwd << " (local ofmaps)";
          EXPECT_EQ(ifmapNocHops(*layer, proc, parts[i], ifm, fwd), fast[kIfm]);
          nonZero += fast[kIfm] > 0 && fast[kOfm] > 0;
          ++checked;
        }
      // Ranges of every kind (empty, partial, the whole fmap) to random destinations.
      const DataLayout::Cells cells = ifm.cells();
      const FmapRange all = ifm.complete();
      for (int t = 0; t < 20; ++t) {
        FmapRange f;
        for (size_t d = 0; d < 4; ++d) {
          const int64_t e = all.end[d] + 1;
          int64_t x = int64_t(rng() % uint64_t(e)), y = int64_t(rng() % uint64_t(e));
          f.beg[d] = std::min(x, y);
          f.end[d] = std::max(x, y) + (t % 5 == 0 ? 0 : 1);
        }
        std::vector<Coord> dests;
        for (size_t n = 1 + rng() % 6; n > 0; --n)
          dests.push_back({int64_t(rng() % 4), int64_t(rng() % 4)});
        for (bool fwd : {false, true})
          EXPECT_EQ(DataLayout::nhopsTo(cells, all, f, dests, fwd),
                    directHops(ifm, f, dests, fwd));
      }
    }
  }
  EXPECT_GT(checked, 200);
  EXPECT_GT(nonZero, checked / 4); // the comparisons are not all of zeros
}

} // namespace
