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
  // Every cell's node first (its row and column numbered below), part by part.
  std::vector<std::vector<Coord>> nodes;
  for (const Part &p : parts) {
    Cells::Part &cp = c.parts.emplace_back();
    cp.frng = p.frng;
    const PartitionScheme &ps = p.part;
    // §5.3 fmapRange: batch by the flat BATP index, channels by the flat OUTP index,
    // rows by OFMP.h, columns by OFMP.w (floor-boundary splits).
    const int64_t k[4] = {ps.size(kBatp), ps.size(kOutp), ps.dims[kOfmp].h, ps.dims[kOfmp].w};
    for (int d = 0; d < 4; ++d)
      for (int64_t i = 0; i < k[d]; ++i)
        cp.axis[size_t(d)].push_back(ithRange(p.frng.beg[size_t(d)], p.frng.end[size_t(d)], i, k[d]));
    const size_t combos = size_t(k[0] * k[1] * k[2] * k[3]);
    const std::vector<PartIndex> idx = ps.indices();
    std::vector<uint32_t> comboOf(idx.size());
    cp.start.assign(combos + 1, 0);
    for (size_t i = 0; i < idx.size(); ++i) {
      const PartIndex &x = idx[i];
      const int64_t b = x[kBatp].h * ps.dims[kBatp].w + x[kBatp].w;
      const int64_t n = x[kOutp].h * ps.dims[kOutp].w + x[kOutp].w;
      comboOf[i] = uint32_t(((b * k[1] + n) * k[2] + x[kOfmp].h) * k[3] + x[kOfmp].w);
      ++cp.start[comboOf[i] + 1];
    }
    for (size_t j = 0; j < combos; ++j)
      cp.start[j + 1] += cp.start[j];
    std::vector<Coord> &at = nodes.emplace_back(idx.size());
    std::vector<uint32_t> fill(cp.start.begin(), cp.start.end() - 1);
    for (size_t i = 0; i < idx.size(); ++i)
      at[fill[comboOf[i]]++] = ps.coordinate(p.region, idx[i]);
  }
  // Rows and columns numbered: every one between the least and the greatest when that
  // span is small (a row without cells only gets no words), else the distinct ones.
  size_t count = 0;
  int64_t lo[2] = {std::numeric_limits<int64_t>::max(), std::numeric_limits<int64_t>::max()};
  int64_t hi[2] = {std::numeric_limits<int64_t>::min(), std::numeric_limits<int64_t>::min()};
  for (const std::vector<Coord> &at : nodes)
    for (const Coord &n : at) {
      ++count;
      lo[0] = std::min(lo[0], n.h);
      hi[0] = std::max(hi[0], n.h);
      lo[1] = std::min(lo[1], n.w);
      hi[1] = std::max(hi[1], n.w);
    }
  bool dense[2] = {false, false};
  std::vector<int64_t> *axes[2] = {&c.rows, &c.cols};
  for (int a = 0; a < 2 && count; ++a) {
    dense[a] = hi[a] - lo[a] < int64_t(4 * count + 16);
    if (dense[a]) {
      for (int64_t x = lo[a]; x <= hi[a]; ++x)
        axes[a]->push_back(x);
      continue;
    }
    for (const std::vector<Coord> &at : nodes)
      for (const Coord &n : at)
        axes[a]->push_back(a == 0 ? n.h : n.w);
    std::sort(axes[a]->begin(), axes[a]->end());
    axes[a]->erase(std::unique(axes[a]->begin(), axes[a]->end()), axes[a]->end());
  }
  auto number = [&](int a, int64_t x) {
    const std::vector<int64_t> &v = *axes[a];
    return dense[a] ? uint32_t(x - lo[a])
                    : uint32_t(std::lower_bound(v.begin(), v.end(), x) - v.begin());
  };
  for (size_t p = 0; p < nodes.size(); ++p) {
    c.parts[p].cellNode = nodes[p];
    for (const Coord &n : nodes[p])
      c.parts[p].cellAt.push_back({number(0, n.h), number(1, n.w)});
  }
  return c;
}

int64_t DataLayout::nhopsTo(const FmapRange &frng, const std::vector<Coord> &dests,
                            bool forwarding) const {
  return nhopsTo(cells(), complete(), frng, dests, forwarding);
}

