//===- CheckedMath.h - int64 arithmetic that reports overflow ---*- C++ -*-===//
//
// The cost model's figures (loop-bound products, MAC and access counts, cycles)
// must never wrap: a figure that int64 cannot hold is an error, not a plausible
// wrong number (docs/cost-model.md, "Figures that do not fit"). Each helper
// returns false instead of wrapping; the caller turns that into a Status.
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_CHECKEDMATH_H
#define DATAFLOW_COSTMODEL_CHECKEDMATH_H

#include <cmath>
#include <cstdint>
#include <initializer_list>

namespace dataflow::cost {

/// out = a * b; false (out unspecified) when the product does not fit int64.
inline bool checkedMul(int64_t a, int64_t b, int64_t &out) {
  return !__builtin_mul_overflow(a, b, &out);
}

/// out = a + b; false when the sum does not fit int64.
inline bool checkedAdd(int64_t a, int64_t b, int64_t &out) {
  return !__builtin_add_overflow(a, b, &out);
}

/// out = the product of `factors`; false when any partial product overflows.
inline bool checkedProduct(std::initializer_list<int64_t> factors, int64_t &out) {
  int64_t p = 1;
  for (int64_t f : factors)
    if (!checkedMul(p, f, p))
      return false;
  out = p;
  return true;
}

/// a + b, or INT64_MAX (and `overflowed` set) when the sum does not fit: for running
/// totals whose owner reports the overflow once, where the saturated value still ranks last.
inline int64_t saturatingAdd(int64_t a, int64_t b, bool &overflowed) {
  int64_t out;
  if (checkedAdd(a, b, out))
    return out;
  overflowed = true;
  return INT64_MAX;
}

/// a * b, or INT64_MAX (and `overflowed` set) when the product does not fit (a, b >= 0).
inline int64_t saturatingMul(int64_t a, int64_t b, bool &overflowed) {
  int64_t out;
  if (checkedMul(a, b, out))
    return out;
  overflowed = true;
  return INT64_MAX;
}

/// 2^63, the first double that int64 cannot hold.
inline constexpr double kInt64Limit = 9223372036854775808.0;

/// out = int64(v) for a finite v in [-2^63, 2^63); false for NaN, infinities and
/// anything out of range (where a plain cast is undefined and gives INT64_MIN).
inline bool checkedToInt64(double v, int64_t &out) {
  if (!std::isfinite(v) || v >= kInt64Limit || v < -kInt64Limit)
    return false;
  out = int64_t(v);
  return true;
}

} // namespace dataflow::cost

#endif // DATAFLOW_COSTMODEL_CHECKEDMATH_H
