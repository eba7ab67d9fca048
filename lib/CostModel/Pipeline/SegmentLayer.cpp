//===- SegmentLayer.cpp - One layer on a segment's sub-region -------------===//
//
// docs/cost-model.md §5 on a §6 resource (nn_dataflow Scheduling.schedule_search
// with a segment Resource): partitions over the processing region's dims, the
// ofmap laid out in the destination region, on-chip fmaps fetched once and
// priced as remote GBUF accesses, weights pinned without time multiplexing.
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/Eyeriss/GroupScaling.h"
#include "Dataflow/CostModel/Eyeriss/LoopBlockingSearch.h"
#include "Dataflow/CostModel/Pipeline/SegmentLayer.h"

#include <algorithm>
#include <chrono>
#include <limits>
#include <memory>
#include <string>

namespace dataflow::cost {

namespace {

struct Setup {
  PartitionedLayer pl;
  PartitionContext ctx;
  SharingGroups groups;
  PerDataHops unitHops{0, 0, 0};
  DataLayout ofmLayout;
};

Result<Setup> setUp(const Layer &layer, const Options &opts, const PartitionScheme &part,
                    const LayerResource &res) {
  Result<PartitionedLayer> pl = partitionLayer(layer, part);
  if (!pl)
    return pl.status();
  Setup s;
  s.pl = *pl;
  s.groups = sharingGroups(res.proc, part, layer.dataLoops());
  if (layer.channelGroups() > 1) {
    // Groups (docs/cost-model.md "Groups on a grid"): OUTP nodes hold different groups, so
    // they share no ifmaps; filters and ofmaps as for g = 1. A sliced layer's slices are
    // not groups here, as in the layer-wise search ("Slices on a grid").
    s.groups.dims[kIfm] = {1, 1};
    s.groups.nbrDist[kIfm] = {std::numeric_limits<double>::infinity(),
                              std::numeric_limits<double>::infinity()};
  }
  s.ctx = opts.partition;
  s.ctx.occ = s.pl.occ;
  s.ctx.numNodes = s.pl.numNodes;
  for (int d = 0; d < kNumData; ++d) {
    s.ctx.fwd[size_t(d)] = opts.partitioning.forwarding() ? double(s.groups.size(d)) : 1.0;
    s.ctx.share[size_t(d)] = opts.partitioning.bufferSharing ? s.groups.size(d) : 1;
  }
  // §6: on-chip source/destination; local = the layer's own region.
  s.ctx.srcOnChip = !res.src.isDram;
  s.ctx.srcLocal = res.src == res.proc;
  s.ctx.dstOnChip = !res.dst.isDram;
  s.ctx.dstLocal = res.dst == res.proc;
  s.ctx.noTimeMux = res.noTimeMux;
  // The whole fmap (a sliced layer: M D channels of E dilH x F dilW, "Slices on a grid").
  s.ofmLayout = makeLayout(layer.batch, layer.M * layer.channelGroups() * layer.depth,
                           layer.E * layer.dilH, layer.F * layer.dilW, res.dst, part);
  return s;
}

/// §5.3 unit hops of the partition (the costly part of a setup: done only for
/// partitions with a scheme that can still enter the top list).
void setHops(Setup &s, const Layer &layer, const Hardware &hw, const Options &opts,
             const DataLayout &ifm, const PartitionScheme &part, const LayerResource &res) {
  // Filters come from every memory node (the whole DRAM region).
  s.unitHops = unitNocHops(layer, res.proc, part, dramRegion(hw).nodes(), ifm, s.ofmLayout,
                           opts.partitioning.forwarding());
}

PartitionedSchedule finish(const Setup &ps, const PartitionScheme &part, const SchemeCost &sc,
                           const MappingCandidate &cand, const Hardware &hw,
                           const Options &opts) {
  PartitionedSchedule r;
  r.part = part;
  r.nodeLayer = ps.pl.layer;
  r.occ = ps.pl.occ;
  r.scheme = sc;
  r.unitHops = ps.unitHops;
  r.fwdReduction = ps.ctx.fwd;
  if (opts.partitioning.bufferSharing) {
    r.sharing = shareBuffers(sc, cand, hw, ps.groups, ps.pl.numNodes);
    r.nodeHops = r.sharing.nocWords;
  }
  finishNocAndEnergy(r, sc, hw);
  r.ofmapLayout = ps.ofmLayout;
  return r;
}

/// One partitioned layer's per-node search: the mapping and, per mapping
/// candidate, the blocking schemes the search keeps (in its order).
struct NodeSearch {
  Status status;                     ///< mapping failure, if any
  RowStationaryMapping mapping;
  std::vector<std::pair<int, SchemeCost>> schemes; ///< (candidate position, scheme)
  int64_t evaluated = 0; ///< blocking schemes costed
  bool stopped = false;  ///< Options::deadline cut it: not proven optimal
};

/// Buffer sharing (§5.5) with groups is refused, as by the partitioned search. (Sliced
/// layers come here in one-layer segments only: makeSegment.)
Status checkGroupedSharing(const Layer &layer, const Options &opts) {
  if (layer.groups == 1 || !opts.partitioning.bufferSharing)
    return Status::ok();
  return Status::layerError(StatusCode::InvalidArgument, "", layer.name,
                            ": groups = " + std::to_string(layer.groups) +
                                " (grouped conv, batched matmul) with buffer sharing is not "
                                "supported on multiple nodes");
}

bool pastDeadline(const Options &opts) {
  return opts.deadline && std::chrono::steady_clock::now() >= *opts.deadline;
}

std::string nodeSearchKey(const Layer &layer, const PartitionScheme &part,
                          const PartitionContext &ctx, const TopLoopConstraint &top) {
  // Everything the per-node search reads besides the fixed hardware/options.
  std::string k = layer.name;
  auto put = [&](int64_t v) {
    k += ',';
    k += std::to_string(v);
  };
  for (int p = 0; p < kNumPartTypes; ++p) {
    put(part.order[size_t(p)]);
    put(part.dims[size_t(p)].h);
    put(part.dims[size_t(p)].w);
  }
  for (int d = 0; d < kNumData; ++d) {
    put(int64_t(ctx.fwd[size_t(d)] * 1024));
    put(ctx.share[size_t(d)]);
  }
  put(ctx.srcOnChip);
  put(ctx.srcLocal);
  put(ctx.dstOnChip);
  put(ctx.dstLocal);
  put(ctx.noTimeMux);
  put(top.topBat);
  put(top.topIfm);
  put(top.topOfm);
  return k;
}

} // namespace

struct LayerSearchCache::Impl {
  std::map<std::string, std::shared_ptr<const NodeSearch>> memo;
  int64_t hits = 0, misses = 0;
};
LayerSearchCache::LayerSearchCache() : impl_(std::make_unique<Impl>()) {}
LayerSearchCache::~LayerSearchCache() = default;
int64_t LayerSearchCache::hits() const { return impl_->hits; }
int64_t LayerSearchCache::misses() const { return impl_->misses; }

namespace {

std::shared_ptr<const NodeSearch> nodeSearch(const Setup &ps, const Hardware &hw,
                                             const Options &opts) {
  auto out = std::make_shared<NodeSearch>();
  Result<RowStationaryMapping> m = mapRowStationary(ps.pl.layer, hw, ps.pl.occ);
  if (!m) {
    out->status = m.status();
    return out;
  }
  out->mapping = std::move(m).value();
  for (size_t i = 0; i < out->mapping.candidates.size(); ++i) {
    // Options::deadline: no further candidate once a scheme is held.
    if (!out->schemes.empty() && pastDeadline(opts)) {
      out->stopped = true;
      break;
    }
    BlockingEvaluator eval(out->mapping.candidates[i], hw, opts.bypassAllowed, ps.ctx);
    BlockingSearchStats stats;
    for (SchemeCost &sc : searchBlocking(eval, opts, &stats))
      out->schemes.emplace_back(int(i), std::move(sc));
    out->evaluated += stats.evaluated;
    out->stopped = out->stopped || stats.stopped;
  }
  return out;
}

} // namespace

Result<std::vector<PartitionedSchedule>>
searchLayerInResource(const Layer &layer, const Hardware &hw, const Options &opts,
                      const DataLayout &ifmapLayout, const LayerResource &res, int topN) {
  return searchLayerInResource(layer, hw, opts, ifmapLayout, res, topN, nullptr);
}

Result<std::vector<PartitionedSchedule>>
searchLayerInResource(const Layer &layer, const Hardware &hw, const Options &opts,
                      const DataLayout &ifmapLayout, const LayerResource &res, int topN,
                      LayerSearchCache *cache, const PartitionScheme *pinned) {
  if (Status s = validateLayer(layer); !s)
    return s;
  if (Status s = checkGroupedSharing(layer, opts); !s)
    return s;
  if (Status s = checkHopRange(layer, hw.nodesH, hw.nodesW); !s)
    return s;
  std::vector<PartitionedSchedule> tops;
  const size_t n = size_t(std::max(1, topN));
  Status lastError;
  if (pinned && pinned->dim() != res.proc.dim)
    return Status::layerError(StatusCode::NoValidScheme, "", layer.name,
                              ": the pinned partition " + pinned->str() + " covers " +
                                  std::to_string(pinned->dim().h) + "x" +
                                  std::to_string(pinned->dim().w) +
                                  " nodes, but no segment the search tried gives the layer a "
                                  "region of that shape (the last it tried: " +
                                  std::to_string(res.proc.dim.h) + "x" +
                                  std::to_string(res.proc.dim.w) +
                                  "); pin a partition over a region a segment allocates, or "
                                  "remove the pin");
  const std::vector<PartitionScheme> parts =
      pinned ? std::vector<PartitionScheme>{*pinned}
             : enumeratePartitions(PartShape::of(layer), layer.batch, res.proc.dim,
                                   opts.partitioning);
  bool stopped = false;
  int searched = 0;
  int64_t evaluated = 0;
  for (const PartitionScheme &part : parts) {
    // Options::deadline: no further partition once a schedule is held.
    if (!tops.empty() && pastDeadline(opts)) {
      stopped = true;
      break;
    }
    ++searched;
    Result<Setup> made = setUp(layer, opts, part, res);
    if (!made) {
      lastError = made.status();
      continue;
    }
    Setup su = std::move(made).value();
    Setup *ps = &su;
    std::shared_ptr<const NodeSearch> ns;
    if (cache) {
      auto &slot = cache->impl().memo[nodeSearchKey(layer, part, ps->ctx, opts.topLoops)];
      if (slot) {
        ++cache->impl().hits;
      } else {
        ++cache->impl().misses;
        slot = nodeSearch(*ps, hw, opts);
      }
      ns = slot;
    } else {
      ns = nodeSearch(*ps, hw, opts);
    }
    if (!ns->status.isOk()) {
      lastError = ns->status;
      continue;
    }
    evaluated += ns->evaluated;
    stopped = stopped || ns->stopped;
    bool hops = false;
    for (const auto &[ci, oneGroup] : ns->schemes) {
      // The node's groups one after another ("Groups on a grid"); g = 1 is the scheme as is.
      SchemeCost grouped;
      const SchemeCost *scaled = &oneGroup;
      if (ps->pl.layer.groups > 1) {
        grouped = oneGroup;
        if (!scaleByGroups(grouped, ps->pl.layer.groups))
          continue; // its cycles do not fit int64: not a usable scheme
        scaled = &grouped;
      }
      const SchemeCost &sc = *scaled;
      // Dominance (energy goal): NoC energy >= 0, so a scheme whose energy
      // without it already exceeds the n-th best cannot enter the list (the
      // floating-point sums are monotone, so this is exact).
      if (opts.goal == Goal::Energy && tops.size() >= n &&
          sc.energy.mac + sc.energy.access + sc.energy.stat > tops.back().energy.total)
        continue;
      if (!hops) {
        setHops(*ps, layer, hw, opts, ifmapLayout, part, res);
        hops = true;
      }
      const MappingCandidate &cand = ns->mapping.candidates[size_t(ci)];
      PartitionedSchedule r = finish(*ps, part, sc, cand, hw, opts);
      // §6: top n by (cost, time); ties keep the enumeration order.
      auto it = std::find_if(tops.begin(), tops.end(), [&](const PartitionedSchedule &e) {
        return partitionedBetter(r, e, opts.goal);
      });
      if (it == tops.end() && tops.size() >= n)
        continue;
      tops.insert(it, std::move(r));
      if (tops.size() > n)
        tops.pop_back();
    }
  }
  if (tops.empty())
    return Status::layerError(StatusCode::NoValidScheme, "", layer.name,
                              ": no valid scheme on the " +
                             std::to_string(res.proc.dim.h) + "x" +
                             std::to_string(res.proc.dim.w) + " region" +
                             (lastError.isOk() ? std::string() : " (" + lastError.message() + ")"));
  for (PartitionedSchedule &t : tops) {
    t.complete = !stopped;
    t.schemesEvaluated = evaluated;
    t.partitionsSearched = searched;
    t.partitionsTotal = int(parts.size());
  }
  return tops;
}

Result<PartitionedSchedule> evaluateInResource(const Layer &layer, const Hardware &hw,
                                               const Options &opts,
                                               const DataLayout &ifmapLayout,
                                               const LayerResource &res,
                                               const PartitionedChoice &choice) {
  if (Status s = validateLayer(layer); !s)
    return s;
  if (Status s = checkGroupedSharing(layer, opts); !s)
    return s;
  if (Status s = checkHopRange(layer, hw.nodesH, hw.nodesW); !s)
    return s;
  Result<Setup> made = setUp(layer, opts, choice.part, res);
  if (!made)
    return made.status();
  Setup su = std::move(made).value();
  Setup *ps = &su;
  setHops(su, layer, hw, opts, ifmapLayout, choice.part, res);
  Result<RowStationaryMapping> m = mapRowStationary(ps->pl.layer, hw, ps->pl.occ);
  if (!m)
    return m.status();
  const int c = choice.scheme.mappingCandidate;
  if (c < 0 || c >= int(m->candidates.size()))
    return Status::error(StatusCode::InvalidArgument,
                         "mapping candidate " + std::to_string(c) + " out of range");
  const MappingCandidate &cand = m->candidates[size_t(c)];
  Result<SchemeCost> sc = evaluateBlocking(cand, choice.scheme.blocking, hw, opts.bypassAllowed,
                                           ps->ctx, choice.scheme.gbufStored);
  if (!sc)
    return Status::layerError(sc.status().code(), "", layer.name,
                              ": " + sc.status().message());
  SchemeCost scaled = std::move(sc).value();
  if (!scaleByGroups(scaled, ps->pl.layer.groups))
    return Status::layerError(StatusCode::Overflow, "", layer.name,
                              ": its cycles times its groups do not fit in a signed 64-bit "
                              "integer");
  return finish(*ps, choice.part, scaled, cand, hw, opts);
}

} // namespace dataflow::cost
