//===- LoopBlocking.cpp - Blocking factors, orders and pins ---------------===//
#include "Dataflow/CostModel/Eyeriss/LoopBlocking.h"
#include "Dataflow/CostModel/Eyeriss/Options.h"

namespace dataflow::cost {

bool isPermutation(const LoopOrder &order) {
  unsigned seen = 0;
  for (int p : order) {
    if (p < 0 || p >= kNumLoops)
      return false;
    seen |= 1u << p;
  }
  return seen == (1u << kNumLoops) - 1;
}

bool SchedulePins::pinsFactors() const {
  for (const auto &lvl : factors)
    for (int64_t f : lvl)
      if (f != 0)
        return true;
  return false;
}

} // namespace dataflow::cost
