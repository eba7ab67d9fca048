//===- LoopBlocking.h - Blocking factors and loop orders --------*- C++ -*-===//
//
// A loop blocking scheme's decision variables (docs/cost-model.md §4):
// factors t[k][l] for levels k = 0 (DRAM: GBUF refills), 1 (GBUF: REGF
// refills), 2 (inside REGF) and loops l = I, O, B with prod_k t[k][l] >= L_l;
// orders for levels 0 and 1 as the position of each loop, 0 = innermost.
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_LOOPBLOCKING_H
#define DATAFLOW_COSTMODEL_LOOPBLOCKING_H

#include "Dataflow/CostModel/Eyeriss/Indices.h"

#include <array>

namespace dataflow::cost {

using LoopOrder = std::array<int, kNumLoops>; ///< position of each loop, 0 = innermost

struct LoopBlocking {
  std::array<PerLoopInt, kNumBlockingLevels> t = {
      PerLoopInt{1, 1, 1}, PerLoopInt{1, 1, 1}, PerLoopInt{1, 1, 1}};
  std::array<LoopOrder, kNumOrderedLevels> order = {LoopOrder{0, 1, 2},
                                                    LoopOrder{0, 1, 2}};

  /// prod_k t[k][l].
  int64_t loopTotal(int l) const { return t[0][l] * t[1][l] * t[2][l]; }
  /// lcnt = product of all factors.
  int64_t lcnt() const { return loopTotal(0) * loopTotal(1) * loopTotal(2); }
  bool operator==(const LoopBlocking &o) const { return t == o.t && order == o.order; }
};

/// True iff `order` is a permutation of {0, 1, 2}.
bool isPermutation(const LoopOrder &order);

} // namespace dataflow::cost

#endif // DATAFLOW_COSTMODEL_LOOPBLOCKING_H
