//===- PartitionedSearch.cpp - Search and re-cost a layer on a node grid --===//
//
// docs/cost-model.md §5 and §6 (nn_dataflow Scheduling.schedule_search and
// _get_result), and the search modes a network-level search uses (issue 25).
// Over 500 lines: the partition search, its exact pruning, its parallel reduction and the
// hop memo share one set of file-local types; split, they would need a private header.
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/MultiNode/PartitionedSearch.h"
#include "Dataflow/CostModel/Eyeriss/GroupScaling.h"
#include "Dataflow/CostModel/Eyeriss/LoopBlockingSearch.h"
#include "Dataflow/CostModel/Eyeriss/SearchCache.h"
#include "Dataflow/CostModel/MultiNode/PartitionBound.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <limits>
#include <map>
#include <mutex>
#include <numeric>
#include <optional>
#include <string>
#include <thread>

namespace dataflow::cost {

namespace {

/// Everything about one partition that does not depend on the blocking.
struct PartitionSetup {
  PartitionedLayer pl;
  PartitionContext ctx;
  SharingGroups groups;
  PerDataHops unitHops{0, 0, 0};
  DataLayout ofmLayout;
};

Status checkInputs(const Layer &layer, const Hardware &hw, const Options &opts,
                   const DataLayout &ifm) {
  if (Status s = validateHardware(hw); !s)
    return s;
  if (Status s = validateLayer(layer); !s)
    return s;
  if (Status s = checkHopRange(layer, hw.nodesH, hw.nodesW); !s)
    return s;
  // A grouped FC (batched matmul, attention heads) is partitioned like a grouped conv:
  // OUTP splits whole groups (docs/cost-model.md "Groups on a grid").
  if (layer.groups != 1 && opts.partitioning.bufferSharing)
    return Status::layerError(StatusCode::InvalidArgument,
                              std::string(layerKindName(layer.kind)) + " ", layer.name,
                              ": groups = " + std::to_string(layer.groups) +
                             " (grouped conv, batched matmul) with buffer sharing is not "
                             "supported on multiple nodes");
  if (opts.partitioning.bufferSharing && opts.method == SearchMethod::Solver)
    return Status::error(StatusCode::InvalidArgument,
                         "buffer sharing is incompatible with the bypass solver (§5.5)");
  if (ifm.parts.empty())
    return Status::layerError(StatusCode::InvalidArgument, "", layer.name,
                              ": empty ifmap layout");
  const FmapRange c = ifm.complete();
  // All groups' in-channels (layer.C is per group).
  // A sliced layer's are channel-major, depth-minor ("Slices on a grid").
  const int64_t channels = layer.gridInChannels();
  if (c.extent(kFb) != layer.batch || c.extent(kFn) != channels)
    return Status::layerError(StatusCode::InvalidArgument, "", layer.name,
                              ": the ifmap layout holds " +
                             std::to_string(c.extent(kFn)) + " channels x batch " +
                             std::to_string(c.extent(kFb)) + ", the layer needs " +
                             std::to_string(channels) + " x " +
                             std::to_string(layer.batch));
  return Status::ok();
}

/// §5.3 unit hops of a set-up partition (the costly part of a set-up on large grids).
/// `isolated` (PartitionSearchMode): the ifmaps cost no hops; `memo`: counted once.
void setHops(PartitionSetup &s, const Layer &layer, const Hardware &hw, const Options &opts,
             const DataLayout &ifm, const PartitionScheme &part, bool isolated = false,
             HopMemo *memo = nullptr) {
  s.unitHops = memo ? memo->get(layer, hw, part, ifm, s.ofmLayout,
                                opts.partitioning.forwarding())
                    : unitNocHops(layer, procRegion(hw), part, dramRegion(hw).nodes(), ifm,
                                  s.ofmLayout, opts.partitioning.forwarding());
  if (isolated)
    s.unitHops[size_t(kIfm)] = 0;
}

/// `withHops` = false leaves unitHops to setHops (pruned search: only where needed).
Result<PartitionSetup> setUp(const Layer &layer, const Hardware &hw, const Options &opts,
                             const DataLayout &ifm, const PartitionScheme &part,
                             bool withHops = true, bool isolated = false,
                             HopMemo *memo = nullptr) {
  const Coord pd = part.dim();
  if (pd.h != hw.nodesH || pd.w != hw.nodesW)
    return Status::error(StatusCode::InvalidArgument,
                         "partition " + part.str() + " covers " + std::to_string(pd.h) + "x" +
                             std::to_string(pd.w) + " nodes, the grid is " +
                             std::to_string(hw.nodesH) + "x" + std::to_string(hw.nodesW));
  Result<PartitionedLayer> pl = partitionLayer(layer, part);
  if (!pl)
    return pl.status();
  PartitionSetup s;
  s.pl = *pl;
  const NodeRegion proc = procRegion(hw), dram = dramRegion(hw);
  s.groups = sharingGroups(proc, part, layer.dataLoops());
  if (layer.channelGroups() > 1) {
    // Groups (docs/cost-model.md §5.2): OUTP nodes hold different groups, so they share
    // no ifmaps (every category depends on the group); filters and ofmaps as for g = 1.
    s.groups.dims[kIfm] = {1, 1};
    s.groups.nbrDist[kIfm] = {std::numeric_limits<double>::infinity(),
                              std::numeric_limits<double>::infinity()};
  }
  s.ctx = opts.partition;
  s.ctx.occ = s.pl.occ;
  s.ctx.numNodes = s.pl.numNodes;
  for (int d = 0; d < kNumData; ++d) {
    // §5.4: DRAM accesses divided by the group size with forwarding/sharing;
    // §5.5: GBUF footprints divided by the group size when sharing.
    s.ctx.fwd[size_t(d)] = opts.partitioning.forwarding() ? double(s.groups.size(d)) : 1.0;
    s.ctx.share[size_t(d)] = opts.partitioning.bufferSharing ? s.groups.size(d) : 1;
  }
  s.ofmLayout = makeLayout(layer.batch, layer.M * layer.channelGroups() * layer.depth,
                          layer.E * layer.dilH, layer.F * layer.dilW, dram, part);
  if (withHops)
    setHops(s, layer, hw, opts, ifm, part, isolated, memo);
  return s;
}

/// §6: layer cost = mac_op*ops + access + noc_hop*hops + idl_unit*time.
PartitionedSchedule finish(const PartitionSetup &ps, const PartitionScheme &part,
                           const SchemeCost &sc, const MappingCandidate &cand,
                           const Hardware &hw, const Options &opts) {
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
    for (int d = 0; d < kNumData; ++d)
      if (sc.gbufStored[size_t(d)])
        r.scheme.footprint[0][size_t(d)] =
            (sc.unitCount[0][size_t(d)] * cand.gbufUnitSize[size_t(d)] +
             r.sharing.subgroupSize[size_t(d)] - 1) /
            r.sharing.subgroupSize[size_t(d)];
  }
  finishNocAndEnergy(r, sc, hw);
  r.ofmapLayout = ps.ofmLayout;
  return r;
}

} // namespace

