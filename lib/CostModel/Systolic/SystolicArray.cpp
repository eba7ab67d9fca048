//===- SystolicArray.cpp - Systolic-array accelerator cost model ----------===//
//
// Formulas of docs/seed-tools.md §3.2 (the tool's layer_base_method.py). The
// floating-point operations are done in the tool's order so that its figures
// are reproduced to the last digit (its tiles are fractional even splits).
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/Systolic/SystolicArray.h"
#include "Dataflow/CostModel/Systolic/SystolicTool3D.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace dataflow::cost {

namespace {

Status invalid(StatusCode code, const std::string &msg) { return Status::error(code, msg); }

// Product over the spatial dimensions, last first (the tool writes h_0*w_0).
double productReversed(const std::vector<double> &v) {
  double p = 1;
  for (auto it = v.rbegin(); it != v.rend(); ++it)
    p = (it == v.rbegin()) ? *it : p * *it;
  return p;
}

int64_t productInt(const std::vector<int64_t> &v) {
  int64_t p = 1;
  for (int64_t x : v)
    p *= x;
  return p;
}

// Python 2 round(): half away from zero.
double roundHalfAway(double x) { return std::round(x); }

} // namespace

Status validateSystolicHardware(const SystolicHardware &hw) {
  if (hw.arraySize <= 0)
    return invalid(StatusCode::InvalidHardware,
                   "systolic array size " + std::to_string(hw.arraySize) + " must be positive");
  if (!(hw.bufferWords > 0))
    return invalid(StatusCode::InvalidHardware, "systolic buffer size must be positive");
  if (!(hw.bandwidthGBs > 0) || !(hw.clockGHz > 0))
    return invalid(StatusCode::InvalidHardware,
                   "memory bandwidth and clock must be positive");
  if (hw.wordBits != 8 && hw.wordBits != 16 && hw.wordBits != 32)
    return invalid(StatusCode::InvalidHardware,
                   "word width " + std::to_string(hw.wordBits) + " must be 8, 16 or 32 bits");
  return Status::ok();
}

double SystolicLayer::macs() const {
  return static_cast<double>(productInt(out) * outChannels) *
         static_cast<double>(inChannels * productInt(kernel));
}

Result<SystolicLayer> makeSystolicConv(const std::vector<int64_t> &inputExtents,
                                       int64_t inChannels, int64_t outChannels,
                                       const std::vector<int64_t> &kernel, int64_t stride) {
  if (inputExtents.size() != 2 && inputExtents.size() != 3)
    return invalid(StatusCode::InvalidLayer, "a systolic convolution has 2 or 3 spatial "
                                             "dimensions, got " +
                                                 std::to_string(inputExtents.size()));
  if (kernel.size() != inputExtents.size())
    return invalid(StatusCode::InvalidLayer, "kernel rank differs from the input rank");
  if (stride <= 0 || inChannels <= 0 || outChannels <= 0)
    return invalid(StatusCode::InvalidLayer, "stride and channel counts must be positive");
  SystolicLayer l;
  l.stride = stride;
  l.inChannels = inChannels;
  l.outChannels = outChannels;
  l.kernel = kernel;
  l.in = inputExtents;
  for (size_t d = 0; d < inputExtents.size(); ++d) {
    if (kernel[d] <= 0)
      return invalid(StatusCode::InvalidLayer, "kernel extents must be positive");
    int64_t o = inputExtents[d] / stride; // dnn_optimizer.py: ifmap / stride
    if (o <= 0)
      return invalid(StatusCode::InvalidLayer,
                     "input extent " + std::to_string(inputExtents[d]) +
                         " is smaller than the stride " + std::to_string(stride));
    l.out.push_back(o);
  }
  return l;
}

std::vector<int64_t> systolicTileGrid(const SystolicLayer &layer,
                                      const SystolicModelOptions &options) {
  if (options.model3D == Systolic3DModel::Tool && layer.spatialRank() == 3)
    return systolicInputExtents(layer);
  return layer.out;
}

int64_t splitsForTile(double x, int64_t extent) {
  // layer_base_method.process_parameter: min(N / ceil(N / round(floor(x))), N)
  double r = roundHalfAway(std::floor(x));
  if (!(r >= 1))
    r = 1;
  double n = std::ceil(static_cast<double>(extent) / r);
  return std::clamp<int64_t>(static_cast<int64_t>(n), 1, extent);
}

bool systolicBetter(const SystolicCost &a, const SystolicCost &b, SystolicGoal goal) {
  // §3.3: the tool ranks by latency, then traffic; Traffic swaps the two.
  if (goal == SystolicGoal::Traffic && a.transfer != b.transfer)
    return a.transfer < b.transfer;
  if (a.cycles != b.cycles)
    return a.cycles < b.cycles;
  return a.transfer < b.transfer;
}

