//===- PartitionFormulaTest.cpp - §5 formulas on small cases ---------------===//
#include "Dataflow/CostModel/MultiNode/NetworkSearch.h"

#include <gtest/gtest.h>

using namespace dataflow::cost;

namespace {

TEST(PartitionFormula, ApproxDividable) {
  // §5.1: ceil(t/n)*n within max(10%, 1) of t, and t >= n.
  EXPECT_TRUE(approxDividable(55, 4));  // 56 vs 55
  EXPECT_FALSE(approxDividable(13, 4)); // 16 vs 13: 3 > max(1.6, 1)
  EXPECT_FALSE(approxDividable(13, 8)); // 16 vs 13
  EXPECT_FALSE(approxDividable(3, 4));  // t < n
  EXPECT_TRUE(approxDividable(3, 2));   // 4 vs 3: within 1
}

TEST(PartitionFormula, IthRangeFloorSplits) {
  // §5.3: floor-boundary splits.
  EXPECT_EQ(ithRange(0, 55, 0, 4), (std::array<int64_t, 2>{0, 13}));
  EXPECT_EQ(ithRange(0, 55, 3, 4), (std::array<int64_t, 2>{41, 55}));
}

TEST(PartitionFormula, NaiveCandidates) {
  // §5.1 naive: CONV only OFMP, FC only OUTP; 2x2 nodes.
  PartitionOptions o;
  const auto conv = enumeratePartitions(PartShape::of(makeConv("c", 8, 8, 8, 8, 3, 3, 1, 1, 4)),
                                        4, {2, 2}, o);
  ASSERT_EQ(conv.size(), 1u);
  EXPECT_EQ(conv[0].dims[kOfmp], (Coord{2, 2}));
  EXPECT_EQ(conv[0].order, (std::array<int, 4>{0, 2, 3, 1})); // trivial types first
  const auto fc = enumeratePartitions(PartShape::of(makeFC("f", 8, 8, 1, 1, 4)), 4, {2, 2}, o);
  ASSERT_EQ(fc.size(), 1u);
  EXPECT_EQ(fc[0].dims[kOutp], (Coord{2, 2}));
}

TEST(PartitionFormula, HybridCandidatesAndOrders) {
  PartitionOptions o;
  o.hybrid = true;
  const auto c = enumeratePartitions(PartShape::of(makeConv("c", 8, 8, 8, 8, 3, 3, 1, 1, 4)), 4,
                                     {2, 2}, o);
  // OUTP/OFMP combinations of a 2x2 grid; transposed 1-D duplicates skipped.
  bool outp1x2 = false, outp2x1 = false, mixed = false;
  for (const PartitionScheme &p : c) {
    outp1x2 |= p.dims[kOutp] == Coord{1, 2} && p.dims[kOfmp] == Coord{2, 1};
    outp2x1 |= p.dims[kOutp] == Coord{2, 1} && p.dims[kOfmp] == Coord{1, 1};
    mixed |= p.dims[kOutp] == Coord{2, 1} && p.dims[kOfmp] == Coord{1, 2};
    EXPECT_EQ(p.size(kInpp), 1); // INPP needs --ifmaps-partition
  }
  EXPECT_TRUE(outp1x2);
  EXPECT_FALSE(outp2x1); // (2,1) x (1,1)... transposed of (1,2): skipped
  EXPECT_TRUE(mixed);
}

TEST(PartitionFormula, CoordinateAndPerNodeLayer) {
  PartitionScheme p;
  p.order = {2, 3, 0, 1}; // BATP, INPP, OUTP, OFMP (top first)
  p.dims[kOutp] = {1, 2};
  p.dims[kOfmp] = {2, 1};
  NodeRegion r{{2, 2}, {0, 0}, {1, 1}, false};
  PartIndex idx{};
  idx[kOutp] = {0, 1};
  idx[kOfmp] = {1, 0};
  // §5.1: coord = coord*dims + p, OUTP then OFMP: (0*2+1, 1*1+0) = (1, 1).
  EXPECT_EQ(p.coordinate(r, idx), (Coord{1, 1}));
  Result<PartitionedLayer> pl = partitionLayer(makeConv("c", 8, 7, 5, 8, 3, 3, 1, 1, 4), p);
  ASSERT_TRUE(pl.isOk());
  EXPECT_EQ(pl->layer.M, 4); // ceil(7/2)
  EXPECT_EQ(pl->layer.E, 3); // ceil(5/2)
  EXPECT_DOUBLE_EQ(pl->occ, 7.0 * 5 / (4.0 * 3 * 4));
}

TEST(PartitionFormula, ProjectionShrinksInnerFirst) {
  // §5.3: OFMP 3x3 onto a 2x2 DRAM region: the innermost type is clamped.
  PartitionScheme p;
  p.order = {0, 2, 3, 1};
  p.dims[kOfmp] = {3, 3};
  p.dims[kInpp] = {1, 1};
  NodeRegion dram{{2, 2}, {0, 0}, {2, 2}, true};
  EXPECT_EQ(p.projection(dram).dims[kOfmp], (Coord{2, 2}));
  // A 1x1 partition onto a 2x2 region extends BATP.
  PartitionScheme q;
  EXPECT_EQ(q.projection(dram).dims[kBatp], (Coord{2, 2}));
}

TEST(PartitionFormula, FilterHopsTwoDMesh) {
  // 3x3 grid, 2D memory (corners). OFMP 3x3: every node needs all filters
  // (C*M*R*S = 2*4 = 8 words). Nearest-corner distances: corners 0, edges 1,
  // centre 2 -> 8 * 6 = 48; forwarding tree from the corners: 4 edges at 1
  // plus the centre at 1 -> 8 * 5 = 40 (§5.3, §5.4).
  Hardware hw;
  hw.nodesH = hw.nodesW = 3;
  hw.memType = MemoryType::TwoD;
  const Layer l = makeConv("c", 2, 4, 3, 3, 1, 1, 1, 1, 1);
  PartitionScheme p;
  p.order = {0, 2, 3, 1};
  p.dims[kOfmp] = {3, 3};
  const NodeRegion proc = procRegion(hw), dram = dramRegion(hw);
  EXPECT_EQ(dram.nodes().size(), 4u);
  const DataLayout ifm = makeLayout(1, 2, 3, 3, dram, p);
  const DataLayout ofm = makeLayout(1, 4, 3, 3, dram, p);
  EXPECT_EQ(unitNocHops(l, proc, p, dram.nodes(), ifm, ofm, false)[kFil], 48);
  EXPECT_EQ(unitNocHops(l, proc, p, dram.nodes(), ifm, ofm, true)[kFil], 40);
}

TEST(PartitionFormula, ForwardingTreeIsMinimumSpanning) {
  // Seeds {(0,0)}, destinations on a line: 1 + 1 + 1.
  EXPECT_EQ(forwardingTreeHops({{0, 0}}, {{0, 1}, {0, 2}, {0, 3}}), 3);
  EXPECT_EQ(forwardingTreeHops({{0, 0}, {0, 3}}, {{0, 1}, {0, 2}}), 2);
}

TEST(PartitionFormula, PoolIfmapCarriesOneExtraChannel) {
  // §5.3 LR: channel range widened by nreg//2 below, nreg-nreg//2 above.
  const Layer pool = makePool("p", 8, 4, 4, 2, 2, 2, 2, 1);
  PartitionScheme p;
  p.dims[kOutp] = {1, 2};
  PartIndex idx{};
  const NodeRanges r = nodeRanges(pool, p, idx);
  EXPECT_EQ(r.ofm.beg[kFn], 0);
  EXPECT_EQ(r.ofm.end[kFn], 4);
  EXPECT_EQ(r.ifm.end[kFn], 5);
}

TEST(PartitionFormula, Diagnostics) {
  Hardware hw;
  hw.nodesH = hw.nodesW = 2;
  Options o;
  const Layer l = makeConv("c", 8, 8, 8, 8, 3, 3, 1, 1, 4);
  PartitionedChoice c;
  c.part.dims[kOfmp] = {4, 1}; // does not match the 2x2 grid
  const DataLayout ifm = makeLayout(4, 8, 10, 10, dramRegion(hw), c.part);
  Result<PartitionedSchedule> r = evaluatePartitioned(l, hw, o, ifm, c);
  ASSERT_FALSE(r.isOk());
  EXPECT_EQ(r.status().code(), StatusCode::InvalidArgument);
  EXPECT_NE(r.status().message().find("grid is 2x2"), std::string::npos);
  PartitionScheme inpp;
  inpp.dims[kInpp] = {2, 2};
  Result<PartitionedLayer> pl = partitionLayer(makePool("p", 8, 4, 4, 2, 2, 2, 2, 4), inpp);
  ASSERT_FALSE(pl.isOk());
  EXPECT_NE(pl.status().message().find("INPP"), std::string::npos);
  // Wrong channel count in the ifmap layout.
  const DataLayout bad = makeLayout(4, 3, 10, 10, dramRegion(hw), c.part);
  EXPECT_FALSE(searchLayerPartitioned(l, hw, o, bad).isOk());
}

} // namespace

