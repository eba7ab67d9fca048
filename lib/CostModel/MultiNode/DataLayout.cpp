//===- DataLayout.cpp - Where a batched fmap lives on the nodes -----------===//
//
// docs/cost-model.md §5.3 (layouts, hops to destinations) and §5.4 (forwarding).
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/MultiNode/DataLayout.h"

#include <algorithm>
#include <limits>

namespace dataflow::cost {

FmapRange DataLayout::complete() const {
  FmapRange r;
  if (parts.empty())
    return r;
  r.beg = parts.front().frng.beg;
  r.end = parts.back().frng.end;
  return r;
}

bool DataLayout::operator==(const DataLayout &o) const {
  if (parts.size() != o.parts.size())
    return false;
  for (size_t i = 0; i < parts.size(); ++i)
    if (!(parts[i].frng == o.parts[i].frng) || !(parts[i].region == o.parts[i].region) ||
        !(parts[i].part == o.parts[i].part))
      return false;
  return true;
}

int64_t forwardingTreeHops(const std::vector<Coord> &seeds, const std::vector<Coord> &dests) {
  // §5.4: repeatedly connect the nearest (tree node, remaining destination)
  // pair (Prim's algorithm; the total does not depend on tie-breaking).
  const size_t n = dests.size();
  std::vector<int64_t> best(n, std::numeric_limits<int64_t>::max());
  std::vector<bool> done(n, false);
  for (size_t i = 0; i < n; ++i)
    for (const Coord &s : seeds)
      best[i] = std::min(best[i], hopDist(s, dests[i]));
  int64_t total = 0;
  for (size_t step = 0; step < n; ++step) {
    size_t k = n;
    for (size_t i = 0; i < n; ++i)
      if (!done[i] && (k == n || best[i] < best[k]))
        k = i;
    done[k] = true;
    total += best[k];
    for (size_t i = 0; i < n; ++i)
      if (!done[i])
        best[i] = std::min(best[i], hopDist(dests[k], dests[i]));
  }
  return total;
}

DataLayout::Cells DataLayout::cells() const {
  Cells c;
  for (const Part &p : parts) {
    c.partRanges.push_back(p.frng);
    std::vector<Cell> &v = c.ofPart.emplace_back();
    for (const PartIndex &idx : p.part.indices())
      v.push_back({p.part.coordinate(p.region, idx), p.part.fmapRange(p.frng, idx)});
  }
  return c;
}

int64_t DataLayout::nhopsTo(const FmapRange &frng, const std::vector<Coord> &dests,
                            bool forwarding) const {
  return nhopsTo(cells(), complete(), frng, dests, forwarding);
}

int64_t DataLayout::nhopsTo(const Cells &cells, const FmapRange &complete,
                            const FmapRange &frng, const std::vector<Coord> &dests,
                            bool forwarding) {
  // §5.3: per destination, sum over source cells of overlap * distance.
  std::vector<int64_t> perDest(dests.size(), 0);
  for (size_t p = 0; p < cells.ofPart.size(); ++p) {
    if (frng.overlapSize(cells.partRanges[p]) == 0)
      continue;
    for (const Cell &cell : cells.ofPart[p]) {
      const int64_t sz = frng.overlapSize(cell.frng);
      if (sz == 0)
        continue;
      for (size_t i = 0; i < dests.size(); ++i)
        perDest[i] += sz * hopDist(dests[i], cell.node);
    }
  }
  if (!forwarding) {
    int64_t s = 0;
    for (int64_t v : perDest)
      s += v;
    return s;
  }
  // §5.4: cheapest single fetch + forwarding tree over all destinations
  // carrying the whole range.
  size_t first = 0;
  for (size_t i = 1; i < dests.size(); ++i)
    if (perDest[i] < perDest[first])
      first = i;
  const int64_t total = complete.overlapSize(frng);
  std::vector<Coord> rest;
  for (size_t i = 0; i < dests.size(); ++i)
    if (i != first)
      rest.push_back(dests[i]);
  return perDest[first] + total * forwardingTreeHops({dests[first]}, rest);
}

DataLayout makeLayout(int64_t batch, int64_t channels, int64_t h, int64_t w,
                      const NodeRegion &region, const PartitionScheme &part) {
  DataLayout l;
  DataLayout::Part p;
  p.frng.beg = {0, 0, 0, 0};
  p.frng.end = {batch, channels, h, w};
  p.region = region;
  p.part = part.projection(region);
  l.parts.push_back(p);
  return l;
}

DataLayout concatLayouts(const std::vector<const DataLayout *> &layouts) {
  // nn_dataflow DataLayout.concat: shift channel ranges by the running offset.
  DataLayout out;
  int64_t offset = 0;
  for (const DataLayout *l : layouts)
    for (const DataLayout::Part &p : l->parts) {
      DataLayout::Part q = p;
      q.frng.beg[kFn] = p.frng.beg[kFn] + offset;
      q.frng.end[kFn] = p.frng.end[kFn] + offset;
      offset += p.frng.extent(kFn);
      out.parts.push_back(q);
    }
  return out;
}

} // namespace dataflow::cost
