//===- SystolicModelTest.cpp - Systolic model formulas and edge cases -----===//
#include "SystolicTestHardware.h"
#include "Dataflow/CostModel/Systolic/SystolicDeconv.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace dataflow::cost;

namespace {

// §3.2 by hand: 8x8 output, Ci=2, Co=8, 3x3, stride 1; tiles c0=4, 4x4.
TEST(SystolicModel, FormulasByHand) {
  SystolicLayer l = *makeSystolicConv({8, 8}, 2, 8, {3, 3}, 1);
  SystolicTiling t{2, {2, 2}};
  Result<SystolicCost> row = evaluateSystolic(l, smallHw(), t, SystolicOrder::RowMajor);
  ASSERT_TRUE(row) << row.status().message();
  // ofmap tile 64, ifmap tile 2*(4+1)^2 = 50, weights 2*9*4 = 72, 8 tiles.
  EXPECT_EQ(row->tiles, 8);
  EXPECT_EQ(row->transfer, (64 + 50) * 8 + (64 + 72) * 2);
  Result<SystolicCost> ch = evaluateSystolic(l, smallHw(), t, SystolicOrder::ChannelMajor);
  EXPECT_EQ(ch->transfer, (64 + 72) * 8 + (64 + 50) * 4);
  // 8*8*8*2*9 MACs on 16 PEs at full utilisation.
  EXPECT_EQ(row->computeCycles, 8 * 8 * 8 * 2 * 9 / 16);
  EXPECT_DOUBLE_EQ(row->arrayUtilization, 1.0);
  // 8 GB/s at 1 GHz with 2-byte words = 4 words per cycle.
  EXPECT_EQ(row->memoryCycles, std::round(row->transfer / 4.0));
  EXPECT_EQ(row->cycles, std::max(row->computeCycles, row->memoryCycles));
}

TEST(SystolicModel, WordWidthAndClockScaleBandwidth) {
  SystolicHardware hw = smallHw();
  EXPECT_DOUBLE_EQ(hw.wordsPerCycle(), 4.0);
  hw.wordBits = 8;
  EXPECT_DOUBLE_EQ(hw.wordsPerCycle(), 8.0);
  hw.wordBits = 32;
  hw.clockGHz = 2;
  EXPECT_DOUBLE_EQ(hw.wordsPerCycle(), 1.0);
  hw.wordBits = 12;
  EXPECT_FALSE(validateSystolicHardware(hw));
  EXPECT_NE(validateSystolicHardware(hw).message().find("8, 16 or 32"), std::string::npos);
}

TEST(SystolicModel, FillDrainAndDataflows) {
  SystolicLayer l = *makeSystolicConv({8, 8}, 2, 8, {3, 3}, 1);
  SystolicTiling t{2, {2, 2}};
  SystolicModelOptions os;
  Result<SystolicCost> steady = evaluateSystolic(l, smallHw(), t, SystolicOrder::RowMajor, os);
  os.fillDrain = true;
  Result<SystolicCost> filled = evaluateSystolic(l, smallHw(), t, SystolicOrder::RowMajor, os);
  // 8 tiles x (1 x 4) passes x 2(A-1) = 6 cycles.
  EXPECT_EQ(filled->computeCycles - steady->computeCycles, 8 * 4 * 6);
  SystolicModelOptions ws;
  ws.dataflow = SystolicDataflow::WeightStationary;
  Result<SystolicCost> w = evaluateSystolic(l, smallHw(), t, SystolicOrder::RowMajor, ws);
  // Reduction 18 on 4 rows: 18 / 20 utilisation.
  EXPECT_DOUBLE_EQ(w->arrayUtilization, 18.0 / 20.0);
  ws.fillDrain = true;
  Result<SystolicCost> wf = evaluateSystolic(l, smallHw(), t, SystolicOrder::RowMajor, ws);
  // 8 tiles x (5 x 1) passes x (2(A-1) + A) = 10 cycles.
  EXPECT_EQ(wf->computeCycles - w->computeCycles, 8 * 5 * 10);
}

TEST(SystolicModel, RejectsOverflowAndBadTilings) {
  SystolicLayer l = *makeSystolicConv({8, 8}, 2, 8, {3, 3}, 1);
  SystolicHardware hw = smallHw();
  // The smallest tile (1 channel, 1x1 pixel) needs 1 + 18 + 8 = 27 words.
  hw.bufferWords = 20;
  Result<SystolicCost> c = evaluateSystolic(l, hw, SystolicTiling{1, {1, 1}},
                                            SystolicOrder::RowMajor);
  ASSERT_FALSE(c);
  EXPECT_EQ(c.status().code(), StatusCode::GbufOverflow);
  EXPECT_FALSE(evaluateSystolic(l, smallHw(), SystolicTiling{9, {1, 1}}, SystolicOrder::RowMajor));
  EXPECT_FALSE(evaluateSystolic(l, smallHw(), SystolicTiling{1, {1}}, SystolicOrder::RowMajor));
  EXPECT_FALSE(makeSystolicConv({8}, 2, 8, {3}, 1));
  EXPECT_FALSE(makeSystolicConv({2, 2}, 2, 8, {3, 3}, 4));
  // Every search reports "no tiling" instead of crashing on a tiny buffer.
  for (SystolicSearchMethod m :
       {SystolicSearchMethod::Exhaustive, SystolicSearchMethod::Static,
        SystolicSearchMethod::Constrained, SystolicSearchMethod::Combined}) {
    SystolicSearchOptions o;
    o.method = m;
    Result<SystolicSchedule> s = searchSystolicLayer(l, hw, o);
    EXPECT_FALSE(s) << systolicSearchMethodName(m);
    EXPECT_EQ(s.status().code(), StatusCode::NoValidScheme) << systolicSearchMethodName(m);
  }
}

TEST(SystolicModel, SearchMethodNames) {
  for (const char *n : {"exhaustive", "static", "constrained", "combined"})
    EXPECT_STREQ(systolicSearchMethodName(*parseSystolicSearchMethod(n)), n);
  EXPECT_FALSE(parseSystolicSearchMethod("Exhaustive"));
}

// The tool's --static/--split/--combine flags use argparse type=bool, so
// "False" turns them on. Ours are plain values: every combination of
// scheduling choices is reachable and the "off" choices differ from "on".
TEST(SystolicModel, FlagsCanBeTurnedOff) {
  SystolicHardware hw;
  SystolicDeconv d{{60, 36}, {5, 5}, 2, 16, 32};
  SystolicSearchOptions o;
  o.method = SystolicSearchMethod::Exhaustive;
  Result<SystolicDeconvSchedule> up = searchSystolicDeconv(d, hw, o, DeconvScheduling::Upsample);
  Result<SystolicDeconvSchedule> split = searchSystolicDeconv(d, hw, o, DeconvScheduling::Split);
  Result<SystolicDeconvSchedule> comb =
      searchSystolicDeconv(d, hw, o, DeconvScheduling::SplitCombine);
  ASSERT_TRUE(up && split && comb);
  EXPECT_EQ(up->convs.size(), 1u);
  EXPECT_EQ(split->convs.size(), 4u);
  EXPECT_TRUE(comb->convs.empty());
  EXPECT_FALSE(comb->rounds.empty());
  // static off (exhaustive) vs on (static) are different searches.
  SystolicLayer l = *makeSystolicConv({120, 72}, 16, 64, {3, 3}, 1);
  Result<SystolicSchedule> ex = searchSystolicLayer(l, hw, o);
  o.method = SystolicSearchMethod::Static;
  Result<SystolicSchedule> st = searchSystolicLayer(l, hw, o);
  ASSERT_TRUE(ex && st);
  EXPECT_GT(ex->evaluations, st->evaluations);
}

// The tool crashes on even kernels (undefined names); here the phases of an
// even kernel are equal and every search handles them.
TEST(SystolicDeconvTest, EvenKernels) {
  EXPECT_EQ(deconvSubKernels({4, 4}, 2),
            (std::vector<std::vector<int64_t>>{{2, 2}, {2, 2}, {2, 2}, {2, 2}}));
  EXPECT_EQ(deconvSubKernels({4, 3}, 2),
            (std::vector<std::vector<int64_t>>{{2, 2}, {2, 1}, {2, 2}, {2, 1}}));
  EXPECT_EQ(deconvSubKernels({5}, 3), (std::vector<std::vector<int64_t>>{{2}, {2}, {1}}));
  EXPECT_EQ(deconvSubKernels({1, 1}, 2).size(), 4u);
  EXPECT_EQ(deconvSubKernels({1, 1}, 2)[3], (std::vector<int64_t>{0, 0}));
  SystolicHardware hw;
  SystolicDeconv d{{32, 32}, {4, 4}, 2, 64, 32};
  for (SystolicSearchMethod m :
       {SystolicSearchMethod::Exhaustive, SystolicSearchMethod::Static,
        SystolicSearchMethod::Constrained, SystolicSearchMethod::Combined})
    for (DeconvScheduling s : {DeconvScheduling::Upsample, DeconvScheduling::Split,
                               DeconvScheduling::SplitCombine}) {
      SystolicSearchOptions o;
      o.method = m;
      Result<SystolicDeconvSchedule> r = searchSystolicDeconv(d, hw, o, s);
      ASSERT_TRUE(r) << systolicSearchMethodName(m) << " " << static_cast<int>(s) << ": "
                     << r.status().message();
      EXPECT_GT(r->cycles, 0);
    }
  // A kernel smaller than the stride: phases without taps are skipped.
  SystolicSearchOptions o;
  Result<SystolicDeconvSchedule> k1 =
      searchSystolicDeconv(SystolicDeconv{{16, 16}, {1, 1}, 2, 8, 8}, hw, o,
                           DeconvScheduling::Split);
  ASSERT_TRUE(k1);
  EXPECT_EQ(k1->convs.size(), 1u);
}

// 3-D convolutions (C3D-like) through every search.
TEST(SystolicModel, ThreeDimensionalConv) {
  SystolicHardware hw;
  Result<SystolicLayer> l = makeSystolicConv({56, 56, 16}, 64, 128, {3, 3, 3}, 1);
  ASSERT_TRUE(l);
  EXPECT_EQ(l->macs(), 56.0 * 56 * 16 * 128 * 64 * 27);
  for (SystolicSearchMethod m :
       {SystolicSearchMethod::Exhaustive, SystolicSearchMethod::Static,
        SystolicSearchMethod::Constrained, SystolicSearchMethod::Combined}) {
    SystolicSearchOptions o;
    o.method = m;
    Result<SystolicSchedule> s = searchSystolicLayer(*l, hw, o);
    ASSERT_TRUE(s) << systolicSearchMethodName(m) << ": " << s.status().message();
    EXPECT_EQ(s->cost.spatialTile.size(), 3u);
    EXPECT_LE(s->cost.bufferUtilization, 1.0);
    // Never faster than the array at full utilisation.
    EXPECT_GE(s->cost.cycles, std::round(l->macs() / 256));
  }
  SystolicSearchOptions o;
  Result<SystolicDeconvSchedule> d = searchSystolicDeconv(
      SystolicDeconv{{14, 14, 4}, {3, 3, 3}, 2, 64, 32}, hw, o, DeconvScheduling::Split);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->convs.size(), 8u);
}

