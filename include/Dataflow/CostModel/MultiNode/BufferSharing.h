//===- BufferSharing.h - GBUF sharing across nodes (TANGRAM) ----*- C++ -*-===//
//
// docs/cost-model.md §5.5 (`--enable-gbuf-sharing`; TANGRAM ASPLOS'19 §4):
// the nodes of a category's sharing group keep disjoint slices of its data
// (subgroup size s[d]) and rotate them over the NoC, or fetch wide from their
// neighbours. Given a scheme costed with footprints divided by the group
// sizes, chooses the subgroup sizes and the extra sharing level (split and
// reorder of the flexible GBUF-level loops) with the fewest NoC words.
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_BUFFERSHARING_H
#define DATAFLOW_COSTMODEL_BUFFERSHARING_H

#include "Dataflow/CostModel/Eyeriss/Hardware.h"
#include "Dataflow/CostModel/Eyeriss/LoopBlockingScheme.h"
#include "Dataflow/CostModel/Eyeriss/RowStationaryMapping.h"
#include "Dataflow/CostModel/MultiNode/SharingGroups.h"

#include <array>

namespace dataflow::cost {

struct BufferSharingResult {
  PerDataInt groupSize{1, 1, 1};
  PerDataInt subgroupSize{1, 1, 1};
  PerLoopInt bsFactors{1, 1, 1};   ///< t of the extra sharing level
  LoopOrder bsOrder{0, 1, 2};      ///< its order
  LoopOrder gbufOrder{0, 1, 2};    ///< the reordered GBUF-level order
  PerData rotFetch{0, 0, 0};       ///< rotation NoC fetch (per unique datum)
  PerData wideFetch{0, 0, 0};      ///< wide-fetch NoC fetch
  PerDataInt rotRounds{0, 0, 0};
  PerDataInt rotUnits{1, 1, 1};
  PerData wideWidth{0, 0, 0};
  PerData nocWords{0, 0, 0};       ///< rotation + wide-fetch words, all nodes
};

/// §5.5 for a valid scheme `s` of candidate `cand` on `numNodes` nodes with
/// groups `g` (its GBUF footprints were divided by the group sizes).
BufferSharingResult shareBuffers(const SchemeCost &s, const MappingCandidate &cand,
                                 const Hardware &hw, const SharingGroups &g,
                                 int64_t numNodes);

/// §5.5 rotation hops of one round, relative to the unique data size.
double rotationHopsPerRound(const SharingGroups &g, int d, int64_t subgroup,
                            int64_t rotUnits);
/// §5.5 hops of one wide fetch of width `width`.
double wideFetchHopsOnce(const SharingGroups &g, int d, int64_t subgroup, double width);

} // namespace dataflow::cost

#endif // DATAFLOW_COSTMODEL_BUFFERSHARING_H
