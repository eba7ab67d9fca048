//===- LoopBlockingScheme.cpp - Evaluation of one blocking scheme ---------===//
//
// docs/cost-model.md §4 (nn_dataflow LoopBlockingScheme).
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/Eyeriss/LoopBlockingScheme.h"
#include "Dataflow/CostModel/Core/CheckedMath.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace dataflow::cost {

BlockingEvaluator::BlockingEvaluator(const MappingCandidate &cand,
                                     const Hardware &hw,
                                     const std::array<bool, kNumData> &bypassAllowed,
                                     const PartitionContext &part)
    : cand_(cand), hw_(hw), bypassAllowed_(bypassAllowed), part_(part) {
  for (int m = 0; m < kNumMemLevels; ++m)
    for (int d = 0; d < kNumData; ++d)
      total_[m][d] = cand.totalAccess(m, d); // §3.5 total(level, d)
}

/// ceil(x / y) for x >= 0, y >= 1, without forming x + y - 1.
static int64_t idivc(int64_t x, int64_t y) { return x / y + (x % y != 0 ? 1 : 0); }

/// Footprints that do not fit int64 saturate: they exceed every buffer anyway.
static constexpr int64_t kSaturated = INT64_MAX;

/// §4: words of category d held at GBUF (per node) for `units` data units.
static bool gbufWords(int64_t units, int64_t unitSize, int64_t share, int64_t &out) {
  if (!checkedMul(units, unitSize, out))
    return false;
  out = idivc(out, share);
  return true;
}

int64_t BlockingEvaluator::gbufFootprint(const LoopBlocking &b,
                                         const std::array<bool, kNumData> &stored) const {
  // §4: GBUF sum_d ceil(prod_{dims d}(t1*t2) * gbuf_fp[d] * stored[d] / share[d]).
  int64_t sum = 0;
  for (int d = 0; d < kNumData; ++d) {
    if (!stored[d])
      continue;
    int64_t cnt = 1, words;
    for (int l = 0; l < kNumLoops; ++l)
      if (cand_.dataLoops.isDim(d, l) &&
          !checkedProduct({cnt, b.t[1][l], b.t[2][l]}, cnt))
        return kSaturated;
    if (!gbufWords(cnt, cand_.gbufUnitSize[d], part_.share[d], words) ||
        !checkedAdd(sum, words, sum))
      return kSaturated;
  }
  return sum;
}

int64_t BlockingEvaluator::regfFootprint(const LoopBlocking &b) const {
  // §4: REGF sum_d prod_{dims d} t2 * regf_fp[d].
  int64_t sum = 0;
  for (int d = 0; d < kNumData; ++d) {
    int64_t cnt = 1;
    for (int l = 0; l < kNumLoops; ++l)
      if (cand_.dataLoops.isDim(d, l) && !checkedMul(cnt, b.t[2][l], cnt))
        return kSaturated;
    if (!checkedMul(cnt, cand_.regfUnitSize[d], cnt) || !checkedAdd(sum, cnt, sum))
      return kSaturated;
  }
  return sum;
}

/// prod_k t[k][l], or false when it does not fit int64.
static bool loopTotalChecked(const LoopBlocking &b, int l, int64_t &out) {
  return checkedProduct({b.t[0][l], b.t[1][l], b.t[2][l]}, out);
}

