//===- PipelineSearch.cpp - Beam search over pipeline segments ------------===//
//
// docs/cost-model.md §6 (nn_dataflow NNDataflow.schedule_search,
// _segment_schedule_search, _layer_schedule_search; NNDataflowScheme totals).
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/Pipeline/PipelineSearch.h"
#include "Dataflow/CostModel/Pipeline/SegmentLayer.h"
#include "Dataflow/CostModel/Pipeline/SegmentTiming.h"
#include "Dataflow/CostModel/Core/CheckedMath.h"

#include <algorithm>
#include <chrono>
#include <memory>

namespace dataflow::cost {

namespace {

/// A partial network. Schedules, layouts and segments are shared between the
/// partial networks of the beam (copies are cheap; nothing is mutated).
struct Partial {
  std::map<std::string, std::shared_ptr<const DataLayout>> layouts;
  std::map<std::string, std::shared_ptr<const PartitionedSchedule>> layers;
  std::map<std::string, std::array<int, 3>> seq;
  std::vector<SegmentTiming> timings;
  std::vector<std::shared_ptr<const PipelineSegment>> segs;
  PartitionScheme inputPart;
  double sumCost = 0, sumStatic = 0;
  int64_t sumTime = 0;
  size_t netSize = 0;
  bool sumOverflow = false; ///< sumTime saturated (CheckedMath.h)

