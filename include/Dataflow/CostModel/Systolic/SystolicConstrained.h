//===- SystolicConstrained.h - Continuous relaxation of the tiling -*- C++ -*-===//
//
// The systolic optimizer's "Constrained" search (docs/seed-tools.md §3.3): a
// continuous relaxation of the tiling solved with NLopt's COBYLA, rounded to
// the best valid integer tiling around the optimum. searchSystolicLayer calls
// it for the constrained and combined methods.
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_SYSTOLICCONSTRAINED_H
#define DATAFLOW_COSTMODEL_SYSTOLICCONSTRAINED_H

#include "Dataflow/CostModel/Systolic/SystolicSearch.h"

#include <optional>

namespace dataflow::cost {

/// The continuous relaxation + rounding, from the given start tiles (c0, t_d);
/// without a start it uses the tool's start (the lower bounds) and the middle
/// of the box.
Result<SystolicSchedule>
searchSystolicConstrained(const SystolicLayer &layer, const SystolicHardware &hw,
                          const SystolicModelOptions &model,
                          const std::optional<SystolicCost> &start = std::nullopt);

} // namespace dataflow::cost

#endif // DATAFLOW_COSTMODEL_SYSTOLICCONSTRAINED_H