Result<SystolicCost> evaluateSystolic(const SystolicLayer &layer, const SystolicHardware &hw,
                                      const SystolicTiling &tiling, SystolicOrder order,
                                      const SystolicModelOptions &options) {
  if (Status s = validateSystolicHardware(hw); !s)
    return s;
  if (options.model3D == Systolic3DModel::Tool && layer.spatialRank() == 3)
    return evaluateSystolicTool3D(layer, hw, tiling, order, options);
  const size_t rank = layer.out.size();
  if (tiling.spatialSplits.size() != rank || layer.kernel.size() != rank)
    return invalid(StatusCode::InvalidArgument, "tiling rank differs from the layer rank");
  if (tiling.channelSplits < 1 || tiling.channelSplits > layer.outChannels)
    return invalid(StatusCode::InvalidArgument,
                   "channel splits " + std::to_string(tiling.channelSplits) +
                       " outside [1, " + std::to_string(layer.outChannels) + "]");
  for (size_t d = 0; d < rank; ++d)
    if (tiling.spatialSplits[d] < 1 || tiling.spatialSplits[d] > layer.out[d])
      return invalid(StatusCode::InvalidArgument,
                     "spatial splits " + std::to_string(tiling.spatialSplits[d]) +
                         " outside [1, " + std::to_string(layer.out[d]) + "]");

  const double A = static_cast<double>(hw.arraySize);
  const double Co = static_cast<double>(layer.outChannels);
  const double Ci = static_cast<double>(layer.inChannels);

  SystolicCost c;
  c.tiling = tiling;
  c.order = order;
  c.channelTile = std::min(Co / static_cast<double>(tiling.channelSplits), Co);
  std::vector<double> halo(rank);
  for (size_t d = 0; d < rank; ++d) {
    const double n = static_cast<double>(layer.out[d]);
    c.spatialTile.push_back(std::min(n / static_cast<double>(tiling.spatialSplits[d]), n));
    // §3.2 halo S*t+K/2, with this dimension's stride S_d (the tool has one S).
    halo[d] = static_cast<double>(layer.strideOf(d)) * c.spatialTile[d] +
              static_cast<double>(layer.kernel[d] / 2);
  }
  const double c0 = c.channelTile;
  const double area = productReversed(c.spatialTile);
  const int64_t outPixels = productInt(layer.out);
  const int64_t reduction = layer.inChannels * productInt(layer.kernel);

  // §3.2 tile sizes: ofmap c0*area, ifmap Ci*prod(S_d*t+K/2), weights Ci*prod(K)*c0.
  const double ofmapTile = area * c0;
  const double ifmapTile = productReversed(halo) * Ci;
  const double kernelTile = static_cast<double>(reduction) * c0;
  c.tiles = std::ceil(static_cast<double>(outPixels * layer.outChannels) / ofmapTile);

  double transfer;
  if (order == SystolicOrder::RowMajor) {
    // (ofmap + ifmap) * tiles + (ofmap + weights) * Co / c0
    transfer = (ofmapTile + ifmapTile) * c.tiles + (ofmapTile + kernelTile) * Co / c0;
  } else {
    // (ofmap + weights) * tiles + (ofmap + ifmap) * prod(out) / area
    double t = ofmapTile + ifmapTile;
    for (auto it = layer.out.rbegin(); it != layer.out.rend(); ++it)
      t = t * static_cast<double>(*it);
    transfer = (ofmapTile + kernelTile) * c.tiles + t / area;
  }

  // Buffer footprint: c0*prod(t) + Ci*prod(K)*c0 + Ci*prod(S_d*t+K/2).
  double ofmapFp = c0;
  for (double t : c.spatialTile)
    ofmapFp = ofmapFp * t;
  double ifmapFp = Ci;
  for (auto it = halo.rbegin(); it != halo.rend(); ++it)
    ifmapFp = ifmapFp * *it;
  const double footprint = ofmapFp + static_cast<double>(reduction) * c0 + ifmapFp;
  c.bufferUtilization = footprint / hw.bufferWords;
  if (c.bufferUtilization > options.bufferSlack) {
    std::ostringstream os;
    os << "tile footprint " << footprint << " words exceeds the buffer of " << hw.bufferWords
       << " words";
    return invalid(StatusCode::GbufOverflow, os.str());
  }

  // Utilisation with A-granular rounding of both array dimensions (§3.2).
  double passes; // array passes per ofmap tile
  if (options.dataflow == SystolicDataflow::OutputStationary) {
    const double roundUp = std::ceil(c0 / A) * A * std::ceil(area / A) * A;
    c.arrayUtilization = c0 * area / roundUp;
    passes = std::ceil(c0 / A) * std::ceil(area / A);
  } else {
    const double R = static_cast<double>(reduction);
    const double roundUp = std::ceil(R / A) * A * std::ceil(c0 / A) * A;
    c.arrayUtilization = R * c0 / roundUp;
    passes = std::ceil(R / A) * std::ceil(c0 / A);
  }
  double compute = layer.macs() / (A * A * c.arrayUtilization);
  if (options.fillDrain) {
    // Every pass fills and drains the skewed pipeline: 2(A-1) cycles;
    // weight-stationary also preloads A rows of weights.
    double perPass = 2 * (A - 1);
    if (options.dataflow == SystolicDataflow::WeightStationary)
      perPass += A;
    compute += c.tiles * passes * perPass;
  }

  c.computeCycles = roundHalfAway(compute);
  c.memoryCycles = roundHalfAway(transfer / hw.wordsPerCycle());
  c.transfer = roundHalfAway(transfer);
  // The tool keeps the slower of the two bounds; a tie is reported as "M".
  c.memoryBound = !(c.memoryCycles < c.computeCycles);
  c.cycles = c.memoryBound ? c.memoryCycles : c.computeCycles;
  return c;
}

Result<SystolicCost> evaluateSystolicBest(const SystolicLayer &layer, const SystolicHardware &hw,
                                          const SystolicTiling &tiling,
                                          const SystolicModelOptions &options) {
  Result<SystolicCost> row = evaluateSystolic(layer, hw, tiling, SystolicOrder::RowMajor, options);
  if (!row)
    return row;
  Result<SystolicCost> ch =
      evaluateSystolic(layer, hw, tiling, SystolicOrder::ChannelMajor, options);
  if (!ch)
    return ch;
  if (options.toolOrderTies) // optimize_one_buffer_partition: channel-major if strictly faster
    return ch->cycles < row->cycles ? ch : row;
  return systolicBetter(*ch, *row, options.goal) ? ch : row;
}

} // namespace dataflow::cost
