//===- SystolicStridesTest.cpp - A stride per spatial dimension -----------===//
//
// docs/cost-model.md "Every layer kind on the array": the ifmap tile is
// Ci prod_d (S_d t_d + K_d / 2) with each dimension's stride (the tool takes one S), and
// equal per-dimension strides give the one-stride figures exactly.
//
//===----------------------------------------------------------------------===//
#include "SystolicTestHardware.h"
#include "Dataflow/CostModel/Systolic/SystolicSearch.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace dataflow::cost;

namespace {

/// A 3-D stem: 2 -> 16 channels, a 2x2x2 output (W, H, D), kernel 3x3x1, stride 2x2x1.
SystolicLayer stem() {
  SystolicLayer l;
  l.out = {2, 2, 2};
  l.kernel = {3, 3, 1};
  l.stride = 2;
  l.strides = {2, 2, 1};
  l.inChannels = 2;
  l.outChannels = 16;
  return l;
}

TEST(SystolicStrides, ThreeDStemByHand) {
  // One tile: ofmap 16 x 8 = 128, ifmap 2 x (2x2+1)(2x2+1)(1x2+0) = 100, weights 2 x 9 x 16
  // = 288; row-major (128 + 100) x 1 + (128 + 288) x 16/16 = 644 words (a one-stride 2 would
  // read 2 x 5 x 5 x 4 = 200 ifmap words).
  Result<SystolicCost> c =
      evaluateSystolic(stem(), smallHw(), SystolicTiling{1, {1, 1, 1}}, SystolicOrder::RowMajor);
  ASSERT_TRUE(c) << c.status().message();
  EXPECT_EQ(c->tiles, 1);
  EXPECT_EQ(c->transfer, 644);
  // 8 x 16 x 2 x 9 = 2304 MACs on 16 PEs at full utilisation; 644 / 4 words per cycle.
  EXPECT_EQ(c->computeCycles, 144);
  EXPECT_EQ(c->memoryCycles, 161);
  SystolicLayer one = stem();
  one.strides.clear();
  Result<SystolicCost> d =
      evaluateSystolic(one, smallHw(), SystolicTiling{1, {1, 1, 1}}, SystolicOrder::RowMajor);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->transfer, 128 + 200 + 128 + 288);
}

TEST(SystolicStrides, EqualStridesAreTheOneStride) {
  SystolicLayer one = *makeSystolicConv({16, 12}, 3, 8, {3, 3}, 2);
  SystolicLayer per = one;
  per.strides = {2, 2};
  // The searches (exhaustive, constrained, and the static fill of the row heuristic) choose
  // and price the same.
  for (SystolicSearchMethod m :
       {SystolicSearchMethod::Exhaustive, SystolicSearchMethod::Constrained}) {
    SystolicSearchOptions opts;
    opts.method = m;
    Result<SystolicSchedule> a = searchSystolicLayer(one, smallHw(), opts);
    Result<SystolicSchedule> b = searchSystolicLayer(per, smallHw(), opts);
    ASSERT_TRUE(a) << a.status().message();
    ASSERT_TRUE(b) << b.status().message();
    EXPECT_EQ(a->cost.tiling, b->cost.tiling);
    EXPECT_EQ(a->cost.transfer, b->cost.transfer);
    EXPECT_EQ(a->cost.cycles, b->cost.cycles);
  }
  const BufferPartition part; // 3 : 3 : 4
  Result<SystolicSchedule> a = searchSystolicStatic(one, smallHw(), part, SystolicModelOptions{});
  Result<SystolicSchedule> b = searchSystolicStatic(per, smallHw(), part, SystolicModelOptions{});
  ASSERT_TRUE(a) << a.status().message();
  ASSERT_TRUE(b) << b.status().message();
  EXPECT_EQ(a->cost.tiling, b->cost.tiling);
  EXPECT_EQ(a->cost.transfer, b->cost.transfer);
}

} // namespace
