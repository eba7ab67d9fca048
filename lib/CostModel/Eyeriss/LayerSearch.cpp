//===- LayerSearch.cpp - Entry points: search and re-cost a layer ---------===//
//
// docs/cost-model.md §3, §4 and §6 for one layer on one node (nn_dataflow
// Scheduling.schedule_search_per_node plus the per-layer top-N).
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/Eyeriss/LayerSearch.h"
#include "Dataflow/CostModel/Core/CheckedMath.h"
#include "Dataflow/CostModel/Eyeriss/GroupScaling.h"
#include "Dataflow/CostModel/Eyeriss/LoopBlockingSearch.h"
#include "Dataflow/CostModel/Eyeriss/SearchCache.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>

namespace dataflow::cost {

/// GroupScaling.h: every extensive figure x groups; false when a time does not fit int64.
bool scaleByGroups(SchemeCost &s, int64_t groups) {
  if (groups == 1)
    return true;
  const double g = double(groups);
  for (auto &lvl : s.access)
    for (double &a : lvl)
      a *= g;
  s.ops *= g;
  s.accessCost *= g;
  EnergyBreakdown &e = s.energy;
  e.mac *= g; e.dram *= g; e.gbuf *= g; e.itcn *= g; e.regf *= g;
  e.noc *= g; e.stat *= g; e.access *= g; e.total *= g;
  TimeBreakdown &t = s.time;
  return checkedMul(t.proc, groups, t.proc) && checkedMul(t.bus, groups, t.bus) &&
         checkedMul(t.dram, groups, t.dram) && checkedMul(t.total, groups, t.total);
}

static Status groupsOverflow(const Layer &layer) {
  return Status::error(StatusCode::Overflow,
                       std::string(layerKindName(layer.kind)) + " layer '" + layer.name +
                           "': its cycles times groups = " + std::to_string(layer.groups) +
                           " do not fit in a signed 64-bit integer");
}

namespace {

Status checkOptions(const Options &opts, const RowStationaryMapping &m) {
  if (opts.topN < 1)
    return Status::error(StatusCode::InvalidArgument,
                         "top-N must be at least 1, got " + std::to_string(opts.topN));
  const PartitionContext &p = opts.partition;
  if (p.numNodes < 1)
    return Status::error(StatusCode::InvalidArgument,
                         "node count must be at least 1, got " + std::to_string(p.numNodes));
  for (int d = 0; d < kNumData; ++d)
    if (!(p.fwd[d] >= 1) || p.share[d] < 1)
      return Status::error(StatusCode::InvalidArgument,
                           std::string("forwarding/sharing factors of ") +
                               dataCategoryName(d) + " must be at least 1");
  const int nc = int(m.candidates.size());
  if (opts.pins.mappingCandidate >= nc)
    return Status::error(StatusCode::InvalidArgument,
                         "pinned mapping candidate " +
                             std::to_string(opts.pins.mappingCandidate) + " out of range: the layer has " +
                             std::to_string(nc) + " candidate(s)");
  for (int k = 0; k < kNumOrderedLevels; ++k)
    if (opts.pins.orders[k] && !isPermutation(*opts.pins.orders[k]))
      return Status::error(StatusCode::InvalidArgument,
                           "pinned loop order of level " + std::to_string(k) +
                               " must be a permutation of {0, 1, 2}");
  return Status::ok();
}

/// Why no blocking scheme exists, most specific first: a pin that cannot divide its
/// loop, a register file or global buffer smaller than the smallest footprint any
/// blocking can have (all factors 1 inside the level, §4), or the search engine itself.
std::string diagnoseNoScheme(const Layer &layer, const Hardware &hw,
                             const RowStationaryMapping &m, const Options &opts) {
  const SchedulePins &pins = opts.pins;
  int64_t minRegf = -1, minGbuf = -1;
  std::string pinProblem;
  for (const MappingCandidate &cand : m.candidates) {
    if (pins.mappingCandidate >= 0 && cand.index != pins.mappingCandidate)
      continue;
    bool pinsDivide = true;
    for (int l = 0; l < kNumLoops && pinsDivide; ++l) {
      // Pinned factors from the IR may multiply past int64 (UBSan: INT64_MAX * 16): such a
      // product divides no trip count.
      int64_t pinned = 1;
      bool beyond = false;
      for (int k = 0; k < kNumBlockingLevels; ++k)
        if (pins.factors[k][l] > 0 && !beyond)
          beyond = !checkedMul(pinned, pins.factors[k][l], pinned);
      if (!beyond && cand.loopCount[l] % pinned == 0)
        continue;
      pinsDivide = false;
      if (pinProblem.empty())
        pinProblem = std::string("the pinned factors of loop ") + loopName(l) + " multiply to " +
                     (beyond ? std::string("more than 2^63 - 1") : std::to_string(pinned)) +
                     ", which does not divide its trip count " +
                     std::to_string(cand.loopCount[l]) + " (processing pass " +
                     std::to_string(cand.ifms) + "x" + std::to_string(cand.ofms) + ")";
    }
    if (!pinsDivide)
      continue; // this candidate cannot take the pins at all
    int64_t regf = 0, gbuf = 0;
    for (int d = 0; d < kNumData; ++d) {
      regf += cand.regfUnitSize[d];
      if (!opts.bypassAllowed[d])
        gbuf += (cand.gbufUnitSize[d] + opts.partition.share[d] - 1) / opts.partition.share[d];
    }
    minRegf = minRegf < 0 ? regf : std::min(minRegf, regf);
    minGbuf = minGbuf < 0 ? gbuf : std::min(minGbuf, gbuf);
  }
  if (minRegf < 0 && !pinProblem.empty())
    return pinProblem; // no processing pass can take the pins
  if (minRegf > hw.regfWords)
    return "register file too small: one processing pass needs at least " +
           std::to_string(minRegf) + " words per PE, the PE has " +
           std::to_string(hw.regfWords);
  if (minGbuf > hw.gbufWords)
    return "global buffer too small: the data that may not bypass it needs at least " +
           std::to_string(minGbuf) + " words, the buffer has " +
           std::to_string(hw.gbufWords) + " (allow bypass, or give it more space)";
  // Every fmap and filter word crosses the DRAM link at least once (§4), so this
  // many cycles bound the DRAM time of every scheme from below.
  const double words =
      double(layer.C) * double(layer.hifm()) * double(layer.wifm()) * double(layer.batch) +
      double(layer.M) * double(layer.E) * double(layer.F) * double(layer.batch) +
      (layer.isConvLike() ? double(layer.C) * double(layer.M) * double(layer.R) * double(layer.S)
                          : 0.0);
  if (std::ceil(words / hw.dramBandwidth) >= kInt64Limit) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "%.3g words at %.3g words per cycle take %.3g cycles", words,
                  hw.dramBandwidth, words / hw.dramBandwidth);
    return std::string("its DRAM time does not fit in a signed 64-bit integer: at least ") + buf +
           " (raise dram_bandwidth)";
  }
  std::string why = "no blocking scheme fits the buffers (register file " +
                    std::to_string(hw.regfWords) + " words per PE, global buffer " +
                    std::to_string(hw.gbufWords) + " words)";
  if (pins.pinsFactors() || pins.pinsOrders() || pins.mappingCandidate >= 0)
    why += " with the pinned choices";
  if (opts.method == SearchMethod::Solver && layer.isConvLike())
    why += "; the bypass solver explores few schemes, try the exhaustive search";
  return why;
}

} // namespace

