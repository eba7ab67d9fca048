//===- SystolicRandomTest.cpp - Random layers against the systolic tool ---===//
//
// A property test against the original systolic optimizer
// (horizon-research/systolic-array-dataflow-optimizer): data/systolic_random.txt holds its
// results on random 2-D and 3-D convolutions (bench/systolic_random.py, static and
// exhaustive). Every record must reproduce within 1% (cycles and transfer), priced as
// SystolicOracleTest prices the tool's own networks, or be an order tie, which is checked:
// with the tool's choice between the loop orders (SystolicModelOptions::toolOrderTies) it
// reproduces, and ours has the tool's cycles and less traffic. A layer the tool finds no
// buffer partition for (its IndexError on an empty result list) must have no tiling in ours
// either; any other crash of the tool fails the test.
//
//===----------------------------------------------------------------------===//
#include "Systolic/SystolicOracleData.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

using namespace dataflow::cost;
using namespace dataflow::cost::testing;

namespace {

TEST(SystolicRandom, EveryLayerReproducesOrIsAnOrderTie) {
  OracleData data = loadOracleData("systolic_random.txt");
  ASSERT_GE(data.records.size(), 100u) << "data/systolic_random.txt not found or short";
  EXPECT_TRUE(data.crashes.empty()) << data.crashes.front();
  const SystolicHardware hw = toolHardware();
  int exact = 0, ties = 0;
  for (const Record &r : data.records) {
    const std::string what = r.kase + " layer " + std::to_string(r.layer);
    Ours ours = compute(r, hw);
    ASSERT_TRUE(ours.ok) << what << ": " << ours.error;
    if (within1(ours.cycles, r.cycles) && within1(ours.transfer, r.transfer)) {
      ++exact;
      continue;
    }
    Ours tool = compute(r, hw, /*toolTies=*/true);
    ASSERT_TRUE(tool.ok) << what << ": " << tool.error;
    const bool tie = within1(tool.cycles, r.cycles) && within1(tool.transfer, r.transfer) &&
                     ours.cycles <= 1.01 * r.cycles && ours.transfer < r.transfer;
    EXPECT_TRUE(tie) << what << ": tool " << r.cycles << " / " << r.transfer << ", ours "
                     << ours.cycles << " / " << ours.transfer
                     << ", ours with the tool's order choice " << tool.cycles << " / "
                     << tool.transfer;
    if (tie) {
      ++ties;
      std::printf("%-20s order tie: tool %.0f / %.0f, ours %.0f / %.0f (%+.1f%% traffic)\n",
                  what.c_str(), r.cycles, r.transfer, ours.cycles, ours.transfer,
                  100.0 * (ours.transfer - r.transfer) / r.transfer);
    }
  }
  for (const auto &[r, error] : data.layerCrashes) {
    const std::string what = r.kase + " layer " + std::to_string(r.layer);
    EXPECT_NE(error.find("IndexError"), std::string::npos)
        << what << ": the tool crashed otherwise than on an empty result list:" << error;
    Ours ours = compute(r, hw);
    EXPECT_FALSE(ours.ok) << what << ": the tool finds no buffer partition (" << error
                          << "), ours schedules it at " << ours.cycles << " / "
                          << ours.transfer;
  }
  std::printf("%zu records: %d within 1%%, %d order ties; %zu layers without a tiling in "
              "both\n",
              data.records.size(), exact, ties, data.layerCrashes.size());
}

} // namespace
