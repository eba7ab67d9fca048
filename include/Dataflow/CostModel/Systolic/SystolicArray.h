//===- SystolicArray.h - Systolic-array accelerator cost model --*- C++ -*-===//
//
// The analytical model of the systolic-array dataflow optimizer
// (docs/seed-tools.md §3.2; horizon-research/systolic-array-dataflow-optimizer
// layer_base_method.py): an A x A array behind one on-chip buffer shared by
// ifmap, ofmap and weight tiles, and a DRAM link of `bandwidth` GB/s. A layer
// is tiled into c0 output channels x t_d output pixels per spatial dimension;
// the tiles are even splits (`Co / n`, possibly fractional, as in the tool).
// Time is max(compute, memory) cycles; DRAM traffic is in elements.
//
// Plain C++, no MLIR; nothing throws.
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_SYSTOLICARRAY_H
#define DATAFLOW_COSTMODEL_SYSTOLICARRAY_H

#include "Dataflow/CostModel/Core/Status.h"

#include <cstdint>
#include <vector>

namespace dataflow::cost {

/// Resources of a systolic-array accelerator.
struct SystolicHardware {
  int64_t arraySize = 16;          ///< A: the array is A x A PEs
  double bufferWords = 1572864;    ///< on-chip buffer, in elements (words)
  double bandwidthGBs = 25.6;      ///< DRAM bandwidth, GB/s
  double clockGHz = 1.0;           ///< array clock; the tool assumes 1 GHz
  int64_t wordBits = 16;           ///< 8, 16 or 32

  /// Elements moved per cycle: GB/s / GHz = bytes per cycle, / bytes per word.
  double wordsPerCycle() const {
    return bandwidthGBs / clockGHz / (static_cast<double>(wordBits) / 8.0);
  }
};

Status validateSystolicHardware(const SystolicHardware &hw);

/// Buffer partition ifmap : ofmap : weights, as ratios (the tool's
/// `--buffer_partition I O W`; 3:3:4 in its runner).
struct BufferPartition {
  double ifmap = 3, ofmap = 3, weights = 4;
};

/// What sits still in the array.
enum class SystolicDataflow {
  /// Rows hold output channels, columns output pixels; the reduction
  /// (Ci*prod K) streams through. The tool's utilisation model (§3.2).
  OutputStationary,
  /// Rows hold the reduction (Ci*prod K), columns output channels; the output
  /// pixels stream through.
  WeightStationary,
};

/// Loop order of the DRAM tiles (§3.2): row-major keeps a weight tile and
/// walks the ofmap tiles (ifmap reloaded per tile); channel-major keeps an
/// ifmap tile and walks the output channels (weights reloaded per tile).
enum class SystolicOrder { RowMajor, ChannelMajor };

/// One convolution as the model sees it. `out` are the output extents of the
/// spatial dimensions (W, H for 2-D; W, H, D for 3-D), `kernel` the kernel
/// extents in the same order. The ifmap tile of an output tile t is
/// `Ci * prod_d (stride_d * t_d + kernel_d / 2)` (the tool's halo).
struct SystolicLayer {
  std::vector<int64_t> out;
  /// Input extents (makeSystolicConv sets them); empty means out * stride. Only the tool's
  /// 3-D model (Systolic3DModel::Tool) reads them.
  std::vector<int64_t> in;
  std::vector<int64_t> kernel;
  int64_t stride = 1;
  /// A stride per spatial dimension (W, H[, D]), our extension (the tool takes one); empty
  /// means `stride` on every dimension.
  std::vector<int64_t> strides;
  int64_t inChannels = 1;
  int64_t outChannels = 1;

