//===- EngineRegistryTest.cpp - engines picked by name --------------------===//

#include "Dataflow/CostModel/Core/EngineRegistry.h"
#include "Dataflow/CostModel/Eyeriss/LoopBlockingSearch.h"
#include "Dataflow/CostModel/Systolic/SystolicSearch.h"

#include <gtest/gtest.h>

using namespace dataflow::cost;

namespace {

struct Square {
  int x;
};

EngineRegistry<Square, int> squares() {
  return EngineRegistry<Square, int>(
      "the test family",
      {{"times", "x * x", [](const Square &s) -> Result<int> { return s.x * s.x; }},
       {"refuse", "always an error",
        [](const Square &) -> Result<int> {
          return Status::error(StatusCode::NoValidScheme, "refused");
        }}});
}

TEST(EngineRegistry, RunsTheEngineItNames) {
  EngineRegistry<Square, int> r = squares();
  Result<int> v = r.run("times", Square{7});
  ASSERT_TRUE(v.isOk());
  EXPECT_EQ(*v, 49);
  // An engine's own status comes back unchanged.
  Result<int> e = r.run("refuse", Square{7});
  ASSERT_FALSE(e.isOk());
  EXPECT_EQ(e.status().code(), StatusCode::NoValidScheme);
}

TEST(EngineRegistry, UnknownNameListsTheEngines) {
  Result<int> v = squares().run("annealing", Square{1});
  ASSERT_FALSE(v.isOk());
  EXPECT_EQ(v.status().code(), StatusCode::InvalidArgument);
  EXPECT_EQ(v.status().message(),
            "the test family has no search engine 'annealing'; its engines are times or refuse");
  EXPECT_EQ(squares().find("nope"), nullptr);
}

// The families' tables are in their method enums' order, so an enum value, its name and
// its engine agree.
TEST(EngineRegistry, SystolicEnginesFollowTheMethodEnum) {
  const auto &engines = systolicEngines().engines();
  ASSERT_EQ(engines.size(), 4u);
  for (SystolicSearchMethod m :
       {SystolicSearchMethod::Exhaustive, SystolicSearchMethod::Static,
        SystolicSearchMethod::Constrained, SystolicSearchMethod::Combined}) {
    std::string name = systolicSearchMethodName(m);
    EXPECT_EQ(engines[static_cast<size_t>(m)].name, name);
    EXPECT_EQ(parseSystolicSearchMethod(name), m);
  }
  EXPECT_EQ(parseSystolicSearchMethod("annealing"), std::nullopt);
}

TEST(EngineRegistry, BlockingEnginesFollowTheMethodEnum) {
  const auto &engines = blockingEngines().engines();
  ASSERT_EQ(engines.size(), 2u);
  EXPECT_EQ(engines[static_cast<size_t>(SearchMethod::Exhaustive)].name, "exhaustive");
  EXPECT_EQ(engines[static_cast<size_t>(SearchMethod::Solver)].name, "solver");
}

} // namespace