namespace {

// #24: unit NoC hops that could leave int64 are an Overflow before any partition is
// costed; an ordinary layer on the largest grid is far from the bound.
TEST(PartitionFormula, HopCountsThatCannotFitAreRefused) {
  // 2^40 filter words (C = M = 2^20) to 256 x 256 nodes over up to 514 hops: ~3.8e19.
  const Layer huge = makeConv("huge", int64_t(1) << 20, int64_t(1) << 20, 1, 1, 1, 1, 1, 1, 1);
  Status s = checkHopRange(huge, 256, 256);
  EXPECT_EQ(s.code(), StatusCode::Overflow);
  EXPECT_NE(s.message().find("conv layer 'huge': its NoC hop counts could reach"),
            std::string::npos)
      << s.message();
  EXPECT_TRUE(checkHopRange(huge, 1, 1).isOk());
  EXPECT_TRUE(checkHopRange(makeConv("c", 256, 384, 13, 13, 3, 3, 1, 1, 16), 256, 256).isOk());
  Hardware hw;
  hw.nodesH = hw.nodesW = 256;
  Result<PartitionedSchedule> r = searchLayerPartitioned(huge, hw, Options(),
                                                         makeLayout(1, int64_t(1) << 20, 1, 1,
                                                                    dramRegion(hw),
                                                                    PartitionScheme()));
  ASSERT_FALSE(r.isOk());
  EXPECT_EQ(r.status().code(), StatusCode::Overflow);
}

} // namespace