  int64_t spatialRank() const { return static_cast<int64_t>(out.size()); }
  /// The stride of spatial dimension `d`.
  int64_t strideOf(size_t d) const { return strides.size() == out.size() ? strides[d] : stride; }
  double macs() const;
};

/// The tool's convolution: the output extents are the input extents divided by
/// the stride (integer division, dnn_optimizer.py), 2 or 3 spatial dimensions.
Result<SystolicLayer> makeSystolicConv(const std::vector<int64_t> &inputExtents,
                                       int64_t inChannels, int64_t outChannels,
                                       const std::vector<int64_t> &kernel, int64_t stride);

/// An integer tiling: how many even pieces each loop is cut into. Tile sizes
/// are `outChannels / channelSplits` and `out[d] / spatialSplits[d]`.
struct SystolicTiling {
  int64_t channelSplits = 1;
  std::vector<int64_t> spatialSplits;
  bool operator==(const SystolicTiling &o) const {
    return channelSplits == o.channelSplits && spatialSplits == o.spatialSplits;
  }
};

/// What a search minimises first; the other figure breaks ties.
enum class SystolicGoal {
  Latency, ///< cycles, then DRAM traffic (the tool's ranking)
  Traffic, ///< DRAM traffic, then cycles
};

/// How a layer with 3 spatial dimensions is priced (2-D layers are unaffected).
enum class Systolic3DModel {
  /// The 2-D formulas extended to a third dimension: tiles of the output extents, halo
  /// kernel_d / 2 per dimension (the default).
  Consistent,
  /// The tool's layer3d_base_method.py as written (docs/seed-tools.md §3.2): tiles of the
  /// *input* extents (strided layers count their ofmap tiles S^3 too large), halo
  /// (Kh + 1) / 2 on every dimension, row-major charging the ifmap tile for all but Co / c0
  /// of the tiles and channel-major the weight tile for all but prod(grid / t) of them,
  /// MACs floor-divided by S^3; the exhaustive fill rounds the cube root of its tile volume
  /// (x ** (1.0 / 3)) to nearest where the 2-D fill floors it.
  Tool,
};

/// Options of the model (not of the search).
struct SystolicModelOptions {
  SystolicDataflow dataflow = SystolicDataflow::OutputStationary;
  /// How tilings and loop orders are ranked (systolicBetter).
  SystolicGoal goal = SystolicGoal::Latency;
  /// Add the pipeline fill and drain of every array pass (2(A-1) cycles, plus
  /// A cycles to preload the weights for weight-stationary). The tool models
  /// the steady state only (false).
  bool fillDrain = false;
  /// A tiling is rejected when its buffer footprint exceeds
  /// `bufferSlack * bufferWords` (the tool accepts 1.01).
  double bufferSlack = 1.0;
  /// How 3-D layers are priced.
  Systolic3DModel model3D = Systolic3DModel::Consistent;
  /// The tool's choice between the two loop orders of one tiling: channel-major only when
  /// it takes fewer cycles, row-major on equal cycles even when channel-major moves less
  /// data (layer_static_method.optimize_one_buffer_partition). Off: `goal` decides, so on
  /// equal cycles the order with less traffic wins.
  bool toolOrderTies = false;
};

/// The extents a tiling splits: the output extents, or the input extents for a 3-D layer
/// under Systolic3DModel::Tool.
std::vector<int64_t> systolicTileGrid(const SystolicLayer &layer,
                                      const SystolicModelOptions &options);

/// The figures of one tiling in one loop order.
struct SystolicCost {
  SystolicTiling tiling;
  SystolicOrder order = SystolicOrder::RowMajor;
  double channelTile = 0;              ///< c0 (may be fractional: Co / n)
  std::vector<double> spatialTile;     ///< t_d
  double computeCycles = 0;            ///< rounded half away from zero, as the tool
  double memoryCycles = 0;             ///< transfer / wordsPerCycle, rounded
  double cycles = 0;                   ///< max(compute, memory)
  double transfer = 0;                 ///< DRAM traffic in elements, rounded
  bool memoryBound = false;            ///< memory >= compute (the tool's "M")
  double arrayUtilization = 0;
  double bufferUtilization = 0;        ///< footprint / bufferWords
  double tiles = 0;                    ///< number of ofmap tiles
};

/// Evaluates one tiling in one order. Fails when the tiling does not fit the
/// layer or the buffer.
Result<SystolicCost> evaluateSystolic(const SystolicLayer &layer, const SystolicHardware &hw,
                                      const SystolicTiling &tiling, SystolicOrder order,
                                      const SystolicModelOptions &options = {});

/// Both orders, the better one by `options.goal` (full ties: row-major); with
/// `options.toolOrderTies` the tool's rule instead.
Result<SystolicCost> evaluateSystolicBest(const SystolicLayer &layer, const SystolicHardware &hw,
                                          const SystolicTiling &tiling,
                                          const SystolicModelOptions &options = {});

/// The tool's rounding of a continuous tile size to an even split of `extent`:
/// n = ceil(extent / round(floor(x))) pieces (x clamped to [1, extent]).
int64_t splitsForTile(double x, int64_t extent);

/// Total order of results: fewer cycles, then less traffic (Latency); less traffic, then
/// fewer cycles (Traffic).
bool systolicBetter(const SystolicCost &a, const SystolicCost &b,
                    SystolicGoal goal = SystolicGoal::Latency);

} // namespace dataflow::cost

#endif // DATAFLOW_COSTMODEL_SYSTOLICARRAY_H