BlockingInvalid BlockingEvaluator::evaluate(
    const LoopBlocking &b, SchemeCost &out,
    const std::optional<std::array<bool, kNumData>> &storedOverride) const {
  const DataLoops &dl = cand_.dataLoops;
  // §4: prod_k t[k][l] >= L_l.
  int64_t lcntInt = 1; // lcnt = product of all factors
  for (int l = 0; l < kNumLoops; ++l) {
    if (b.t[0][l] < 1 || b.t[1][l] < 1 || b.t[2][l] < 1)
      return BlockingInvalid::BadFactors;
    int64_t total;
    if (!loopTotalChecked(b, l, total) || !checkedMul(lcntInt, total, lcntInt))
      return BlockingInvalid::Overflow;
    if (total < cand_.loopCount[l])
      return BlockingInvalid::BadFactors;
  }
  for (int k = 0; k < kNumOrderedLevels; ++k)
    if (!isPermutation(b.order[k]))
      return BlockingInvalid::BadOrder;

  // §4: unit counts (GBUF: t1*t2 over dims, REGF: t2 over dims).
  for (int d = 0; d < kNumData; ++d) {
    int64_t cg = 1, cr = 1;
    for (int l = 0; l < kNumLoops; ++l)
      if (dl.isDim(d, l) &&
          (!checkedProduct({cg, b.t[1][l], b.t[2][l]}, cg) || !checkedMul(cr, b.t[2][l], cr)))
        return BlockingInvalid::Overflow;
    out.unitCount[0][d] = cg;
    out.unitCount[1][d] = cr;
  }

  // §4: capacity check before the bypass decision with stored = !bypass_allowed.
  std::array<bool, kNumData> stored;
  for (int d = 0; d < kNumData; ++d)
    stored[d] = storedOverride ? (*storedOverride)[d] : !bypassAllowed_[d];
  const int64_t regf = regfFootprint(b);
  if (regf > hw_.regfWords)
    return BlockingInvalid::RegfOverflow;
  if (gbufFootprint(b, stored) > hw_.gbufWords) {
    out.gbufStored = stored; // what overflowed, for explain()
    return BlockingInvalid::GbufOverflow;
  }

  // §4: fetch counts, level 0 then 1. j = innermost non-trivial dimension loop
  // of d at level b; none -> fetch of the outer level (1 at level 0).
  for (int bl = 0; bl < kNumOrderedLevels; ++bl) {
    const PerLoopInt &t = b.t[bl];
    const LoopOrder &ord = b.order[bl];
    for (int d = 0; d < kNumData; ++d) {
      int j = -1;
      for (int l = 0; l < kNumLoops; ++l)
        if (dl.isDim(d, l) && t[l] > 1 && (j < 0 || ord[l] < ord[j]))
          j = l;
      if (j < 0) {
        out.fetch[bl][d] = bl > 0 ? out.fetch[bl - 1][d] : 1;
        continue;
      }
      // §4: f = prod over unrelated loops u of (t[k][u] for k < b, times
      // t[b][u] if u is outside j at level b).
      int64_t f = 1;
      for (int u = 0; u < kNumLoops; ++u) {
        if (dl.isDim(d, u))
          continue;
        const int kEnd = bl + (ord[u] > ord[j] ? 1 : 0);
        for (int k = 0; k < kEnd; ++k)
          if (!checkedMul(f, b.t[k][u], f))
            return BlockingInvalid::Overflow;
      }
      // §4: OFM fetch is 2f-1 (read + write of partial sums).
      if (d == kOfm && !checkedMul(2, f, f))
        return BlockingInvalid::Overflow;
      out.fetch[bl][d] = d == kOfm ? f - 1 : f;
    }
  }

  // §6: an fmap on chip can be fetched only once (no spilling); in the layer's
  // own region it is forced into GBUF.
  bool forced = false;
  if (part_.srcOnChip && out.fetch[0][kIfm] > 1)
    return BlockingInvalid::OnChipRefetch;
  if (part_.dstOnChip && out.fetch[0][kOfm] > 1)
    return BlockingInvalid::OnChipRefetch;
  if (!storedOverride) {
    if (part_.srcLocal && !stored[kIfm])
      stored[kIfm] = forced = true;
    if (part_.dstLocal && !stored[kOfm])
      stored[kOfm] = forced = true;
  }

  // §4 bypass: a category allowed to bypass is kept in GBUF iff
  // fetch[0][d] < fetch[1][d] (it has reuse there).
  if (!storedOverride) {
    bool changed = forced;
    for (int d = 0; d < kNumData; ++d)
      if (!stored[d] && out.fetch[0][d] < out.fetch[1][d]) {
        stored[d] = true;
        changed = true;
      }
    // §4: capacity checked again after the decision.
    if (changed && gbufFootprint(b, stored) > hw_.gbufWords) {
      out.gbufStored = stored; // what overflowed, for explain()
      return BlockingInvalid::GbufOverflow;
    }
  }
  out.gbufStored = stored;
  for (int d = 0; d < kNumData; ++d) {
    // Both fit: the capacity checks above summed them without saturating.
    out.footprint[0][d] = 0;
    if (stored[d] && !gbufWords(out.unitCount[0][d], cand_.gbufUnitSize[d], part_.share[d],
                                out.footprint[0][d]))
      return BlockingInvalid::Overflow;
    if (!checkedMul(out.unitCount[1][d], cand_.regfUnitSize[d], out.footprint[1][d]))
      return BlockingInvalid::Overflow;
  }

  // §4 accesses over all n nodes.
  const double n = double(part_.numNodes);
  const double lcnt = double(lcntInt);
  static constexpr double kRegfFactor[kNumData] = {1, 1, 2}; // §4: OFM read+write
  for (int d = 0; d < kNumData; ++d) {
    // §4: REGF[d] = unit_REGF[d]*lcnt*(1,1,2)[d]*n.
    out.access[kRegf][d] = cand_.unitAccess[kRegf][d] * lcnt * kRegfFactor[d] * n;
    // §4: ITCN[d] = total(ITCN,d)*fetch[1][d]*n, also for bypassed data.
    out.access[kItcn][d] = total_[kItcn][d] * double(out.fetch[1][d]) * n;
    // §4: GBUF[d] = total(GBUF,d)*fetch[1][d]*stored[d]*n.
    out.access[kGbuf][d] =
        stored[d] ? total_[kGbuf][d] * double(out.fetch[1][d]) * n : 0.0;
    // §4: DRAM[d] = (stored ? total(DRAM,d) : total(GBUF,d))*fetch[0][d]*n/fwd[d];
    // bypassed data use the GBUF unit access (with its fold_h factor).
    out.access[kDram][d] = (stored[d] ? total_[kDram][d] : total_[kGbuf][d]) *
                           double(out.fetch[0][d]) * n / part_.fwd[d];
  }
  // §6 weight pinning (set after the bypass decision, as the tool does).
  out.filterPinned = false;
  if (part_.noTimeMux) {
    bool pin = true;
    for (int l = 0; l < kNumLoops; ++l)
      if (dl.isDim(kFil, l) && b.t[0][l] != 1)
        pin = false;
    if (pin) {
      out.filterPinned = true;
      out.fetch[0][kFil] = 0;
      out.access[kDram][kFil] = 0;
    }
  }
  // §6: on-chip source / destination: DRAM accesses become remote GBUF ones.
  out.remoteGbuf = {0, 0, 0};
  if (part_.srcOnChip) {
    out.remoteGbuf[kIfm] = out.access[kDram][kIfm];
    out.access[kDram][kIfm] = 0;
  }
  if (part_.dstOnChip) {
    out.remoteGbuf[kOfm] = out.access[kDram][kOfm];
    out.access[kDram][kOfm] = 0;
  }
  out.ops = cand_.unitOps * lcnt * n; // §4: ops = unit_ops*lcnt*n

  // §4 time: proc = unit_time*lcnt; bus = ceil(ceil(max_d GBUF[d]/n)/bus_width);
  // dram = ceil(sum_d DRAM[d]/dram_bw); 0 for infinite widths.
  TimeBreakdown &tm = out.time;
  if (!checkedMul(cand_.unitTime, lcntInt, tm.proc))
    return BlockingInvalid::Overflow;
  const double maxGbuf =
      std::max({out.access[kGbuf][0], out.access[kGbuf][1], out.access[kGbuf][2]});
  tm.bus = 0;
  if (!std::isinf(hw_.arrayBusWidth) &&
      !checkedToInt64(std::ceil(std::ceil(maxGbuf / n) / hw_.arrayBusWidth), tm.bus))
    return BlockingInvalid::Overflow;
  const double dramSum =
      out.access[kDram][0] + out.access[kDram][1] + out.access[kDram][2];
  tm.dram = 0;
  if (!std::isinf(hw_.dramBandwidth) &&
      !checkedToInt64(std::ceil(dramSum / hw_.dramBandwidth), tm.dram))
    return BlockingInvalid::Overflow;
  tm.total = std::max({tm.proc, tm.bus, tm.dram});

  // §4: access cost = sum_level mem_hier[level] * sum_d access[level][d].
  const UnitCosts &c = hw_.cost;
  EnergyBreakdown &e = out.energy;
  double levelEnergy[kNumMemLevels];
  double acc = 0;
  for (int m = 0; m < kNumMemLevels; ++m) {
    const double s = out.access[m][0] + out.access[m][1] + out.access[m][2];
    levelEnergy[m] = c.memHier[m] * s;
    acc += levelEnergy[m];
  }
  // §6: acc_cost += mem_hier[GBUF] * sum(remote_gbuf_access).
  const double remote = out.remoteGbuf[0] + out.remoteGbuf[1] + out.remoteGbuf[2];
  if (remote != 0) {
    levelEnergy[kGbuf] += c.memHier[kGbuf] * remote;
    acc += c.memHier[kGbuf] * remote;
  }
  e.dram = levelEnergy[kDram];
  e.gbuf = levelEnergy[kGbuf];
  e.itcn = levelEnergy[kItcn];
  e.regf = levelEnergy[kRegf];
  e.access = acc;
  out.accessCost = acc;
  // §6: layer cost = mac_op*ops + access cost + noc_hop*hops + idl_unit*time.
  e.mac = c.macOp * out.ops;
  e.noc = 0.0;
  e.stat = c.idlUnit * double(tm.total);
  e.total = e.mac + e.access + e.noc + e.stat;
  if (!std::isfinite(e.total)) // every component is >= 0, so a finite total bounds them
    return BlockingInvalid::Overflow;

  out.mappingCandidate = cand_.index;
  out.blocking = b;
  out.numNodes = part_.numNodes;
  return BlockingInvalid::None;
}