void finishNocAndEnergy(PartitionedSchedule &r, const SchemeCost &sc, const Hardware &hw) {
  double hops = 0;
  for (int d = 0; d < kNumData; ++d) {
    // §5.3: memory hops = unit_hops * fetch[0] (0 for pinned weights); total = node + memory.
    // In double: the same value whenever the int64 product fits, and no wrap when not.
    r.memHops[size_t(d)] = double(r.unitHops[size_t(d)]) * double(sc.fetch[0][size_t(d)]);
    r.totalHops[size_t(d)] = r.nodeHops[size_t(d)] + r.memHops[size_t(d)];
    hops += r.totalHops[size_t(d)];
  }
  // §6: layer cost = mac + access + noc_hop * hops + static.
  r.energy = sc.energy;
  r.energy.noc = hw.cost.nocHop * hops;
  r.energy.total = r.energy.mac + r.energy.access + r.energy.noc + r.energy.stat;
  r.scheme.energy = r.energy;
  r.time = sc.time.total;
}

bool partitionedBetter(const PartitionedSchedule &a, const PartitionedSchedule &b, Goal g) {
  switch (g) {
  case Goal::Energy:
    if (a.energy.total != b.energy.total)
      return a.energy.total < b.energy.total;
    return a.time < b.time;
  case Goal::Delay:
    if (a.time != b.time)
      return a.time < b.time;
    return a.energy.total < b.energy.total;
  case Goal::EnergyDelay:
    return a.energy.total * double(a.time) < b.energy.total * double(b.time);
  }
  return false;
}

