//===- Limits.h - the largest sizes the verifiers accept --------*- C++ -*-===//
//
// Documented maxima (docs/ir-reference.md, "Maxima"), chosen so that the
// products the cost model forms from them fit int64 and the searches stay
// bounded in memory. Larger figures are a located verifier error, never an
// out-of-memory abort or a wrapped number. No MLIR types.
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_IR_LIMITS_H
#define DATAFLOW_IR_LIMITS_H

#include <cstdint>

namespace dataflow::limits {

/// Node grid rows / columns (and segment regions, partition factors): 256 x 256 nodes.
inline constexpr int64_t kMaxNodesPerSide = 256;
/// PE array rows / columns of a node: 1024 x 1024 PEs.
inline constexpr int64_t kMaxPesPerSide = 1024;
/// Register file of a PE: 1 GiB.
inline constexpr int64_t kMaxRegfBytes = int64_t(1) << 30;
/// Global buffer of a node: 1 TiB.
inline constexpr int64_t kMaxGbufBytes = int64_t(1) << 40;
/// DRAM bandwidth (bytes per cycle) and array bus width (words per cycle).
inline constexpr double kMinDramBandwidth = 1e-6;
inline constexpr double kMaxDramBandwidth = 1e12;
inline constexpr int64_t kMaxBusWidth = 1000000000000;
/// Clock of either kind (`clock_ghz`): 1 kHz to 1 THz, so that energy per cycle and
/// cycles per second stay finite.
inline constexpr double kMinClockGhz = 1e-6;
inline constexpr double kMaxClockGhz = 1e3;
/// dMazeRunner's scratchpad DMA (`dataflow.spm_dma`): its frequencies (MHz) take the clock's
/// range, its cycles per byte at most 1 / kMinDramBandwidth, its set-up at most 1e12 cycles.
inline constexpr double kMaxDmaInitCycles = 1e12;
/// A systolic accelerator's array side (`array_size`) takes kMaxPesPerSide, its buffer
/// (`buffer_bytes`) kMaxGbufBytes and its memory bandwidth (`bandwidth_gbs`, GB/s) the
/// range of the DRAM bandwidth, [kMinDramBandwidth, kMaxDramBandwidth].
/// Every tensor dimension, kernel, stride, dilation, padding and group count of a
/// layer: 2^30, so that a product of two and a sum of a few fit int64.
inline constexpr int64_t kMaxLayerSize = int64_t(1) << 30;

} // namespace dataflow::limits

#endif // DATAFLOW_IR_LIMITS_H