// goal = Traffic ranks by DRAM traffic first: on every search the traffic is no higher than
// with the tool's latency-first ranking, and the latency-first cycles no higher than its.
TEST(SystolicModel, TrafficGoal) {
  SystolicCost fast, lean;
  fast.cycles = 10, fast.transfer = 200;
  lean.cycles = 20, lean.transfer = 100;
  EXPECT_TRUE(systolicBetter(fast, lean));
  EXPECT_FALSE(systolicBetter(lean, fast));
  EXPECT_TRUE(systolicBetter(lean, fast, SystolicGoal::Traffic));
  EXPECT_FALSE(systolicBetter(fast, lean, SystolicGoal::Traffic));
  SystolicHardware hw;
  Result<SystolicLayer> l = makeSystolicConv({56, 56}, 64, 128, {3, 3}, 1);
  ASSERT_TRUE(l);
  for (SystolicSearchMethod m : {SystolicSearchMethod::Exhaustive, SystolicSearchMethod::Static,
                                 SystolicSearchMethod::Constrained}) {
    SystolicSearchOptions latency, traffic;
    latency.method = traffic.method = m;
    traffic.model.goal = SystolicGoal::Traffic;
    Result<SystolicSchedule> a = searchSystolicLayer(*l, hw, latency);
    Result<SystolicSchedule> b = searchSystolicLayer(*l, hw, traffic);
    ASSERT_TRUE(a && b) << systolicSearchMethodName(m);
    EXPECT_LE(b->cost.transfer, a->cost.transfer) << systolicSearchMethodName(m);
    EXPECT_LE(a->cost.cycles, b->cost.cycles) << systolicSearchMethodName(m);
  }
}

} // namespace