namespace {
using Hits = std::array<std::vector<std::pair<uint32_t, int64_t>>, 4>;

/// Calls each(part, cell, words) for every cell of `cells` that holds words of `frng`.
template <typename Each>
void forOverlaps(const DataLayout::Cells &cells, const FmapRange &frng, Hits &hit, Each &&each) {
  for (const DataLayout::Cells::Part &p : cells.parts) {
    if (frng.overlapSize(p.frng) == 0)
      continue;
    // The overlap is a product over dimensions; per dimension only the indices whose
    // range meets frng's count. The ranges along a dimension are floor splits, in order
    // (their begins and ends never decrease): the first that can meet frng is found by
    // bisection, and the walk stops at the first that begins after it.
    bool empty = false;
    for (size_t d = 0; d < 4 && !empty; ++d) {
      hit[d].clear();
      const auto &ax = p.axis[d];
      auto it = std::partition_point(ax.begin(), ax.end(), [&](const std::array<int64_t, 2> &r) {
        return r[1] <= frng.beg[d];
      });
      for (; it != ax.end() && (*it)[0] < frng.end[d]; ++it) {
        const int64_t ov = std::min(frng.end[d], (*it)[1]) - std::max(frng.beg[d], (*it)[0]);
        if (ov > 0)
          hit[d].push_back({uint32_t(it - ax.begin()), ov});
      }
      empty = hit[d].empty();
    }
    if (empty)
      continue;
    const size_t kn = p.axis[1].size(), kh = p.axis[2].size(), kw = p.axis[3].size();
    for (const auto &[b, ob] : hit[0])
      for (const auto &[n, on] : hit[1])
        for (const auto &[h, oh] : hit[2])
          for (const auto &[w, ow] : hit[3]) {
            const size_t k = ((b * kn + n) * kh + h) * kw + w;
            const int64_t sz = ob * on * oh * ow;
            for (uint32_t j = p.start[k]; j < p.start[k + 1]; ++j)
              each(p, j, sz);
          }
  }
}

/// Scratch of nhopsTo, one per thread (no allocation once warm).
struct HopScratch {
  std::vector<int64_t> rowWeight, colWeight;
  Hits hit;
  std::vector<std::pair<int64_t, int64_t>> rows, cols; ///< (coordinate, words), words > 0
  std::vector<int64_t> perDest;
  std::vector<Coord> rest;
};
} // namespace

int64_t DataLayout::nhopsTo(const Cells &cells, const FmapRange &complete,
                            const FmapRange &frng, const Coord *dests, size_t numDests,
                            bool forwarding) {
  // §5.3: per destination, sum over source cells of overlap * distance. The distance is
  // |dh| + |dw|, so the sum is, over the sources' rows, (words held in that row) * |dh|,
  // plus the same over columns: the same integers, added in another order.
  thread_local HopScratch s;
  if (numDests == 1 && !forwarding) {
    // One destination: the direct sum over the cells the range overlaps.
    int64_t total = 0;
    forOverlaps(cells, frng, s.hit, [&](const Cells::Part &p, uint32_t j, int64_t sz) {
      total += sz * hopDist(dests[0], p.cellNode[j]);
    });
    return total;
  }
  s.rowWeight.assign(cells.rows.size(), 0);
  s.colWeight.assign(cells.cols.size(), 0);
  forOverlaps(cells, frng, s.hit, [&](const Cells::Part &p, uint32_t j, int64_t sz) {
    s.rowWeight[p.cellAt[j][0]] += sz;
    s.colWeight[p.cellAt[j][1]] += sz;
  });
  s.rows.clear();
  s.cols.clear();
  for (size_t i = 0; i < cells.rows.size(); ++i)
    if (s.rowWeight[i])
      s.rows.push_back({cells.rows[i], s.rowWeight[i]});
  for (size_t i = 0; i < cells.cols.size(); ++i)
    if (s.colWeight[i])
      s.cols.push_back({cells.cols[i], s.colWeight[i]});
  auto hopsOf = [&](const Coord &d) {
    int64_t v = 0;
    for (const auto &[h, words] : s.rows)
      v += words * std::llabs(d.h - h);
    for (const auto &[w, words] : s.cols)
      v += words * std::llabs(d.w - w);
    return v;
  };
  if (!forwarding) {
    int64_t total = 0;
    for (size_t i = 0; i < numDests; ++i)
      total += hopsOf(dests[i]);
    return total;
  }
  // §5.4: cheapest single fetch + forwarding tree over all destinations
  // carrying the whole range.
  s.perDest.resize(numDests);
  for (size_t i = 0; i < numDests; ++i)
    s.perDest[i] = hopsOf(dests[i]);
  size_t first = 0;
  for (size_t i = 1; i < numDests; ++i)
    if (s.perDest[i] < s.perDest[first])
      first = i;
  const int64_t total = complete.overlapSize(frng);
  s.rest.clear();
  for (size_t i = 0; i < numDests; ++i)
    if (i != first)
      s.rest.push_back(dests[i]);
  return s.perDest[first] + total * forwardingTreeHops({dests[first]}, s.rest);
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
