//===- DilationPhasesTest.cpp - A dilation beyond the ofmap on a grid (hand-checked) ===//
//
// docs/cost-model.md "Slices on a grid": a dilation d >= E gives E phases of one output row
// (the bridge sets dilH = E phases and kernelDilH = d); the grid lays out the E rows and a
// node's kernel still reads d + 1 input rows per output row.
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/MultiNode/NetworkSearch.h"
#include "Dataflow/CostModel/MultiNode/NocHops.h"

#include <gtest/gtest.h>

using namespace dataflow::cost;

namespace {

/// 3x3 conv of dilation 12, 1 -> m channels, a 4x4 ofmap (pad 12): 4 x 4 phases of 1x1.
Layer beyond(int64_t m) {
  Layer l = makeConv("dil12", 1, m, 1, 1, 3, 3, 1, 1, 1);
  l.groups = 16;
  l.dilH = l.dilW = 4;
  l.kernelDilH = l.kernelDilW = 12;
  return l;
}

TEST(DilationPhases, BeyondTheOfmapCountsItsRowsAsPhases) {
  const Layer l = beyond(2);
  EXPECT_EQ(l.slices(), 16);
  EXPECT_EQ(l.channelGroups(), 1);
  EXPECT_EQ(l.tapDilH(), 12);
  // 16 phases x 1x1 x 9 taps x 1 x 2 channels = 288 MACs = 4x4 x 9 x 2, the op's count.
  EXPECT_DOUBLE_EQ(l.totalOps(), 288.0);
  Layer divisible = l;
  divisible.kernelDilH = divisible.kernelDilW = 0;
  EXPECT_EQ(divisible.tapDilH(), 4);
}

TEST(DilationPhases, FootprintTakesTheKernelsDilation) {
  // One node holds all 4 output rows; its kernel reads rows [0, 3 + 2 x 12 + 1) = [0, 28),
  // the whole padded input (4 + 2 x 12); with the phase count as dilation it would be 12.
  PartitionScheme none;
  const NodeRanges r = nodeRanges(beyond(1), none, PartIndex{});
  EXPECT_EQ(r.ofm.end[kFh], 4);
  EXPECT_EQ(r.ofm.end[kFw], 4);
  EXPECT_EQ(r.ifm.end[kFh], 28);
  EXPECT_EQ(r.ifm.end[kFw], 28);
  Layer wrong = beyond(1);
  wrong.kernelDilH = wrong.kernelDilW = 0;
  EXPECT_EQ(nodeRanges(wrong, none, PartIndex{}).ifm.end[kFh], 12);
}

TEST(DilationPhases, HopsOnOutp) {
  // OUTP 1x2: node w owns out-channel w and reads the whole 28x28 padded input, 784 words,
  // from one DRAM node at (0, -1): IFM 784 x (1 + 2) = 2352 unit hops; FIL one 3x3 filter
  // each, 9 x (1 + 2) = 27.
  PartitionScheme part;
  part.dims[size_t(kOutp)] = {1, 2};
  const NodeRegion proc{{1, 2}, {0, 0}, {1, 1}, false};
  const NodeRegion dram{{1, 1}, {0, -1}, {1, 1}, true};
  const DataLayout ifm = makeLayout(1, 1, 28, 28, dram, PartitionScheme{});
  const DataLayout ofm = makeLayout(1, 2, 4, 4, proc, part);
  const PerDataHops hops = unitNocHops(beyond(2), proc, part, dram.nodes(), ifm, ofm, false);
  EXPECT_EQ(hops[kIfm], 2352);
  EXPECT_EQ(hops[kFil], 27);
  EXPECT_EQ(hops[kOfm], 0);
}

TEST(DilationPhases, StridedPhasesStepTheConvolutionsStride) {
  // Stride 2, dilation 3, a 9x9 ofmap, 3x3 kernel: P = 3 / gcd(2, 3) = 3 phases per
  // dimension, each an undilated stride-2 conv of 3 outputs (the bridge: dilH = 3 and,
  // P being d, kernelDilH = 0; the phase stride U = 2 is the conv's, sliceStrideH = 0).
  Layer l = makeConv("s2d3", 1, 1, 3, 3, 3, 3, 2, 2, 1);
  l.groups = 9;
  l.dilH = l.dilW = 3;
  const NodeRanges r = nodeRanges(l, PartitionScheme{}, PartIndex{});
  // All 9 output rows read padded rows [0, 8 x 2 + 2 x 3 + 1) = [0, 23).
  EXPECT_EQ(r.ofm.end[kFh], 9);
  EXPECT_EQ(r.ifm.end[kFh], 23);
  // Stride 2, dilation 2: P = 1 phase, an undilated stride-1 conv over the even inputs
  // (the bridge: U = 1, sliceStrideH = 2, kernelDilH = 2): 9 output rows read padded rows
  // [0, 8 x 2 + 2 x 2 + 1) = [0, 21), not the phase conv's 9 - 1 + 3 = 11.
  Layer even = makeConv("s2d2", 1, 1, 9, 9, 3, 3, 1, 1, 1);
  even.kernelDilH = even.kernelDilW = 2;
  even.sliceStrideH = even.sliceStrideW = 2;
  EXPECT_TRUE(even.isSliced());
  EXPECT_EQ(even.slices(), 1);
  const NodeRanges e = nodeRanges(even, PartitionScheme{}, PartIndex{});
  EXPECT_EQ(e.ofm.end[kFh], 9);
  EXPECT_EQ(e.ifm.end[kFh], 21);
  EXPECT_EQ(e.ifm.end[kFw], 21);
}

} // namespace
