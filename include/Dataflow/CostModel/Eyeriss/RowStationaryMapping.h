//===- RowStationaryMapping.h - Eyeriss row-stationary mapping --*- C++ -*-===//
//
// Maps one (per-node) layer onto the PE array as nn_dataflow's Eyeriss
// strategy does (docs/cost-model.md §3; Chen et al., ISCA'16 row stationary):
// logical PE set R x E, folding and replication, the unit pass, and the
// processing-pass candidates (replication of repl_h between ifmaps and
// ofmaps). Each candidate is the "nested loop description" the loop blocking
// of §4 works on.
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_ROWSTATIONARYMAPPING_H
#define DATAFLOW_COSTMODEL_ROWSTATIONARYMAPPING_H

#include "Dataflow/CostModel/Eyeriss/Hardware.h"
#include "Dataflow/CostModel/Eyeriss/Indices.h"
#include "Dataflow/CostModel/Eyeriss/Layer.h"
#include "Dataflow/CostModel/Core/Status.h"

#include <array>
#include <cstdint>
#include <vector>

namespace dataflow::cost {

/// Folding and replication of the logical PE set onto the array (§3.2).
struct ArrayFolding {
  int64_t lpesetH = 0, lpesetW = 0; ///< logical PE set R x E
  int64_t foldH = 1, foldW = 1;
  int64_t replH = 1, replW = 1;
  int64_t foldedPes = 0;            ///< P = ceil(R/fold_h) * ceil(E/fold_w)
  double utilization = 0;           ///< R*E*repl_h*repl_w / (Ah*Aw*fold_h*fold_w)
  /// nn_dataflow aborts (asserts) when utilization <= 0.5. We still map and
  /// cost such layers; this flag reports that the reference tool would fail.
  bool belowReferenceUtilization = false;
};

/// One processing-pass candidate (§3.4-3.5): loop counts, unit figures of one
/// processing pass and the buffer footprints of one unit.
struct MappingCandidate {
  int index = 0;          ///< position in the enumeration (§3.4)
  int64_t ifms = 1;       ///< ifmaps per processing pass (replication)
  int64_t ofms = 1;       ///< ofmaps per processing pass
  PerLoopInt loopCount{}; ///< L = (L_I, L_O, L_B)
  std::array<double, kNumLoops> loopOcc{}; ///< occ_I, occ_O, 1
  PerDataInt replCount{}; ///< rc = (ifms*ofms, ifms, ofms); LR (0, ofms, ofms)
  double unitOps = 0;     ///< MACs of one processing pass
  int64_t unitTime = 0;   ///< cycles of one processing pass
  std::array<PerData, kNumMemLevels> unitAccess{}; ///< [level][data] per pass
  PerDataInt gbufUnitSize{}; ///< GBUF footprint of one unit per data category
  PerDataInt regfUnitSize{}; ///< REGF footprint per PE per data category
  DataLoops dataLoops = DataLoops::conv();

  /// Product of the loop counts over d's dimension loops.
  double dimLoopProduct(int d) const;
  /// total(level, d) = unit access * prod of L over d's dimension loops (§3.5).
  double totalAccess(int level, int d) const {
    return unitAccess[level][d] * dimLoopProduct(d);
  }
};

struct RowStationaryMapping {
  ArrayFolding folding;
  /// Unit pass figures before replication (§3.3), for reports and tests.
  double unitPassOps = 0;
  int64_t unitPassTime = 0;
  std::vector<MappingCandidate> candidates;
};

/// Maps `layer` (one group, the per-node sub-layer when partitioned) with
/// occupancy `occ` (§5.2; 1 for a single node). Fails only for malformed
/// layers or hardware; low utilization is reported, not rejected.
Result<RowStationaryMapping> mapRowStationary(const Layer &layer,
                                              const Hardware &hw,
                                              double occ = 1.0);

} // namespace dataflow::cost

#endif // DATAFLOW_COSTMODEL_ROWSTATIONARYMAPPING_H
