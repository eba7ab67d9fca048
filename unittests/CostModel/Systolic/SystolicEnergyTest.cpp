//===- SystolicEnergyTest.cpp - Access counts and energy of a schedule ----===//
#include "SystolicTestHardware.h"
#include "Dataflow/CostModel/Systolic/SystolicEnergy.h"

#include <gtest/gtest.h>

using namespace dataflow::cost;

namespace {

// The layer of SystolicModel.FormulasByHand: 8x8 output, Ci=2, Co=8, 3x3, stride 1,
// tiles c0=4 x 4x4 pixels, 8 tiles, reduction R = 2*9 = 18, a 4x4 array.
SystolicLayer handLayer() { return *makeSystolicConv({8, 8}, 2, 8, {3, 3}, 1); }
const SystolicTiling kHandTiling{2, {2, 2}};

TEST(SystolicEnergy, OutputStationaryCountsByHand) {
  SystolicLayer l = handLayer();
  Result<SystolicCost> c = evaluateSystolic(l, smallHw(), kHandTiling, SystolicOrder::RowMajor);
  ASSERT_TRUE(c) << c.status().message();
  Result<SystolicAccessCounts> n = systolicAccessCounts(l, smallHw(), *c);
  ASSERT_TRUE(n) << n.status().message();
  EXPECT_EQ(n->macs, 8 * 8 * 8 * 18);
  EXPECT_EQ(n->dramWords, (64 + 50) * 8 + (64 + 72) * 2);
  EXPECT_EQ(n->bufferFills, n->dramWords);
  // Per tile 1 x 4 passes; each of the 18 steps feeds 4 weights and 4 ifmap words:
  // 18 * (4 * 4 + 16 * 1) = 576 reads, and 64 outputs written.
  EXPECT_EQ(n->bufferReads, 576 * 8);
  EXPECT_EQ(n->bufferWrites, 64 * 8);
  // At full utilisation each edge word serves A MACs: reads = 2 * MACs / A.
  EXPECT_DOUBLE_EQ(c->arrayUtilization, 1.0);
  EXPECT_EQ(n->bufferReads, 2 * n->macs / 4);
}

TEST(SystolicEnergy, WeightStationaryCountsByHand) {
  SystolicLayer l = handLayer();
  SystolicModelOptions ws;
  ws.dataflow = SystolicDataflow::WeightStationary;
  Result<SystolicCost> c =
      evaluateSystolic(l, smallHw(), kHandTiling, SystolicOrder::RowMajor, ws);
  ASSERT_TRUE(c) << c.status().message();
  Result<SystolicAccessCounts> n = systolicAccessCounts(l, smallHw(), *c, ws);
  ASSERT_TRUE(n) << n.status().message();
  // ceil(18/4) = 5 reduction passes x 1 channel pass per tile: weights 18*4 = 72,
  // ifmap 16 pixels * 18 rows = 288, partial sums read back 16*4*(5-1) = 256;
  // partial sums written 16*4*5 = 320.
  EXPECT_EQ(n->bufferReads, (72 + 288 + 256) * 8);
  EXPECT_EQ(n->bufferWrites, 320 * 8);
}

TEST(SystolicEnergy, EnergyByHand) {
  SystolicLayer l = handLayer();
  Result<SystolicCost> c = evaluateSystolic(l, smallHw(), kHandTiling, SystolicOrder::RowMajor);
  ASSERT_TRUE(c);
  Result<SystolicAccessCounts> n = systolicAccessCounts(l, smallHw(), *c);
  ASSERT_TRUE(n);
  // Eyeriss's relative costs: MAC 1, buffer 6, DRAM 200; 0.5 per cycle of leakage.
  Result<SystolicEnergy> e = systolicEnergy(*n, {1, 6, 200, 0.5}, 1000);
  ASSERT_TRUE(e) << e.status().message();
  EXPECT_EQ(e->mac, 9216);
  EXPECT_EQ(e->buffer, 6 * (1184 + 4608 + 512));
  EXPECT_EQ(e->dram, 200 * 1184);
  EXPECT_EQ(e->leakage, 500);
  EXPECT_EQ(e->total, 9216 + 37824 + 236800 + 500);
}

TEST(SystolicEnergy, RejectsNegativeCosts) {
  SystolicAccessCounts n;
  n.macs = 1;
  Result<SystolicEnergy> e = systolicEnergy(n, {1, -1, 1, 0}, 1);
  ASSERT_FALSE(e);
  EXPECT_EQ(e.status().code(), StatusCode::InvalidArgument);
}

TEST(SystolicEnergy, RejectsATilingOfAnotherLayer) {
  SystolicLayer l = handLayer();
  SystolicCost unpriced; // no tiles, no spatial tile sizes
  Result<SystolicAccessCounts> n = systolicAccessCounts(l, smallHw(), unpriced);
  ASSERT_FALSE(n);
  EXPECT_EQ(n.status().code(), StatusCode::InvalidArgument);
}

} // namespace
