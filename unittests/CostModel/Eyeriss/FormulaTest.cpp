//===- FormulaTest.cpp - Hand-checkable cases of every formula ------------===//
//
// Small cases worked out by hand from docs/cost-model.md §3-§4, and the conv1
// hand check and ISCA'16 Fig. 10 figures of §7.
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/Eyeriss/LayerSearch.h"
#include "Dataflow/CostModel/Eyeriss/LoopBlockingScheme.h"
#include "Dataflow/CostModel/Eyeriss/RowStationaryMapping.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

using namespace dataflow::cost;

namespace {

/// 4x4 array, GBUF 1000 words, REGF 64 words, ISCA'16 unit costs.
Hardware tinyHw() {
  Hardware hw;
  hw.arrayH = 4;
  hw.arrayW = 4;
  hw.gbufWords = 1000;
  hw.regfWords = 64;
  hw.cost.macOp = 1;
  hw.cost.memHier = {200, 6, 2, 1};
  hw.cost.nocHop = 0;
  hw.cost.idlUnit = 0;
  return hw;
}

/// C=2, M=4, 4x4 ofmap, 3x3 filter, stride 1, batch 2.
Layer tinyConv() { return makeConv("tiny", 2, 4, 4, 4, 3, 3, 1, 1, 2); }

/// t0 = (2,1,1), t1 = (1,4,1), t2 = (1,1,2), both orders I < O < B.
LoopBlocking tinyBlocking() {
  LoopBlocking b;
  b.t[0] = {2, 1, 1};
  b.t[1] = {1, 4, 1};
  b.t[2] = {1, 1, 2};
  b.order = {LoopOrder{0, 1, 2}, LoopOrder{0, 1, 2}};
  return b;
}

// §3.1-3.3 on the tiny conv: logical set 3x4 fits a 4x4 array without folding;
// repl = (4//3, 4//4) = (1, 1); P = 12; Ef = Eb = 4, Win = Hacc = Hbuf = 6.
TEST(RowStationaryFormula, UnitPassOfTinyConv) {
  Result<RowStationaryMapping> m = mapRowStationary(tinyConv(), tinyHw());
  ASSERT_TRUE(m.isOk()) << m.status().message();
  const ArrayFolding &f = m->folding;
  EXPECT_EQ(f.foldH, 1);
  EXPECT_EQ(f.foldW, 1);
  EXPECT_EQ(f.replH, 1);
  EXPECT_EQ(f.replW, 1);
  EXPECT_EQ(f.foldedPes, 12);
  EXPECT_DOUBLE_EQ(f.utilization, 0.75);
  EXPECT_DOUBLE_EQ(m->unitPassOps, 144);   // Ef*F*R*S = 4*4*3*3
  EXPECT_EQ(m->unitPassTime, 12);          // fold_h*S*F = 1*3*4
  ASSERT_EQ(m->candidates.size(), 1u);
  const MappingCandidate &c = m->candidates[0];
  EXPECT_EQ(c.loopCount, (PerLoopInt{2, 4, 2}));
  EXPECT_EQ(c.replCount, (PerDataInt{1, 1, 1}));
  EXPECT_EQ(c.gbufUnitSize, (PerDataInt{9, 36, 16}));   // R*S, Hbuf*Win, Eb*F
  EXPECT_EQ(c.regfUnitSize, (PerDataInt{3, 3, 1}));     // S, S, 1
  EXPECT_EQ(c.unitAccess[kDram], (PerData{9, 36, 16}));  // R*S, Hacc*Win, Ef*F
  EXPECT_EQ(c.unitAccess[kGbuf], (PerData{9, 36, 16}));  // x fold_h = 1
  EXPECT_EQ(c.unitAccess[kItcn], (PerData{36, 72, 48})); // (S, Win, F) * P * fold_h
  EXPECT_EQ(c.unitAccess[kRegf], (PerData{144, 144, 144}));
  // Total ops preserved: unit ops * prod(L) = M*E*F*R*S*C*N.
  EXPECT_DOUBLE_EQ(c.unitOps * 16, tinyConv().totalOps());
}

// §3.2 folding: R = 3 on 16 rows replicates 5x; E = 20 > 16 folds 2x, and
// repl_h absorbs the width fold: k = min(5, 2) = 2 -> fold_w 1, repl_h 2.
TEST(RowStationaryFormula, WidthFoldAbsorbedByHeightReplication) {
  Hardware hw = tinyHw();
  hw.arrayH = hw.arrayW = 16;
  Result<RowStationaryMapping> m =
      mapRowStationary(makeConv("c", 8, 8, 20, 20, 3, 3, 1, 1, 1), hw);
  ASSERT_TRUE(m.isOk());
  EXPECT_EQ(m->folding.foldW, 1);
  EXPECT_EQ(m->folding.replH, 2);
  EXPECT_EQ(m->folding.replW, 1);
  EXPECT_EQ(m->folding.foldedPes, 60); // ceil(3/1) * ceil(20/1)
  EXPECT_DOUBLE_EQ(m->folding.utilization, 3.0 * 20 * 2 / 256);
}

// §3.2-3.3 height folding: R = 3 on 2 rows folds 2x; P = ceil(3/2)*2 = 4;
// GBUF IFM = Hacc*Win*fold_h = 4*4*2; ITCN IFM = Win*P*fold_h = 32.
TEST(RowStationaryFormula, HeightFold) {
  Hardware hw = tinyHw();
  hw.arrayH = 2;
  Result<RowStationaryMapping> m =
      mapRowStationary(makeConv("c", 1, 1, 2, 2, 3, 3, 1, 1, 1), hw);
  ASSERT_TRUE(m.isOk());
  EXPECT_EQ(m->folding.foldH, 2);
  EXPECT_EQ(m->folding.replW, 2);
  EXPECT_EQ(m->folding.foldedPes, 4);
  const MappingCandidate &c = m->candidates.at(0);
  EXPECT_EQ(m->unitPassTime, 2 * 3 * 2); // fold_h*S*F
  EXPECT_DOUBLE_EQ(c.unitAccess[kDram][kIfm], 16);
  EXPECT_DOUBLE_EQ(c.unitAccess[kGbuf][kIfm], 32);
  EXPECT_DOUBLE_EQ(c.unitAccess[kItcn][kIfm], 32);
  EXPECT_DOUBLE_EQ(c.unitAccess[kGbuf][kOfm], 8); // Ef*F*fold_h
}

// §4 on the tiny conv, worked by hand:
//  fetch[0] = (1, 1, 1): OFM dims trivial at level 0, so it stays in GBUF;
//  fetch[1] OFM: j = O, unrelated I (t0 = 2) inside O -> f = 2 -> 2f-1 = 3.
//  GBUF footprint 4*9 + 2*36 + 8*16 = 236; REGF 1*3 + 2*3 + 2*1 = 11.
//  DRAM (72, 144, 128); GBUF (72, 144, 384); ITCN (288, 288, 1152);
//  REGF 2304 * (1, 1, 2); cost 200*344 + 6*600 + 2*1728 + 9216 + 2304 = 87376.
TEST(LoopBlockingFormula, TinyConvByHand) {
  Result<SchemeCost> r =
      evaluateScheme(tinyConv(), tinyHw(), SchemeChoice{0, tinyBlocking(), std::nullopt},
                     Options());
  ASSERT_TRUE(r.isOk()) << r.status().message();
  const SchemeCost &s = *r;
  EXPECT_EQ(s.fetch[0], (PerDataInt{1, 1, 1}));
  EXPECT_EQ(s.fetch[1], (PerDataInt{1, 1, 3}));
  EXPECT_EQ(s.unitCount[0], (PerDataInt{4, 2, 8}));
  EXPECT_EQ(s.unitCount[1], (PerDataInt{1, 2, 2}));
  EXPECT_EQ(s.footprint[0], (PerDataInt{36, 72, 128}));
  EXPECT_EQ(s.footprint[1], (PerDataInt{3, 6, 2}));
  EXPECT_EQ(s.access[kDram], (PerData{72, 144, 128}));
  EXPECT_EQ(s.access[kGbuf], (PerData{72, 144, 384}));
  EXPECT_EQ(s.access[kItcn], (PerData{288, 288, 1152}));
  EXPECT_EQ(s.access[kRegf], (PerData{2304, 2304, 4608}));
  EXPECT_DOUBLE_EQ(s.ops, 2304);
  EXPECT_EQ(s.time.proc, 192); // unit_time 12 * lcnt 16
  EXPECT_EQ(s.time.total, 192);
  EXPECT_DOUBLE_EQ(s.energy.dram, 68800);
  EXPECT_DOUBLE_EQ(s.energy.gbuf, 3600);
  EXPECT_DOUBLE_EQ(s.energy.itcn, 3456);
  EXPECT_DOUBLE_EQ(s.energy.regf, 9216);
  EXPECT_DOUBLE_EQ(s.accessCost, 85072);
  EXPECT_DOUBLE_EQ(s.energy.total, 87376);
}

// §4 fetch: level 0 t0 = (2,2,1), I innermost: FIL j = I, unrelated B
// trivial -> 1; IFM j = I, O outside -> 2; OFM j = O, I inside -> 1 -> 1.
TEST(LoopBlockingFormula, FetchCountsFollowOrders) {
  LoopBlocking b;
  b.t[0] = {2, 2, 1};
  b.t[1] = {1, 2, 2};
  b.t[2] = {1, 1, 1};
  b.order = {LoopOrder{0, 1, 2}, LoopOrder{1, 0, 2}};
  Result<SchemeCost> r =
      evaluateScheme(tinyConv(), tinyHw(), SchemeChoice{0, b, std::nullopt}, Options());
  ASSERT_TRUE(r.isOk()) << r.status().message();
  EXPECT_EQ(r->fetch[0], (PerDataInt{1, 2, 1}));
  // Level 1 (t1 = (1,2,2), O innermost, I next, B outermost): FIL j = O, B outside
  // -> t0[B]*t1[B] = 2; IFM j = B, O inside -> t0[O] = 2; OFM j = O, I
  // unrelated -> t0[I] = 2 -> 3.
  EXPECT_EQ(r->fetch[1], (PerDataInt{2, 2, 3}));
  // Swapping the level-1 order to B inside O: FIL j = O with B inside -> 1;
  // IFM j = B, O outside -> t0[O]*t1[O] = 4; OFM j = B, I inside -> 2 -> 3.
  b.order[1] = LoopOrder{0, 2, 1};
  r = evaluateScheme(tinyConv(), tinyHw(), SchemeChoice{0, b, std::nullopt}, Options());
  ASSERT_TRUE(r.isOk());
  EXPECT_EQ(r->fetch[1], (PerDataInt{1, 4, 3}));
}

// §4 time: finite bus width and DRAM bandwidth bound the time.
TEST(LoopBlockingFormula, BusAndDramBounds) {
  Hardware hw = tinyHw();
  hw.arrayBusWidth = 0.25;  // max GBUF 384 / 0.25 = 1536 cycles
  hw.dramBandwidth = 0.125; // DRAM 344 / 0.125 = 2752 cycles
  Result<SchemeCost> r =
      evaluateScheme(tinyConv(), hw, SchemeChoice{0, tinyBlocking(), std::nullopt}, Options());
  ASSERT_TRUE(r.isOk());
  EXPECT_EQ(r->time.proc, 192);
  EXPECT_EQ(r->time.bus, 1536);
  EXPECT_EQ(r->time.dram, 2752);
  EXPECT_EQ(r->time.total, 2752);
}

// §4 capacity: the REGF footprint of t2 = (1,1,2) is 11 words; with 8 words
// the scheme is rejected with a reason naming both figures.
TEST(LoopBlockingFormula, RegfCapacityReason) {
  Hardware hw = tinyHw();
  hw.regfWords = 8;
  Result<SchemeCost> r =
      evaluateScheme(tinyConv(), hw, SchemeChoice{0, tinyBlocking(), std::nullopt}, Options());
  ASSERT_FALSE(r.isOk());
  EXPECT_EQ(r.status().code(), StatusCode::RegfOverflow);
  EXPECT_NE(r.status().message().find("needs 11 words per PE, has 8"), std::string::npos)
      << r.status().message();
}

TEST(LoopBlockingFormula, GbufCapacityReason) {
  Hardware hw = tinyHw();
  hw.gbufWords = 200; // footprint 236
  Result<SchemeCost> r =
      evaluateScheme(tinyConv(), hw, SchemeChoice{0, tinyBlocking(), std::nullopt}, Options());
  ASSERT_FALSE(r.isOk());
  EXPECT_EQ(r.status().code(), StatusCode::GbufOverflow);
  EXPECT_NE(r.status().message().find("236"), std::string::npos) << r.status().message();
}

// §4 partition inputs: n nodes multiply accesses and ops; fwd divides DRAM;
// share divides (ceil) the GBUF footprint.
TEST(LoopBlockingFormula, PartitionFactors) {
  Options o;
  o.partition.numNodes = 4;
  o.partition.fwd = {2, 1, 1};
  o.partition.share = {3, 1, 1};
  Result<SchemeCost> r =
      evaluateScheme(tinyConv(), tinyHw(), SchemeChoice{0, tinyBlocking(), std::nullopt}, o);
  ASSERT_TRUE(r.isOk());
  EXPECT_EQ(r->access[kDram], (PerData{72 * 4 / 2.0, 144 * 4, 128 * 4}));
  EXPECT_DOUBLE_EQ(r->ops, 2304 * 4);
  EXPECT_EQ(r->footprint[0][kFil], 12); // ceil(36 / 3)
  EXPECT_EQ(r->time.proc, 192);         // per node
}

// §7 conv1 hand check: fold (1,4), repl (1,1), L = (3,48,64), unit ops
// 91506.25, unit time 605; t_I = (1,1,3), t_O = (3,16,1), t_B = (64,1,1)
// gives fetch[0] = (64,1,1), DRAM (1115136, 2702208, 2323200), 5575680 cycles.
TEST(VerificationCase, Conv1HandCheck) {
  Hardware hw;
  hw.gbufWords = 131072 / 2;
  hw.regfWords = 512 / 2;
  hw.cost.nocHop = 0;
  const Layer conv1 = makeConv("conv1_a", 3, 48, 55, 55, 11, 11, 4, 4, 16);
  Result<RowStationaryMapping> m = mapRowStationary(conv1, hw);
  ASSERT_TRUE(m.isOk());
  EXPECT_EQ(m->folding.foldH, 1);
  EXPECT_EQ(m->folding.foldW, 4);
  EXPECT_EQ(m->folding.replH, 1);
  EXPECT_EQ(m->folding.replW, 1);
  ASSERT_EQ(m->candidates.size(), 1u);
  EXPECT_EQ(m->candidates[0].loopCount, (PerLoopInt{3, 48, 64}));
  EXPECT_DOUBLE_EQ(m->candidates[0].unitOps, 91506.25);
  EXPECT_EQ(m->candidates[0].unitTime, 605);
  LoopBlocking b;
  b.t[0] = {1, 3, 64};
  b.t[1] = {1, 16, 1};
  b.t[2] = {3, 1, 1};
  b.order = {LoopOrder{2, 0, 1}, LoopOrder{1, 0, 2}};
  Result<SchemeCost> r = evaluateScheme(conv1, hw, SchemeChoice{0, b, std::nullopt}, Options());
  ASSERT_TRUE(r.isOk()) << r.status().message();
  EXPECT_EQ(r->fetch[0], (PerDataInt{64, 1, 1}));
  EXPECT_DOUBLE_EQ(r->access[kDram][kFil], 1115136);
  EXPECT_DOUBLE_EQ(r->access[kDram][kIfm], 2702208);
  EXPECT_DOUBLE_EQ(r->access[kDram][kOfm], 2323200);
  EXPECT_EQ(r->time.total, 5575680);
}

// §7 Eyeriss ISCA'16 Fig. 10 (nn_dataflow's own test): ALU / DRAM / REGF
// energy per layer, both towers summed, in 1e9 units, within 0.1 absolute.
TEST(VerificationCase, IscaFig10Energies) {
  Hardware hw;
  hw.gbufWords = 131072 / 2;
  hw.regfWords = 512 / 2;
  hw.cost.nocHop = 0;
  const int64_t N = 16;
  struct Row { Layer layer; int towers; double alu, dram, regf; };
  const Row rows[] = {
      {makeConv("conv1", 3, 48, 55, 55, 11, 11, 4, 4, N), 2, 1.69, 2.46, 6.75},
      {makeConv("conv2", 48, 128, 27, 27, 5, 5, 1, 1, N), 2, 3.58, 2.27, 14.33},
      {makeConv("conv3", 256, 192, 13, 13, 3, 3, 1, 1, N), 2, 2.39, 2.02, 9.57},
      {makeConv("conv4", 192, 192, 13, 13, 3, 3, 1, 1, N), 2, 1.79, 1.57, 7.18},
      {makeConv("conv5", 192, 128, 13, 13, 3, 3, 1, 1, N), 2, 1.20, 1.05, 4.78},
      {makeFC("fc1", 256, 4096, 6, 6, N), 1, 0.60, 7.78, 2.42},
      {makeFC("fc2", 4096, 4096, 1, 1, N), 1, 0.27, 3.39, 1.07},
      {makeFC("fc3", 4096, 1000, 1, 1, N), 1, 0.07, 0.84, 0.26},
  };
  for (const Row &row : rows) {
    SCOPED_TRACE(row.layer.name);
    Result<LayerSchedule> r = searchLayer(row.layer, hw, Options());
    ASSERT_TRUE(r.isOk()) << r.status().message();
    const SchemeCost &s = r->schemes.front();
    EXPECT_NEAR(s.energy.mac * row.towers / 1e9, row.alu, 0.1);
    EXPECT_NEAR(s.energy.dram * row.towers / 1e9, row.dram, 0.1);
    EXPECT_NEAR(s.energy.regf * row.towers / 1e9, row.regf, 0.1);
  }
}

} // namespace
