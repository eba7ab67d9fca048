//===- SearchApiTest.cpp - Entry points, pins, solver, reductions ---------===//
#include "Dataflow/CostModel/Eyeriss/BypassSolver.h"
#include "Dataflow/CostModel/Eyeriss/LayerSearch.h"
#include "Dataflow/CostModel/Eyeriss/LoopBlockingSearch.h"

#include "EyerissFixture.h"

#include <gtest/gtest.h>

#include <cstring>
#include <limits>

using namespace dataflow::cost;

namespace {

using fixtures::conv3;
using fixtures::eyeriss;

bool sameFigures(const SchemeCost &a, const SchemeCost &b) {
  return a.energy.total == b.energy.total && a.accessCost == b.accessCost &&
         a.time.total == b.time.total && a.ops == b.ops && a.access == b.access &&
         a.fetch == b.fetch && a.gbufStored == b.gbufStored && a.footprint == b.footprint;
}

// evaluateScheme re-costs what searchLayer reported with bit-identical figures.
TEST(SearchApi, EvaluateReproducesSearchBitForBit) {
  Options o;
  o.topN = 3;
  o.bypassAllowed = {true, true, true};
  Result<LayerSchedule> r = searchLayer(conv3(), eyeriss(), o);
  ASSERT_TRUE(r.isOk()) << r.status().message();
  ASSERT_EQ(r->schemes.size(), 3u);
  for (const SchemeCost &s : r->schemes) {
    Result<SchemeCost> e = evaluateScheme(
        conv3(), eyeriss(), SchemeChoice{s.mappingCandidate, s.blocking, std::nullopt}, o);
    ASSERT_TRUE(e.isOk());
    EXPECT_TRUE(sameFigures(*e, s));
    // Explicit residency flags equal to the decision give the same figures.
    Result<SchemeCost> f = evaluateScheme(
        conv3(), eyeriss(), SchemeChoice{s.mappingCandidate, s.blocking, s.gbufStored}, o);
    ASSERT_TRUE(f.isOk());
    EXPECT_TRUE(sameFigures(*f, s));
  }
  // Best first.
  EXPECT_LE(r->schemes[0].energy.total, r->schemes[1].energy.total);
  EXPECT_LE(r->schemes[1].energy.total, r->schemes[2].energy.total);
}

// Pins: a fixed mapping candidate, fixed factors and a fixed order; the
// search fills in the rest and every returned scheme honours the pins.
TEST(SearchApi, PinsAreHonoured) {
  Options o;
  o.pins.mappingCandidate = 0; // ifms 1, ofms 5: L = (256, 39, 16)
  o.pins.factors[0][kLoopB] = 4;
  o.pins.factors[2][kLoopO] = 13;
  o.pins.orders[1] = LoopOrder{0, 1, 2};
  o.topN = 4;
  Result<LayerSchedule> r = searchLayer(conv3(), eyeriss(), o);
  ASSERT_TRUE(r.isOk()) << r.status().message();
  ASSERT_FALSE(r->schemes.empty());
  for (const SchemeCost &s : r->schemes) {
    EXPECT_EQ(s.mappingCandidate, 0);
    EXPECT_EQ(s.blocking.t[0][kLoopB], 4);
    EXPECT_EQ(s.blocking.t[2][kLoopO], 13);
    EXPECT_EQ(s.blocking.order[1], (LoopOrder{0, 1, 2}));
  }
  // Unpinned search is at least as good.
  Result<LayerSchedule> free = searchLayer(conv3(), eyeriss(), Options());
  ASSERT_TRUE(free.isOk());
  EXPECT_LE(free->schemes[0].energy.total, r->schemes[0].energy.total);
}

TEST(SearchApi, ImpossiblePinsGiveAClearStatus) {
  Options o;
  o.pins.factors[2] = {256, 192, 16}; // everything in the register file
  Result<LayerSchedule> r = searchLayer(conv3(), eyeriss(), o);
  ASSERT_FALSE(r.isOk());
  EXPECT_EQ(r.status().code(), StatusCode::NoValidScheme);
  // Neither processing pass (1x5: L_O = 39; 5x1: L_I = 52) can take these factors.
  EXPECT_NE(r.status().message().find("the pinned factors of loop O multiply to 192, which "
                                      "does not divide its trip count 39"),
            std::string::npos)
      << r.status().message();
  // Factors that divide but overflow the register file: the buffers are named.
  Options big;
  big.pins.mappingCandidate = 0;
  big.pins.factors[2] = {256, 1, 16};
  Result<LayerSchedule> rb = searchLayer(conv3(), eyeriss(), big);
  ASSERT_FALSE(rb.isOk());
  EXPECT_NE(rb.status().message().find("no blocking scheme fits the buffers"), std::string::npos)
      << rb.status().message();
  EXPECT_NE(rb.status().message().find("with the pinned choices"), std::string::npos);
  Options bad;
  bad.pins.mappingCandidate = 7;
  Result<LayerSchedule> r2 = searchLayer(conv3(), eyeriss(), bad);
  ASSERT_FALSE(r2.isOk());
  EXPECT_EQ(r2.status().code(), StatusCode::InvalidArgument);
}

// Pinned factors whose product does not fit int64 (a fuzz input's INT64_MAX and 16 on one
// loop; UBSan: signed overflow in the diagnosis) divide no trip count.
TEST(SearchApi, PinnedFactorsPastInt64GiveAClearStatus) {
  Options o;
  o.pins.factors[0][kLoopO] = std::numeric_limits<int64_t>::max();
  o.pins.factors[1][kLoopO] = 16;
  Result<LayerSchedule> r = searchLayer(conv3(), eyeriss(), o);
  ASSERT_FALSE(r.isOk());
  EXPECT_EQ(r.status().code(), StatusCode::NoValidScheme);
  EXPECT_NE(r.status().message().find("the pinned factors of loop O multiply to more than "
                                      "2^63 - 1, which does not divide its trip count"),
            std::string::npos)
      << r.status().message();
}

TEST(SearchApi, TinyBuffersGiveNoValidScheme) {
  Hardware hw = eyeriss();
  hw.regfWords = 2; // the filter row alone needs S = 3 words
  Result<LayerSchedule> r = searchLayer(conv3(), hw, Options());
  ASSERT_FALSE(r.isOk());
  EXPECT_EQ(r.status().code(), StatusCode::NoValidScheme);
}

TEST(SearchApi, MalformedInputsAreRejected) {
  Layer l = conv3();
  l.E = 0;
  Result<LayerSchedule> r = searchLayer(l, eyeriss(), Options());
  ASSERT_FALSE(r.isOk());
  EXPECT_EQ(r.status().code(), StatusCode::InvalidLayer);
  EXPECT_NE(r.status().message().find("E = 0"), std::string::npos) << r.status().message();
  Hardware hw = eyeriss();
  hw.gbufWords = 0;
  EXPECT_EQ(searchLayer(conv3(), hw, Options()).status().code(), StatusCode::InvalidHardware);
  LoopBlocking b; // all 1: does not cover the loops
  Result<SchemeCost> e = evaluateScheme(conv3(), eyeriss(), SchemeChoice{0, b, std::nullopt},
                                        Options());
  ASSERT_FALSE(e.isOk());
  EXPECT_EQ(e.status().code(), StatusCode::InvalidArgument);
}

// Canonical orders are enumerated directly: one per non-trivial loop that can
// be innermost, sorted like itertools.permutations; all of them survive
// skip_conv, and every other order of those factors is skipped.
TEST(SearchApi, CanonicalOrdersMatchSkipConv) {
  const PerLoopInt ts[] = {{1, 1, 1}, {2, 1, 1}, {1, 3, 4}, {2, 3, 4}};
  const LoopOrder all[] = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
  for (const PerLoopInt &t : ts) {
    std::vector<LoopOrder> canon = canonicalOrders(t);
    int nt = (t[0] > 1) + (t[1] > 1) + (t[2] > 1);
    EXPECT_EQ(int(canon.size()), std::max(1, nt));
    for (const LoopOrder &o : all) {
      LoopBlocking b;
      b.t[0] = t;
      b.order[0] = o;
      const bool isCanon = std::find(canon.begin(), canon.end(), o) != canon.end();
      EXPECT_EQ(skipConvScheme(b), !isCanon);
    }
  }
  // Suboptimal: the outer innermost loop (I at level 0) is non-trivial at level
  // 1 but not innermost there.
  LoopBlocking b;
  b.t[0] = {2, 1, 1};
  b.t[1] = {2, 2, 1};
  b.order[0] = canonicalOrders(b.t[0])[0];
  b.order[1] = LoopOrder{1, 0, 2}; // O innermost
  EXPECT_TRUE(skipConvScheme(b));
  b.order[1] = LoopOrder{0, 1, 2}; // I innermost
  EXPECT_FALSE(skipConvScheme(b));
  b.t[2] = {2, 1, 1}; // I non-trivial at level 2 too
  EXPECT_TRUE(skipConvScheme(b));
}

// Exhaustive search with canonical orders finds the same optimum as the
// generate-all-36-orders search (which pinning the orders switches to).
TEST(SearchApi, CanonicalEnumerationLosesNothing) {
  const Layer l = makeConv("c", 16, 32, 8, 8, 3, 3, 1, 1, 4);
  Hardware hw = eyeriss();
  hw.gbufWords = 2048;
  Result<LayerSchedule> canon = searchLayer(l, hw, Options());
  ASSERT_TRUE(canon.isOk());
  double bestAll = 1e300;
  const LoopOrder all[] = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
  for (const LoopOrder &o0 : all)
    for (const LoopOrder &o1 : all) {
      Options o;
      o.pins.orders = {o0, o1};
      Result<LayerSchedule> r = searchLayer(l, hw, o);
      if (r.isOk())
        bestAll = std::min(bestAll, r->schemes[0].energy.total);
    }
  EXPECT_DOUBLE_EQ(canon->schemes[0].energy.total, bestAll);
}

// TETRIS solver: one scheme per category whose companions may bypass; the
// schemes are valid, honour the GBUF-resident structure and are no better than
// the exhaustive optimum.
TEST(BypassSolver, SchemesAreValidAndBoundedByExhaustive) {
  Options o;
  o.bypassAllowed = {true, true, true};
  Result<RowStationaryMapping> m = mapRowStationary(conv3(), eyeriss());
  ASSERT_TRUE(m.isOk());
  std::vector<LoopBlocking> sol =
      solveBypassSchemes(m->candidates[0], eyeriss(), o.bypassAllowed);
  EXPECT_EQ(sol.size(), 3u);
  for (const LoopBlocking &b : sol)
    for (int l = 0; l < kNumLoops; ++l)
      EXPECT_EQ(b.loopTotal(l), m->candidates[0].loopCount[l]);
  // Only OFM may bypass: only the FIL... no category has both companions.
  EXPECT_TRUE(solveBypassSchemes(m->candidates[0], eyeriss(), {false, false, true}).empty());
  EXPECT_EQ(solveBypassSchemes(m->candidates[0], eyeriss(), {false, true, true}).size(), 1u);

  Options so = o;
  so.method = SearchMethod::Solver;
  Result<LayerSchedule> rs = searchLayer(conv3(), eyeriss(), so);
  Result<LayerSchedule> re = searchLayer(conv3(), eyeriss(), o);
  ASSERT_TRUE(rs.isOk()) << rs.status().message();
  ASSERT_TRUE(re.isOk());
  EXPECT_GE(rs->schemes[0].energy.total, re->schemes[0].energy.total);
  // Within 10% of the exhaustive optimum on this layer (TETRIS reports the
  // solver close to optimal).
  EXPECT_LE(rs->schemes[0].energy.total, 1.10 * re->schemes[0].energy.total);
  // LR layers fall back to exhaustive.
  const Layer pool = makePool("p", 64, 13, 13, 3, 3, 2, 2, 16);
  Result<LayerSchedule> ps = searchLayer(pool, eyeriss(), so);
  Result<LayerSchedule> pe = searchLayer(pool, eyeriss(), o);
  ASSERT_TRUE(ps.isOk());
  ASSERT_TRUE(pe.isOk());
  EXPECT_EQ(ps->schemes[0].energy.total, pe->schemes[0].energy.total);
}

// Hand-solved solver case for the FIL-resident problem (§4 "Bypass solver").
TEST(BypassSolver, FilResidentByHand) {
  // 4x4 array, conv C=4, M=4, E=F=4, R=S=1: repl_h 4, repl_w 1.
  Hardware hw = eyeriss();
  hw.arrayH = hw.arrayW = 4;
  hw.gbufWords = 8;
  hw.regfWords = 64;
  Result<RowStationaryMapping> m =
      mapRowStationary(makeConv("c", 4, 4, 4, 4, 1, 1, 1, 1, 2), hw);
  ASSERT_TRUE(m.isOk());
  const MappingCandidate &c = m->candidates[0]; // ifms 1, ofms 4: L = (4, 1, 2)
  ASSERT_EQ(c.loopCount, (PerLoopInt{4, 1, 2}));
  // x = I (Nx = 4), y = O (Ny = 1), z = B (Nz = 2); g = (FIL 4, OFM 16, IFM 4),
  // s = (1, 1, 1). (I): GBUF (4/tx0)*1*4 <= 8 needs tx0 >= 2; goal
  // 4*1*4*1 + 1*2*16*2*tx0 + 4*2*4*1*ty0 is smallest at tx0 = 2, ty0 = 1.
  // (II): tx2 = 2, ty2 = 1: tz2 <= (64 - 2*1)/(1*1 + 2*1) = 20.67 -> 2;
  // tz0 = 1 -> merge tx1 = 1: t0 = (2,1,1), t1 = (1,1,1), t2 = (2,1,2).
  std::optional<LoopBlocking> b = solveGbufResident(c, hw, kFil);
  ASSERT_TRUE(b.has_value());
  EXPECT_EQ(b->t[0], (PerLoopInt{2, 1, 1}));
  EXPECT_EQ(b->t[1], (PerLoopInt{1, 1, 1}));
  EXPECT_EQ(b->t[2], (PerLoopInt{2, 1, 2}));
  // tz0 = 1: level 0 takes the level-1 order (x = I not > 1 at level 1 ->
  // y = O innermost, x next, z outermost).
  EXPECT_EQ(b->order[0], (LoopOrder{1, 0, 2}));
  EXPECT_EQ(b->order[1], (LoopOrder{1, 0, 2}));
}

// matmul = FC with batch = rows; grouped conv = g independent convs.
TEST(Reductions, MatmulAndGroupedConv) {
  const Layer mm = makeMatmul("mm", 64, 512, 256);
  EXPECT_EQ(mm.kind, LayerKind::FC);
  EXPECT_EQ(mm.batch, 64);
  EXPECT_DOUBLE_EQ(mm.totalOps(), 64.0 * 512 * 256);
  Result<LayerSchedule> r = searchLayer(mm, eyeriss(), Options());
  ASSERT_TRUE(r.isOk()) << r.status().message();
  EXPECT_DOUBLE_EQ(r->schemes[0].ops, mm.totalOps());

  Result<Layer> gr = makeGroupedConv("dw", 32, 64, 14, 14, 3, 3, 1, 1, 4, 4);
  ASSERT_TRUE(gr.isOk()) << gr.status().message();
  const Layer g = *gr;
  EXPECT_EQ(g.C, 8);
  EXPECT_EQ(g.M, 16);
  const Layer one = makeConv("one", 8, 16, 14, 14, 3, 3, 1, 1, 4);
  Result<LayerSchedule> rg = searchLayer(g, eyeriss(), Options());
  Result<LayerSchedule> r1 = searchLayer(one, eyeriss(), Options());
  ASSERT_TRUE(rg.isOk());
  ASSERT_TRUE(r1.isOk());
  EXPECT_DOUBLE_EQ(rg->schemes[0].energy.total, 4 * r1->schemes[0].energy.total);
  EXPECT_EQ(rg->schemes[0].time.total, 4 * r1->schemes[0].time.total);
  EXPECT_DOUBLE_EQ(rg->schemes[0].ops, g.totalOps());
  // Depthwise: g = C = M.
  Result<Layer> dw = makeGroupedConv("dw", 32, 32, 14, 14, 3, 3, 1, 1, 4, 32);
  ASSERT_TRUE(dw.isOk());
  EXPECT_EQ(dw->C, 1);
  EXPECT_EQ(dw->M, 1);
  EXPECT_TRUE(searchLayer(*dw, eyeriss(), Options()).isOk());
  // Channels not divisible by the groups.
  Result<Layer> bad = makeGroupedConv("g", 30, 32, 14, 14, 3, 3, 1, 1, 4, 4);
  ASSERT_FALSE(bad.isOk());
  EXPECT_NE(bad.status().message().find("C = 30 and M = 32 must both be divisible by groups = 4"),
            std::string::npos)
      << bad.status().message();
}

// Goal D picks the shortest schedule.
TEST(SearchApi, DelayGoal) {
  Hardware hw = eyeriss();
  hw.dramBandwidth = 2; // make time depend on the blocking
  Options e, d;
  d.goal = Goal::Delay;
  Result<LayerSchedule> re = searchLayer(conv3(), hw, e);
  Result<LayerSchedule> rd = searchLayer(conv3(), hw, d);
  ASSERT_TRUE(re.isOk());
  ASSERT_TRUE(rd.isOk());
  EXPECT_LE(rd->schemes[0].time.total, re->schemes[0].time.total);
  EXPECT_LE(re->schemes[0].energy.total, rd->schemes[0].energy.total);
}

} // namespace
