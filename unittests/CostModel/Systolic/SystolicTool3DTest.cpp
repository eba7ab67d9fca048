//===- SystolicTool3DTest.cpp - The systolic tool's 3-D formulas by hand --===//
//
// Systolic3DModel::Tool (layer3d_base_method.py) on two of test3d's layers, by hand and
// against the figures the tool printed for them (data/systolic_oracle.txt).
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/Systolic/SystolicTool3D.h"
#include "Dataflow/CostModel/Systolic/SystolicSearch.h"

#include <gtest/gtest.h>

using namespace dataflow::cost;

namespace {

SystolicHardware runnerHw() {
  SystolicHardware hw; // runner.sh: 16x16, 1572864 words, 25.6 GB/s, 16 bits
  hw.bufferWords = 1572864;
  return hw;
}

SystolicModelOptions toolModel() {
  SystolicModelOptions m;
  m.model3D = Systolic3DModel::Tool;
  m.bufferSlack = 1.01;
  return m;
}

// test3d layer 12: 30x18x6, 128 -> 128 channels, 3x3x3, stride 1; the tool's tiling splits
// W in two: c0 = 128, w0 = 15, h0 = 18, d0 = 6.
TEST(SystolicTool3D, FormulasByHand) {
  SystolicLayer l = *makeSystolicConv({30, 18, 6}, 128, 128, {3, 3, 3}, 1);
  SystolicTiling t{1, {2, 1, 1}};
  Result<SystolicCost> row = evaluateSystolic(l, runnerHw(), t, SystolicOrder::RowMajor,
                                              toolModel());
  ASSERT_TRUE(row) << row.status().message();
  // ofmap 15*18*6*128 = 207360, ifmap (15+2)(18+2)(6+2)*128 = 348160 (halo (3+1)/2 = 2),
  // weights 27*128*128 = 442368, 2 tiles, Co/c0 = 1.
  EXPECT_EQ(row->tiles, 2);
  EXPECT_EQ(row->transfer, (207360 + 348160) * (2 - 1) + (207360 + 442368) * 1);
  EXPECT_EQ(row->transfer, 1205248); // the tool's figure
  Result<SystolicCost> ch = evaluateSystolic(l, runnerHw(), t, SystolicOrder::ChannelMajor,
                                             toolModel());
  ASSERT_TRUE(ch) << ch.status().message();
  // (ofmap + weights) * (2 - 3240/1620) + (ofmap + ifmap) * 3240/1620.
  EXPECT_EQ(ch->transfer, (207360 + 348160) * 2);
  // util 128*1620 / (128 * ceil(1620/16)*16) = 1620/1632; MACs 3240*128*128*27.
  EXPECT_DOUBLE_EQ(row->arrayUtilization, 1620.0 / 1632.0);
  EXPECT_EQ(row->computeCycles, 5640192); // the tool's figure
  EXPECT_EQ(row->cycles, 5640192);
  // The consistent model (default) prices the same tiling differently (halo 1, every
  // tile's ifmap counted).
  Result<SystolicCost> consistent =
      evaluateSystolic(l, runnerHw(), t, SystolicOrder::RowMajor, SystolicModelOptions{});
  ASSERT_TRUE(consistent);
  EXPECT_NE(consistent->transfer, row->transfer);
}

// The tool models an output-stationary array only.
TEST(SystolicTool3D, WeightStationaryIsRejected) {
  SystolicLayer l = *makeSystolicConv({30, 18, 6}, 128, 128, {3, 3, 3}, 1);
  SystolicModelOptions m = toolModel();
  m.dataflow = SystolicDataflow::WeightStationary;
  Result<SystolicCost> c = evaluateSystolic(l, runnerHw(), SystolicTiling{1, {2, 1, 1}},
                                            SystolicOrder::RowMajor, m);
  ASSERT_FALSE(c);
  EXPECT_EQ(c.status().code(), StatusCode::InvalidArgument);
}

// test3d layer 2: 480x288x96, 32 -> 64, stride 2. The tool tiles the *input* extents: its
// 16x16x16 tile (30 x 18 x 6 pieces) fills the buffer to 1.0015, which only its 1% slack
// accepts, and its figures are the tool's.
TEST(SystolicTool3D, StridedLayerTilesTheInput) {
  SystolicLayer l = *makeSystolicConv({480, 288, 96}, 32, 64, {3, 3, 3}, 2);
  SystolicTiling t{1, {30, 18, 6}};
  Result<SystolicCost> c =
      evaluateSystolicBest(l, runnerHw(), t, toolModel());
  ASSERT_TRUE(c) << c.status().message();
  EXPECT_EQ(c->cycles, 384623660);
  EXPECT_EQ(c->transfer, 4923182848);
  EXPECT_DOUBLE_EQ(c->spatialTile[0], 16);
  SystolicModelOptions strict = toolModel();
  strict.bufferSlack = 1.0;
  Result<SystolicCost> over = evaluateSystolicBest(l, runnerHw(), t, strict);
  ASSERT_FALSE(over);
  EXPECT_EQ(over.status().code(), StatusCode::GbufOverflow);
  // The tiling splits the input extents here, the output extents in the consistent model.
  EXPECT_EQ(systolicTileGrid(l, toolModel()), (std::vector<int64_t>{480, 288, 96}));
  EXPECT_EQ(systolicTileGrid(l, SystolicModelOptions{}), (std::vector<int64_t>{240, 144, 48}));
}

} // namespace
