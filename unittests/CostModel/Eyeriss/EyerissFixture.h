//===- EyerissFixture.h - A one-node Eyeriss and AlexNet conv3 for tests -*- C++ -*-===//
#ifndef DATAFLOW_UNITTESTS_COSTMODEL_EYERISSFIXTURE_H
#define DATAFLOW_UNITTESTS_COSTMODEL_EYERISSFIXTURE_H

#include "Dataflow/CostModel/Eyeriss/Hardware.h"
#include "Dataflow/CostModel/Eyeriss/Layer.h"

namespace dataflow::cost::fixtures {

/// One Eyeriss node (16x16 PEs, 128 kB global buffer, 512 B register files), no NoC cost.
inline Hardware eyeriss() {
  Hardware hw;
  hw.gbufWords = 65536;
  hw.regfWords = 256;
  hw.cost.nocHop = 0;
  return hw;
}

/// AlexNet's conv3 (one tower), batch 16.
inline Layer conv3() { return makeConv("conv3", 256, 192, 13, 13, 3, 3, 1, 1, 16); }

} // namespace dataflow::cost::fixtures

#endif // DATAFLOW_UNITTESTS_COSTMODEL_EYERISSFIXTURE_H
