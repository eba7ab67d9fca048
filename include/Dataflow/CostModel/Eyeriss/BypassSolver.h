//===- BypassSolver.h - TETRIS analytical GBUF bypass solver ----*- C++ -*-===//
//
// Gao et al., TETRIS (ASPLOS'17) §4.2 / nn_dataflow loop_blocking_solver;
// docs/cost-model.md §4 "Bypass solver". For each data category r whose two
// companions may both bypass the GBUF, solves for the blocking with only r
// resident in the GBUF. CONV-shaped loops only.
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_BYPASSSOLVER_H
#define DATAFLOW_COSTMODEL_BYPASSSOLVER_H

#include "Dataflow/CostModel/Eyeriss/Hardware.h"
#include "Dataflow/CostModel/Eyeriss/LoopBlocking.h"
#include "Dataflow/CostModel/Eyeriss/LoopBlockingSearch.h"
#include "Dataflow/CostModel/Eyeriss/RowStationaryMapping.h"

#include <array>
#include <optional>
#include <vector>

namespace dataflow::cost {

/// The solver's scheme with only `resident` kept in GBUF, or nullopt when its
/// optimisation problems have no feasible point (the tool would crash).
std::optional<LoopBlocking> solveGbufResident(const MappingCandidate &cand,
                                              const Hardware &hw, int resident);

/// All solver schemes, in category order FIL, IFM, OFM.
std::vector<LoopBlocking> solveBypassSchemes(const MappingCandidate &cand,
                                             const Hardware &hw,
                                             const std::array<bool, kNumData> &bypassAllowed);

/// The solver engine: all valid schemes of the TETRIS bypass solver (CONV loops only;
/// LR loops fall back to exhaustive as nn_dataflow does).
std::vector<SchemeCost> searchBlockingSolver(const BlockingEvaluator &eval,
                                             const Options &opts,
                                             BlockingSearchStats *stats = nullptr);

} // namespace dataflow::cost

#endif // DATAFLOW_COSTMODEL_BYPASSSOLVER_H
