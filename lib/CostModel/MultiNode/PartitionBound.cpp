//===- PartitionBound.cpp - Lower bound of a partition's cost -------------===//
//
// Each term is the formula of BlockingEvaluator::evaluate (docs/cost-model.md
// §4, §6) and finishNocAndEnergy (§5.3) at its least value over all blockings:
// lcnt >= prod L, fetch[1] >= 1, fetch[0] >= 1 (0 for pinned weights).
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/MultiNode/PartitionBound.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>

namespace dataflow::cost {

CostBound candidateBound(const MappingCandidate &cand, const Hardware &hw, const Options &opts,
                         const PartitionContext &ctx, const PerDataHops &unitHops) {
  const UnitCosts &c = hw.cost;
  const double n = double(ctx.numNodes);
  double minLcnt = 1;
  for (int l = 0; l < kNumLoops; ++l)
    minLcnt *= double(cand.loopCount[l]);
  static constexpr double kRegfFactor[kNumData] = {1, 1, 2}; // §4: OFM read+write
  double access = 0, dramWords = 0, hops = 0;
  for (int d = 0; d < kNumData; ++d) {
    // §4: REGF[d] = unit_REGF[d]*lcnt*(1,1,2)[d]*n; ITCN[d] = total(ITCN,d)*fetch[1][d]*n.
    access += c.memHier[kRegf] * cand.unitAccess[kRegf][d] * minLcnt * kRegfFactor[d] * n;
    access += c.memHier[kItcn] * cand.totalAccess(kItcn, d) * n;
    // §4: GBUF[d] = total(GBUF,d)*fetch[1][d]*n when stored; stored is certain only when
    // the category may not bypass (or §6 forces it) and the bypass solver does not decide.
    const bool forced = !opts.bypassAllowed[size_t(d)] || (d == kIfm && ctx.srcLocal) ||
                        (d == kOfm && ctx.dstLocal);
    if (forced && opts.method == SearchMethod::Exhaustive)
      access += c.memHier[kGbuf] * cand.totalAccess(kGbuf, d) * n;
    // §4: DRAM[d] = (stored ? total(DRAM,d) : total(GBUF,d))*fetch[0][d]*n/fwd[d]; §6: pinned
    // weights have none, an on-chip fmap's are GBUF-priced.
    if (d == kFil && ctx.noTimeMux)
      continue;
    const double words =
        std::min(cand.totalAccess(kDram, d), cand.totalAccess(kGbuf, d)) * n / ctx.fwd[size_t(d)];
    const bool onChip = (d == kIfm && ctx.srcOnChip) || (d == kOfm && ctx.dstOnChip);
    access += (onChip ? c.memHier[kGbuf] : c.memHier[kDram]) * words;
    if (!onChip)
      dramWords += words;
    // §5.3: memory hops = unit_hops * fetch[0].
    hops += double(unitHops[size_t(d)]);
  }
  // §4 time: max(proc = unit_time*lcnt, dram = ceil(sum DRAM / dram_bw), bus).
  double time = double(cand.unitTime) * minLcnt;
  if (!std::isinf(hw.dramBandwidth))
    time = std::max(time, std::ceil(dramWords / hw.dramBandwidth));
  CostBound b;
  b.time = time;
  // §6: layer cost = mac_op*ops + access + noc_hop*hops + idl_unit*time.
  b.energy = c.macOp * cand.unitOps * minLcnt * n + access + c.nocHop * hops + c.idlUnit * time;
  return b;
}

CostBound partitionBound(const RowStationaryMapping &mapping, const Hardware &hw,
                         const Options &opts, const PartitionContext &ctx,
                         const PerDataHops &unitHops) {
  CostBound best{std::numeric_limits<double>::infinity(),
                 std::numeric_limits<double>::infinity()};
  for (const MappingCandidate &cand : mapping.candidates) {
    if (opts.pins.mappingCandidate >= 0 && cand.index != opts.pins.mappingCandidate)
      continue;
    const CostBound b = candidateBound(cand, hw, opts, ctx, unitHops);
    best.energy = std::min(best.energy, b.energy);
    best.time = std::min(best.time, b.time);
  }
  return best;
}

bool boundCannotWin(const CostBound &b, double bestEnergy, int64_t bestTime, Goal g) {
  // The bound sums the terms in another order than the cost: keep a margin of 1e-9.
  constexpr double kMargin = 1.0 - 1e-9;
  const double e = b.energy * kMargin, t = b.time * kMargin;
  switch (g) {
  case Goal::Energy:
    return e > bestEnergy;
  case Goal::Delay:
    return t > double(bestTime);
  case Goal::EnergyDelay:
    return e * t > bestEnergy * double(bestTime);
  }
  return false;
}

} // namespace dataflow::cost
