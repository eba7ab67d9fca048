//===- InvariantsTest.cpp - Checks every costed schedule must pass --------===//
#include "Dataflow/CostModel/Eyeriss/Invariants.h"
#include "Dataflow/CostModel/Eyeriss/LayerSearch.h"
#include "EyerissFixture.h"

#include <gtest/gtest.h>

#include <limits>

using namespace dataflow::cost;

namespace {

class Invariants : public ::testing::Test {
protected:
  void SetUp() override {
    hw.dramBandwidth = 8; // finite, so the DRAM-time check runs
    Result<LayerSchedule> r = searchLayer(fixtures::conv3(), hw, Options());
    ASSERT_TRUE(r.isOk()) << r.status().message();
    good = r->schemes.front();
  }
  Hardware hw = fixtures::eyeriss();
  SchemeCost good;
};

TEST_F(Invariants, ASearchedScheduleHoldsThem) {
  EXPECT_TRUE(checkSchemeInvariants(good, hw).isOk());
}

TEST_F(Invariants, NegativeOrNonFiniteEnergyIsInternal) {
  SchemeCost s = good;
  s.energy.total = -1;
  Status st = checkSchemeInvariants(s, hw);
  EXPECT_EQ(st.code(), StatusCode::Internal);
  EXPECT_NE(st.message().find("total energy is -1"), std::string::npos) << st.message();
  s = good;
  s.energy.dram = std::numeric_limits<double>::quiet_NaN();
  EXPECT_EQ(checkSchemeInvariants(s, hw).code(), StatusCode::Internal);
  s = good;
  s.access[kRegf][kOfm] = std::numeric_limits<double>::infinity();
  EXPECT_EQ(checkSchemeInvariants(s, hw).code(), StatusCode::Internal);
}

TEST_F(Invariants, TimesMustBeNonNegativeAndCoverTheMacs) {
  SchemeCost s = good;
  s.time.proc = -5;
  EXPECT_EQ(checkSchemeInvariants(s, hw).code(), StatusCode::Internal);
  // A wrapped-but-plausible cycle count: fewer cycles than MACs / PEs.
  s = good;
  s.time.total = s.time.proc = s.time.bus = s.time.dram =
      int64_t(s.ops / double(hw.arrayH * hw.arrayW)) - 1;
  Status st = checkSchemeInvariants(s, hw);
  EXPECT_EQ(st.code(), StatusCode::Internal);
  EXPECT_NE(st.message().find("PEs cannot do"), std::string::npos) << st.message();
}

TEST_F(Invariants, DramTimeMustCoverTheDramTraffic) {
  SchemeCost s = good;
  s.time.dram = 0; // as a wrapped INT64_MIN clamped by max() looked like
  Status st = checkSchemeInvariants(s, hw);
  EXPECT_EQ(st.code(), StatusCode::Internal);
  EXPECT_NE(st.message().find("DRAM cycles at 8 words per cycle cannot move"),
            std::string::npos)
      << st.message();
}

} // namespace
