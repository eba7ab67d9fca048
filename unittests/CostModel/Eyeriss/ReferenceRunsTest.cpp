//===- ReferenceRunsTest.cpp - The four single-node nn_dataflow runs ------===//
//
// (a) The tool's own chosen scheme per layer, re-costed: every figure within
//     1e-9 relative (separates model errors from search differences).
// (b) Our search per layer: cost, time and accesses within 0.5% of the tool's,
//     and the network totals; where ours is strictly better, it must not be
//     worse than the reference and both figures are printed.
//
//===----------------------------------------------------------------------===//
#include "ReferenceData.h"

#include "Dataflow/CostModel/Eyeriss/LayerSearch.h"
#include "Dataflow/CostModel/Eyeriss/LoopBlockingSearch.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>

using namespace dataflow::cost;
using namespace dataflow::cost::test;

namespace {

constexpr double kExact = 1e-9;
constexpr double kSearch = 5e-3;

/// Largest relative error seen by relNear since the last reset (reported).
double gMaxRelErr = 0;

::testing::AssertionResult relNear(const char *what, double ours, double ref, double tol) {
  const double den = std::max(std::fabs(ref), 1e-300);
  const double err = ref == 0 ? std::fabs(ours) : std::fabs(ours - ref) / den;
  gMaxRelErr = std::max(gMaxRelErr, err);
  if (err <= tol)
    return ::testing::AssertionSuccess();
  char buf[256];
  std::snprintf(buf, sizeof buf, "%s: ours %.17g vs reference %.17g (rel err %.3g > %.3g)",
                what, ours, ref, err, tol);
  return ::testing::AssertionFailure() << buf;
}

class ReferenceRun : public ::testing::TestWithParam<const char *> {
protected:
  void SetUp() override {
    std::string err;
    run_ = loadRefRun(GetParam(), &err);
    ASSERT_FALSE(run_.name.empty()) << err;
    ASSERT_EQ(run_.schedules.size(), 19u);
  }
  RefRun run_;
};

/// The mapping candidate the reference's blocking implies: loop counts equal
/// to the products of its tvals (exact factorisations), disambiguated by the
/// GBUF unit sizes when two candidates share loop counts.
int impliedCandidate(const RowStationaryMapping &m, const RefSchedule &s) {
  int found = -1;
  for (const MappingCandidate &c : m.candidates) {
    bool same = true;
    for (int l = 0; l < kNumLoops; ++l)
      if (c.loopCount[l] != s.tvals[0][l] * s.tvals[1][l] * s.tvals[2][l])
        same = false;
    if (!same)
      continue;
    bool sizes = true;
    for (int d = 0; d < kNumData; ++d)
      if (double(c.gbufUnitSize[d]) != s.unitSize[0][d])
        sizes = false;
    if (found < 0 || sizes)
      found = c.index;
  }
  return found;
}

TEST_P(ReferenceRun, OwnSchemeReproducedExactly) {
  gMaxRelErr = 0;
  for (const RefSchedule &s : run_.schedules) {
    SCOPED_TRACE(run_.name + " " + s.name);
    const Layer *layer = run_.layer(s.name);
    ASSERT_NE(layer, nullptr);
    Result<RowStationaryMapping> m = mapRowStationary(*layer, run_.hw);
    ASSERT_TRUE(m.isOk()) << m.status().message();
    SchemeChoice choice;
    choice.mappingCandidate = impliedCandidate(*m, s);
    ASSERT_GE(choice.mappingCandidate, 0) << "no candidate with the reference's loop counts";
    for (int k = 0; k < 3; ++k)
      choice.blocking.t[k] = {s.tvals[k][0], s.tvals[k][1], s.tvals[k][2]};
    for (int k = 0; k < 2; ++k)
      choice.blocking.order[k] = {s.orders[k][0], s.orders[k][1], s.orders[k][2]};
    Result<SchemeCost> r = evaluateScheme(*layer, run_.hw, choice, run_.opts);
    ASSERT_TRUE(r.isOk()) << r.status().message();
    const SchemeCost &c = *r;
    EXPECT_TRUE(relNear("cost", c.energy.total, s.cost, kExact));
    EXPECT_TRUE(relNear("op cost", c.energy.mac, s.costOp, kExact));
    EXPECT_TRUE(relNear("access cost", c.energy.access, s.costAccess, kExact));
    EXPECT_TRUE(relNear("static cost", c.energy.stat, s.costStatic, kExact));
    EXPECT_TRUE(relNear("time", double(c.time.total), s.time, kExact));
    EXPECT_TRUE(relNear("proc time", double(c.time.proc), s.procTime, kExact));
    EXPECT_TRUE(relNear("bus time", double(c.time.bus), s.busTime, kExact));
    EXPECT_TRUE(relNear("dram time", double(c.time.dram), s.dramTime, kExact));
    EXPECT_TRUE(relNear("ops", c.ops, s.ops, kExact));
    for (int m2 = 0; m2 < kNumMemLevels; ++m2)
      for (int d = 0; d < kNumData; ++d)
        EXPECT_TRUE(relNear((std::string("access ") + memLevelName(m2) + " " +
                             dataCategoryName(d)).c_str(),
                            c.access[m2][d], s.access[m2][d], kExact));
    for (int b = 0; b < 2; ++b)
      for (int d = 0; d < kNumData; ++d) {
        EXPECT_EQ(double(c.fetch[b][d]), s.fetch[b][d]) << "fetch " << b << " " << d;
        EXPECT_EQ(double(c.footprint[b][d]), s.size[b][d]) << "size " << b << " " << d;
        EXPECT_EQ(double(c.unitCount[b][d]), s.unitCnt[b][d]) << "unit_cnt " << b << " " << d;
      }
    const MappingCandidate &cand = m->candidates[size_t(choice.mappingCandidate)];
    for (int d = 0; d < kNumData; ++d) {
      EXPECT_EQ(double(cand.gbufUnitSize[d]), s.unitSize[0][d]) << "unit_size GBUF " << d;
      EXPECT_EQ(double(cand.regfUnitSize[d]), s.unitSize[1][d]) << "unit_size REGF " << d;
    }
  }
  std::printf("[ exact ] %s: 19 layers, largest relative error %.3g\n", run_.name.c_str(),
              gMaxRelErr);
}

TEST_P(ReferenceRun, SearchMatchesReference) {
  gMaxRelErr = 0;
  int sameSchemes = 0;
  double cost = 0, time = 0, ops = 0;
  std::array<double, 4> acc{};
  for (const RefSchedule &s : run_.schedules) {
    SCOPED_TRACE(run_.name + " " + s.name);
    const Layer *layer = run_.layer(s.name);
    ASSERT_NE(layer, nullptr);
    Result<LayerSchedule> r = searchLayer(*layer, run_.hw, run_.opts);
    ASSERT_TRUE(r.isOk()) << r.status().message();
    const SchemeCost &c = r->schemes.front();
    bool sameBlocking = true;
    for (int k = 0; k < 3; ++k)
      for (int l = 0; l < 3; ++l)
        sameBlocking &= c.blocking.t[k][l] == s.tvals[k][l] &&
                        (k == 2 || c.blocking.order[k][l] == s.orders[k][l]);
    sameSchemes += sameBlocking;
    cost += c.energy.total;
    time += double(c.time.total);
    ops += c.ops;
    for (int m = 0; m < kNumMemLevels; ++m)
      acc[m] += c.access[m][0] + c.access[m][1] + c.access[m][2];
    // Ours may only be better than the reference (the search space includes
    // the reference's scheme), never worse.
    EXPECT_LE(c.energy.total, s.cost * (1 + kExact));
    if (c.energy.total < s.cost * (1 - kSearch))
      std::printf("[ better ] %s %s: ours %.10g vs reference %.10g\n", run_.name.c_str(),
                  s.name.c_str(), c.energy.total, s.cost);
    else
      EXPECT_TRUE(relNear("cost", c.energy.total, s.cost, kSearch));
    EXPECT_TRUE(relNear("time", double(c.time.total), s.time, kSearch));
    EXPECT_TRUE(relNear("ops", c.ops, s.ops, kExact));
    for (int m = 0; m < kNumMemLevels; ++m) {
      const double ours = c.access[m][0] + c.access[m][1] + c.access[m][2];
      const double ref = s.access[m][0] + s.access[m][1] + s.access[m][2];
      EXPECT_TRUE(relNear((std::string("accesses ") + memLevelName(m)).c_str(), ours, ref,
                          kSearch));
    }
  }
  std::printf("[ search ] %s: per-layer cost/time/accesses largest relative difference %.3g; "
              "same blocking and orders as the tool in %d of 19 layers\n",
              run_.name.c_str(), gMaxRelErr, sameSchemes);
  EXPECT_TRUE(relNear("network cost", cost, run_.totalCost, kSearch));
  EXPECT_TRUE(relNear("network time", time, run_.totalTime, kSearch));
  EXPECT_TRUE(relNear("network ops", ops, run_.totalOps, kExact));
  for (int m = 0; m < kNumMemLevels; ++m)
    EXPECT_TRUE(relNear((std::string("network accesses ") + memLevelName(m)).c_str(), acc[m],
                        run_.totalAccess[m], kSearch));
  std::printf("[ network ] %s: cost ours %.12g ref %.12g (rel %.3g); time ours %.0f ref %.0f\n",
              run_.name.c_str(), cost, run_.totalCost, (cost - run_.totalCost) / run_.totalCost,
              time, run_.totalTime);
}

INSTANTIATE_TEST_SUITE_P(SingleNode, ReferenceRun,
                         ::testing::Values("eyeriss_isca16_alexnet_b16",
                                           "eyeriss_alexnet_b16_bypass",
                                           "eyeriss_isscc16_alexnet_b4",
                                           "tetris_L1_alexnet_b16"));

} // namespace