namespace {
/// One partition made ready for its blocking search: its setup and per-node mapping, or
/// why it has none.
struct PreparedPartition {
  std::optional<PartitionSetup> setup;
  std::optional<RowStationaryMapping> mapping;
  Status error;
};

/// The best per-node scheme of one partition (§6: every kept blocking of every mapping
/// candidate, ranked by full cost; strict improvement keeps the tool's order on ties), or
/// why it has none.
struct PartitionBest {
  bool have = false;
  bool searched = false; ///< false: skipped, the deadline had passed
  PartitionedSchedule best;
  BlockingSearchStats stats;
  Status error;
};

PreparedPartition preparePartition(const Layer &layer, const Hardware &hw,
                                   const Options &opts, const DataLayout &ifmapLayout,
                                   const PartitionScheme &part, bool withHops,
                                   bool isolated, HopMemo *memo) {
  PreparedPartition out;
  Result<PartitionSetup> ps =
      setUp(layer, hw, opts, ifmapLayout, part, withHops, isolated, memo);
  if (!ps) {
    out.error = ps.status();
    return out;
  }
  Result<RowStationaryMapping> m = mapRowStationary(ps->pl.layer, hw, ps->pl.occ);
  if (!m) {
    out.error = m.status();
    return out;
  }
  out.setup = std::move(ps).value();
  out.mapping = std::move(m).value();
  return out;
}

/// The best (energy, time) found so far among a layer's partitions, shared by the threads
/// searching them; only ever improves, so pruning against it is exact (PartitionBound.h).
class BestSoFar {
public:
  explicit BestSoFar(Goal g) : goal(g) {}
  /// Frozen (every partition's best wanted): only the first offer, the caller's bar, counts.
  void freeze() { frozen = true; }
  void offer(const PartitionedSchedule &s) {
    std::lock_guard<std::mutex> lock(mutex);
    if (frozen && have)
      return;
    if (!have || partitionedBetter(s, best, goal)) {
      best.energy = s.energy;
      best.time = s.time;
      have = true;
    }
  }
  bool cannotWin(const CostBound &b) {
    std::lock_guard<std::mutex> lock(mutex);
    return have && boundCannotWin(b, best.energy.total, best.time, goal);
  }

private:
  Goal goal;
  std::mutex mutex;
  bool have = false, frozen = false;
  PartitionedSchedule best;
};

bool pastDeadline(const Options &opts) {
  return opts.deadline && std::chrono::steady_clock::now() >= *opts.deadline;
}

/// `anyHeld`: set once any partition of the layer holds a scheme; past the deadline a
/// partition not yet started is then skipped, and a started one stops after the
/// candidate that gave it its first scheme. `cached`: the blocking searches go through
/// the run's SearchCache (always when pruning).
PartitionBest searchOnePartition(const PreparedPartition &prep, const Hardware &hw,
                                 const Options &opts, const PartitionScheme &part,
                                 std::atomic<bool> &anyHeld, BestSoFar *bestSoFar,
                                 bool cached) {
  PartitionBest out;
  if (anyHeld.load() && pastDeadline(opts)) {
    out.stats.stopped = true;
    return out;
  }
  if (!prep.setup) {
    out.error = prep.error;
    return out;
  }
  out.searched = true;
  const PartitionSetup &ps = *prep.setup;
  for (const MappingCandidate &cand : prep.mapping->candidates) {
    // A pinned per-node mapping (only with a pinned partition) keeps one candidate.
    if (opts.pins.mappingCandidate >= 0 && cand.index != opts.pins.mappingCandidate)
      continue;
    if (out.have && pastDeadline(opts)) {
      out.stats.stopped = true;
      break;
    }
    // Exact pruning (PartitionBound.h): a candidate none of whose schemes can win.
    if (bestSoFar && bestSoFar->cannotWin(candidateBound(cand, hw, opts, ps.ctx, ps.unitHops)))
      continue;
    BlockingEvaluator eval(cand, hw, opts.bypassAllowed, ps.ctx);
    BlockingSearchStats stats;
    // Partitions whose per-node sub-layer and context coincide share one search (the
    // run's SearchCache, Options::cache).
    for (SchemeCost &sc : bestSoFar || cached ? searchBlockingCached(eval, opts, &stats)
                                    : searchBlocking(eval, opts, &stats)) {
      if (!scaleByGroups(sc, ps.pl.layer.groups)) // the node's groups one after another
        continue; // its cycles do not fit int64: not a usable scheme
      PartitionedSchedule r = finish(ps, part, sc, cand, hw, opts);
      if (!out.have || partitionedBetter(r, out.best, opts.goal)) {
        out.best = std::move(r);
        out.have = true;
      }
    }
    out.stats.evaluated += stats.evaluated;
    out.stats.stopped = out.stats.stopped || stats.stopped;
  }
  if (out.have) {
    anyHeld.store(true);
    if (bestSoFar)
      bestSoFar->offer(out.best);
  }
  return out;
}

/// Runs fn(i) for i in [0, n) on up to `threads` threads (each index once).
template <typename Fn> void forEachIndex(size_t n, unsigned threads, Fn fn) {
  const size_t workers = std::min<size_t>(std::max(threads, 1u), n);
  if (workers <= 1) {
    for (size_t i = 0; i < n; ++i)
      fn(i);
    return;
  }
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < n; i = next++)
      fn(i);
  };
  std::vector<std::thread> pool;
  for (size_t w = 1; w < workers; ++w)
    pool.emplace_back(work);
  work();
  for (std::thread &t : pool)
    t.join();
}