/// A footprint for a message: a saturated one is "more than INT64_MAX".
static std::string wordsText(int64_t words) {
  return words == kSaturated ? "more than " + std::to_string(kSaturated)
                             : std::to_string(words);
}

Status BlockingEvaluator::explain(BlockingInvalid why, const LoopBlocking &b,
                                  const std::array<bool, kNumData> &stored) const {
  switch (why) {
  case BlockingInvalid::None:
    return Status::ok();
  case BlockingInvalid::Overflow:
    return Status::error(StatusCode::Overflow,
                         "a figure of the schedule (blocking-factor product, fetch count, "
                         "cycles or energy) does not fit in a signed 64-bit integer / double");
  case BlockingInvalid::BadFactors: {
    for (int l = 0; l < kNumLoops; ++l)
      if (b.t[0][l] < 1 || b.t[1][l] < 1 || b.t[2][l] < 1 ||
          b.loopTotal(l) < cand_.loopCount[l])
        return Status::error(
            StatusCode::InvalidArgument,
            std::string("blocking factors of loop ") + loopName(l) + " (" +
                std::to_string(b.t[0][l]) + ", " + std::to_string(b.t[1][l]) +
                ", " + std::to_string(b.t[2][l]) + ") must be positive and cover its " +
                std::to_string(cand_.loopCount[l]) + " iterations");
    return Status::error(StatusCode::InvalidArgument, "invalid blocking factors");
  }
  case BlockingInvalid::OnChipRefetch:
    return Status::error(StatusCode::InvalidArgument,
                         "an fmap held on chip (inter-layer pipelining) must be fetched "
                         "once: top-level factors re-fetch it");
  case BlockingInvalid::BadOrder:
    return Status::error(StatusCode::InvalidArgument,
                         "loop orders must be permutations of {0, 1, 2}");
  case BlockingInvalid::RegfOverflow:
    return Status::error(StatusCode::RegfOverflow,
                         "register file too small: needs " + wordsText(regfFootprint(b)) +
                             " words per PE, has " +
                             std::to_string(hw_.regfWords));
  case BlockingInvalid::GbufOverflow: {
    std::string kept;
    for (int d = 0; d < kNumData; ++d)
      if (stored[d])
        kept += std::string(kept.empty() ? "" : ", ") + dataCategoryName(d);
    return Status::error(StatusCode::GbufOverflow,
                         "global buffer too small: the " + kept + " it holds need " +
                             wordsText(gbufFootprint(b, stored)) + " words, it has " +
                             std::to_string(hw_.gbufWords));
  }
  }
  return Status::error(StatusCode::InvalidArgument, "invalid blocking");
}

