//===- Indices.h - Index enums shared by the cost model ---------*- C++ -*-===//
//
// Index order used throughout (docs/cost-model.md §1): data categories FIL, IFM,
// OFM; loops I (input channels), O (output channels), B (batch); memory levels
// DRAM, GBUF, ITCN (array bus), REGF; blocking levels 0 (DRAM: GBUF refills),
// 1 (GBUF: REGF refills), 2 (inside REGF).
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_INDICES_H
#define DATAFLOW_COSTMODEL_INDICES_H

#include <array>
#include <cstdint>

namespace dataflow::cost {

enum DataCategory : int { kFil = 0, kIfm = 1, kOfm = 2 };
constexpr int kNumData = 3;

enum LoopDim : int { kLoopI = 0, kLoopO = 1, kLoopB = 2 };
constexpr int kNumLoops = 3;

enum MemLevel : int { kDram = 0, kGbuf = 1, kItcn = 2, kRegf = 3 };
constexpr int kNumMemLevels = 4;

/// Blocking levels: factors t[level][loop]; orders exist for levels 0 and 1.
constexpr int kNumBlockingLevels = 3;
constexpr int kNumOrderedLevels = 2;

using PerData = std::array<double, kNumData>;
using PerDataInt = std::array<int64_t, kNumData>;
using PerLoopInt = std::array<int64_t, kNumLoops>;

/// The dimension loops of each data category (docs/cost-model.md §1):
/// CONV/FC: FIL {I,O}, IFM {I,B}, OFM {O,B}; LR (pool/eltwise): FIL {},
/// IFM {O,B}, OFM {O,B}. `mask[d]` has bit l set iff loop l is a dimension
/// loop of d.
struct DataLoops {
  std::array<unsigned, kNumData> mask;
  bool isDim(int d, int l) const { return (mask[d] >> l) & 1u; }
  static DataLoops conv() {
    return {{(1u << kLoopI) | (1u << kLoopO), (1u << kLoopI) | (1u << kLoopB),
             (1u << kLoopO) | (1u << kLoopB)}};
  }
  static DataLoops localRegion() {
    return {{0u, (1u << kLoopO) | (1u << kLoopB), (1u << kLoopO) | (1u << kLoopB)}};
  }
  bool isConv() const { return mask == conv().mask; }
};

const char *dataCategoryName(int d);
const char *loopName(int l);
const char *memLevelName(int m);

} // namespace dataflow::cost

#endif // DATAFLOW_COSTMODEL_INDICES_H
