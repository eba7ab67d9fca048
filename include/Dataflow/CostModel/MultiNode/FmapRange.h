//===- FmapRange.h - Ranges of a batched feature map ------------*- C++ -*-===//
//
// A box [beg, end) over (batch, channel, row, column) of a batched fmap
// (docs/cost-model.md §5.3 "Ranges"), and the equal floor-boundary split.
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_FMAPRANGE_H
#define DATAFLOW_COSTMODEL_FMAPRANGE_H

#include <algorithm>
#include <array>
#include <cstdint>

namespace dataflow::cost {

enum FmapDim : int { kFb = 0, kFn = 1, kFh = 2, kFw = 3 };

struct FmapRange {
  std::array<int64_t, 4> beg{}, end{}; ///< b, n, h, w
  int64_t extent(int d) const { return std::max<int64_t>(0, end[d] - beg[d]); }
  int64_t size() const { return extent(0) * extent(1) * extent(2) * extent(3); }
  int64_t overlapSize(const FmapRange &o) const {
    int64_t s = 1;
    for (int d = 0; d < 4; ++d)
      s *= std::max<int64_t>(0, std::min(end[d], o.end[d]) - std::max(beg[d], o.beg[d]));
    return s;
  }
  bool operator==(const FmapRange &o) const { return beg == o.beg && end == o.end; }
  bool operator<(const FmapRange &o) const {
    return beg != o.beg ? beg < o.beg : end < o.end;
  }
};

/// §5.3: the i-th of k equal floor-boundary splits of [b, e).
inline std::array<int64_t, 2> ithRange(int64_t b, int64_t e, int64_t i, int64_t k) {
  const int64_t len = e - b;
  return {b + i * len / k, b + (i + 1) * len / k};
}

} // namespace dataflow::cost

#endif // DATAFLOW_COSTMODEL_FMAPRANGE_H
