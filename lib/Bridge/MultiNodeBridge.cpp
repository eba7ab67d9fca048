//===- MultiNodeBridge.cpp - IR <-> multi-node partitions -------------------===//

#include "Dataflow/Bridge/MultiNodeBridge.h"


using namespace mlir;
using namespace dataflow;
using namespace dataflow::bridge;

cost::PartitionScheme bridge::toPartitionScheme(PartitionAttr partition) {
  cost::PartitionScheme part;
  for (int k = 0; k < cost::kNumPartTypes; ++k)
    part.order[size_t(k)] = static_cast<int>(partition.getOrder()[k]);
  for (int p = 0; p < cost::kNumPartTypes; ++p)
    part.dims[size_t(p)] = cost::Coord{partition.getDims(p)[0], partition.getDims(p)[1]};
  return part;
}

PartitionAttr bridge::toPartitionAttr(MLIRContext *context, const cost::PartitionScheme &part,
                                      const cost::PartitionOptions &options) {
  SmallVector<int64_t, 4> order(part.order.begin(), part.order.end());
  auto dims = [&](int p) {
    return SmallVector<int64_t, 2>{part.dims[size_t(p)].h, part.dims[size_t(p)].w};
  };
  SmallVector<int64_t, 2> outp = dims(cost::kOutp), ofmp = dims(cost::kOfmp),
                          batp = dims(cost::kBatp), inpp = dims(cost::kInpp);
  return PartitionAttr::get(context, order, outp, ofmp, batp, inpp,
                            options.accessForwarding && !options.bufferSharing,
                            options.bufferSharing);
}

cost::PartitionOptions bridge::toPartitionOptions(PartitionAttr partition) {
  cost::PartitionOptions options;
  options.accessForwarding = partition.getAccessForwarding();
  options.bufferSharing = partition.getBufferSharing();
  return options;
}

NocAttr bridge::toNocAttr(MLIRContext *context, const cost::PartitionedSchedule &schedule) {
  auto list = [](auto values) {
    return SmallVector<APFloat, 3>{APFloat(double(values[0])), APFloat(double(values[1])),
                                   APFloat(double(values[2]))};
  };
  SmallVector<APFloat, 3> unit = list(schedule.unitHops), mem = list(schedule.memHops),
                          node = list(schedule.nodeHops), total = list(schedule.totalHops),
                          divisor = list(schedule.fwdReduction);
  return NocAttr::get(context, unit, mem, node, total, divisor);
}
