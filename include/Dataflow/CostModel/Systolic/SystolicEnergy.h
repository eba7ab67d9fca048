//===- SystolicEnergy.h - Energy of a systolic-array schedule ---*- C++ -*-===//
//
// The accesses a systolic schedule makes (MACs, on-chip buffer words, DRAM
// words) and their energy at per-access costs the accelerator gives or the
// technology estimator supplies (docs/cost-model.md "Systolic energy").
//
// Plain C++, no MLIR; nothing throws.
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_SYSTOLIC_SYSTOLICENERGY_H
#define DATAFLOW_COSTMODEL_SYSTOLIC_SYSTOLICENERGY_H

#include "Dataflow/CostModel/Systolic/SystolicArray.h"

namespace dataflow::cost {

/// What one layer's schedule touches, in words (elements) and MACs.
struct SystolicAccessCounts {
  double macs = 0;         ///< the layer's MACs
  double dramWords = 0;    ///< the tool's DRAM traffic (SystolicCost::transfer)
  double bufferFills = 0;  ///< buffer side of every DRAM word (one access per word)
  double bufferReads = 0;  ///< operands the array reads from the buffer
  double bufferWrites = 0; ///< results (and partial sums) the array writes back
  double bufferAccesses() const { return bufferFills + bufferReads + bufferWrites; }
};

/// Counts the accesses of `cost`, a tiling `evaluateSystolic` priced for `layer`
/// on `hw` under `options` (the dataflow decides how the array reads the buffer).
Result<SystolicAccessCounts> systolicAccessCounts(const SystolicLayer &layer,
                                                  const SystolicHardware &hw,
                                                  const SystolicCost &cost,
                                                  const SystolicModelOptions &options = {});

/// Energy per access in one unit (J when estimated, else the accelerator's).
struct SystolicEnergyCosts {
  double mac = 0;            ///< one MAC
  double buffer = 0;         ///< one word read or written in the on-chip buffer
  double dram = 0;           ///< one word moved to or from DRAM
  double staticPerCycle = 0; ///< leakage energy per cycle (0 when not modelled)
};

/// A layer's energy by part; total = mac + buffer + dram + leakage.
struct SystolicEnergy {
  double mac = 0, buffer = 0, dram = 0, leakage = 0, total = 0;
};

/// InvalidArgument on a negative or non-finite count, cost or cycle count.
Result<SystolicEnergy> systolicEnergy(const SystolicAccessCounts &counts,
                                      const SystolicEnergyCosts &costs, double cycles);

} // namespace dataflow::cost

#endif // DATAFLOW_COSTMODEL_SYSTOLIC_SYSTOLICENERGY_H
