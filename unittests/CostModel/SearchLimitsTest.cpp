//===- SearchLimitsTest.cpp - Scheme counting, deadline, search memo ------===//
#include "Dataflow/CostModel/LayerSearch.h"
#include "Dataflow/CostModel/LoopBlockingSearch.h"
#include "Dataflow/CostModel/SearchMemo.h"

#include <gtest/gtest.h>

using namespace dataflow::cost;

namespace {

Hardware eyeriss() {
  Hardware hw;
  hw.gbufWords = 65536;
  hw.regfWords = 256;
  hw.cost.nocHop = 0;
  return hw;
}

const Layer conv3() { return makeConv("conv3", 256, 192, 13, 13, 3, 3, 1, 1, 16); }

// The count bounds what the search costs, and a limit under it refuses the search.
TEST(SearchLimits, CountBoundsTheSearchAndTheLimitRefuses) {
  Options o;
  o.bypassAllowed = {true, true, true};
  Result<int64_t> n = countLayerSchemes(conv3(), eyeriss(), o);
  ASSERT_TRUE(n.isOk()) << n.status().message();
  clearSearchMemo();
  Result<LayerSchedule> r = searchLayer(conv3(), eyeriss(), o);
  ASSERT_TRUE(r.isOk()) << r.status().message();
  EXPECT_GE(*n, r->schemesEvaluated);
  EXPECT_GT(r->schemesEvaluated, *n / 20); // a bound, but not a loose one
  o.maxCandidates = *n - 1;
  Result<LayerSchedule> refused = searchLayer(conv3(), eyeriss(), o);
  ASSERT_FALSE(refused.isOk());
  EXPECT_EQ(refused.status().code(), StatusCode::SearchTooLarge);
  o.maxCandidates = *n;
  EXPECT_TRUE(searchLayer(conv3(), eyeriss(), o).isOk());
}

// A deadline already passed keeps the first valid scheme of the first candidate and says
// the search is incomplete; without one the same search is complete and at least as good.
TEST(SearchLimits, PassedDeadlineKeepsFirstValidScheme) {
  Options o;
  o.bypassAllowed = {true, true, true};
  clearSearchMemo();
  Result<LayerSchedule> full = searchLayer(conv3(), eyeriss(), o);
  ASSERT_TRUE(full.isOk());
  EXPECT_TRUE(full->complete);
  clearSearchMemo();
  o.deadline = std::chrono::steady_clock::now();
  Result<LayerSchedule> cut = searchLayer(conv3(), eyeriss(), o);
  ASSERT_TRUE(cut.isOk()) << cut.status().message();
  EXPECT_FALSE(cut->complete);
  ASSERT_EQ(cut->schemes.size(), 1u);
  EXPECT_LT(cut->schemesEvaluated, full->schemesEvaluated);
  EXPECT_GE(cut->schemes.front().energy.total, full->schemes.front().energy.total);
}

// A memo hit returns the same schemes and statistics as the search it replaces.
TEST(SearchLimits, MemoHitEqualsSearch) {
  Options o;
  o.topN = 3;
  clearSearchMemo();
  Result<LayerSchedule> first = searchLayer(conv3(), eyeriss(), o);
  SearchMemoCounts afterFirst = searchMemoCounts();
  Result<LayerSchedule> second = searchLayer(conv3(), eyeriss(), o);
  SearchMemoCounts afterSecond = searchMemoCounts();
  ASSERT_TRUE(first.isOk() && second.isOk());
  EXPECT_EQ(afterFirst.hits, 0);
  EXPECT_EQ(afterSecond.hits, afterFirst.misses);
  EXPECT_EQ(first->schemesEvaluated, second->schemesEvaluated);
  ASSERT_EQ(first->schemes.size(), second->schemes.size());
  for (size_t i = 0; i < first->schemes.size(); ++i) {
    EXPECT_EQ(first->schemes[i].energy.total, second->schemes[i].energy.total);
    EXPECT_EQ(first->schemes[i].time.total, second->schemes[i].time.total);
    EXPECT_EQ(first->schemes[i].blocking.t, second->schemes[i].blocking.t);
    EXPECT_EQ(first->schemes[i].blocking.order, second->schemes[i].blocking.order);
  }
}

} // namespace
