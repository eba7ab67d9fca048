//===- SystolicSearch.h - Tiling searches of the systolic model -*- C++ -*-===//
//
// The search methods of the systolic-array dataflow optimizer
// (docs/seed-tools.md §3.3), behind one entry point:
//   exhaustive  - the tool's sweep of the buffer partition in 5 % steps with a
//                 greedy tile fill per partition (layer_exhaustive_searcher.py);
//   static      - one fixed partition I:O:W, greedy fill (layer_static_method.py);
//   constrained - a continuous relaxation of the tiling (minimise DRAM traffic
//                 subject to the buffer capacity, per loop order) solved with
//                 NLopt's COBYLA, then rounded to the best valid integer tiling
//                 around the optimum (the tool used scipy SLSQP);
//   combined    - the constrained search started from the static partition's
//                 tiling, never worse than that static result (the tool's
//                 Combined mode crashes with a NameError).
// Ties are broken by (cycles, transfer), first found wins. The constrained
// search is declared in SystolicConstrained.h.
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_SYSTOLICSEARCH_H
#define DATAFLOW_COSTMODEL_SYSTOLICSEARCH_H

#include "Dataflow/CostModel/Core/EngineRegistry.h"
#include "Dataflow/CostModel/Systolic/SystolicArray.h"

#include <optional>
#include <string>

namespace dataflow::cost {

enum class SystolicSearchMethod { Exhaustive, Static, Constrained, Combined };

/// "exhaustive", "static", "constrained", "combined" (nullopt otherwise).
std::optional<SystolicSearchMethod> parseSystolicSearchMethod(const std::string &name);
const char *systolicSearchMethodName(SystolicSearchMethod m);

struct SystolicSearchOptions {
  SystolicSearchMethod method = SystolicSearchMethod::Exhaustive;
  /// Used by `static` and as the start point of `combined`.
  BufferPartition partition;
  SystolicModelOptions model;
};

/// The chosen tiling and its figures.
struct SystolicSchedule {
  SystolicCost cost;
  /// The buffer partition (words) the greedy fill used; zero for the
  /// constrained search, which bounds only the total footprint.
  double ifmapWords = 0, weightWords = 0, ofmapWords = 0;
  int64_t evaluations = 0; ///< tilings evaluated (both orders count once)
};

/// What one systolic search is given.
struct SystolicProblem {
  const SystolicLayer &layer;
  const SystolicHardware &hw;
  const SystolicSearchOptions &options;
};

/// The family's interchangeable engines by name (docs/architecture.md, "The seam"), in
/// SystolicSearchMethod order: exhaustive, static, constrained, combined.
const EngineRegistry<SystolicProblem, SystolicSchedule> &systolicEngines();

/// Validates the layer and hardware and runs the engine `options.method` names.
Result<SystolicSchedule> searchSystolicLayer(const SystolicLayer &layer,
                                             const SystolicHardware &hw,
                                             const SystolicSearchOptions &options);

/// The greedy fill of one partition (words), as `static` does it.
Result<SystolicSchedule> searchSystolicStatic(const SystolicLayer &layer,
                                              const SystolicHardware &hw,
                                              const BufferPartition &partition,
                                              const SystolicModelOptions &model);

} // namespace dataflow::cost

#endif // DATAFLOW_COSTMODEL_SYSTOLICSEARCH_H
