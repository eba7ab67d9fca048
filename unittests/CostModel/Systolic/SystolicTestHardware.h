//===- SystolicTestHardware.h - The small array the systolic unit tests share -===//
#ifndef DATAFLOW_UNITTESTS_SYSTOLICTESTHARDWARE_H
#define DATAFLOW_UNITTESTS_SYSTOLICTESTHARDWARE_H

#include "Dataflow/CostModel/Systolic/SystolicArray.h"

namespace dataflow::cost {

/// A 4x4 array, 100,000 buffer words, 8 GB/s, 16-bit words: small enough for hand checks.
inline SystolicHardware smallHw() {
  SystolicHardware hw;
  hw.arraySize = 4;
  hw.bufferWords = 100000;
  hw.bandwidthGBs = 8;
  hw.wordBits = 16;
  return hw;
}

} // namespace dataflow::cost

#endif // DATAFLOW_UNITTESTS_SYSTOLICTESTHARDWARE_H
