//===- SlicesTest.cpp - Dilated and 3-D convolutions on a grid (hand-checked) ===//
//
// docs/cost-model.md "Slices on a grid": a sliced layer (groups include its dilation
// phases and depth slices) is laid out with its whole ofmap, E dilH x F dilW rows and
// columns and M D channels (channel-major, depth-minor); a dilated kernel reads
// d + 1 input rows per output row, a 3-D kernel T R S filter words per channel pair.
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/MultiNode/NetworkSearch.h"
#include "Dataflow/CostModel/MultiNode/NocHops.h"

#include <gtest/gtest.h>

using namespace dataflow::cost;

namespace {

/// 3x3 conv with dilation d, 1 -> 1 channel, a 4x4 ofmap, stride 1: d x d phases of
/// (4/d) x (4/d) outputs each, as the bridge builds it.
Layer dilated(int64_t d) {
  Layer l = makeConv("dil", 1, 1, 4 / d, 4 / d, 3, 3, 1, 1, 1);
  l.groups = d * d;
  l.dilH = l.dilW = d;
  return l;
}

/// 3-D conv: C = 2 -> M = 2 channels, input depth 3, kernel depth T = 2 (output depth
/// D = 2), 1x1 kernel over a 2x2 plane: D T = 4 slices.
Layer conv3d() {
  Layer l = makeConv("c3", 2, 2, 2, 2, 1, 1, 1, 1, 1);
  l.groups = 4;
  l.depth = 2;
  l.depthIn = 3;
  l.kernelDepth = 2;
  return l;
}

PartitionScheme split(int type, Coord d) {
  PartitionScheme p;
  p.dims[size_t(type)] = d;
  return p;
}

PartIndex at(int type, Coord c) {
  PartIndex idx{};
  idx[size_t(type)] = c;
  return idx;
}

TEST(PartitionSlices, LayerCountsItsSlices) {
  EXPECT_EQ(dilated(2).slices(), 4);
  EXPECT_EQ(dilated(2).channelGroups(), 1);
  EXPECT_TRUE(dilated(2).isSliced());
  EXPECT_EQ(conv3d().slices(), 4);
  EXPECT_TRUE(validateLayer(conv3d()).isOk());
  // The slices must divide the groups.
  Layer bad = conv3d();
  bad.groups = 6;
  Status s = validateLayer(bad);
  ASSERT_FALSE(s.isOk());
  EXPECT_NE(s.message().find("multiple of its 4 slices"), std::string::npos);
}

TEST(PartitionSlices, DilatedFootprintIsRMinusOneTimesDPlusOne) {
  // OFMP 2x2 of a d = 2 layer: each node holds 1x1 of every 2x2 phase, i.e. full rows
  // [2h, 2h + 2) and columns [2w, 2w + 2); it reads input rows [2h, 2h + 1 + 2*2 + 1):
  // 6 rows (an undilated 3x3 kernel reads 2 + 3 - 1 = 4).
  const NodeRanges r = nodeRanges(dilated(2), split(kOfmp, {2, 2}), at(kOfmp, {1, 0}));
  EXPECT_EQ(r.ofm.beg[kFh], 2);
  EXPECT_EQ(r.ofm.end[kFh], 4);
  EXPECT_EQ(r.ofm.beg[kFw], 0);
  EXPECT_EQ(r.ofm.end[kFw], 2);
  EXPECT_EQ(r.ifm.beg[kFh], 2);
  EXPECT_EQ(r.ifm.end[kFh], 8);
  EXPECT_EQ(r.ifm.beg[kFw], 0);
  EXPECT_EQ(r.ifm.end[kFw], 6);
  EXPECT_EQ(r.ifm.size(), 36);
  // Filters: the one 3x3 kernel (C x M = 1 x 1), whatever the phase.
  EXPECT_EQ(r.filIn[1] - r.filIn[0], 1);
  EXPECT_EQ(r.filOut[1] - r.filOut[0], 1);
}

TEST(PartitionSlices, DilatedHopsOnATwoByTwoGrid) {
  // The 8x8 ifmap on one DRAM node at (0, -1); nodes (h, w) at distance 1 + h + w.
  // IFM: 36 words to each node: 36 x (1 + 2 + 2 + 3) = 288 (undilated: 16 x 8 = 128).
  // FIL: 9 words to each node: 9 x 8 = 72. OFM: the layout is the partition: 0.
  const NodeRegion proc{{2, 2}, {0, 0}, {1, 1}, false};
  const NodeRegion dram{{1, 1}, {0, -1}, {1, 1}, true};
  const PartitionScheme part = split(kOfmp, {2, 2});
  const DataLayout ifm = makeLayout(1, 1, 8, 8, dram, PartitionScheme{});
  const DataLayout ofm = makeLayout(1, 1, 4, 4, proc, part);
  const PerDataHops hops =
      unitNocHops(dilated(2), proc, part, dram.nodes(), ifm, ofm, /*forwarding=*/false);
  EXPECT_EQ(hops[kIfm], 288);
  EXPECT_EQ(hops[kFil], 72);
  EXPECT_EQ(hops[kOfm], 0);
  const PerDataHops plain = unitNocHops(makeConv("c", 1, 1, 4, 4, 3, 3, 1, 1, 1), proc, part,
                                        dram.nodes(), ifm, ofm, false);
  EXPECT_EQ(plain[kIfm], 128);
}

TEST(PartitionSlices, DepthIsChannelMinor) {
  // OUTP 1x2 of the 3-D conv: node 1 owns out-channel 1, i.e. ofmap channels
  // [1 D, 2 D) = [2, 4); it reads every in-channel at every input depth, [0, 2 x 3) = [0, 6),
  // and filters of 2 in x 1 out channels, T R S = 2 words each.
  const PartitionScheme part = split(kOutp, {1, 2});
  const NodeRanges r = nodeRanges(conv3d(), part, at(kOutp, {0, 1}));
  EXPECT_EQ(r.ofm.beg[kFn], 2);
  EXPECT_EQ(r.ofm.end[kFn], 4);
  EXPECT_EQ(r.ifm.beg[kFn], 0);
  EXPECT_EQ(r.ifm.end[kFn], 6);
  EXPECT_EQ(r.ifm.end[kFh], 2);
  // FIL hops from a DRAM node at (0, -1) to nodes (0, 0), (0, 1): 2 x 1 x 2 words each,
  // 4 x (1 + 2) = 12.
  const NodeRegion proc{{1, 2}, {0, 0}, {1, 1}, false};
  const NodeRegion dram{{1, 1}, {0, -1}, {1, 1}, true};
  const DataLayout ifm = makeLayout(1, 6, 2, 2, dram, PartitionScheme{});
  const DataLayout ofm = makeLayout(1, 4, 2, 2, proc, part);
  const PerDataHops hops = unitNocHops(conv3d(), proc, part, dram.nodes(), ifm, ofm, false);
  EXPECT_EQ(hops[kFil], 12);
  // IFM: all 6 x 2 x 2 = 24 words to both: 24 x 3 = 72.
  EXPECT_EQ(hops[kIfm], 72);
}

TEST(PartitionSlices, PerNodeLayerKeepsEverySlice) {
  // OUTP splits channels only: the 3-D conv's node has M' = 1 and all 4 slices.
  Result<PartitionedLayer> pl = partitionLayer(conv3d(), split(kOutp, {1, 2}));
  ASSERT_TRUE(pl.isOk());
  EXPECT_EQ(pl->layer.M, 1);
  EXPECT_EQ(pl->layer.groups, 4);
  EXPECT_DOUBLE_EQ(pl->occ, 1.0);
  // OFMP splits each phase's rows: E' = ceil(2 / 2) = 1 per phase, 4 phases.
  Result<PartitionedLayer> pd = partitionLayer(dilated(2), split(kOfmp, {2, 2}));
  ASSERT_TRUE(pd.isOk());
  EXPECT_EQ(pd->layer.E, 1);
  EXPECT_EQ(pd->layer.groups, 4);
  // The partition sees one slice's units: M output channels, the phase's rows.
  const PartShape shape = PartShape::of(conv3d());
  EXPECT_EQ(shape.nofm, 2);
  EXPECT_EQ(shape.nifm, 2);
}

TEST(PartitionSlices, PoolReadsItsOwnChannelAtEveryDepth) {
  // A 2x2x2 pool (stride 2) over 2 channels of depth 4: on the grid its 2 output slices are
  // groups and its 2 depth taps regions (nreg = T). OUTP 1x2, node 1: out-channel 1, i.e.
  // ofmap channels [1 x 2, 2 x 2) = [2, 4), reads in-channel 1 at all 4 depths: [4, 8).
  Layer pool = makePool("p3", 2, 2, 2, 2, 2, 2, 2, 1);
  pool.nreg = 2;
  pool.C = 4;
  pool.groups = 2;
  pool.depth = 2;
  pool.depthIn = 4;
  ASSERT_TRUE(validateLayer(pool).isOk());
  EXPECT_EQ(pool.gridInChannels(), 8);
  const NodeRanges r = nodeRanges(pool, split(kOutp, {1, 2}), at(kOutp, {0, 1}));
  EXPECT_EQ(r.ofm.beg[kFn], 2);
  EXPECT_EQ(r.ofm.end[kFn], 4);
  EXPECT_EQ(r.ifm.beg[kFn], 4);
  EXPECT_EQ(r.ifm.end[kFn], 8);
  EXPECT_EQ(r.ifm.end[kFh], 4); // 2 output rows of stride 2 read rows [0, 4)
  // Ops: 2 channels x 2x2 outputs x 2x2 window x 2 taps x 2 slices = 128.
  EXPECT_DOUBLE_EQ(pool.totalOps(), 128.0);
}

} // namespace
