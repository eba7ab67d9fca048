//===- SearchOptionsTest.cpp - option words and the engines they name -----===//
//
// An enumerated option's words (SearchOptions.td) are the names of the family's engines
// (the cost model's EngineRegistry): adding an engine without its word, or a word without
// its engine, fails here.

#include "Dataflow/Bridge/SearchOptions.h"
#include "Dataflow/CostModel/Eyeriss/LoopBlockingSearch.h"
#include "Dataflow/CostModel/Systolic/SystolicSearch.h"

#include <gtest/gtest.h>

using namespace dataflow;

namespace {

TEST(SearchOptions, BlockingMethodWordsAreTheBlockingEngines) {
  const auto &engines = cost::blockingEngines().engines();
  ASSERT_EQ(getMaxEnumValForBlockingMethod() + 1, engines.size());
  for (uint32_t i = 0; i <= getMaxEnumValForBlockingMethod(); ++i) {
    std::optional<BlockingMethod> m = symbolizeBlockingMethod(i);
    ASSERT_TRUE(m);
    EXPECT_NE(cost::blockingEngines().find(stringifyBlockingMethod(*m).str()), nullptr);
  }
}

TEST(SearchOptions, SystolicMethodWordsAreTheSystolicEngines) {
  const auto &engines = cost::systolicEngines().engines();
  // Every word but auto names an engine, and every engine has its word.
  ASSERT_EQ(getMaxEnumValForSystolicMethodChoice(), engines.size());
  for (uint32_t i = 0; i <= getMaxEnumValForSystolicMethodChoice(); ++i) {
    std::optional<SystolicMethodChoice> m = symbolizeSystolicMethodChoice(i);
    ASSERT_TRUE(m);
    if (*m == SystolicMethodChoice::Auto)
      continue;
    EXPECT_NE(cost::systolicEngines().find(stringifySystolicMethodChoice(*m).str()), nullptr)
        << stringifySystolicMethodChoice(*m).str();
  }
}

TEST(SearchOptions, GoalWordsConvert) {
  // No operation is needed when disable-bypass is empty (nothing to report).
  mlir::FailureOr<cost::Options> o =
      toCostOptions(nullptr, SearchGoal::EnergyDelay, BlockingMethod::Solver, "");
  ASSERT_TRUE(mlir::succeeded(o));
  EXPECT_EQ(o->goal, cost::Goal::EnergyDelay);
  EXPECT_EQ(o->method, cost::SearchMethod::Solver);
  EXPECT_EQ(symbolizeSearchGoal("ed"), SearchGoal::EnergyDelay);
}

} // namespace
