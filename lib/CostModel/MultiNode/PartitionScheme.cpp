//===- PartitionScheme.cpp - Intra-layer partitioning over nodes ----------===//
//
// docs/cost-model.md §5.1 (candidates), §5.2 (per-node layer), §5.3 (ranges,
// coordinates, layout projection).
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/MultiNode/PartitionScheme.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace dataflow::cost {

const char *partTypeName(int p) {
  static const char *names[] = {"OUTP", "OFMP", "BATP", "INPP"};
  return p >= 0 && p < kNumPartTypes ? names[p] : "?";
}

static int64_t idivc(int64_t a, int64_t b) { return (a + b - 1) / b; }

int64_t PartitionScheme::numNodes() const {
  int64_t n = 1;
  for (const Coord &d : dims)
    n *= d.size();
  return n;
}

Coord PartitionScheme::dim() const {
  Coord c{1, 1};
  for (const Coord &d : dims) {
    c.h *= d.h;
    c.w *= d.w;
  }
  return c;
}

std::vector<PartIndex> PartitionScheme::indices() const {
  // nn_dataflow gen_pidx: itertools.product over types OUTP..INPP, each (h, w).
  // An odometer: the last type's index runs fastest, w before h within a type (the
  // mixed-radix digits of k = 0, 1, ... without a division per digit).
  std::vector<PartIndex> out;
  PartIndex idx{};
  const int64_t total = numNodes();
  out.reserve(size_t(total));
  for (int64_t k = 0; k < total; ++k) {
    out.push_back(idx);
    for (int p = kNumPartTypes - 1; p >= 0; --p) {
      Coord &c = idx[size_t(p)];
      if (++c.w < dims[size_t(p)].w)
        break;
      c.w = 0;
      if (++c.h < dims[size_t(p)].h)
        break;
      c.h = 0;
    }
  }
  return out;
}

Coord PartitionScheme::coordinate(const NodeRegion &region, const PartIndex &pidx) const {
  // §5.1: coord = coord*dims + p per type in order, outermost first.
  Coord c{0, 0};
  for (int p : order) {
    c.h = c.h * dims[size_t(p)].h + pidx[size_t(p)].h;
    c.w = c.w * dims[size_t(p)].w + pidx[size_t(p)].w;
  }
  return region.rel2abs(c);
}

FmapRange PartitionScheme::fmapRange(const FmapRange &f, const PartIndex &pidx) const {
  // §5.3: floor-boundary splits; batch by BATP, channels by OUTP (flat
  // h-major index), rows by OFMP.h, columns by OFMP.w.
  FmapRange r;
  const Coord &bi = pidx[kBatp], &oi = pidx[kOutp], &fi = pidx[kOfmp];
  auto b = ithRange(f.beg[kFb], f.end[kFb], bi.h * dims[kBatp].w + bi.w, size(kBatp));
  auto n = ithRange(f.beg[kFn], f.end[kFn], oi.h * dims[kOutp].w + oi.w, size(kOutp));
  auto h = ithRange(f.beg[kFh], f.end[kFh], fi.h, dims[kOfmp].h);
  auto w = ithRange(f.beg[kFw], f.end[kFw], fi.w, dims[kOfmp].w);
  r.beg = {b[0], n[0], h[0], w[0]};
  r.end = {b[1], n[1], h[1], w[1]};
  return r;
}

PartitionScheme PartitionScheme::projection(const NodeRegion &region) const {
  // §5.3: INPP dropped; per dimension extend BATP by region//partition, or
  // walk from the innermost type outwards keeping factors while the extent
  // allows, clamping the first that does not fit and all outer ones.
  PartitionScheme p = *this;
  p.dims[kInpp] = {1, 1};
  const Coord pd = p.dim();
  for (int di = 0; di < 2; ++di) {
    const int64_t part = di == 0 ? pd.h : pd.w;
    int64_t rd = di == 0 ? region.dim.h : region.dim.w;
    auto at = [&](int t) -> int64_t & { return di == 0 ? p.dims[size_t(t)].h : p.dims[size_t(t)].w; };
    if (rd > part) {
      at(kBatp) *= rd / part;
      continue;
    }
    for (int k = kNumPartTypes - 1; k >= 0; --k) {
      const int t = p.order[size_t(k)];
      if (rd >= at(t)) {
        rd /= at(t);
      } else {
        at(t) = rd;
        rd = 1;
      }
    }
  }
  return p;
}

std::array<double, 2> PartitionScheme::neighborDist(const NodeRegion &region, int pt) const {
  // nn_dataflow part_neighbor_dist: average distance to the previous index
  // along h and along w of type `pt`.
  const double inf = std::numeric_limits<double>::infinity();
  if (!region.folded()) {
    // Unfolded, a node's coordinate is linear in its indices: every step along h of type
    // `pt` moves by the product of the later types' h extents times the spacing (and so
    // along w), so the average is that step (an exact sum of equal integers, divided).
    int64_t stepH = region.dist.h, stepW = region.dist.w;
    for (int k = kNumPartTypes - 1; k >= 0 && order[size_t(k)] != pt; --k) {
      stepH *= dims[size_t(order[size_t(k)])].h;
      stepW *= dims[size_t(order[size_t(k)])].w;
    }
    return {dims[size_t(pt)].h > 1 ? double(stepH) : inf,
            dims[size_t(pt)].w > 1 ? double(stepW) : inf};
  }
  double hs = 0, ws = 0;
  int64_t hn = 0, wn = 0;
  for (const PartIndex &idx : indices()) {
    const Coord c = coordinate(region, idx);
    if (idx[size_t(pt)].h > 0) {
      PartIndex q = idx;
      q[size_t(pt)].h -= 1;
      hs += double(hopDist(c, coordinate(region, q)));
      ++hn;
    }
    if (idx[size_t(pt)].w > 0) {
      PartIndex q = idx;
      q[size_t(pt)].w -= 1;
      ws += double(hopDist(c, coordinate(region, q)));
      ++wn;
    }
  }
  return {hn ? hs / double(hn) : inf, wn ? ws / double(wn) : inf};
}

std::string PartitionScheme::str() const {
  std::string s = "order(";
  for (int k = 0; k < kNumPartTypes; ++k)
    s += std::string(k ? "," : "") + partTypeName(order[size_t(k)]);
  s += ")";
  for (int p = 0; p < kNumPartTypes; ++p)
    s += std::string(" ") + partTypeName(p) + "=" + std::to_string(dims[size_t(p)].h) + "x" +
         std::to_string(dims[size_t(p)].w);
  return s;
}

PartShape PartShape::of(const Layer &l) {
  PartShape s;
  s.kind = l.isConvLike() ? Conv : LocalRegion;
  s.nofm = l.M;
  s.hofm = l.E;
  s.wofm = l.F;
  s.nifm = l.C;
  // Sliced layers: one slice's units (docs/cost-model.md "Slices on a grid").
  if (l.channelGroups() > 1) {
    // Grouped layers: OUTP splits whole groups (docs/cost-model.md §5.2, groups); there is
    // no INPP (one in-channel unit, so hybrid never splits it).
    s.nofm = l.channelGroups();
    s.nifm = 1;
  }
  return s;
}

bool approxDividable(int64_t total, int64_t num) {
  // nn_dataflow util.approx_dividable(rel 0.1, abs 1) via isclose.
  if (total < num)
    return false;
  const double a = double(idivc(total, num) * num), b = double(total);
  return std::fabs(a - b) <= std::max(0.1 * std::max(a, b), 1.0);
}

/// nn_dataflow util.factorize(value, 4): ordered 4-way exact factorisations,
/// lexicographic.
static std::vector<std::array<int64_t, 4>> factorize4(int64_t v) {
  std::vector<std::array<int64_t, 4>> out;
  for (int64_t a = 1; a <= v; ++a) {
    if (v % a) continue;
    for (int64_t b = 1; b <= v / a; ++b) {
      if ((v / a) % b) continue;
      for (int64_t c = 1; c <= v / a / b; ++c) {
        if ((v / a / b) % c) continue;
        out.push_back({a, b, c, v / a / b / c});
      }
    }
  }
  return out;
}

std::vector<PartitionScheme> enumeratePartitions(const PartShape &shape, int64_t batch,
                                                 const Coord &nodes,
                                                 const PartitionOptions &opts) {
  std::vector<PartitionScheme> out;
  const auto fh = factorize4(nodes.h), fw = factorize4(nodes.w);
  for (const auto &ph : fh)
    for (const auto &pw : fw) {
      std::array<Coord, kNumPartTypes> d;
      for (int p = 0; p < kNumPartTypes; ++p)
        d[size_t(p)] = {ph[size_t(p)], pw[size_t(p)]};
      // §5.1: BATP only if enabled; the batch must divide evenly.
      if (!opts.batch && d[kBatp].size() > 1) continue;
      if (batch % d[kBatp].size() != 0) continue;
      // §5.1: no type except OFMP partial in both dimensions.
      bool partial = false;
      for (int p = 0; p < kNumPartTypes; ++p)
        if (p != kOfmp && d[size_t(p)].h > 1 && d[size_t(p)].h < nodes.h &&
            d[size_t(p)].w > 1 && d[size_t(p)].w < nodes.w)
          partial = true;
      if (partial) continue;
      if (opts.hybrid) {
        // §5.1 hybrid: OUTP, OFMP h/w, INPP approximately divide M, E/F, C.
        if (!approxDividable(shape.nofm, d[kOutp].size())) continue;
        if (!approxDividable(shape.hofm, d[kOfmp].h) || !approxDividable(shape.wofm, d[kOfmp].w))
          continue;
        if (!opts.ifmaps && d[kInpp].size() > 1) continue;
        if (shape.kind == PartShape::Conv && !approxDividable(shape.nifm, d[kInpp].size()))
          continue;
        if (shape.kind == PartShape::LocalRegion && d[kInpp].size() > 1) continue;
      } else {
        // §5.1 naive: no INPP; FC-like (1x1 ofmap) only OUTP, others only OFMP.
        if (d[kInpp].size() != 1) continue;
        if (shape.hofm == 1 && shape.wofm == 1 ? d[kOfmp].size() != 1 : d[kOutp].size() != 1)
          continue;
      }
      // §5.1: skip transposed duplicates (no OFMP, all 1-D, heights > widths).
      if (d[kOfmp].size() == 1) {
        bool oneD = true;
        for (const Coord &c : d)
          oneD &= c.h == 1 || c.w == 1;
        if (oneD) {
          std::array<int64_t, 4> hs, ws;
          for (int p = 0; p < 4; ++p) {
            hs[size_t(p)] = d[size_t(p)].h;
            ws[size_t(p)] = d[size_t(p)].w;
          }
          if (hs > ws) continue;
        }
      }
      // §5.1 orders: itertools.permutations order.
      std::array<int, 4> ord = {0, 1, 2, 3};
      do {
        bool skip = false;
        for (int k = 0; k + 1 < kNumPartTypes && !skip; ++k) {
          const int a = ord[size_t(k)], b = ord[size_t(k + 1)];
          const Coord &da = d[size_t(a)], &db = d[size_t(b)];
          if (da.size() == 1 && db.size() == 1 && a > b) skip = true;
          else if (da.size() > 1 && db.size() == 1) skip = true;
          else if (a != kBatp && db.h == 1 && db.w > 1 && da.h > 1 && da.w == 1) skip = true;
        }
        if (skip) continue;
        // §5.1: BATP outermost among the non-trivial types.
        int nTrivial = 0;
        for (const Coord &c : d)
          nTrivial += c.size() == 1;
        if (d[kBatp].size() > 1 && ord[size_t(nTrivial)] != kBatp) continue;
        PartitionScheme s;
        s.order = ord;
        s.dims = d;
        out.push_back(s);
      } while (std::next_permutation(ord.begin(), ord.end()));
    }
  if (out.empty()) {
    // nn_dataflow gen_partition(guaranteed=True): naive fallback.
    PartitionScheme s;
    s.dims[shape.hofm == 1 && shape.wofm == 1 ? kOutp : kOfmp] = nodes;
    out.push_back(s);
  }
  return out;
}

Result<PartitionedLayer> partitionLayer(const Layer &layer, const PartitionScheme &part) {
  // §5.2: C' = ceil(C/|INPP|), M' = ceil(M/|OUTP|), E' = ceil(E/h_OFMP),
  // F' = ceil(F/w_OFMP), N' = ceil(N/|BATP|); occ = ops(full)/(ops(part)*nodes).
  if (Status s = validateLayer(layer); !s)
    return s;
  if (!layer.isConvLike() && part.size(kInpp) > 1)
    return Status::layerError(StatusCode::InvalidArgument,
                              std::string(layerKindName(layer.kind)) + " ", layer.name,
                              ": input-channel partitioning (INPP) is invalid for pooling "
                             "and element-wise layers");
  if (layer.channelGroups() > 1 && part.size(kInpp) > 1)
    return Status::layerError(StatusCode::InvalidArgument,
                              std::string(layerKindName(layer.kind)) + " ", layer.name,
                              ": input-channel partitioning (INPP) is invalid with groups = " +
                                  std::to_string(layer.channelGroups()) +
                                  " (OUTP splits the groups)");
  PartitionedLayer r;
  Layer &p = r.layer;
  p = layer;
  // Groups (docs/cost-model.md §5.2): OUTP gives each node ceil(g/|OUTP|) whole groups of
  // M out-channels and C in-channels; g = 1 is nn_dataflow's M' = ceil(M/|OUTP|).
  // Sliced layers: every node runs all slices of its channels and phase rows ("Slices on a
  // grid"), so OUTP splits the channel groups only.
  if (layer.channelGroups() > 1)
    p.groups = idivc(layer.channelGroups(), part.size(kOutp)) * layer.slices();
  else
    p.M = idivc(layer.M, part.size(kOutp));
  p.E = idivc(layer.E, part.dims[kOfmp].h);
  p.F = idivc(layer.F, part.dims[kOfmp].w);
  p.batch = idivc(layer.batch, part.size(kBatp));
  p.C = layer.isConvLike() ? idivc(layer.C, part.size(kInpp)) : p.M * layer.nreg;
  r.numNodes = part.numNodes();
  r.occ = layer.totalOps() / (p.totalOps() * double(r.numNodes));
  return r;
}

} // namespace dataflow::cost