/// §6: the best per-node scheme of each partition in `parts`, the best of all by
/// (cost, time); strict improvement keeps the tool's order on ties. The partitions are
/// searched on up to `threads` threads (the search is pure) and reduced in their order,
/// so the answer is the sequential one, bit for bit (unless Options::deadline passes).
Result<PartitionedSchedule> searchPartitions(const Layer &layer, const Hardware &hw,
                                             const Options &opts,
                                             const DataLayout &ifmapLayout,
                                             const std::vector<PartitionScheme> &parts,
                                             unsigned threads,
                                             const PartitionedSchedule *mustBeat = nullptr,
                                             const PartitionSearchMode &mode = {}) {
  if (Status s = checkInputs(layer, hw, opts, ifmapLayout); !s)
    return s;
  // Exact pruning (not under a time limit, whose partial answers depend on the order;
  // not when every partition's best is wanted).
  // With every partition's best wanted, only against the caller's bar `mustBeat`.
  const bool prune = opts.partitioning.prune && !opts.deadline && (!mode.each || mustBeat);
  // time-limit (#24): hops wait for the search, and past the deadline the whole set-up does.
  const bool lazyHops = prune || opts.deadline.has_value();
  std::vector<PreparedPartition> prepared(parts.size());
  std::vector<char> deferred(parts.size(), 0);
  std::atomic<bool> anyPrepared{false};
  forEachIndex(parts.size(), threads, [&](size_t i) {
    if ((deferred[i] = anyPrepared.load() && pastDeadline(opts)))
      return;
    prepared[i] = preparePartition(layer, hw, opts, ifmapLayout, parts[i], !lazyHops,
                                   mode.isolated, mode.hops);
    if (prepared[i].mapping)
      anyPrepared.store(true);
  });
  if (opts.maxCandidates > 0) {
    // Limits: the whole layer's space, every partition's per-node blocking search.
    int64_t n = 0;
    for (const PreparedPartition &p : prepared) {
      if (!p.mapping)
        continue;
      const int64_t c = countMappingSchemes(*p.mapping, opts);
      n = c > std::numeric_limits<int64_t>::max() - n ? std::numeric_limits<int64_t>::max()
                                                       : n + c;
    }
    if (n > opts.maxCandidates)
      return Status::layerError(StatusCode::SearchTooLarge,
                                std::string(layerKindName(layer.kind)) + " ", layer.name,
                                ": up to " + std::to_string(n) +
                               " candidate blocking schemes over " +
                               std::to_string(parts.size()) + " partition" +
                               (parts.size() == 1 ? "" : "s") + " of the " +
                               std::to_string(hw.nodesH) + "x" + std::to_string(hw.nodesW) +
                               " nodes, more than the limit of " +
                               std::to_string(opts.maxCandidates));
  }
  std::vector<PartitionBest> results(parts.size());
  std::atomic<bool> anyHeld{false};
  // Pruning: partitions searched by increasing lower bound (without NoC hops, which cost
  // most to count), those that cannot win skipped, first on that bound, then on the bound
  // with their hops; the reduction below stays in the enumeration order, so the answer is
  // the unpruned one. `mustBeat` (a scheme found elsewhere) prunes from the start.
  std::vector<size_t> order(parts.size());
  std::iota(order.begin(), order.end(), size_t(0));
  std::vector<CostBound> bounds(parts.size());
  if (prune) {
    for (size_t i = 0; i < parts.size(); ++i)
      if (prepared[i].mapping)
        bounds[i] = partitionBound(*prepared[i].mapping, hw, opts, prepared[i].setup->ctx,
                                   PerDataHops{0, 0, 0});
    auto key = [&](size_t i) {
      const CostBound &b = bounds[i];
      return opts.goal == Goal::Energy  ? b.energy
             : opts.goal == Goal::Delay ? b.time
                                        : b.energy * b.time;
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return key(a) < key(b); });
  }
  BestSoFar bestSoFar(opts.goal);
  if (prune && mustBeat)
    bestSoFar.offer(*mustBeat);
  if (mode.each)
    bestSoFar.freeze();
  forEachIndex(parts.size(), threads, [&](size_t k) {
    const size_t i = order[k];
    if (prune && prepared[i].mapping) {
      PartitionSetup &ps = *prepared[i].setup;
      bool skip = bestSoFar.cannotWin(bounds[i]);
      if (!skip) {
        setHops(ps, layer, hw, opts, ifmapLayout, parts[i], mode.isolated, mode.hops);
        skip = bestSoFar.cannotWin(
            partitionBound(*prepared[i].mapping, hw, opts, ps.ctx, ps.unitHops));
      }
      if (skip) {
        results[i].searched = true; // decided without a blocking search
        return;
      }
    } else if (lazyHops && !(anyHeld.load() && pastDeadline(opts))) {
      if (deferred[i])
        prepared[i] = preparePartition(layer, hw, opts, ifmapLayout, parts[i], true,
                                       mode.isolated, mode.hops);
      else if (prepared[i].mapping)
        setHops(*prepared[i].setup, layer, hw, opts, ifmapLayout, parts[i], mode.isolated,
                mode.hops);
    }
    results[i] = searchOnePartition(prepared[i], hw, opts, parts[i], anyHeld,
                                    prune ? &bestSoFar : nullptr, mode.each != nullptr);
  });
  bool have = false;
  PartitionedSchedule best;
  Status lastError;
  BlockingSearchStats total;
  int searched = 0;
  for (PartitionBest &r : results) {
    if (!r.error.isOk())
      lastError = r.error;
    total.evaluated += r.stats.evaluated;
    total.stopped = total.stopped || r.stats.stopped;
    searched += r.searched ? 1 : 0;
    if (r.have && mode.each)
      mode.each->push_back(r.best);
    if (r.have && (!have || partitionedBetter(r.best, best, opts.goal))) {
      best = std::move(r.best);
      have = true;
    }
  }
  if (!have)
    return Status::layerError(StatusCode::NoValidScheme,
                              std::string(layerKindName(layer.kind)) + " ", layer.name,
                              ": " +
                             (parts.size() == 1 ? "the partition " + parts.front().str() +
                                                      " has no valid per-node scheme" +
                                                      (opts.pins.mappingCandidate >= 0 ||
                                                               opts.pins.pinsFactors() ||
                                                               opts.pins.pinsOrders()
                                                           ? " with the pinned mapping and "
                                                             "blocking"
                                                           : "")
                                                : "no partition of the " +
                                                      std::to_string(hw.nodesH) + "x" +
                                                      std::to_string(hw.nodesW) +
                                                      " nodes has a valid per-node scheme") +
                             (lastError.isOk() ? std::string() : " (" + lastError.message() + ")"));
  best.complete = !total.stopped;
  best.schemesEvaluated = total.evaluated;
  best.partitionsSearched = searched;
  best.partitionsTotal = int(parts.size());
  return best;
}
} // namespace

