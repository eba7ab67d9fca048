//===- NetworkSearch.cpp - Whole-network multi-node search ----------------===//
//
// docs/cost-model.md §6 (nn_dataflow NNDataflow.schedule_search without
// pipelining, InterLayerPipeline's DAG order).
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/MultiNode/NetworkSearch.h"

#include <algorithm>
#include <chrono>
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
      const std::string &tail = vs[i].back();
      if (headDisjoint && prevs.count(tail) && nexts[tail].size() == 1) {
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

Result<NetworkSchedule> scheduleNetwork(const Network &net, const Hardware &hw,
                                        const Options &opts, const NetworkChoices &choices,
                                        const PartitionScheme *inputPart,
                                        const NetworkPartitionPins &pinnedParts,
                                        const NetworkSchedulePins &schedulePins,
                                        unsigned threads) {
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
    return searchLayerPartitioned(n->layer, hw, opts, ifm, threads, mustBeat);
  };
  auto seedLayouts = [&](const PartitionScheme &seed) {
    std::map<std::string, DataLayout> layouts;
    layouts[kNetworkInput] =
        makeLayout(batch, net.input.nofm, net.input.hofm, net.input.wofm, dram, seed);
    for (const FmapShape &e : net.external)
      layouts[e.name] = makeLayout(batch, e.nofm, e.hofm, e.wofm, dram, seed);
    return layouts;
  };
  // §6 beam of one: every input layout seeds the first layer; the best by
  // (cost, time) is kept, ties to the earlier seed.
  bool have = false;
  size_t bestSeed = 0;
  PartitionedSchedule first;
  Status err;
  for (size_t k = 0; k < seeds.size(); ++k) {
    // time-limit (#24): past it, the best seed so far (its first layer marked incomplete).
    if (have && opts.deadline && std::chrono::steady_clock::now() >= *opts.deadline) {
      first.complete = false;
      break;
    }
    // Only a first layer beating the best seed so far matters: the search may prune
    // what cannot (PartitionBound.h), and then fails or returns one that does not beat it.
    Result<PartitionedSchedule> r = layerSchedule(0, seedLayouts(seeds[k]), have ? &first : nullptr);
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
    // §6 totals: cost and time summed over layers (no pipelining).
    cur.totalCost += r->energy.total;
    cur.totalTime += r->time;
    EnergyBreakdown &e = cur.energy;
    e.mac += r->energy.mac; e.dram += r->energy.dram; e.gbuf += r->energy.gbuf;
    e.itcn += r->energy.itcn; e.regf += r->energy.regf; e.noc += r->energy.noc;
    e.stat += r->energy.stat; e.access += r->energy.access; e.total += r->energy.total;
    cur.layers[order[i]] = std::move(r).value();
  }
  return cur;
}

} // namespace dataflow::cost
