//===- GroupsTest.cpp - Groups as a partition dimension (hand-checked) -----===//
//
// docs/cost-model.md "Groups on a grid": OUTP splits whole groups; g = 1 is §5.
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/MultiNode/NetworkSearch.h"

#include <gtest/gtest.h>

using namespace dataflow::cost;

namespace {

/// Depthwise 3x3, 8x8 ofmap, batch 1: g groups of 1 -> 1 channel.
Layer depthwise(int64_t g) {
  Result<Layer> l = makeGroupedConv("dw", g, g, 8, 8, 3, 3, 1, 1, 1, g);
  EXPECT_TRUE(l.isOk());
  return *l;
}

PartitionScheme outp(Coord d) {
  PartitionScheme p;
  p.order = {0, 1, 2, 3};
  p.dims[kOutp] = d;
  return p;
}

TEST(PartitionGroups, PerNodeLayerHoldsWholeGroups) {
  // g = 8 on OUTP 2x2: g' = ceil(8/4) = 2 groups of 1 x 1 channel each, occ = 1.
  Result<PartitionedLayer> pl = partitionLayer(depthwise(8), outp({2, 2}));
  ASSERT_TRUE(pl.isOk());
  EXPECT_EQ(pl->layer.groups, 2);
  EXPECT_EQ(pl->layer.M, 1);
  EXPECT_EQ(pl->layer.C, 1);
  EXPECT_EQ(pl->layer.E, 8);
  EXPECT_DOUBLE_EQ(pl->occ, 1.0);
  // g = 6 on 4 nodes: g' = 2, occ = 6 / (2 * 4).
  Result<PartitionedLayer> pl6 = partitionLayer(depthwise(6), outp({2, 2}));
  ASSERT_TRUE(pl6.isOk());
  EXPECT_DOUBLE_EQ(pl6->occ, 6.0 / 8.0);
  // A group's in-channels stay on one node: INPP is refused.
  PartitionScheme inpp;
  inpp.dims[kInpp] = {2, 2};
  Result<PartitionedLayer> bad = partitionLayer(depthwise(8), inpp);
  ASSERT_FALSE(bad.isOk());
  EXPECT_NE(bad.status().message().find("INPP"), std::string::npos);
}

TEST(PartitionGroups, RangesFollowTheGroups) {
  // Grouped conv g = 4 of C = 3 -> M = 2; OUTP 1x2: node 1 holds groups [2, 4), i.e.
  // out-channels [4, 8), in-channels [6, 12), filters 3 x [4, 8).
  Result<Layer> l = makeGroupedConv("g", 12, 8, 6, 6, 3, 3, 1, 1, 1, 4);
  ASSERT_TRUE(l.isOk());
  PartIndex idx{};
  idx[kOutp] = {0, 1};
  const NodeRanges r = nodeRanges(*l, outp({1, 2}), idx);
  EXPECT_EQ(r.ofm.beg[kFn], 4);
  EXPECT_EQ(r.ofm.end[kFn], 8);
  EXPECT_EQ(r.ifm.beg[kFn], 6);
  EXPECT_EQ(r.ifm.end[kFn], 12);
  EXPECT_EQ(r.ifm.end[kFh], 8); // (6-1)*1 + 3
  EXPECT_EQ(r.filIn, (std::array<int64_t, 2>{0, 3}));
  EXPECT_EQ(r.filOut, (std::array<int64_t, 2>{4, 8}));
}

TEST(PartitionGroups, FilterHopsTwoDMesh) {
  // Depthwise g = 9 on a 3x3 grid, OUTP 3x3, 2D memory (corners): every node needs one
  // group's 3x3 filter (9 words). Nearest-corner distances: 4 corners 0, 4 edges 1, centre
  // 2 -> 9 * 6 = 54 (§5.3). Dense, every node would need all 81 filter words.
  Hardware hw;
  hw.nodesH = hw.nodesW = 3;
  hw.memType = MemoryType::TwoD;
  const Layer l = depthwise(9);
  const PartitionScheme p = outp({3, 3});
  const NodeRegion proc = procRegion(hw), dram = dramRegion(hw);
  const DataLayout ifm = makeLayout(1, 9, 10, 10, dram, p);
  const DataLayout ofm = makeLayout(1, 9, 8, 8, dram, p);
  EXPECT_EQ(unitNocHops(l, proc, p, dram.nodes(), ifm, ofm, false)[kFil], 54);
}

TEST(PartitionGroups, SearchCountsEveryGroup) {
  // The whole layer's MACs (8 groups x 8x8 x 3x3 = 4608) and their energy are counted once,
  // on whichever partition wins; the ifmap layout must carry all 8 channels.
  Hardware hw;
  hw.nodesH = hw.nodesW = 2;
  Options o;
  o.partitioning.hybrid = true;
  const Layer l = depthwise(8);
  const DataLayout ifm = makeLayout(1, 8, 10, 10, dramRegion(hw), outp({2, 2}));
  Result<PartitionedSchedule> r = searchLayerPartitioned(l, hw, o, ifm);
  ASSERT_TRUE(r.isOk()) << r.status().message();
  EXPECT_DOUBLE_EQ(r->scheme.ops, 4608.0);
  EXPECT_DOUBLE_EQ(r->energy.mac, 4608.0 * hw.cost.macOp);
  // Re-costing the chosen decision gives the same figures.
  PartitionedChoice c;
  c.part = r->part;
  c.scheme.mappingCandidate = r->scheme.mappingCandidate;
  c.scheme.blocking = r->scheme.blocking;
  c.scheme.gbufStored = r->scheme.gbufStored;
  Result<PartitionedSchedule> again = evaluatePartitioned(l, hw, o, ifm, c);
  ASSERT_TRUE(again.isOk()) << again.status().message();
  EXPECT_DOUBLE_EQ(again->energy.total, r->energy.total);
  EXPECT_EQ(again->time, r->time);
  // One channel per group is not enough.
  const DataLayout one = makeLayout(1, 1, 10, 10, dramRegion(hw), outp({2, 2}));
  EXPECT_FALSE(searchLayerPartitioned(l, hw, o, one).isOk());
  // Buffer sharing with groups is refused, not mispriced.
  o.partitioning.bufferSharing = true;
  EXPECT_FALSE(searchLayerPartitioned(l, hw, o, ifm).isOk());
}

/// Batched matmul: g heads of [rows x K] . [K x cols] are g grouped FCs (batch = rows).
Layer batchedMatmul(int64_t g, int64_t rows, int64_t K, int64_t cols) {
  Layer l = makeMatmul("bmm", rows, K, cols);
  l.groups = g;
  return l;
}

TEST(PartitionGroups, GroupedFCSplitsWholeHeads) {
  // 4 heads of 2x3 . 3x2 on OUTP 2x2: each node holds g' = ceil(4/4) = 1 head, C = 3, M = 2,
  // the 2 rows as batch, occ = 1. On OUTP 1x2, node 1 holds heads [2, 4): out-channels
  // [4, 8), in-channels [6, 12) (the head layout: head h owns channel block h), filters
  // 3 x [4, 8).
  const Layer l = batchedMatmul(4, 2, 3, 2);
  Result<PartitionedLayer> pl = partitionLayer(l, outp({2, 2}));
  ASSERT_TRUE(pl.isOk()) << pl.status().message();
  EXPECT_EQ(pl->layer.groups, 1);
  EXPECT_EQ(pl->layer.C, 3);
  EXPECT_EQ(pl->layer.M, 2);
  EXPECT_EQ(pl->layer.batch, 2);
  EXPECT_DOUBLE_EQ(pl->occ, 1.0);
  PartIndex idx{};
  idx[kOutp] = {0, 1};
  const NodeRanges r = nodeRanges(l, outp({1, 2}), idx);
  EXPECT_EQ(r.ofm.beg[kFn], 4);
  EXPECT_EQ(r.ofm.end[kFn], 8);
  EXPECT_EQ(r.ifm.beg[kFn], 6);
  EXPECT_EQ(r.ifm.end[kFn], 12);
  EXPECT_EQ(r.ifm.end[kFb], 2);
  EXPECT_EQ(r.filIn, (std::array<int64_t, 2>{0, 3}));
  EXPECT_EQ(r.filOut, (std::array<int64_t, 2>{4, 8}));
}

TEST(PartitionGroups, GroupedFCSearchCountsEveryHead) {
  // Searched on a 2x2 grid: all 4 x 2x3x2 = 48 MACs counted once, re-costing the choice gives
  // the same figures; the ifmap layout must carry every head's 3 channels (12).
  Hardware hw;
  hw.nodesH = hw.nodesW = 2;
  Options o;
  o.partitioning.hybrid = true;
  const Layer l = batchedMatmul(4, 2, 3, 2);
  const DataLayout ifm = makeLayout(2, 12, 1, 1, dramRegion(hw), outp({2, 2}));
  Result<PartitionedSchedule> r = searchLayerPartitioned(l, hw, o, ifm);
  ASSERT_TRUE(r.isOk()) << r.status().message();
  EXPECT_DOUBLE_EQ(r->scheme.ops, 48.0);
  EXPECT_DOUBLE_EQ(r->energy.mac, 48.0 * hw.cost.macOp);
  PartitionedChoice c;
  c.part = r->part;
  c.scheme.mappingCandidate = r->scheme.mappingCandidate;
  c.scheme.blocking = r->scheme.blocking;
  c.scheme.gbufStored = r->scheme.gbufStored;
  Result<PartitionedSchedule> again = evaluatePartitioned(l, hw, o, ifm, c);
  ASSERT_TRUE(again.isOk()) << again.status().message();
  EXPECT_DOUBLE_EQ(again->energy.total, r->energy.total);
  EXPECT_EQ(again->time, r->time);
  const DataLayout oneHead = makeLayout(2, 3, 1, 1, dramRegion(hw), outp({2, 2}));
  EXPECT_FALSE(searchLayerPartitioned(l, hw, o, oneHead).isOk());
}

} // namespace
