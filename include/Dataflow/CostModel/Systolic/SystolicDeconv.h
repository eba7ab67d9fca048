//===- SystolicDeconv.h - Deconvolutions on the systolic model --*- C++ -*-===//
//
// A deconvolution (transposed convolution) with upsampling factor u per
// spatial dimension is u^d convolutions on the original input, one per output
// phase, with sub-kernels of ceil((K - p) / u) taps for phase p
// (docs/seed-tools.md §3.2; odd and even K alike, where the tool crashes on
// even K). Three ways to schedule it:
//   Upsample     - one convolution on the zero-upsampled input (the tool
//                  without --split);
//   Split        - every sub-kernel searched as its own convolution;
//   SplitCombine - the sub-kernels share ifmap tiles: with the exhaustive
//                  method the tool's deconv searcher (weight buffer filled with
//                  A-multiples of every sub-kernel's filters, rounds until all
//                  are done); with the other methods one convolution with
//                  Co * (number of sub-kernels) channels and the largest
//                  sub-kernel (smaller ones zero-padded).
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_SYSTOLICDECONV_H
#define DATAFLOW_COSTMODEL_SYSTOLICDECONV_H

#include "Dataflow/CostModel/Systolic/SystolicSearch.h"

namespace dataflow::cost {

struct SystolicDeconv {
  std::vector<int64_t> in;     ///< input extents (W, H[, D])
  std::vector<int64_t> kernel; ///< full kernel extents
  int64_t upsample = 2;        ///< u: the transposed convolution's stride
  int64_t inChannels = 1, outChannels = 1;
};

enum class DeconvScheduling { Upsample, Split, SplitCombine };

/// Sub-kernel extents of every phase, phase 0 first, dimension 0 outermost
/// (the tool's order for u = 2: (K+1)/2 before K/2). Extents may be 0 when
/// K < u (that phase gets no taps).
std::vector<std::vector<int64_t>> deconvSubKernels(const std::vector<int64_t> &kernel,
                                                   int64_t upsample);

/// One round of the combined deconv searcher.
struct DeconvRound {
  std::vector<double> filters;   ///< output channels of each sub-kernel this round
  std::vector<double> tile;      ///< spatial tile (continuous, as the tool reports)
  double arrayUtilization = 0;
};

struct SystolicDeconvSchedule {
  /// Upsample / Split / non-exhaustive SplitCombine: one schedule per searched
  /// convolution (Split: per sub-kernel with taps, in deconvSubKernels order).
  std::vector<SystolicSchedule> convs;
  std::vector<std::vector<int64_t>> subKernels; ///< the convs' kernels (Split)
  /// Exhaustive SplitCombine: the rounds of the chosen partition.
  std::vector<DeconvRound> rounds;
  double ifmapWords = 0, weightWords = 0, ofmapWords = 0;
  double cycles = 0, transfer = 0; ///< totals
};

/// `toolQuirks` reproduces two slips of the tool's combined deconv searcher
/// (weights counted as Kx*Kx instead of Kx*Ky, and the array utilisation
/// accumulated over the sub-kernels of a round, so later sub-kernels run 2x,
/// 3x, .. faster; also its per-sub-kernel memory bound on the cumulative
/// traffic). Off: each sub-kernel's compute at its own utilisation, a round
/// takes max(total compute, round traffic / bandwidth).
Result<SystolicDeconvSchedule> searchSystolicDeconv(const SystolicDeconv &deconv,
                                                    const SystolicHardware &hw,
                                                    const SystolicSearchOptions &options,
                                                    DeconvScheduling scheduling,
                                                    bool toolQuirks = false);

} // namespace dataflow::cost

#endif // DATAFLOW_COSTMODEL_SYSTOLICDECONV_H