Result<SchemeCost> evaluateBlocking(
    const MappingCandidate &cand, const LoopBlocking &b, const Hardware &hw,
    const std::array<bool, kNumData> &bypassAllowed, const PartitionContext &part,
    const std::optional<std::array<bool, kNumData>> &storedOverride) {
  BlockingEvaluator ev(cand, hw, bypassAllowed, part);
  SchemeCost out;
  const BlockingInvalid why = ev.evaluate(b, out, storedOverride);
  if (why != BlockingInvalid::None)
    return ev.explain(why, b, out.gbufStored);
  return out;
}

bool blockingBetter(const SchemeCost &a, const SchemeCost &b, Goal goal) {
  // §4: blocking candidates are ranked by access cost only (no op, NoC or
  // static energy), with time as the tie breaker for E.
  switch (goal) {
  case Goal::Energy:
    if (a.accessCost != b.accessCost)
      return a.accessCost < b.accessCost;
    return a.time.total < b.time.total;
  case Goal::Delay:
    if (a.time.total != b.time.total)
      return a.time.total < b.time.total;
    return a.accessCost < b.accessCost;
  case Goal::EnergyDelay:
    return a.accessCost * double(a.time.total) < b.accessCost * double(b.time.total);
  }
  return false;
}

bool scheduleBetter(const SchemeCost &a, const SchemeCost &b, Goal goal) {
  // §6: layer schedules ranked by full cost (cost, time) for E.
  switch (goal) {
  case Goal::Energy:
    if (a.energy.total != b.energy.total)
      return a.energy.total < b.energy.total;
    return a.time.total < b.time.total;
  case Goal::Delay:
    if (a.time.total != b.time.total)
      return a.time.total < b.time.total;
    return a.energy.total < b.energy.total;
  case Goal::EnergyDelay:
    return a.energy.total * double(a.time.total) < b.energy.total * double(b.time.total);
  }
  return false;
}

} // namespace dataflow::cost