int64_t countMappingSchemes(const RowStationaryMapping &m, const Options &opts) {
  int64_t n = 0;
  for (const MappingCandidate &cand : m.candidates) {
    if (opts.pins.mappingCandidate >= 0 && cand.index != opts.pins.mappingCandidate)
      continue;
    if (opts.method == SearchMethod::Solver && cand.dataLoops.isConv())
      continue; // TETRIS §4.2: a handful of analytical schemes per category
    const int64_t c = countBlockingSchemes(cand, opts);
    n = c > std::numeric_limits<int64_t>::max() - n ? std::numeric_limits<int64_t>::max()
                                                     : n + c;
  }
  return n;
}

Result<int64_t> countLayerSchemes(const Layer &layer, const Hardware &hw, const Options &opts) {
  Result<RowStationaryMapping> mapped = mapRowStationary(layer, hw, opts.partition.occ);
  if (!mapped)
    return mapped.status();
  if (Status s = checkOptions(opts, *mapped); !s)
    return s;
  return countMappingSchemes(*mapped, opts);
}

Result<LayerSchedule> searchLayer(const Layer &layer, const Hardware &hw,
                                  const Options &opts) {
  Result<RowStationaryMapping> mapped = mapRowStationary(layer, hw, opts.partition.occ);
  if (!mapped)
    return mapped.status();
  LayerSchedule sched;
  sched.mapping = std::move(mapped).value();
  if (Status s = checkOptions(opts, sched.mapping); !s)
    return s;
  if (opts.maxCandidates > 0) {
    const int64_t n = countMappingSchemes(sched.mapping, opts);
    if (n > opts.maxCandidates)
      return Status::error(StatusCode::SearchTooLarge,
                           std::string(layerKindName(layer.kind)) + " layer '" + layer.name +
                               "': up to " + std::to_string(n) +
                               " candidate blocking schemes, more than the limit of " +
                               std::to_string(opts.maxCandidates));
  }

  // TETRIS §4.2 / docs/cost-model.md §4: the solver builds one scheme per category whose
  // two companions may both bypass the GBUF, so it needs two bypassable categories.
  if (opts.method == SearchMethod::Solver && layer.isConvLike() &&
      std::count(opts.bypassAllowed.begin(), opts.bypassAllowed.end(), true) < 2)
    return Status::error(StatusCode::InvalidArgument,
                         std::string(layerKindName(layer.kind)) + " layer '" + layer.name +
                             "': the bypass solver needs at least two data categories that "
                             "may bypass the global buffer (it builds one scheme per "
                             "category whose two companions bypass); allow bypass or use "
                             "the exhaustive search");

  // Per candidate: its top blocking schemes (in candidate order); then the
  // layer's best by full cost, stable (§6).
  std::vector<SchemeCost> all;
  BlockingSearchStats stats;
  for (const MappingCandidate &cand : sched.mapping.candidates) {
    if (opts.pins.mappingCandidate >= 0 && cand.index != opts.pins.mappingCandidate)
      continue;
    // Options::deadline: once past it, no further candidate once a scheme is held.
    if (opts.deadline && !all.empty() && std::chrono::steady_clock::now() >= *opts.deadline) {
      stats.stopped = true;
      break;
    }
    BlockingEvaluator eval(cand, hw, opts.bypassAllowed, opts.partition);
    std::vector<SchemeCost> tops = searchBlockingCached(eval, opts, &stats);
    all.insert(all.end(), tops.begin(), tops.end());
  }
  sched.schemesEvaluated = stats.evaluated;
  sched.complete = !stats.stopped;
  if (all.empty())
    return Status::error(StatusCode::NoValidScheme,
                         std::string(layerKindName(layer.kind)) + " layer '" + layer.name +
                             "': " + diagnoseNoScheme(layer, hw, sched.mapping, opts));
  std::stable_sort(all.begin(), all.end(), [&](const SchemeCost &a, const SchemeCost &b) {
    return scheduleBetter(a, b, opts.goal);
  });
  if (all.size() > size_t(opts.topN))
    all.resize(size_t(opts.topN));
  for (SchemeCost &s : all)
    if (!scaleByGroups(s, layer.groups))
      return groupsOverflow(layer);
  sched.schemes = std::move(all);
  return sched;
}

