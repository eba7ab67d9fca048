//===- DilationPhases.h - A dilated dimension as undilated phases -*- C++ -*-===//
//
// docs/cost-model.md "Dilated and 3-D convolution": with stride s and dilation d, output o
// reads the inputs o s + k d, so the outputs o = p mod P, P = d / gcd(s, d), read only the
// inputs p s + d m: P undilated phase convolutions of stride s / gcd(s, d), phase p with
// ceil((E - p) / P) of the E outputs. The phases are all one size when P divides E or
// P >= E (then E phases of one output). Every family's bridge prices equal phases;
// dataflow-split-dilated-conv splits the other dimensions into bands of equal phases.
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_DILATIONPHASES_H
#define DATAFLOW_COSTMODEL_DILATIONPHASES_H

#include <cstdint>
#include <numeric>

namespace dataflow::cost {

/// The phases of one dimension with stride `stride` and dilation `dilation` (both >= 1).
struct PhaseSplit {
  int64_t phases = 1; ///< P = d / gcd(s, d)
  int64_t stride = 1; ///< each phase's stride, s / gcd(s, d)
};

inline PhaseSplit phaseSplit(int64_t stride, int64_t dilation) {
  const int64_t g = std::gcd(stride, dilation);
  return {dilation / g, stride / g};
}

/// Whether `extent` outputs in `phases` phases are all one size: P | E, or P >= E.
inline bool equalPhases(int64_t extent, int64_t phases) {
  return phases >= extent || extent % phases == 0;
}

} // namespace dataflow::cost

#endif // DATAFLOW_COSTMODEL_DILATIONPHASES_H
