//===- Invariants.h - Checks every costed schedule must pass ----*- C++ -*-===//
//
// Checked before a schedule or a report is written (docs/cost-model.md,
// "Figures that do not fit"): energies, accesses and MACs finite and
// non-negative; times non-negative with the total at least each bound; the time
// at least the MACs over every PE of the accelerator; the DRAM time at least the
// DRAM accesses over the bandwidth. A failure is a bug in the model, not in the
// input: the passes report it as an internal error on the layer.
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_INVARIANTS_H
#define DATAFLOW_COSTMODEL_INVARIANTS_H

#include "Dataflow/CostModel/Core/Status.h"
#include "Dataflow/CostModel/Eyeriss/Hardware.h"
#include "Dataflow/CostModel/Eyeriss/LoopBlockingScheme.h"

namespace dataflow::cost {

/// StatusCode::Internal naming the broken invariant, or ok.
Status checkSchemeInvariants(const SchemeCost &scheme, const Hardware &hw);

} // namespace dataflow::cost

#endif // DATAFLOW_COSTMODEL_INVARIANTS_H