Result<PartitionedSchedule> searchLayerPartitioned(const Layer &layer, const Hardware &hw,
                                                   const Options &opts,
                                                   const DataLayout &ifmapLayout,
                                                   unsigned threads,
                                                   const PartitionedSchedule *mustBeat) {
  return searchPartitions(layer, hw, opts, ifmapLayout,
                          enumeratePartitions(PartShape::of(layer), layer.batch,
                                              {hw.nodesH, hw.nodesW}, opts.partitioning),
                          threads, mustBeat);
}

Result<PartitionedSchedule> searchLayerInPartition(const Layer &layer, const Hardware &hw,
                                                   const Options &opts,
                                                   const DataLayout &ifmapLayout,
                                                   const PartitionScheme &part) {
  return searchPartitions(layer, hw, opts, ifmapLayout, {part}, 1);
}

Result<PartitionedSchedule> searchLayerWithMode(const Layer &layer, const Hardware &hw,
                                                const Options &opts,
                                                const DataLayout &ifmapLayout,
                                                const PartitionSearchMode &mode,
                                                unsigned threads,
                                                const PartitionScheme *part,
                                                const PartitionedSchedule *mustBeat) {
  if (mode.each)
    mode.each->clear();
  if (part)
    return searchPartitions(layer, hw, opts, ifmapLayout, {*part}, 1, mustBeat, mode);
  return searchPartitions(layer, hw, opts, ifmapLayout,
                          enumeratePartitions(PartShape::of(layer), layer.batch,
                                              {hw.nodesH, hw.nodesW}, opts.partitioning),
                          threads, mustBeat, mode);
}

