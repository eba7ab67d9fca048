//===- SystolicTool3D.cpp - The systolic tool's own 3-D model -------------===//
//
// layer3d_base_method.py of horizon-research/systolic-array-dataflow-optimizer,
// term by term and in its (Python 2) order of operations, so that its figures
// are reproduced to the last digit. W, H, D are the layer's *input* extents.
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/Systolic/SystolicTool3D.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace dataflow::cost {

std::vector<int64_t> systolicInputExtents(const SystolicLayer &layer) {
  if (layer.in.size() == layer.out.size())
    return layer.in;
  std::vector<int64_t> in;
  for (size_t d = 0; d < layer.out.size(); ++d)
    in.push_back(layer.out[d] * layer.strideOf(d));
  return in;
}

Result<SystolicCost> evaluateSystolicTool3D(const SystolicLayer &layer,
                                            const SystolicHardware &hw,
                                            const SystolicTiling &tiling, SystolicOrder order,
                                            const SystolicModelOptions &options) {
  if (Status s = validateSystolicHardware(hw); !s)
    return s;
  if (layer.spatialRank() != 3 || layer.kernel.size() != 3 ||
      tiling.spatialSplits.size() != 3)
    return Status::error(StatusCode::InvalidArgument,
                         "the tool's 3-D model needs 3 spatial dimensions");
  if (options.dataflow != SystolicDataflow::OutputStationary)
    return Status::error(StatusCode::InvalidArgument,
                         "the tool's 3-D model is output-stationary only");
  const std::vector<int64_t> grid = systolicInputExtents(layer);
  if (tiling.channelSplits < 1 || tiling.channelSplits > layer.outChannels)
    return Status::error(StatusCode::InvalidArgument,
                         "channel splits " + std::to_string(tiling.channelSplits) +
                             " outside [1, " + std::to_string(layer.outChannels) + "]");
  for (size_t d = 0; d < 3; ++d)
    if (tiling.spatialSplits[d] < 1 || tiling.spatialSplits[d] > grid[d])
      return Status::error(StatusCode::InvalidArgument,
                           "spatial splits " + std::to_string(tiling.spatialSplits[d]) +
                               " outside [1, " + std::to_string(grid[d]) + "]");

  const double A = static_cast<double>(hw.arraySize);
  // One stride per dimension (W, H, D; the tool has one S on all three).
  const int64_t Sw = layer.strideOf(0), Sh = layer.strideOf(1), Sz = layer.strideOf(2);
  const double Swd = static_cast<double>(Sw), Shd = static_cast<double>(Sh),
               Szd = static_cast<double>(Sz);
  const int64_t Co = layer.outChannels, Ci = layer.inChannels;
  const int64_t Kw = layer.kernel[0], Kh = layer.kernel[1], Kd = layer.kernel[2];
  const int64_t W = grid[0], H = grid[1], D = grid[2];
  const double Cod = static_cast<double>(Co), Cid = static_cast<double>(Ci);

  SystolicCost c;
  c.tiling = tiling;
  c.order = order;
  // process_parameter: c_0 = min(Co / ceil(Co / round(x)), Co), likewise w_0, h_0, d_0.
  const double c0 = std::min(Cod / static_cast<double>(tiling.channelSplits), Cod);
  const double w0 = std::min(static_cast<double>(W) / tiling.spatialSplits[0],
                             static_cast<double>(W));
  const double h0 = std::min(static_cast<double>(H) / tiling.spatialSplits[1],
                             static_cast<double>(H));
  const double d0 = std::min(static_cast<double>(D) / tiling.spatialSplits[2],
                             static_cast<double>(D));
  c.channelTile = c0;
  c.spatialTile = {w0, h0, d0};

  // layer3d_base_method: S_2 = (K_h + 1) / 2 (integer division) on every dimension.
  const double S2 = static_cast<double>((Kh + 1) / 2);
  const double ofmapTile = h0 * w0 * d0 * c0;
  const double ifmapTile = (Shd * h0 + S2) * (Swd * w0 + S2) * (Szd * d0 + S2) * Cid;
  const double kernelTile = static_cast<double>(Kh * Kw * Kd * Ci) * c0;
  const int64_t volume = H * W * D;
  const double totalBatch = std::ceil(static_cast<double>(volume * Co) / ofmapTile);
  c.tiles = totalBatch;

  double transfer;
  if (order == SystolicOrder::RowMajor) {
    // row_major_data_transfer: (ofmap + ifmap) * (batches - Co/c_0) + (ofmap + kernel) * Co/c_0
    transfer = (ofmapTile + ifmapTile) * (totalBatch - Cod / c0);
    transfer += (ofmapTile + kernelTile) * (Cod / c0);
  } else {
    // channel_major_data_transfer: (ofmap + kernel) * (batches - HWD/(h_0 w_0 d_0))
    //   + (ofmap + ifmap) * HWD / (h_0 w_0 d_0)
    const double v = static_cast<double>(volume);
    transfer = (ofmapTile + kernelTile) * (totalBatch - v / (h0 * w0 * d0));
    transfer += (ofmapTile + ifmapTile) * v / (h0 * w0 * d0);
  }

  // systolic_array_utilization(c_0, [w_0, h_0, d_0]).
  const double area = w0 * h0 * d0;
  const double roundUp = (std::ceil(c0 / A) * A) * (std::ceil(area / A) * A);
  c.arrayUtilization = c0 * area / roundUp;

  // buffer_utilization([c_0, w_0, h_0, d_0]): ofmap + weights + ifmap.
  const double footprint = c0 * w0 * h0 * d0 + static_cast<double>(Ci * Kh * Kw * Kd) * c0 +
                           Cid * (Swd * w0 + S2) * (Shd * h0 + S2) * (Szd * d0 + S2);
  c.bufferUtilization = footprint / hw.bufferWords;
  if (c.bufferUtilization > options.bufferSlack) {
    std::ostringstream os;
    os << "tile footprint " << footprint << " words exceeds the buffer of " << hw.bufferWords
       << " words";
    return Status::error(StatusCode::GbufOverflow, os.str());
  }

  // compute_bound_cycle: (H W D Co)(Ci Kh Kw Kd) / (S_w S_h S_d) (integer division) / (A^2 util).
  const int64_t macs = (volume * Co) * (Ci * Kh * Kw * Kd) / (Sw * Sh * Sz);
  double compute = static_cast<double>(macs) / (A * A * c.arrayUtilization);
  if (options.fillDrain) {
    // As evaluateSystolic: 2(A-1) cycles per array pass (+A weight preload, WS).
    double perPass = 2 * (A - 1);
    if (options.dataflow == SystolicDataflow::WeightStationary)
      perPass += A;
    compute += c.tiles * std::ceil(c0 / A) * std::ceil(area / A) * perPass;
  }

  c.computeCycles = std::round(compute); // Python 2 round: half away from zero
  c.memoryCycles = std::round(transfer / hw.wordsPerCycle());
  c.transfer = std::round(transfer);
  c.memoryBound = !(c.memoryCycles < c.computeCycles);
  c.cycles = c.memoryBound ? c.memoryCycles : c.computeCycles;
  return c;
}

} // namespace dataflow::cost
