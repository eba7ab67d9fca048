//===- AllocNodesTest.cpp - §6 node allocation never gives a bad count ----===//
//
// docs/cost-model.md §6 allocation (nn_dataflow PipelineSegment._alloc_proc):
// allocNodes shares a region's nodes among a segment's spatial vertices. Every
// count it returns is positive and they sum to the region; inputs no layer has
// (op counts that are not finite and positive, an empty segment, a height that
// does not divide the region) are an InvalidArgument Status, never a negative
// count, an out-of-bounds write or an endless loop.
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/Pipeline/SegmentCandidates.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <numeric>
#include <random>

using namespace dataflow::cost;

// The tool's proportional split: 3:1 of a 4 x 4 region in multiples of 4.
TEST(AllocNodes, ProportionalInMultiplesOfTheHeight) {
  Result<std::vector<int64_t>> r = allocNodes({3e9, 1e9}, 4, 16, 0.05);
  ASSERT_TRUE(r.isOk()) << r.status().message();
  EXPECT_EQ(*r, (std::vector<int64_t>{12, 4}));
  // 5:1 cannot be met in multiples of 4 or 2 within 5%: 1-node steps, 13 + 3.
  r = allocNodes({5e9, 1e9}, 4, 16, 0.05);
  ASSERT_TRUE(r.isOk()) << r.status().message();
  EXPECT_EQ(*r, (std::vector<int64_t>{13, 3}));
}

// More vertices than nodes: some vertex would get none; no allocation, not a
// negative count.
TEST(AllocNodes, MoreVerticesThanNodesIsNoAllocation) {
  Result<std::vector<int64_t>> r = allocNodes(std::vector<double>(6, 1e6), 2, 4, 0.05);
  ASSERT_FALSE(r.isOk());
  EXPECT_EQ(r.status().code(), StatusCode::NoValidScheme);
}

// A negative op count made the rounding loop take every surplus node from the
// first vertex: {-6, 2, 2, 2, 2, 2}, which passed the utilisation test (the
// negative time cancels). Zero, NaN and infinite counts made every share NaN,
// with the same loop driving the first count below zero.
TEST(AllocNodes, OpCountsNotFiniteAndPositiveAreAnError) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  for (const std::vector<double> &ops :
       {std::vector<double>{-3, 1, 1, 1, 1, 1}, std::vector<double>{0, 0, 0, 0, 0, 0},
        std::vector<double>{nan, 1, 1, 1, 1, 1}, std::vector<double>{inf, 1, 1, 1, 1, 1},
        std::vector<double>{1, -inf}, std::vector<double>{1, 0}}) {
    Result<std::vector<int64_t>> r = allocNodes(ops, 1, 4, 0.05);
    ASSERT_FALSE(r.isOk()) << "ops[0] = " << ops[0] << ": " << ::testing::PrintToString(*r);
    EXPECT_EQ(r.status().code(), StatusCode::InvalidArgument) << r.status().message();
  }
}

// Finite counts whose sum is not: an Overflow, not NaN shares.
TEST(AllocNodes, OpSumBeyondDoubleIsOverflow) {
  Result<std::vector<int64_t>> r = allocNodes({1e308, 1e308}, 1, 4, 0.05);
  ASSERT_FALSE(r.isOk());
  EXPECT_EQ(r.status().code(), StatusCode::Overflow) << r.status().message();
}

// An empty segment wrote nodes[0] of an empty vector; a height that does not
// divide the region stepped over the total forever; a NaN utilisation bound
// accepted nothing silently.
TEST(AllocNodes, MalformedRegionOrSegmentIsAnError) {
  for (auto [ops, dh, total, drop] :
       {std::tuple<std::vector<double>, int64_t, int64_t, double>{{}, 2, 4, 0.05},
        {{1.0}, 3, 4, 0.05},
        {{1.0}, 0, 4, 0.05},
        {{1.0}, 2, 0, 0.05},
        {{1.0}, -2, -4, 0.05},
        {{1.0}, 2, 4, std::numeric_limits<double>::quiet_NaN()},
        {{1.0}, 2, 4, -0.5}}) {
    Result<std::vector<int64_t>> r = allocNodes(ops, dh, total, drop);
    ASSERT_FALSE(r.isOk()) << "dh " << dh << " total " << total;
    EXPECT_EQ(r.status().code(), StatusCode::InvalidArgument) << r.status().message();
  }
}

// Property over valid inputs (positive op counts from 1 to 1e80, regions up to
// 256 x 256, up to 40 vertices): an allocation is positive, sums to the region
// and meets the utilisation.
TEST(AllocNodes, EveryAllocationIsPositiveAndComplete) {
  std::mt19937_64 rng(24);
  std::uniform_real_distribution<double> exponent(0, 77), unit(0, 1);
  int allocated = 0;
  for (int trial = 0; trial < 4000; ++trial) {
    const int64_t h = 1 + int64_t(rng() % (trial % 4 == 0 ? 256 : 16));
    const int64_t w = 1 + int64_t(rng() % (trial % 4 == 0 ? 256 : 16));
    std::vector<double> ops(1 + rng() % (trial % 5 == 0 ? 40 : 6));
    const double base = exponent(rng); // counts within three orders of magnitude
    for (double &o : ops)
      o = std::floor(std::pow(10.0, base + 3 * unit(rng)));
    const double drop = trial % 3 == 0 ? 1.0 : 0.05;
    Result<std::vector<int64_t>> r = allocNodes(ops, h, h * w, drop);
    if (!r.isOk()) {
      EXPECT_EQ(r.status().code(), StatusCode::NoValidScheme) << r.status().message();
      continue;
    }
    ++allocated;
    ASSERT_EQ(r->size(), ops.size());
    EXPECT_EQ(std::accumulate(r->begin(), r->end(), int64_t(0)), h * w);
    for (int64_t n : *r)
      ASSERT_GE(n, 1) << "trial " << trial;
    double sum = 0, time = 0;
    for (size_t i = 0; i < ops.size(); ++i) {
      sum += ops[i];
      time = std::max(time, ops[i] / double((*r)[i]));
    }
    EXPECT_GE(sum / time / double(h * w), 1 - drop - 1e-12) << "trial " << trial;
  }
  EXPECT_GT(allocated, 1000); // the property is checked on many allocations
}
