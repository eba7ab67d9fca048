//===- TrapsTest.cpp - One test per trap of docs/cost-model.md ------------===//
#include "Dataflow/CostModel/Eyeriss/LayerSearch.h"
#include "Dataflow/CostModel/Eyeriss/LoopBlockingScheme.h"
#include "Dataflow/CostModel/Eyeriss/RowStationaryMapping.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace dataflow::cost;

namespace {

Hardware hw16() {
  Hardware hw;
  hw.gbufWords = 65536;
  hw.regfWords = 256;
  hw.cost.nocHop = 0;
  return hw;
}

LoopBlocking trivialBlocking() { return LoopBlocking(); }

// Trap: the CLI allows bypass by default but the library default (used by the
// verification test) does not. Our Options default is the library's.
TEST(Traps, LibraryDefaultDisallowsBypass) {
  const Options o;
  EXPECT_FALSE(o.bypassAllowed[kFil]);
  EXPECT_FALSE(o.bypassAllowed[kIfm]);
  EXPECT_FALSE(o.bypassAllowed[kOfm]);
  // With the default, every category is stored in GBUF even without reuse.
  Result<SchemeCost> r = evaluateScheme(makeConv("c", 1, 1, 2, 2, 3, 3, 1, 1, 1), hw16(),
                                        SchemeChoice{0, trivialBlocking(), std::nullopt}, o);
  ASSERT_TRUE(r.isOk());
  EXPECT_EQ(r->gbufStored, (std::array<bool, 3>{true, true, true}));
}

// Trap: OFM fetches are 2f-1 (read + write of partial sums).
TEST(Traps, OfmFetchIsTwoFMinusOne) {
  // conv C=4, M=1: put I = 4 at level 0 outside nothing, O,B trivial: OFM dims
  // trivial at level 0 -> 1; at level 1 make O... use I at level 0 and O at
  // level 0 inner: OFM j = O, I outside -> f = 4 -> 7.
  const Layer l = makeConv("c", 4, 4, 2, 2, 1, 1, 1, 1, 1);
  Hardware hw = hw16();
  hw.arrayH = hw.arrayW = 2; // R=1 on 2 rows: repl_h 2 -> candidates
  Result<RowStationaryMapping> m = mapRowStationary(l, hw);
  ASSERT_TRUE(m.isOk());
  // Pick the candidate with ifms = 1 so that L_I = 4.
  int idx = -1;
  for (const MappingCandidate &c : m->candidates)
    if (c.ifms == 1)
      idx = c.index;
  ASSERT_GE(idx, 0);
  const MappingCandidate &c = m->candidates[size_t(idx)];
  LoopBlocking b;
  b.t[0] = {c.loopCount[kLoopI], c.loopCount[kLoopO], 1};
  b.t[1] = {1, 1, 1};
  b.t[2] = {1, 1, c.loopCount[kLoopB]};
  b.order[0] = {1, 0, 2}; // O innermost, I outside it
  Result<SchemeCost> r = evaluateScheme(l, hw, SchemeChoice{idx, b, std::nullopt}, Options());
  ASSERT_TRUE(r.isOk()) << r.status().message();
  ASSERT_GT(c.loopCount[kLoopO], 1);
  EXPECT_EQ(r->fetch[0][kOfm], 2 * c.loopCount[kLoopI] - 1);
  EXPECT_EQ(r->fetch[0][kFil], 1);
}

/// R = 3 on 2 PE rows folds 2x (fold_h = 2); trivial blocking, fetch 1
/// everywhere, so every category allowed to bypass does.
Result<SchemeCost> foldedTinyConv(bool bypass) {
  Hardware hw = hw16();
  hw.arrayH = 2;
  hw.arrayW = 4;
  Options o;
  if (bypass)
    o.bypassAllowed = {true, true, true};
  return evaluateScheme(makeConv("c", 1, 1, 2, 2, 3, 3, 1, 1, 1), hw,
                        SchemeChoice{0, trivialBlocking(), std::nullopt}, o);
}

// Trap: ITCN is charged even when GBUF is bypassed.
TEST(Traps, ItcnChargedWhenGbufBypassed) {
  Result<SchemeCost> r = foldedTinyConv(true);
  ASSERT_TRUE(r.isOk());
  EXPECT_EQ(r->gbufStored, (std::array<bool, 3>{false, false, false}));
  EXPECT_EQ(r->access[kGbuf], (PerData{0, 0, 0}));
  EXPECT_DOUBLE_EQ(r->access[kItcn][kIfm], 32); // Win*P*fold_h = 4*4*2
  EXPECT_DOUBLE_EQ(r->access[kItcn][kFil], 24); // S*P*fold_h = 3*4*2
  Result<SchemeCost> s = foldedTinyConv(false);
  ASSERT_TRUE(s.isOk());
  EXPECT_EQ(s->access[kItcn], r->access[kItcn]);
}

// Trap: bypassed DRAM traffic uses the GBUF unit access (with its fold_h
// factor), stored data the DRAM unit access.
TEST(Traps, BypassedDramUsesGbufUnitAccess) {
  Result<SchemeCost> r = foldedTinyConv(true);
  ASSERT_TRUE(r.isOk());
  EXPECT_DOUBLE_EQ(r->access[kDram][kIfm], 32); // Hacc*Win*fold_h, not Hacc*Win = 16
  EXPECT_DOUBLE_EQ(r->access[kDram][kOfm], 8);  // Ef*F*fold_h
  Result<SchemeCost> s = foldedTinyConv(false);
  ASSERT_TRUE(s.isOk());
  EXPECT_DOUBLE_EQ(s->access[kDram][kIfm], 16);
  EXPECT_DOUBLE_EQ(s->access[kDram][kOfm], 4);
}

// Trap: blocking candidates are ranked by access cost only (no op, NoC or
// static cost); layer schedules by full cost.
TEST(Traps, BlockingRankedByAccessCostOnly) {
  SchemeCost a, b;
  a.accessCost = 10; a.time.total = 100; a.energy.stat = 50; a.energy.total = 60;
  b.accessCost = 11; b.time.total = 10;  b.energy.stat = 5;  b.energy.total = 16;
  EXPECT_TRUE(blockingBetter(a, b, Goal::Energy));
  EXPECT_FALSE(scheduleBetter(a, b, Goal::Energy));
  // Equal access cost: time breaks the tie.
  b.accessCost = 10;
  EXPECT_FALSE(blockingBetter(a, b, Goal::Energy));
  EXPECT_TRUE(blockingBetter(b, a, Goal::Energy));
}

// Same trap, end to end: with a DRAM-bandwidth-bound time and a large static
// energy, the top-1 blocking (least access cost) is not the schedule of least
// total cost, which a wider top-N does find (the tool behaves the same way).
TEST(Traps, TopOneBlockingMissesCheaperTotal) {
  Hardware hw = hw16();
  hw.dramBandwidth = 0.05;
  hw.cost.idlUnit = 1000;
  const Layer conv2 = makeConv("conv2", 48, 128, 27, 27, 5, 5, 1, 1, 16);
  Options one, many;
  many.topN = 1000000;
  Result<LayerSchedule> r1 = searchLayer(conv2, hw, one);
  Result<LayerSchedule> rn = searchLayer(conv2, hw, many);
  ASSERT_TRUE(r1.isOk());
  ASSERT_TRUE(rn.isOk());
  ASSERT_EQ(r1->mapping.candidates.size(), 1u);
  double minAccess = rn->schemes[0].accessCost;
  for (const SchemeCost &s : rn->schemes)
    minAccess = std::min(minAccess, s.accessCost);
  EXPECT_EQ(r1->schemes[0].accessCost, minAccess);
  EXPECT_LT(rn->schemes[0].energy.total, r1->schemes[0].energy.total);
}

// Trap: the replication "running minimum" emits dominated candidates: with
// repl_h = 2, C = 4, M = 1 the split (1,2) gives L = (4,1,N) and is emitted
// before (2,1) with L = (2,1,N).
TEST(Traps, ReplicationRunningMinimumEmitsDominatedCandidate) {
  Hardware hw = hw16(); // 16x16
  const Layer l = makeConv("c", 4, 1, 16, 16, 8, 8, 1, 1, 2);
  Result<RowStationaryMapping> m = mapRowStationary(l, hw);
  ASSERT_TRUE(m.isOk());
  EXPECT_EQ(m->folding.replH, 2);
  EXPECT_EQ(m->folding.replW, 1);
  ASSERT_EQ(m->candidates.size(), 2u);
  EXPECT_EQ(m->candidates[0].loopCount, (PerLoopInt{4, 1, 2}));
  EXPECT_EQ(m->candidates[1].loopCount, (PerLoopInt{2, 1, 2}));
  // A later, worse split is not emitted: C = 1, M = 8: (1,2) -> L (1,4,N);
  // (2,1) -> ifms = min(2, 1) = 1, ofms = 1 -> L (1,8,N): skipped.
  Result<RowStationaryMapping> m2 =
      mapRowStationary(makeConv("c", 1, 8, 16, 16, 8, 8, 1, 1, 2), hw);
  ASSERT_TRUE(m2.isOk());
  ASSERT_EQ(m2->candidates.size(), 1u);
  EXPECT_EQ(m2->candidates[0].loopCount, (PerLoopInt{1, 4, 2}));
}

// Trap: util <= 0.5 aborts the tool. Ours maps it, flags it, and the search
// still returns a valid scheme (documented in docs/cost-model.md).
TEST(Traps, LowUtilizationStillScheduled) {
  const Layer l = makeConv("c", 8, 8, 9, 9, 9, 9, 1, 1, 2); // 9x9 set on 16x16
  Result<RowStationaryMapping> m = mapRowStationary(l, hw16());
  ASSERT_TRUE(m.isOk());
  EXPECT_DOUBLE_EQ(m->folding.utilization, 81.0 / 256);
  EXPECT_TRUE(m->folding.belowReferenceUtilization);
  Result<LayerSchedule> r = searchLayer(l, hw16(), Options());
  ASSERT_TRUE(r.isOk()) << r.status().message();
  ASSERT_FALSE(r->schemes.empty());
  EXPECT_DOUBLE_EQ(r->schemes[0].ops, l.totalOps());
  // Just above the threshold is not flagged.
  Result<RowStationaryMapping> ok =
      mapRowStationary(makeConv("c", 8, 8, 13, 13, 3, 3, 1, 1, 2), hw16());
  ASSERT_TRUE(ok.isOk());
  EXPECT_FALSE(ok->folding.belowReferenceUtilization);
}

// Trap: element-wise layers count one input channel per output channel.
TEST(Traps, EltwiseCountsOneInputChannel) {
  const Layer l = makeEltwise("add", 4, 4, 4, 2, 2); // M=4, 4x4, nreg=2, N=2
  EXPECT_EQ(l.C, 8);
  Result<RowStationaryMapping> m = mapRowStationary(l, hw16());
  ASSERT_TRUE(m.isOk());
  const MappingCandidate &c = m->candidates.at(0);
  // Total DRAM ifmap words over the layer: M*hifm*wifm*N, not C*...
  EXPECT_DOUBLE_EQ(c.totalAccess(kDram, kIfm), 4.0 * 4 * 4 * 2);
  // Ops do count nreg: M*E*F*nreg*N (R = S = 1).
  double lc = 1;
  for (int64_t v : c.loopCount)
    lc *= double(v);
  EXPECT_DOUBLE_EQ(c.unitOps * lc, 4.0 * 4 * 4 * 2 * 2);
  EXPECT_DOUBLE_EQ(l.totalOps(), 4.0 * 4 * 4 * 2 * 2);
}

} // namespace
