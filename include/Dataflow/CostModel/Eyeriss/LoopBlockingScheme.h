//===- LoopBlockingScheme.h - Evaluation of one blocking scheme -*- C++ -*-===//
//
// Costs one loop blocking scheme on one mapping candidate exactly as
// nn_dataflow's LoopBlockingScheme (docs/cost-model.md §4): buffer footprints
// and capacity checks, fetch counts per level and category, the GBUF bypass
// decision, accesses per level, time (processing, array bus, DRAM bandwidth)
// and energy by component.
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_LOOPBLOCKINGSCHEME_H
#define DATAFLOW_COSTMODEL_LOOPBLOCKINGSCHEME_H

#include "Dataflow/CostModel/Eyeriss/Cost.h"
#include "Dataflow/CostModel/Eyeriss/Hardware.h"
#include "Dataflow/CostModel/Eyeriss/Indices.h"
#include "Dataflow/CostModel/Eyeriss/LoopBlocking.h"
#include "Dataflow/CostModel/Eyeriss/Options.h"
#include "Dataflow/CostModel/Eyeriss/PartitionContext.h"
#include "Dataflow/CostModel/Eyeriss/RowStationaryMapping.h"
#include "Dataflow/CostModel/Core/Status.h"

#include <array>
#include <optional>

namespace dataflow::cost {

/// The full figures of one scheme (one mapping candidate + one blocking).
struct SchemeCost {
  int mappingCandidate = 0;
  LoopBlocking blocking;
  std::array<bool, kNumData> gbufStored{}; ///< false = the category bypasses GBUF
  std::array<PerDataInt, 2> fetch{};       ///< fetch[b][d], b = 0 (DRAM), 1 (GBUF)
  std::array<PerData, kNumMemLevels> access{}; ///< access[level][d], all nodes
  PerData remoteGbuf{0, 0, 0};             ///< §6 on-chip fmap traffic, GBUF-priced
  bool filterPinned = false;               ///< §6 weights pinned (fetch[0][FIL] = 0)
  std::array<PerDataInt, 2> unitCount{};   ///< data units buffered at GBUF, REGF
  std::array<PerDataInt, 2> footprint{};   ///< words at GBUF (per node), REGF (per PE)
  double ops = 0;                          ///< MACs over all nodes
  int64_t numNodes = 1;
  double accessCost = 0;                   ///< ranking key of the blocking search
  EnergyBreakdown energy;
  TimeBreakdown time;
};

/// Why a blocking is invalid (fast path of the search; no strings).
/// Overflow: a figure does not fit int64 (or the energy is not finite), CheckedMath.h.
enum class BlockingInvalid { None, BadFactors, BadOrder, RegfOverflow, GbufOverflow, OnChipRefetch, Overflow };

/// Evaluates blockings of one mapping candidate. Construct once per candidate;
/// `evaluate` is pure and cheap (the search's inner loop).
class BlockingEvaluator {
public:
  BlockingEvaluator(const MappingCandidate &cand, const Hardware &hw,
                    const std::array<bool, kNumData> &bypassAllowed,
                    const PartitionContext &part);

  /// Fills `out` and returns BlockingInvalid::None, or returns the reason the
  /// scheme is invalid (then `out` is unspecified). `storedOverride`, when
  /// given, replaces nn_dataflow's bypass decision by explicit flags.
  BlockingInvalid evaluate(const LoopBlocking &b, SchemeCost &out,
                           const std::optional<std::array<bool, kNumData>>
                               &storedOverride = std::nullopt) const;

  /// GBUF footprint (words) for the given stored flags (§4).
  int64_t gbufFootprint(const LoopBlocking &b,
                        const std::array<bool, kNumData> &stored) const;
  /// REGF footprint (words per PE) (§4).
  int64_t regfFootprint(const LoopBlocking &b) const;
  /// Human-readable reason for an invalid blocking; `stored` is the GBUF residency that
  /// evaluate() left in SchemeCost::gbufStored when it found the overflow.
  Status explain(BlockingInvalid why, const LoopBlocking &b,
                 const std::array<bool, kNumData> &stored) const;

  const MappingCandidate &candidate() const { return cand_; }
  const Hardware &hardware() const { return hw_; }
  const std::array<bool, kNumData> &bypassAllowed() const { return bypassAllowed_; }
  const PartitionContext &partition() const { return part_; }

private:
  MappingCandidate cand_; // copies: an evaluator never dangles
  Hardware hw_;
  std::array<bool, kNumData> bypassAllowed_;
  PartitionContext part_;
  std::array<PerData, kNumMemLevels> total_{}; ///< total(level, d) of §3.5
};

/// Convenience wrapper returning a Result with a reason.
Result<SchemeCost> evaluateBlocking(
    const MappingCandidate &cand, const LoopBlocking &b, const Hardware &hw,
    const std::array<bool, kNumData> &bypassAllowed,
    const PartitionContext &part = PartitionContext(),
    const std::optional<std::array<bool, kNumData>> &storedOverride = std::nullopt);

/// Blocking-search order (docs/cost-model.md §4): E (access cost, time),
/// D (time, access cost), ED access cost * time. Strict "better than".
bool blockingBetter(const SchemeCost &a, const SchemeCost &b, Goal goal);
/// Layer-level order (§6): E (cost, time), D (time, cost), ED cost * time.
bool scheduleBetter(const SchemeCost &a, const SchemeCost &b, Goal goal);

} // namespace dataflow::cost

#endif // DATAFLOW_COSTMODEL_LOOPBLOCKINGSCHEME_H