struct HopMemo::Impl {
  /// The layer's shape, the partition and the forwarding flag (the name is not used).
  using Key = std::array<int64_t, 34>;
  struct Entry {
    DataLayout ifm;
    PerDataHops hops;
  };
  std::mutex mutex;
  std::map<Key, std::vector<Entry>> entries;
  int64_t hits = 0, misses = 0;
};

HopMemo::HopMemo() : impl(new Impl) {}
HopMemo::~HopMemo() { delete impl; }
int64_t HopMemo::hits() const { return impl->hits; }
int64_t HopMemo::misses() const { return impl->misses; }

PerDataHops HopMemo::get(const Layer &layer, const Hardware &hw, const PartitionScheme &part,
                         const DataLayout &ifm, const DataLayout &ofm, bool forwarding) {
  Impl::Key key{int64_t(layer.kind), layer.C, layer.M, layer.E, layer.F, layer.R,
                layer.S, layer.U, layer.V, layer.nreg, layer.batch, layer.groups,
                int64_t(forwarding)};
  for (int p = 0; p < kNumPartTypes; ++p) {
    key[size_t(13 + p)] = part.order[size_t(p)];
    key[size_t(17 + 2 * p)] = part.dims[size_t(p)].h;
    key[size_t(18 + 2 * p)] = part.dims[size_t(p)].w;
  }
  key[25] = layer.dilH; // a sliced layer's grid shape ("Slices on a grid")
  key[26] = layer.dilW;
  key[27] = layer.depth;
  key[28] = layer.depthIn;
  key[29] = layer.kernelDepth;
  key[30] = layer.tapDilH(); // a dilation beyond the ofmap extent reads more input rows
  key[31] = layer.tapDilW();
  key[32] = layer.gridU(); // a strided dilated conv's phases step less than its ofmap grid
  key[33] = layer.gridV();
  bool seen = false; // the key with another ifmap layout: its FIL and OFM hops are these
  PerDataHops hops{0, 0, 0};
  {
    std::lock_guard<std::mutex> lock(impl->mutex);
    auto it = impl->entries.find(key);
    if (it != impl->entries.end() && !it->second.empty()) {
      for (const Impl::Entry &e : it->second)
        if (e.ifm == ifm) {
          ++impl->hits;
          return e.hops;
        }
      seen = true;
      hops = it->second.front().hops;
    }
  }
  // Counted outside the lock (two threads may count the same one: the same value).
  if (seen)
    hops[kIfm] = ifmapNocHops(layer, procRegion(hw), part, ifm, forwarding);
  else
    hops = unitNocHops(layer, procRegion(hw), part, dramRegion(hw).nodes(), ifm, ofm,
                       forwarding);
  std::lock_guard<std::mutex> lock(impl->mutex);
  ++impl->misses;
  impl->entries[key].push_back({ifm, hops});
  return hops;
}

