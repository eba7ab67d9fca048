//===- NetworkSearch.cpp - Whole-network multi-node search ----------------===//
//
// docs/cost-model.md §6 (nn_dataflow NNDataflow.schedule_search without
// pipelining, InterLayerPipeline's DAG order); beyond the tool, a beam over the
// layers' partitions and a lower bound of the network (issue 25).
// Over 500 lines: the greedy walk, the beam and the bound share one search context
// (seeds, layouts, pins, the hop memo); split, they would need a private header.
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/MultiNode/NetworkSearch.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <optional>
#include <functional>
#include <set>

namespace dataflow::cost {

const Network::Node *Network::find(const std::string &name) const {
  for (const Node &n : layers)
    if (n.layer.name == name)
      return &n;
  return nullptr;
}

std::map<std::string, std::vector<std::string>> layerConsumers(const Network &net) {
  std::map<std::string, std::vector<std::string>> nexts;
  for (const Network::Node &n : net.layers)
    for (const std::string &p : n.prevs)
      nexts[p].push_back(n.layer.name);
  return nexts;
}

std::vector<std::vector<std::string>> mergeVertices(const Network &net) {
  auto nexts = layerConsumers(net);
  std::set<std::string> orderNexts; // producers of an order-only dependency
  for (const Network::Node &n : net.layers)
    orderNexts.insert(n.after.begin(), n.after.end());
  std::vector<std::vector<std::string>> vs;
  for (const Network::Node &n : net.layers) {
    if (n.layer.isConvLike()) {
      vs.push_back({n.layer.name});
      continue;
    }
    const std::set<std::string> prevs(n.prevs.begin(), n.prevs.end());
    bool merged = false;
    for (size_t i = vs.size(); i-- > 0 && !merged;) {
      bool headDisjoint = true;
      for (size_t k = 0; k + 1 < vs[i].size(); ++k)
        headDisjoint &= !prevs.count(vs[i][k]);
      // Order-only dependencies (Node::after) stay between vertices: a layer with one, or
      // a vertex holding the producer of one, merges with nothing, so the vertices stay a
      // DAG and the producer's ofmaps reach DRAM in an earlier segment (docs/cost-model.md §6).
      for (const std::string &l : vs[i])
        headDisjoint &= !orderNexts.count(l);
      const std::string &tail = vs[i].back();
      if (headDisjoint && n.after.empty() && prevs.count(tail) && nexts[tail].size() == 1) {
        vs[i].push_back(n.layer.name);
        merged = true;
      }
    }
    if (!merged)
      vs.push_back({n.layer.name});
  }
  return vs;
}

std::vector<std::string> schedulingOrder(const Network &net) {
  auto isExt = [&](const std::string &p) {
    if (p == kNetworkInput)
      return true;
    for (const FmapShape &e : net.external)
      if (e.name == p)
        return true;
    return false;
  };
  std::map<std::string, std::vector<std::string>> nexts = layerConsumers(net);
  // Order-only consumers (Node::after) follow the ifmap consumers, so a network without
  // such dependencies keeps the tool's order exactly.
  for (const Network::Node &n : net.layers)
    for (const std::string &a : n.after)
      nexts[a].push_back(n.layer.name);
  std::vector<std::vector<std::string>> vs = mergeVertices(net);
  auto vertexOf = [&](const std::string &l) -> int {
    for (size_t i = 0; i < vs.size(); ++i)
      if (std::find(vs[i].begin(), vs[i].end(), l) != vs[i].end())
        return int(i);
    return -1;
  };
  // DFS; the reversed post-order is the topological order. Next vertices are
  // visited in reversed consumer order, starting vertices in reversed order
  // of the first layers.
  std::vector<int> visited;
  std::vector<bool> isVisited(vs.size(), false);
  std::function<void(int)> dfs = [&](int v) {
    if (isVisited[size_t(v)])
      return;
    std::vector<std::string> nx;
    for (const std::string &l : vs[size_t(v)])
      for (const std::string &n : nexts[l])
        if (std::find(vs[size_t(v)].begin(), vs[size_t(v)].end(), n) == vs[size_t(v)].end() &&
            std::find(nx.begin(), nx.end(), n) == nx.end())
          nx.push_back(n);
    isVisited[size_t(v)] = true; // mark before recursion (a DAG has no cycle)
    for (auto it = nx.rbegin(); it != nx.rend(); ++it)
      dfs(vertexOf(*it));
    visited.push_back(v);
  };
  std::vector<std::string> firsts;
  for (const Network::Node &n : net.layers) {
    bool first = true;
    for (const std::string &p : n.prevs)
      first &= isExt(p);
    if (first)
      firsts.push_back(n.layer.name);
  }
  for (auto it = firsts.rbegin(); it != firsts.rend(); ++it)
    dfs(vertexOf(*it));
  std::vector<std::string> order;
  for (auto it = visited.rbegin(); it != visited.rend(); ++it)
    for (const std::string &l : vs[size_t(*it)])
      order.push_back(l);
  return order;
}

std::vector<PartitionScheme> inputPartitions(const Network &net, int64_t batch,
                                             const Hardware &hw, const Options &opts) {
  // nn_dataflow _gen_input_layout: partitions of the input layer over the
  // source (DRAM) region's dims.
  PartShape s;
  s.kind = PartShape::Input;
  s.nofm = net.input.nofm;
  s.hofm = net.input.hofm;
  s.wofm = net.input.wofm;
  s.nifm = net.input.nofm;
  return enumeratePartitions(s, batch, dramRegion(hw).dim, opts.partitioning);
}

bool networkBetter(double costA, int64_t timeA, double costB, int64_t timeB, Goal g) {
  switch (g) {
  case Goal::Energy:
    if (costA != costB)
      return costA < costB;
    return timeA < timeB;
  case Goal::Delay:
    if (timeA != timeB)
      return timeA < timeB;
    return costA < costB;
  case Goal::EnergyDelay:
    return costA * double(timeA) < costB * double(timeB);
  }
  return false;
}

namespace {

/// §6 totals: cost and time summed over layers in order (no pipelining).
void addLayer(NetworkSchedule &s, const PartitionedSchedule &r) {
  s.totalCost += r.energy.total;
  s.totalTime += r.time;
  EnergyBreakdown &e = s.energy;
  e.mac += r.energy.mac; e.dram += r.energy.dram; e.gbuf += r.energy.gbuf;
  e.itcn += r.energy.itcn; e.regf += r.energy.regf; e.noc += r.energy.noc;
  e.stat += r.energy.stat; e.access += r.energy.access; e.total += r.energy.total;
}

/// What every network search shares: the network, the fixed decisions, the input seeds.
struct SearchContext {
  const Network &net;
  const Hardware &hw;
  const Options &opts;
  const NetworkChoices &choices;
  const NetworkPartitionPins &pinnedParts;
  const NetworkSchedulePins &schedulePins;
  unsigned threads;
  int64_t batch;
  std::vector<PartitionScheme> seeds;
  std::vector<std::string> order;
  HopMemo *hops;

