//===- Indices.cpp - Names of the cost model's index enums ----------------===//
#include "Dataflow/CostModel/Eyeriss/Indices.h"

namespace dataflow::cost {

const char *dataCategoryName(int d) {
  static const char *const names[] = {"FIL", "IFM", "OFM"};
  return d >= 0 && d < kNumData ? names[d] : "?";
}

const char *loopName(int l) {
  static const char *const names[] = {"I", "O", "B"};
  return l >= 0 && l < kNumLoops ? names[l] : "?";
}

const char *memLevelName(int m) {
  static const char *const names[] = {"DRAM", "GBUF", "ITCN", "REGF"};
  return m >= 0 && m < kNumMemLevels ? names[m] : "?";
}

} // namespace dataflow::cost
