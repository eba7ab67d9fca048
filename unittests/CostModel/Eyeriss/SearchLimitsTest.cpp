//===- SearchLimitsTest.cpp - Scheme counting, deadline, search memo -----===//
// Single-node (searchLayer) and multi-node (searchLayerPartitioned) limits.
#include "Dataflow/CostModel/Eyeriss/LayerSearch.h"
#include "Dataflow/CostModel/Eyeriss/LoopBlockingSearch.h"
#include "Dataflow/CostModel/MultiNode/PartitionedSearch.h"
#include "Dataflow/CostModel/Eyeriss/SearchCache.h"

#include "EyerissFixture.h"

#include <gtest/gtest.h>

using namespace dataflow::cost;

namespace {

using fixtures::conv3;
using fixtures::eyeriss;

// The count bounds what the search costs, and a limit under it refuses the search.
TEST(SearchLimits, CountBoundsTheSearchAndTheLimitRefuses) {
  Options o;
  o.bypassAllowed = {true, true, true};
  Result<int64_t> n = countLayerSchemes(conv3(), eyeriss(), o);
  ASSERT_TRUE(n.isOk()) << n.status().message();
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
  Result<LayerSchedule> full = searchLayer(conv3(), eyeriss(), o);
  ASSERT_TRUE(full.isOk());
  EXPECT_TRUE(full->complete);
  o.deadline = std::chrono::steady_clock::now();
  Result<LayerSchedule> cut = searchLayer(conv3(), eyeriss(), o);
  ASSERT_TRUE(cut.isOk()) << cut.status().message();
  EXPECT_FALSE(cut->complete);
  ASSERT_EQ(cut->schemes.size(), 1u);
  EXPECT_LT(cut->schemesEvaluated, full->schemesEvaluated);
  EXPECT_GE(cut->schemes.front().energy.total, full->schemes.front().energy.total);
}

// A cache hit returns the same schemes and statistics as the search it replaces; without a
// cache nothing is kept (the cost model holds nothing global).
TEST(SearchLimits, CacheHitEqualsSearch) {
  SearchCache cache;
  Options o;
  o.topN = 3;
  o.cache = &cache;
  Result<LayerSchedule> first = searchLayer(conv3(), eyeriss(), o);
  SearchCacheCounts afterFirst = cache.counts();
  Result<LayerSchedule> second = searchLayer(conv3(), eyeriss(), o);
  SearchCacheCounts afterSecond = cache.counts();
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

// Multi-node: a 2x2 mesh, AlexNet conv3 with the hybrid partition search.
Hardware mesh2x2() {
  Hardware hw = eyeriss();
  hw.nodesH = hw.nodesW = 2;
  hw.cost.nocHop = 1;
  return hw;
}

Options hybrid() {
  Options o;
  o.bypassAllowed = {true, true, true};
  o.partitioning.hybrid = true;
  return o;
}

DataLayout conv3Input(const Hardware &hw) {
  PartitionScheme ofmp;
  ofmp.dims[kOfmp] = {2, 2};
  return makeLayout(16, 256, 15, 15, dramRegion(hw), ofmp);
}

// The limit counts every partition's per-node blocking space: the sum of the per-node
// counts, one over it refuses, equal to it searches.
TEST(SearchLimits, PartitionedCountCoversEveryPartition) {
  const Hardware hw = mesh2x2();
  Options o = hybrid();
  const std::vector<PartitionScheme> parts =
      enumeratePartitions(PartShape::of(conv3()), 16, {2, 2}, o.partitioning);
  ASSERT_GT(parts.size(), 1u);
  int64_t n = 0;
  for (const PartitionScheme &part : parts) {
    Result<PartitionedLayer> pl = partitionLayer(conv3(), part);
    ASSERT_TRUE(pl.isOk());
    Result<RowStationaryMapping> m = mapRowStationary(pl->layer, hw, pl->occ);
    if (m)
      n += countMappingSchemes(*m, o);
  }
  Result<PartitionedSchedule> full = searchLayerPartitioned(conv3(), hw, o, conv3Input(hw));
  ASSERT_TRUE(full.isOk()) << full.status().message();
  EXPECT_TRUE(full->complete);
  EXPECT_EQ(full->partitionsSearched, int(parts.size()));
  EXPECT_EQ(full->partitionsTotal, int(parts.size()));
  EXPECT_GE(n, full->schemesEvaluated);
  o.maxCandidates = n - 1;
  Result<PartitionedSchedule> refused = searchLayerPartitioned(conv3(), hw, o, conv3Input(hw));
  ASSERT_FALSE(refused.isOk());
  EXPECT_EQ(refused.status().code(), StatusCode::SearchTooLarge);
  EXPECT_NE(refused.status().message().find("up to " + std::to_string(n) +
                                            " candidate blocking schemes over " +
                                            std::to_string(parts.size()) +
                                            " partitions of the 2x2 nodes"),
            std::string::npos)
      << refused.status().message();
  o.maxCandidates = n;
  Result<PartitionedSchedule> limited = searchLayerPartitioned(conv3(), hw, o, conv3Input(hw));
  ASSERT_TRUE(limited.isOk());
  EXPECT_EQ(limited->energy.total, full->energy.total);
  EXPECT_EQ(limited->part.str(), full->part.str());
}

// Past the deadline, one partition (the first, on one thread) keeps its first valid
// scheme, the others are skipped, and the result says so; with threads the full search
// is unchanged. (With pruning on, how many schemes the threads evaluate depends on which
// partition finishes first, so the statistic is compared with pruning off; the result is
// the same either way.)
TEST(SearchLimits, PartitionedDeadlineKeepsFirstScheme) {
  const Hardware hw = mesh2x2();
  Options o = hybrid();
  Result<PartitionedSchedule> pruned1 = searchLayerPartitioned(conv3(), hw, o, conv3Input(hw), 1);
  Result<PartitionedSchedule> pruned4 = searchLayerPartitioned(conv3(), hw, o, conv3Input(hw), 4);
  ASSERT_TRUE(pruned1.isOk() && pruned4.isOk());
  EXPECT_EQ(pruned1->energy.total, pruned4->energy.total);
  EXPECT_EQ(pruned1->part.str(), pruned4->part.str());
  o.partitioning.prune = false;
  Result<PartitionedSchedule> full = searchLayerPartitioned(conv3(), hw, o, conv3Input(hw), 1);
  Result<PartitionedSchedule> threaded =
      searchLayerPartitioned(conv3(), hw, o, conv3Input(hw), 4);
  ASSERT_TRUE(full.isOk() && threaded.isOk());
  EXPECT_EQ(full->energy.total, threaded->energy.total);
  EXPECT_EQ(full->energy.total, pruned1->energy.total);
  EXPECT_EQ(full->schemesEvaluated, threaded->schemesEvaluated);
  o.deadline = std::chrono::steady_clock::now();
  Result<PartitionedSchedule> cut = searchLayerPartitioned(conv3(), hw, o, conv3Input(hw), 1);
  ASSERT_TRUE(cut.isOk()) << cut.status().message();
  EXPECT_FALSE(cut->complete);
  EXPECT_EQ(cut->partitionsSearched, 1);
  EXPECT_EQ(cut->partitionsTotal, full->partitionsTotal);
  EXPECT_LT(cut->schemesEvaluated, full->schemesEvaluated);
  EXPECT_GE(cut->energy.total, full->energy.total);
}

} // namespace
