//===- LayerSearch.h - Entry points: search and re-cost a layer -*- C++ -*-===//
//
// The cost model's entry points for the passes:
//  - searchLayer: best `topN` schemes of a layer over all mapping candidates
//    and blockings (docs/cost-model.md §3-§4, §6 per layer);
//  - evaluateScheme: re-cost a given (possibly hand-written) mapping candidate
//    + blocking with bit-identical figures to what the search reported;
//  - pinning: Options::pins fixes a mapping candidate, factors or orders and
//    searchLayer fills in the rest.
// Figures of grouped convs are multiplied by Layer::groups (see Layer.h).
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_LAYERSEARCH_H
#define DATAFLOW_COSTMODEL_LAYERSEARCH_H

#include "Dataflow/CostModel/Eyeriss/Hardware.h"
#include "Dataflow/CostModel/Eyeriss/Layer.h"
#include "Dataflow/CostModel/Eyeriss/LoopBlockingScheme.h"
#include "Dataflow/CostModel/Eyeriss/Options.h"
#include "Dataflow/CostModel/Eyeriss/RowStationaryMapping.h"
#include "Dataflow/CostModel/Core/Status.h"

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace dataflow::cost {

struct LayerSchedule {
  RowStationaryMapping mapping;    ///< folding + all processing-pass candidates
  std::vector<SchemeCost> schemes; ///< best first, at most Options::topN
  int64_t schemesEvaluated = 0;    ///< blockings costed by the search
  /// False when Options::deadline stopped the search early: `schemes` are the best of
  /// the part searched (at least one valid scheme), not proven optimal.
  bool complete = true;
};

/// Upper bound on the blocking schemes searchLayer would cost for `layer` under `opts`
/// (countBlockingSchemes over the mapping candidates it searches; the solver's few
/// schemes on CONV loops are not counted). Cheap: never enumerates the space.
Result<int64_t> countLayerSchemes(const Layer &layer, const Hardware &hw, const Options &opts);

/// countLayerSchemes for an already mapped layer: countBlockingSchemes summed over the
/// candidates searched (a pinned candidate only; none on CONV loops with the solver),
/// saturating at INT64_MAX.
int64_t countMappingSchemes(const RowStationaryMapping &m, const Options &opts);

Result<LayerSchedule> searchLayer(const Layer &layer, const Hardware &hw,
                                  const Options &opts);

/// A complete single-node schedule decision, as written in the IR.
struct SchemeChoice {
  int mappingCandidate = 0; ///< index into RowStationaryMapping::candidates
  LoopBlocking blocking;
  /// Explicit GBUF residency; nullopt = nn_dataflow's bypass decision from
  /// Options::bypassAllowed (what the search did).
  std::optional<std::array<bool, kNumData>> gbufStored;
};

Result<SchemeCost> evaluateScheme(const Layer &layer, const Hardware &hw,
                                  const SchemeChoice &choice, const Options &opts);

} // namespace dataflow::cost

#endif // DATAFLOW_COSTMODEL_LAYERSEARCH_H
