//===- SystolicTable.cpp - A systolic array's estimated energies ----------===//
#include "Dataflow/CostModel/Technology/SystolicTable.h"

#include "Dataflow/CostModel/Technology/LogicEstimate.h"
#include "Dataflow/CostModel/Technology/MemoryEstimate.h"

#include <cmath>

namespace dataflow::cost::tech {

Result<SystolicTable> estimateSystolicTable(const SystolicTableRequest &r) {
  Result<TechnologyNode> node = technologyNode(r.nodeNm);
  if (!node)
    return node.status();
  if (r.wordBits <= 0 || r.arraySize <= 0 || r.bufferBytes <= 0)
    return Status::error(StatusCode::InvalidHardware,
                         "systolic estimates need a positive word width, array and buffer");
  if (!(r.clockGhz > 0 && std::isfinite(r.clockGhz)))
    return Status::error(StatusCode::InvalidArgument,
                         "estimated energies in joules need a positive clock (GHz) for the "
                         "static energy per cycle");
  int bits = static_cast<int>(r.wordBits);
  Result<LogicEstimate> mac = estimateMac(bits, *node);
  if (!mac)
    return mac.status();
  Result<MemoryEstimate> buffer =
      estimateMemory(MemoryKind::Sram, {r.bufferBytes, r.wordBits, 1, 1}, *node);
  if (!buffer)
    return buffer.status();
  constexpr double kJ = 1e-12; // pJ -> J
  SystolicTable t;
  t.mac = mac->energyPj * kJ;
  t.buffer = buffer->accessPj * kJ;
  t.dram = dramEnergyPerBitPj(r.dram) * double(r.wordBits) * kJ;
  double macs = double(r.arraySize) * double(r.arraySize);
  t.areaMm2 = macs * mac->areaMm2 + buffer->areaMm2;
  t.leakageW = buffer->leakageMw * 1e-3;
  // Static energy per cycle = leakage power / clock.
  t.staticPerCycle = t.leakageW / (r.clockGhz * 1e9);
  return t;
}

} // namespace dataflow::cost::tech