namespace {
/// nn_dataflow gen_pidx and part_neighbor_dist written out the slow way (mixed-radix digits,
/// the average over every node): the fast forms must agree exactly (issue 25).
std::vector<PartIndex> slowIndices(const PartitionScheme &s) {
  std::vector<PartIndex> out;
  for (int64_t k = 0; k < s.numNodes(); ++k) {
    PartIndex idx{};
    int64_t r = k;
    for (int p = kNumPartTypes - 1; p >= 0; --p) {
      const int64_t f = r % s.dims[size_t(p)].size();
      r /= s.dims[size_t(p)].size();
      idx[size_t(p)] = {f / s.dims[size_t(p)].w, f % s.dims[size_t(p)].w};
    }
    out.push_back(idx);
  }
  return out;
}
std::array<double, 2> slowNeighborDist(const PartitionScheme &s, const NodeRegion &region,
                                       int pt) {
  double hs = 0, ws = 0;
  int64_t hn = 0, wn = 0;
  for (const PartIndex &idx : slowIndices(s)) {
    const Coord c = s.coordinate(region, idx);
    for (int axis = 0; axis < 2; ++axis) {
      PartIndex q = idx;
      int64_t &v = axis ? q[size_t(pt)].w : q[size_t(pt)].h;
      if (v == 0)
        continue;
      --v;
      (axis ? ws : hs) += double(hopDist(c, s.coordinate(region, q)));
      ++(axis ? wn : hn);
    }
  }
  const double inf = std::numeric_limits<double>::infinity();
  return {hn ? hs / double(hn) : inf, wn ? ws / double(wn) : inf};
}
} // namespace

TEST(PartitionFormula, FastIndicesAndNeighborDistAreTheSlowOnes) {
  PartitionOptions o;
  o.hybrid = o.batch = o.ifmaps = true;
  PartShape shape;
  shape.nofm = 64;
  shape.hofm = shape.wofm = 28;
  shape.nifm = 64;
  NodeRegion unfolded;
  unfolded.dim = {8, 4};
  unfolded.origin = {1, 2};
  unfolded.dist = {2, 3};
  NodeRegion folded = unfolded;
  folded.wtot = 2;
  folded.wbeg = 1;
  ASSERT_TRUE(folded.folded());
  int checked = 0;
  for (const PartitionScheme &s : enumeratePartitions(shape, 8, {8, 4}, o)) {
    const std::vector<PartIndex> fast = s.indices(), slow = slowIndices(s);
    ASSERT_EQ(fast.size(), slow.size());
    for (size_t k = 0; k < fast.size(); ++k)
      for (int p = 0; p < kNumPartTypes; ++p)
        ASSERT_TRUE(fast[k][size_t(p)] == slow[k][size_t(p)]) << s.str() << " node " << k;
    for (const NodeRegion &r : {unfolded, folded})
      for (int p = 0; p < kNumPartTypes; ++p) {
        const auto a = s.neighborDist(r, p), b = slowNeighborDist(s, r, p);
        EXPECT_EQ(a[0], b[0]) << s.str() << " type " << p;
        EXPECT_EQ(a[1], b[1]) << s.str() << " type " << p;
      }
    ++checked;
  }
  EXPECT_GT(checked, 100);
}