Result<SchemeCost> evaluateScheme(const Layer &layer, const Hardware &hw,
                                  const SchemeChoice &choice, const Options &opts) {
  Result<RowStationaryMapping> mapped = mapRowStationary(layer, hw, opts.partition.occ);
  if (!mapped)
    return mapped.status();
  const RowStationaryMapping &m = *mapped;
  if (Status s = checkOptions(opts, m); !s)
    return s;
  if (choice.mappingCandidate < 0 || choice.mappingCandidate >= int(m.candidates.size()))
    return Status::error(StatusCode::InvalidArgument,
                         "mapping candidate " + std::to_string(choice.mappingCandidate) +
                             " out of range: the layer has " +
                             std::to_string(m.candidates.size()) + " candidate(s)");
  const MappingCandidate &cand = m.candidates[size_t(choice.mappingCandidate)];
  Result<SchemeCost> r = evaluateBlocking(cand, choice.blocking, hw, opts.bypassAllowed,
                                          opts.partition, choice.gbufStored);
  if (!r)
    return Status::error(r.status().code(), std::string(layerKindName(layer.kind)) +
                                                " layer '" + layer.name + "': " +
                                                r.status().message());
  SchemeCost s = std::move(r).value();
  if (!scaleByGroups(s, layer.groups))
    return groupsOverflow(layer);
  return s;
}

} // namespace dataflow::cost
