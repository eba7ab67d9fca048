//===- SystolicEnergy.cpp - Energy of a systolic-array schedule -----------===//
//
// The systolic-array optimizer prices time and DRAM traffic only; the buffer
// accesses below follow from its tiling (docs/cost-model.md "Systolic
// energy"): a word enters the array at its edge once per array pass and is
// passed from PE to PE inside it (Kung, "Why systolic architectures?", IEEE
// Computer 1982), so the buffer is read once per edge word, not per MAC.
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/Systolic/SystolicEnergy.h"

#include <cmath>
#include <string>

namespace dataflow::cost {
namespace {

bool finiteNonNegative(double v) { return std::isfinite(v) && v >= 0.0; }

} // namespace

Result<SystolicAccessCounts> systolicAccessCounts(const SystolicLayer &layer,
                                                  const SystolicHardware &hw,
                                                  const SystolicCost &cost,
                                                  const SystolicModelOptions &options) {
  if (Status s = validateSystolicHardware(hw); !s)
    return s;
  if (cost.spatialTile.size() != layer.out.size() || !(cost.channelTile > 0) ||
      !(cost.tiles > 0))
    return Status::error(StatusCode::InvalidArgument,
                         "systolic energy needs a tiling evaluated for this layer");
  const double A = static_cast<double>(hw.arraySize);
  const double c0 = cost.channelTile;
  double area = 1;
  for (double t : cost.spatialTile)
    area *= t;
  double R = static_cast<double>(layer.inChannels);
  for (int64_t k : layer.kernel)
    R *= static_cast<double>(k);

  SystolicAccessCounts n;
  n.macs = layer.macs();
  // The tool's DRAM traffic; every word is written into (or read out of) the buffer once.
  n.dramWords = cost.transfer;
  n.bufferFills = cost.transfer;
  double reads, writes; // per ofmap tile
  if (options.dataflow == SystolicDataflow::OutputStationary) {
    // Rows hold c0 channels, columns `area` pixels, in ceil(c0/A) x ceil(area/A) passes;
    // each of the R reduction steps of a pass feeds one weight per active row and one
    // ifmap word per active column; each output is written once.
    reads = R * (c0 * std::ceil(area / A) + area * std::ceil(c0 / A));
    writes = c0 * area;
  } else {
    // Rows hold R reduction terms, columns c0 channels, in ceil(R/A) x ceil(c0/A) passes;
    // each weight is loaded once, each pass streams `area` pixels through its active rows
    // and writes a partial sum per pixel and active column, which the next reduction
    // pass reads back.
    const double chunks = std::ceil(R / A);
    reads = R * c0 + area * R * std::ceil(c0 / A) + area * c0 * (chunks - 1);
    writes = area * c0 * chunks;
  }
  n.bufferReads = reads * cost.tiles;
  n.bufferWrites = writes * cost.tiles;
  return n;
}

Result<SystolicEnergy> systolicEnergy(const SystolicAccessCounts &counts,
                                      const SystolicEnergyCosts &costs, double cycles) {
  const double values[] = {counts.macs,        counts.dramWords,   counts.bufferFills,
                           counts.bufferReads, counts.bufferWrites, costs.mac,
                           costs.buffer,       costs.dram,          costs.staticPerCycle,
                           cycles};
  for (double v : values)
    if (!finiteNonNegative(v))
      return Status::error(StatusCode::InvalidArgument,
                           "systolic energy needs finite, non-negative counts, costs and "
                           "cycles");
  SystolicEnergy e;
  e.mac = counts.macs * costs.mac;
  e.buffer = counts.bufferAccesses() * costs.buffer;
  e.dram = counts.dramWords * costs.dram;
  e.leakage = cycles * costs.staticPerCycle;
  e.total = e.mac + e.buffer + e.dram + e.leakage;
  return e;
}

} // namespace dataflow::cost
