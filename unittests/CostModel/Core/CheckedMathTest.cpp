//===- CheckedMathTest.cpp - int64 arithmetic that reports overflow -------===//
#include "Dataflow/CostModel/Core/CheckedMath.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>

using namespace dataflow::cost;

namespace {

constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
constexpr int64_t kMin = std::numeric_limits<int64_t>::min();

TEST(CheckedMath, MulAndAddReportOverflow) {
  int64_t v = 0;
  EXPECT_TRUE(checkedMul(3037000499, 3037000499, v)); // floor(sqrt(2^63 - 1))
  EXPECT_EQ(v, 9223372030926249001);
  EXPECT_FALSE(checkedMul(3037000500, 3037000500, v));
  EXPECT_FALSE(checkedMul(kMax, 2, v));
  EXPECT_TRUE(checkedAdd(kMax - 1, 1, v));
  EXPECT_EQ(v, kMax);
  EXPECT_FALSE(checkedAdd(kMax, 1, v));
}

TEST(CheckedMath, ProductStopsAtTheFirstOverflow) {
  int64_t v = -1;
  EXPECT_TRUE(checkedProduct({2, 3, 7}, v));
  EXPECT_EQ(v, 42);
  // 2^32 * 2^32 wraps to 0 in plain int64 arithmetic; the checked product refuses.
  v = -1;
  EXPECT_FALSE(checkedProduct({int64_t(1) << 32, int64_t(1) << 32, 0}, v));
  EXPECT_EQ(v, -1); // untouched on failure
}

TEST(CheckedMath, DoubleToInt64RefusesWhatACastWouldMangle) {
  int64_t v = 0;
  EXPECT_TRUE(checkedToInt64(9.2e18, v));
  EXPECT_EQ(v, int64_t(9.2e18));
  EXPECT_TRUE(checkedToInt64(-9223372036854775808.0, v));
  EXPECT_EQ(v, kMin);
  // 2^63 and beyond: a plain cast is undefined (x86 gives INT64_MIN).
  EXPECT_FALSE(checkedToInt64(9223372036854775808.0, v));
  EXPECT_FALSE(checkedToInt64(1.34e27, v));
  EXPECT_FALSE(checkedToInt64(-1e19, v));
  EXPECT_FALSE(checkedToInt64(std::numeric_limits<double>::infinity(), v));
  EXPECT_FALSE(checkedToInt64(std::numeric_limits<double>::quiet_NaN(), v));
}

} // namespace