  int64_t totalTime() const {
    bool ignored = false; // overflowed() reports it
    // §6: one segment holding the whole network: its critical time.
    if (timings.size() == 1 && layers.size() == netSize)
      return timings.front().criticalTime();
    int64_t t = 0;
    for (const SegmentTiming &s : timings)
      t = saturatingAdd(t, s.time(), ignored);
    return t;
  }
  /// A time of the partial network does not fit int64.
  bool overflowed() const {
    bool over = sumOverflow;
    int64_t t = 0;
    for (const SegmentTiming &s : timings) {
      over |= s.overflowed();
      t = saturatingAdd(t, s.time(), over);
    }
    return over;
  }
  double totalCost() const {
    // §6 static re-basing: subtract sum_static * (1 - total_time / sum_time).
    if (sumTime == 0)
      return sumCost;
    return sumCost - sumStatic * (1 - double(totalTime()) / double(sumTime));
  }
};

bool partialBetter(const Partial &a, const Partial &b, Goal g) {
  const double ca = a.totalCost(), cb = b.totalCost();
  const int64_t ta = a.totalTime(), tb = b.totalTime();
  switch (g) {
  case Goal::Energy:
    return ca != cb ? ca < cb : ta < tb;
  case Goal::Delay:
    return ta != tb ? ta < tb : ca < cb;
  case Goal::EnergyDelay:
    return ca * double(ta) < cb * double(tb);
  }
  return false;
}

void keepTop(std::vector<Partial> &v, size_t n, Goal g) {
  std::stable_sort(v.begin(), v.end(),
                   [&](const Partial &a, const Partial &b) { return partialBetter(a, b, g); });
  if (v.size() > n)
    v.resize(n);
}

DataLayout ifmapOf(const Network &net, const Partial &p, const std::string &layer,
                   const PipelineSegment &seg, SchedIndex idx) {
  std::vector<const DataLayout *> in;
  for (const std::string &q : net.find(layer)->prevs)
    in.push_back(p.layouts.at(q).get());
  return seg.ifmapLayout(in, idx);
}

void append(Partial &np, const Network &net, const std::shared_ptr<const PipelineSegment> &seg,
            SchedIndex idx, const std::string &name, PartitionedSchedule r) {
  if (idx.sp == 0 && idx.tm == 0) {
    np.timings.emplace_back();
    np.segs.push_back(seg);
  }
  const Network::Node *n = net.find(name);
  np.timings.back().add(name, idx, n->layer.isConvLike(), n->prevs, r);
  np.seq[name] = {int(np.timings.size()) - 1, idx.sp, idx.tm};
  np.sumCost += r.energy.total;
  np.sumStatic += r.energy.stat;
  np.sumTime = saturatingAdd(np.sumTime, r.time, np.sumOverflow);
  auto sched = std::make_shared<const PartitionedSchedule>(std::move(r));
  np.layouts[name] = std::shared_ptr<const DataLayout>(sched, &sched->ofmapLayout);
  np.layers[name] = std::move(sched);
}

Result<PipelinedSchedule> finishSchedule(const Network &net, const Partial &p) {
  if (p.overflowed())
    return Status::error(StatusCode::Overflow,
                         "the pipelined network's time (segment timing, summed over layers) "
                         "does not fit in a signed 64-bit integer");
  PipelinedSchedule out;
  out.order = schedulingOrder(net);
  for (const auto &s : p.segs)
    out.segments.push_back(*s);
  for (const auto &kv : p.layers)
    out.layers[kv.first] = *kv.second;
  out.schedSeq = p.seq;
  out.inputPart = p.inputPart;
  for (const SegmentTiming &t : p.timings) {
    out.segmentTime.push_back(t.time());
    out.segmentCriticalTime.push_back(t.criticalTime());
    out.segmentTimeOverhead.push_back(t.timeOverhead());
  }
  out.totalTime = p.totalTime();
  out.totalCost = p.totalCost();
  for (const auto &kv : p.layers) {
    const EnergyBreakdown &e = kv.second->energy;
    out.energy.mac += e.mac; out.energy.dram += e.dram; out.energy.gbuf += e.gbuf;
    out.energy.itcn += e.itcn; out.energy.regf += e.regf; out.energy.noc += e.noc;
    out.energy.access += e.access;
  }
  out.energy.stat = p.sumStatic - (p.sumCost - p.totalCost());
  out.energy.total = out.totalCost;
  return out;
}

std::vector<Partial> seeds(const Network &net, const Hardware &hw, const Options &opts,
                           const std::vector<PartitionScheme> &parts) {
  const int64_t batch = net.layers.front().layer.batch;
  const NodeRegion dram = dramRegion(hw);
  std::vector<Partial> out;
  for (const PartitionScheme &seed : parts) {
    Partial p;
    p.netSize = net.layers.size();
    p.inputPart = seed;
    p.layouts[kNetworkInput] = std::make_shared<const DataLayout>(
        makeLayout(batch, net.input.nofm, net.input.hofm, net.input.wofm, dram, seed));
    for (const FmapShape &e : net.external)
      p.layouts[e.name] = std::make_shared<const DataLayout>(
          makeLayout(e.batchOr(batch), e.nofm, e.hofm, e.wofm, dram, seed));
    out.push_back(std::move(p));
  }
  (void)opts;
  return out;
}

} // namespace

Result<PipelinedSchedule> scheduleNetworkPipelined(const Network &net, const Hardware &hw,
                                                   const Options &opts,
                                                   const SegmentOptions &segOpts) {
  if (net.layers.empty())
    return Status::error(StatusCode::InvalidArgument, "the network has no layers");
  if (Status s = validateHardware(hw); !s)
    return s;
  const int64_t batch = net.layers.front().layer.batch;
  const size_t beam = size_t(std::max(1, segOpts.beamWidth));
  const std::vector<std::string> order = schedulingOrder(net);
  // Options::deadline bounds the whole search: the enumeration stops (the candidates so
  // far are kept, single layers first), and past it each layer takes the first candidate
  // and constraint that give a schedule (a single-layer segment as a rule).
  bool enumerated = true;
  std::map<std::string, std::vector<std::shared_ptr<const PipelineSegment>>> byLast;
  size_t numCandidates = 0;
  for (PipelineSegment &s : segmentCandidates(net, hw, segOpts, opts.deadline, &enumerated)) {
    const std::string last = s.last();
    byLast[last].push_back(std::make_shared<const PipelineSegment>(std::move(s)));
    ++numCandidates;
  }
  bool cut = !enumerated;
  auto late = [&] {
    return opts.deadline && std::chrono::steady_clock::now() >= *opts.deadline;
  };
  // Bounded memory: the partial networks ending at order[k] are dropped once no segment
  // still to be tried starts at order[k + 1] (each holds maps as long as the network).
  std::map<std::string, size_t> posOf;
  for (size_t i = 0; i < order.size(); ++i)
    posOf[order[i]] = i;
  std::vector<size_t> lastUse(order.size(), 0);
  for (const auto &[last, segs] : byLast)
    for (const std::shared_ptr<const PipelineSegment> &sp : segs) {
      const size_t first = posOf.at(sp->first());
      if (first > 0)
        lastUse[first - 1] = std::max(lastUse[first - 1], posOf.at(last));
    }
  std::vector<std::vector<size_t>> dropAfter(order.size());
  for (size_t k = 0; k + 1 < order.size(); ++k)
    dropAfter[std::max(lastUse[k], k + 1)].push_back(k);
  std::vector<std::vector<Partial>> tops(order.size());
  const std::vector<Partial> init = seeds(net, hw, opts, inputPartitions(net, batch, hw, opts));
  Status lastErr;
  LayerSearchCache cache; // per-node searches shared across segments and constraints
  for (size_t li = 0; li < order.size(); ++li) {
    std::vector<Partial> layerTops;
    for (const std::shared_ptr<const PipelineSegment> &segp : byLast[order[li]]) {
      if (!layerTops.empty() && late()) {
        cut = true;
        break;
      }
      const PipelineSegment &seg = *segp;
      const size_t first = posOf.at(seg.first());
      const std::vector<Partial> &prev = first == 0 ? init : tops[first - 1];
      if (prev.empty())
        continue;
      std::vector<std::vector<int64_t>> frontier;
      std::vector<Partial> segTops;
      const size_t numCstr = seg.numConstraints();
      std::vector<int64_t> h;
      for (size_t ci = 0, nextCi = 1; ci < numCstr; ci = nextCi) {
        nextCi = ci + 1;
        if (!segTops.empty() && late()) {
          cut = true;
          break;
        }
        const std::vector<std::vector<LayerConstraint>> cstr = seg.constraintAt(ci, &h);
        bool dominated = false;
        for (const auto &f : frontier) {
          bool all = true;
          for (size_t k = 0; k < h.size(); ++k)
            all &= h[k] >= f[k];
          dominated |= all;
        }
        if (dominated)
          continue;
        std::vector<Partial> cur = prev;
        int flat = -1;
        for (size_t s = 0; s < seg.seg.size() && !cur.empty(); ++s)
          for (size_t t = 0; t < seg.seg[s].size() && !cur.empty(); ++t) {
            ++flat;
            const std::string &name = seg.seg[s][t];
            const LayerConstraint &lc = cstr[s][t];
            const auto pin = segOpts.pinnedPartitions.find(name);
            const PartitionScheme *pinnedPart =
                pin == segOpts.pinnedPartitions.end() ? nullptr : &pin->second;
            std::vector<Partial> next;
            for (const Partial &p : cur) {
              Options o = opts;
              o.topLoops = lc.top;
              if (!lc.topOfmFrom.empty())
                o.topLoops.topOfm = p.layers.at(lc.topOfmFrom)->scheme.blocking.t[0][kLoopO];
              const SchedIndex idx{int(s), int(t)};
              auto rs = searchLayerInResource(net.find(name)->layer, hw, o,
                                              ifmapOf(net, p, name, seg, idx), seg.alloc[s][t],
                                              int(beam), &cache, pinnedPart);
              if (!rs) {
                lastErr = rs.status();
                continue;
              }
              for (PartitionedSchedule r : *rs) {
                Partial np = p;
                append(np, net, segp, idx, name, std::move(r));
                next.push_back(std::move(np));
              }
            }
            keepTop(next, beam, opts.goal);
            cur = std::move(next);
            // No schedule for this layer: every candidate agreeing on the values
            // the layers so far read fails here too (exact skip).
            if (cur.empty())
              nextCi = seg.nextAfterFailure(ci, flat);
          }
        // §6 time-overhead bound.
        std::vector<Partial> ok;
        for (Partial &p : cur) {
          bool fine = true;
          for (const SegmentTiming &t : p.timings)
            fine &= t.timeOverhead() <= segOpts.maxTimeOverhead;
          if (fine)
            ok.push_back(std::move(p));
        }
        if (!ok.empty())
          frontier.push_back(h);
        for (Partial &p : ok)
          segTops.push_back(std::move(p));
      }
      keepTop(segTops, beam, opts.goal);
      for (Partial &p : segTops)
        layerTops.push_back(std::move(p));
    }
    keepTop(layerTops, beam, opts.goal);
    tops[li] = std::move(layerTops);
    for (size_t k : dropAfter[li])
      std::vector<Partial>().swap(tops[k]);
  }
  const std::vector<Partial> &fin = tops.back();
  if (fin.empty())
    return lastErr.isOk() ? Status::error(StatusCode::NoValidScheme, "no valid pipelined schedule")
                          : lastErr;
  Result<PipelinedSchedule> done = finishSchedule(net, fin.front());
  if (!done)
    return done;
  PipelinedSchedule out = std::move(done).value();
  out.segmentsComplete = !cut;
  out.segmentCandidates = int64_t(numCandidates);
  return out;
}

Result<PipelinedSchedule>
evaluateSegments(const Network &net, const Hardware &hw, const Options &opts,
                 const SegmentOptions &segOpts,
                 const std::vector<std::vector<std::vector<std::string>>> &segments,
                 const NetworkChoices &choices, const PartitionScheme &inputPart) {
  std::vector<Partial> init = seeds(net, hw, opts, {inputPart});
  Partial p = init.front();
  for (const auto &sv : segments) {
    std::optional<PipelineSegment> made = makeSegment(net, sv, hw, segOpts);
    if (!made)
      return Status::error(StatusCode::InvalidArgument,
                           "segment starting at '" + sv.front().front() + "' is not valid (§6)");
    const auto seg = std::make_shared<const PipelineSegment>(std::move(*made));
    for (size_t s = 0; s < sv.size(); ++s)
      for (size_t t = 0; t < sv[s].size(); ++t) {
        const std::string &name = sv[s][t];
        auto c = choices.find(name);
        if (c == choices.end())
          return Status::layerError(StatusCode::InvalidArgument, "no choice for ", name, "");
        const SchedIndex idx{int(s), int(t)};
        auto r = evaluateInResource(net.find(name)->layer, hw, opts,
                                    ifmapOf(net, p, name, *seg, idx), seg->alloc[s][t], c->second);
        if (!r)
          return r.status();
        append(p, net, seg, idx, name, std::move(r).value());
      }
  }
  return finishSchedule(net, p);
}

} // namespace dataflow::cost