  std::map<std::string, DataLayout> seedLayouts(const PartitionScheme &seed) const {
    const NodeRegion dram = dramRegion(hw);
    std::map<std::string, DataLayout> layouts;
    layouts[kNetworkInput] =
        makeLayout(batch, net.input.nofm, net.input.hofm, net.input.wofm, dram, seed);
    for (const FmapShape &e : net.external)
      layouts[e.name] = makeLayout(e.batchOr(batch), e.nofm, e.hofm, e.wofm, dram, seed);
    return layouts;
  }
  /// Layer `i`'s ifmap layout from its producers' layouts.
  Result<DataLayout> ifmapOf(size_t i, const std::map<std::string, DataLayout> &layouts) const {
    const Network::Node *n = net.find(order[i]);
    std::vector<const DataLayout *> in;
    for (const std::string &p : n->prevs) {
      auto it = layouts.find(p);
      if (it == layouts.end())
        return Status::layerError(StatusCode::InvalidArgument, "", order[i],
                                  ": unknown producer '" + p + "'");
      in.push_back(&it->second);
    }
    return concatLayouts(in);
  }
  /// Options of layer `name`'s search: its schedule pins, if any, with goal `g`.
  Options layerOptions(const std::string &name, Goal g) const {
    Options o = opts;
    o.goal = g;
    auto scheme = schedulePins.find(name);
    if (pinnedParts.count(name) && scheme != schedulePins.end())
      o.pins = scheme->second;
    return o;
  }
  const PartitionScheme *pinnedPart(const std::string &name) const {
    auto pin = pinnedParts.find(name);
    return pin == pinnedParts.end() ? nullptr : &pin->second;
  }
};

/// Every candidate of layer `i` after the ifmap layout `ifm`: its choice re-costed, or the
/// best of each partition (only the pinned one if pinned); with `mustBeat`, those that
/// cannot rank before it may be left out.
Result<std::vector<PartitionedSchedule>> layerCandidates(const SearchContext &c, size_t i,
                                                         const DataLayout &ifm,
                                                         const PartitionedSchedule *mustBeat) {
  const Network::Node *n = c.net.find(c.order[i]);
  std::vector<PartitionedSchedule> out;
  auto it = c.choices.find(c.order[i]);
  if (it != c.choices.end()) {
    Result<PartitionedSchedule> r = evaluatePartitioned(n->layer, c.hw, c.opts, ifm, it->second);
    if (!r)
      return r.status();
    out.push_back(std::move(r).value());
    return out;
  }
  PartitionSearchMode mode;
  mode.each = &out;
  mode.hops = c.hops;
  Result<PartitionedSchedule> r =
      searchLayerWithMode(n->layer, c.hw, c.layerOptions(c.order[i], c.opts.goal), ifm, mode,
                          c.threads, c.pinnedPart(c.order[i]), mustBeat);
  if (!r)
    return r.status();
  return out;
}

/// One partial network of the beam: the layers scheduled so far.
struct Partial {
  size_t seed = 0;
  std::map<std::string, DataLayout> layouts;
  std::map<std::string, std::string> partOf; ///< producer -> its partition (key material)
  std::vector<PartitionedSchedule> layers;   ///< in order
  double cost = 0;
  int64_t time = 0;
};

/// A beam over layer choices (NetworkSearchOptions::beamWidth); an error if no partial
/// network reaches the last layer.
Result<NetworkSchedule> scheduleBeam(const SearchContext &c, unsigned width) {
  const size_t nLayers = c.order.size();
  // The last layer (by index in the order) that reads each producer.
  std::map<std::string, size_t> lastUse;
  for (size_t i = 0; i < nLayers; ++i)
    for (const std::string &p : c.net.find(c.order[i])->prevs)
      lastUse[p] = std::max(lastUse[p], i);
  std::vector<Partial> beam;
  for (size_t k = 0; k < c.seeds.size(); ++k) {
    Partial p;
    p.seed = k;
    p.layouts = c.seedLayouts(c.seeds[k]);
    for (const auto &entry : p.layouts)
      p.partOf[entry.first] = "seed" + std::to_string(k);
    beam.push_back(std::move(p));
  }
  Status err;
  for (size_t i = 0; i < nLayers; ++i) {
    const std::string &name = c.order[i];
    const std::vector<std::string> &prevs = c.net.find(name)->prevs;
    // Partial networks whose producers of this layer share their partitions share its
    // candidates.
    std::map<std::string, std::vector<PartitionedSchedule>> memo;
    struct Cand {
      size_t parent;
      const PartitionedSchedule *layer;
      double cost;
      int64_t time;
    };
    std::vector<Cand> cands;
    // The layouts a candidate leaves to be read (the partial networks' identity).
    auto stateKey = [&](const Partial &parent, const PartitionScheme &part) {
      std::string key;
      for (const auto &[producer, p] : parent.partOf) {
        auto use = lastUse.find(producer);
        if (use != lastUse.end() && use->second > i)
          key += producer + "=" + p + ";";
      }
      if (lastUse.count(name))
        key += name + "=" + part.str() + ";";
      return key;
    };
    // Exact pruning: once `width` distinct partial networks are held, a candidate that
    // cannot rank before the width-th of them cannot be kept. The partial networks are
    // visited in rank order, so the bar only tightens and a layer's candidates searched for
    // one are a superset of what a later one with the same producers needs.
    std::map<std::string, std::pair<double, int64_t>> keyBest;
    for (size_t b = 0; b < beam.size(); ++b) {
      std::optional<PartitionedSchedule> bar;
      if (keyBest.size() >= width && c.opts.goal != Goal::EnergyDelay) {
        std::vector<std::pair<double, int64_t>> held;
        for (const auto &entry : keyBest)
          held.push_back(entry.second);
        std::nth_element(held.begin(), held.begin() + std::ptrdiff_t(width - 1), held.end(),
                         [&](const auto &x, const auto &y) {
                           return networkBetter(x.first, x.second, y.first, y.second,
                                                c.opts.goal);
                         });
        const auto &[barCost, barTime] = held[width - 1];
        bar.emplace();
        // This layer's share of the bar, a little loose for the rounding of the difference.
        bar->energy.total = barCost - beam[b].cost + 1e-12 * std::fabs(barCost);
        bar->time = barTime - beam[b].time;
      }
      std::string key;
      for (const std::string &p : prevs)
        key += p + "=" + beam[b].partOf[p] + ";";
      auto it = memo.find(key);
      if (it == memo.end()) {
        Result<DataLayout> ifm = c.ifmapOf(i, beam[b].layouts);
        if (!ifm)
          return ifm.status();
        Result<std::vector<PartitionedSchedule>> r =
            layerCandidates(c, i, *ifm, bar ? &*bar : nullptr);
        if (!r) {
          err = r.status();
          continue;
        }
        it = memo.emplace(key, std::move(r).value()).first;
      }
      for (const PartitionedSchedule &s : it->second) {
        cands.push_back({b, &s, beam[b].cost + s.energy.total, beam[b].time + s.time});
        auto [held, fresh] = keyBest.try_emplace(stateKey(beam[b], s.part),
                                                 cands.back().cost, cands.back().time);
        if (!fresh && networkBetter(cands.back().cost, cands.back().time, held->second.first,
                                    held->second.second, c.opts.goal))
          held->second = {cands.back().cost, cands.back().time};
      }
    }
    if (cands.empty())
      return err.isOk() ? Status::error(StatusCode::NoValidScheme, "no partial network") : err;
    std::stable_sort(cands.begin(), cands.end(), [&](const Cand &a, const Cand &b) {
      return networkBetter(a.cost, a.time, b.cost, b.time, c.opts.goal);
    });
    // Kept: the best `width` whose layouts still to be read differ (of two with the same,
    // the future is the same, so the cheaper one is kept).
    std::vector<Partial> next;
    std::set<std::string> keys;
    for (const Cand &cd : cands) {
      if (next.size() >= width)
        break;
      const Partial &parent = beam[cd.parent];
      if (!keys.insert(stateKey(parent, cd.layer->part)).second)
        continue;
      Partial p = parent;
      p.layouts[name] = cd.layer->ofmapLayout;
      p.partOf[name] = cd.layer->part.str();
      p.layers.push_back(*cd.layer);
      p.cost = cd.cost;
      p.time = cd.time;
      next.push_back(std::move(p));
    }
    beam = std::move(next);
  }
  const Partial &best = beam.front(); // kept in rank order: the first is the best
  NetworkSchedule out;
  out.order = c.order;
  out.inputPart = c.seeds[best.seed];
  for (size_t i = 0; i < nLayers; ++i) {
    addLayer(out, best.layers[i]);
    out.layers[c.order[i]] = best.layers[i];
  }
  return out;
}

/// NetworkSchedule::bound of `sched` (NetworkBound): each layer searched in isolation after
/// the ifmap layout `sched` gave it (any would do: its hops are not counted); a layer whose
/// decision is fixed costs its decision without its ifmap hops.
Result<NetworkBound> lowerBound(const SearchContext &c, const NetworkSchedule &sched) {
  NetworkBound b;
  b.have = true;
  std::map<std::string, DataLayout> layouts = c.seedLayouts(sched.inputPart);
  for (size_t i = 0; i < c.order.size(); ++i) {
    const std::string &name = c.order[i];
    const PartitionedSchedule &chosen = sched.layers.at(name);
    Result<DataLayout> ifm = c.ifmapOf(i, layouts);
    if (!ifm)
      return ifm.status();
    layouts[name] = chosen.ofmapLayout;
    if (c.choices.count(name)) {
      // The same scheme with its ifmaps in place (§6: noc_hop x memory hops).
      b.cost += chosen.energy.total - c.hw.cost.nocHop * chosen.memHops[size_t(kIfm)];
      b.time += chosen.time;
      continue;
    }
    const Layer &layer = c.net.find(name)->layer;
    PartitionSearchMode mode;
    mode.isolated = true;
    mode.hops = c.hops;
    Result<PartitionedSchedule> e = searchLayerWithMode(
        layer, c.hw, c.layerOptions(name, Goal::Energy), *ifm, mode, c.threads,
        c.pinnedPart(name));
    if (!e)
      return e.status();
    b.cost += e->energy.total;
    b.have &= e->complete;
    if (c.opts.goal != Goal::Energy) {
      Result<PartitionedSchedule> d = searchLayerWithMode(
          layer, c.hw, c.layerOptions(name, Goal::Delay), *ifm, mode, c.threads,
          c.pinnedPart(name));
      if (!d)
        return d.status();
      b.time += d->time;
      b.have &= d->complete;
    }
  }
  return b;
}

Result<NetworkSchedule> scheduleGreedy(const Network &net, const Hardware &hw,
                                       const Options &opts, const NetworkChoices &choices,
                                       const PartitionScheme *inputPart,
                                       const NetworkPartitionPins &pinnedParts,
                                       const NetworkSchedulePins &schedulePins,
                                       unsigned threads, HopMemo &hopMemo) {
  if (net.layers.empty())
    return Status::error(StatusCode::InvalidArgument, "the network has no layers");
  const int64_t batch = net.layers.front().layer.batch;
  const NodeRegion dram = dramRegion(hw);
  std::vector<PartitionScheme> seeds;
  if (inputPart)
    seeds.push_back(*inputPart);
  else
    seeds = inputPartitions(net, batch, hw, opts);

  const std::vector<std::string> order = schedulingOrder(net);
  auto layerSchedule = [&](size_t i, const std::map<std::string, DataLayout> &layouts,
                           const PartitionedSchedule *mustBeat =
                               nullptr) -> Result<PartitionedSchedule> {
    const Network::Node *n = net.find(order[i]);
    std::vector<const DataLayout *> in;
    for (const std::string &p : n->prevs) {
      auto it = layouts.find(p);
      if (it == layouts.end())
        return Status::layerError(StatusCode::InvalidArgument, "", order[i],
                                  ": unknown producer '" + p + "'");
      in.push_back(&it->second);
    }
    const DataLayout ifm = concatLayouts(in);
    auto it = choices.find(order[i]);
    if (it != choices.end())
      return evaluatePartitioned(n->layer, hw, opts, ifm, it->second);
    auto pin = pinnedParts.find(order[i]);
    if (pin != pinnedParts.end()) {
      auto scheme = schedulePins.find(order[i]);
      if (scheme == schedulePins.end())
        return searchLayerInPartition(n->layer, hw, opts, ifm, pin->second);
      Options pinned = opts;
      pinned.pins = scheme->second;
      return searchLayerInPartition(n->layer, hw, pinned, ifm, pin->second);
    }
    PartitionSearchMode mode;
    mode.hops = &hopMemo;
    return searchLayerWithMode(n->layer, hw, opts, ifm, mode, threads, nullptr, mustBeat);
  };
  auto seedLayouts = [&](const PartitionScheme &seed) {
    std::map<std::string, DataLayout> layouts;
    layouts[kNetworkInput] =
        makeLayout(batch, net.input.nofm, net.input.hofm, net.input.wofm, dram, seed);
    for (const FmapShape &e : net.external)
      layouts[e.name] = makeLayout(e.batchOr(batch), e.nofm, e.hofm, e.wofm, dram, seed);
    return layouts;
  };
  // §6 beam of one: every input layout seeds the first layer; the best by
  // (cost, time) is kept, ties to the earlier seed.
  bool have = false;
  size_t bestSeed = 0;
  PartitionedSchedule first;
  Status err;
  std::vector<std::map<std::string, DataLayout>> seen; // the seeds' layouts searched
  for (size_t k = 0; k < seeds.size(); ++k) {
    // time-limit (#24): past it, the best seed so far (its first layer marked incomplete).
    if (have && opts.deadline && std::chrono::steady_clock::now() >= *opts.deadline) {
      first.complete = false;
      break;
    }
    // A seed laying the inputs out as an earlier one did gives the same first layer, which
    // cannot beat the earlier one's (ties go to the earlier seed): not searched again.
    std::map<std::string, DataLayout> layouts = seedLayouts(seeds[k]);
    if (std::find(seen.begin(), seen.end(), layouts) != seen.end())
      continue;
    seen.push_back(layouts);
    // Only a first layer beating the best seed so far matters: the search may prune
    // what cannot (PartitionBound.h), and then fails or returns one that does not beat it.
    Result<PartitionedSchedule> r = layerSchedule(0, layouts, have ? &first : nullptr);
    if (!r) {
      err = r.status();
      continue;
    }
    if (!have || partitionedBetter(*r, first, opts.goal)) {
      first = std::move(r).value();
      bestSeed = k;
      have = true;
    }
  }
  if (!have)
    return err;
  NetworkSchedule cur;
  cur.order = order;
  cur.inputPart = seeds[bestSeed];
  std::map<std::string, DataLayout> layouts = seedLayouts(seeds[bestSeed]);
  for (size_t i = 0; i < order.size(); ++i) {
    Result<PartitionedSchedule> r = i == 0 ? Result<PartitionedSchedule>(first)
                                           : layerSchedule(i, layouts);
    if (!r)
      return r.status();
    layouts[order[i]] = r->ofmapLayout;
    addLayer(cur, *r);
    cur.layers[order[i]] = std::move(r).value();
  }
  return cur;
}

} // namespace

Result<NetworkSchedule> scheduleNetwork(const Network &net, const Hardware &hw,
                                        const Options &opts, const NetworkChoices &choices,
                                        const PartitionScheme *inputPart,
                                        const NetworkPartitionPins &pinnedParts,
                                        const NetworkSchedulePins &schedulePins,
                                        unsigned threads, const NetworkSearchOptions &search) {
  HopMemo hopMemo; // one network on one accelerator: shared by every search below
  Result<NetworkSchedule> greedy = scheduleGreedy(net, hw, opts, choices, inputPart,
                                                  pinnedParts, schedulePins, threads, hopMemo);
  if (!greedy || (search.beamWidth <= 1 && !search.lowerBound))
    return greedy;
  SearchContext c{net, hw, opts, choices, pinnedParts, schedulePins, threads,
                  net.layers.front().layer.batch, {}, schedulingOrder(net), &hopMemo};
  if (inputPart)
    c.seeds.push_back(*inputPart);
  else
    c.seeds = inputPartitions(net, c.batch, hw, opts);
  NetworkSchedule out = std::move(greedy).value();
  if (search.beamWidth > 1) {
    // The greedy answer stands unless the beam's is strictly better (never worse).
    Result<NetworkSchedule> beam = scheduleBeam(c, search.beamWidth);
    if (beam && networkBetter(beam->totalCost, beam->totalTime, out.totalCost, out.totalTime,
                              opts.goal)) {
      out = std::move(beam).value();
      out.beamImproved = true;
    }
  }
  if (search.lowerBound) {
    Result<NetworkBound> b = lowerBound(c, out);
    if (!b)
      return b.status();
    out.bound = *b;
  }
  return out;
}

} // namespace dataflow::cost
