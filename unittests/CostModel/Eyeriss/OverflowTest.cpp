//===- OverflowTest.cpp - Figures that do not fit are errors (#24) --------===//
//
// A layer, a bandwidth or a hand-written blocking whose figures int64 cannot hold
// fails with StatusCode::Overflow naming the figure; it never returns a wrapped
// (plausible, negative or INT64_MIN) number.
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/Eyeriss/LayerSearch.h"
#include "EyerissFixture.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>

using namespace dataflow::cost;

namespace {

constexpr int64_t kMax = std::numeric_limits<int64_t>::max();

TEST(Overflow, LayerOfTooManyMacsIsRefused) {
  // 1e22 MACs: C = M = 1e8 on a 1000 x 1000 ofmap, 1 x 1 filter.
  Status s = validateLayer(makeConv("big", 100000000, 100000000, 1000, 1000, 1, 1, 1, 1, 1));
  EXPECT_EQ(s.code(), StatusCode::Overflow);
  EXPECT_NE(s.message().find("conv layer 'big': the MAC count M*E*F*R*S*C*batch*groups = "
                             "1e+22 does not fit"),
            std::string::npos)
      << s.message();
  // The search refuses it before costing anything.
  Result<LayerSchedule> r = searchLayer(
      makeConv("big", 100000000, 100000000, 1000, 1000, 1, 1, 1, 1, 1), fixtures::eyeriss(),
      Options());
  ASSERT_FALSE(r.isOk());
  EXPECT_EQ(r.status().code(), StatusCode::Overflow);
}

TEST(Overflow, LargestRepresentableLayerIsAccepted) {
  // Exactly INT64_MAX MACs (and ifmap words): still valid; one more sample is not.
  EXPECT_TRUE(validateLayer(makeConv("edge", 1, 1, 1, 1, 1, 1, 1, 1, kMax)).isOk());
  EXPECT_EQ(validateLayer(makeConv("over", 2, 1, 1, 1, 1, 1, 1, 1, kMax)).code(),
            StatusCode::Overflow);
  // An ifmap that does not fit: (R + (E-1)U) overflows although every size is positive.
  Status s = validateLayer(makeConv("stride", 1, 1, 4, 1, 1, 1, kMax / 2, 1, 1));
  EXPECT_EQ(s.code(), StatusCode::Overflow);
  EXPECT_NE(s.message().find("the ifmap size"), std::string::npos) << s.message();
}

TEST(Overflow, TinyDramBandwidthIsAnErrorNotInt64Min) {
  // #24: a DRAM bandwidth of 1e-20 gave INT64_MIN DRAM cycles and a time ignoring DRAM.
  Hardware hw = fixtures::eyeriss();
  hw.dramBandwidth = 1e-20;
  const Layer l = fixtures::conv3();
  // Every scheme's DRAM time overflows; the search says why.
  Result<LayerSchedule> searched = searchLayer(l, hw, Options());
  ASSERT_FALSE(searched.isOk());
  EXPECT_EQ(searched.status().code(), StatusCode::NoValidScheme);
  EXPECT_NE(searched.status().message().find("its DRAM time does not fit in a signed 64-bit "
                                             "integer"),
            std::string::npos)
      << searched.status().message();
  // A small but representable bandwidth gives the huge, exact figure.
  hw.dramBandwidth = 1e-6;
  Result<LayerSchedule> slow = searchLayer(l, hw, Options());
  ASSERT_TRUE(slow.isOk()) << slow.status().message();
  const SchemeCost &best = slow->schemes.front();
  const double words = best.access[kDram][0] + best.access[kDram][1] + best.access[kDram][2];
  EXPECT_EQ(best.time.dram, int64_t(std::ceil(words / 1e-6)));
  EXPECT_EQ(best.time.total, best.time.dram);
  EXPECT_GT(best.time.dram, int64_t(1e12));
}

TEST(Overflow, HandWrittenFactorsThatOverflowAreRefused) {
  const Layer l = fixtures::conv3();
  const Hardware hw = fixtures::eyeriss();
  Result<RowStationaryMapping> m = mapRowStationary(l, hw);
  ASSERT_TRUE(m.isOk());
  const MappingCandidate &c = m->candidates.front();
  LoopBlocking b;
  b.t[0] = {c.loopCount[kLoopI], c.loopCount[kLoopO], c.loopCount[kLoopB]};
  // 2^62 * 4 = 2^64 wraps to 0 in plain arithmetic, which "covered" nothing before.
  b.t[1][kLoopB] = int64_t(1) << 62;
  b.t[2][kLoopB] = 4;
  Result<SchemeCost> r = evaluateScheme(l, hw, SchemeChoice{0, b, std::nullopt}, Options());
  ASSERT_FALSE(r.isOk());
  EXPECT_EQ(r.status().code(), StatusCode::Overflow);
  EXPECT_NE(r.status().message().find("conv layer 'conv3': a figure of the schedule"),
            std::string::npos)
      << r.status().message();
}

} // namespace