Result<PartitionedSchedule> evaluatePartitioned(const Layer &layer, const Hardware &hw,
                                                const Options &opts,
                                                const DataLayout &ifmapLayout,
                                                const PartitionedChoice &choice) {
  if (Status s = checkInputs(layer, hw, opts, ifmapLayout); !s)
    return s;
  Result<PartitionSetup> ps = setUp(layer, hw, opts, ifmapLayout, choice.part);
  if (!ps)
    return ps.status();
  Result<RowStationaryMapping> m = mapRowStationary(ps->pl.layer, hw, ps->pl.occ);
  if (!m)
    return m.status();
  const int c = choice.scheme.mappingCandidate;
  if (c < 0 || c >= int(m->candidates.size()))
    return Status::error(StatusCode::InvalidArgument,
                         "mapping candidate " + std::to_string(c) + " out of range: the layer has " +
                             std::to_string(m->candidates.size()) + " candidate(s)");
  const MappingCandidate &cand = m->candidates[size_t(c)];
  Result<SchemeCost> sc = evaluateBlocking(cand, choice.scheme.blocking, hw, opts.bypassAllowed,
                                           ps->ctx, choice.scheme.gbufStored);
  if (!sc)
    return Status::layerError(sc.status().code(), std::string(layerKindName(layer.kind)) + " ",
                              layer.name, ": " + sc.status().message());
  SchemeCost scaled = std::move(sc).value();
  if (!scaleByGroups(scaled, ps->pl.layer.groups))
    return Status::layerError(StatusCode::Overflow, std::string(layerKindName(layer.kind)) + " ",
                              layer.name, ": its cycles times its groups do not fit in a "
                                          "signed 64-bit integer");
  return finish(*ps, choice.part, scaled, cand, hw, opts);
}

} // namespace dataflow::cost
