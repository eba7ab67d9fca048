//===- ReferenceData.cpp - nn_dataflow reference runs for the tests -------===//
#include "ReferenceData.h"

#include "Dataflow/CostModel/MultiNode/NocHops.h"

#include <algorithm>
#include <set>

#include <fstream>
#include <sstream>

namespace dataflow::cost::test {

const Layer *RefRun::layer(const std::string &n) const {
  for (const Layer &l : layers)
    if (l.name == n)
      return &l;
  return nullptr;
}

template <typename T, size_t A, size_t B>
static void read2(std::istream &is, std::array<std::array<T, B>, A> &x) {
  for (auto &row : x)
    for (auto &v : row)
      is >> v;
}

const RefSchedule *RefRun::schedule(const std::string &n) const {
  for (const RefSchedule &s : schedules)
    if (s.name == n)
      return &s;
  return nullptr;
}

PartitionScheme RefSchedule::partition() const {
  PartitionScheme p;
  for (int k = 0; k < 4; ++k) {
    p.order[size_t(k)] = partOrder[size_t(k)];
    p.dims[size_t(k)] = {partDims[size_t(k)][0], partDims[size_t(k)][1]};
  }
  return p;
}

template <size_t N> static void read1(std::istream &is, std::array<double, N> &x) {
  for (double &v : x)
    is >> v;
}

RefRun loadRefRun(const std::string &run, std::string *error) {
  RefRun r;
  const std::string path = std::string(DATAFLOW_COSTMODEL_TEST_DATA) + "/" + run + ".txt";
  std::ifstream in(path);
  if (!in) {
    *error = "cannot open " + path;
    return r;
  }
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream is(line);
    std::string tag;
    is >> tag;
    if (tag == "run") {
      is >> r.name;
    } else if (tag == "hw") {
      std::string bus, dram;
      is >> r.hw.arrayH >> r.hw.arrayW >> r.hw.gbufWords >> r.hw.regfWords >> bus >> dram;
      r.hw.arrayBusWidth = std::stod(bus);
      r.hw.dramBandwidth = std::stod(dram);
    } else if (tag == "cost") {
      UnitCosts &c = r.hw.cost;
      is >> c.macOp >> c.memHier[0] >> c.memHier[1] >> c.memHier[2] >> c.memHier[3] >>
          c.nocHop >> c.idlUnit;
    } else if (tag == "opt") {
      int f, i, o, ntops;
      std::string goal;
      is >> r.batch >> f >> i >> o >> goal >> ntops;
      r.opts.bypassAllowed = {f != 0, i != 0, o != 0};
      r.opts.goal = goal == "d" ? Goal::Delay : goal == "ed" ? Goal::EnergyDelay : Goal::Energy;
      r.opts.topN = ntops;
    } else if (tag == "total") {
      is >> r.totalCost >> r.totalTime >> r.totalOps >> r.totalAccess[0] >>
          r.totalAccess[1] >> r.totalAccess[2] >> r.totalAccess[3];
    } else if (tag == "layer") {
      std::string name, type;
      int64_t C, M, E, F, R, S, U, V, nreg;
      is >> name >> type >> C >> M >> E >> F >> R >> S >> U >> V >> nreg;
      Layer l;
      if (type == "Conv")
        l = makeConv(name, C, M, E, F, R, S, U, V, r.batch);
      else if (type == "FC")
        l = makeFC(name, C, M, R, S, r.batch);
      else if (type == "Pool")
        l = makePool(name, M, E, F, R, S, U, V, r.batch);
      else
        l = makeEltwise(name, M, E, F, nreg, r.batch);
      r.layers.push_back(l);
    } else if (tag == "sched") {
      RefSchedule s;
      is >> s.name >> s.cost >> s.time >> s.ops >> s.procTime >> s.busTime >> s.dramTime;
      read2(is, s.tvals);
      read2(is, s.orders);
      read2(is, s.fetch);
      read2(is, s.access);
      read2(is, s.size);
      read2(is, s.unitSize);
      read2(is, s.unitCnt);
      is >> s.costOp >> s.costAccess >> s.costStatic;
      if (!is) {
        *error = "malformed sched line for " + s.name;
        r.name.clear();
        return r;
      }
      r.schedules.push_back(s);
    } else if (tag == "nodes") {
      std::string mem;
      is >> r.hw.nodesH >> r.hw.nodesW >> mem;
      r.hw.memType = mem == "2D" ? MemoryType::TwoD : MemoryType::ThreeD;
    } else if (tag == "popt") {
      int h, b, i, af, bs, sv;
      is >> h >> b >> i >> af >> bs >> sv;
      PartitionOptions &po = r.opts.partitioning;
      po.hybrid = h; po.batch = b; po.ifmaps = i; po.accessForwarding = af;
      po.bufferSharing = bs;
      r.solver = sv;
      r.opts.method = sv ? SearchMethod::Solver : SearchMethod::Exhaustive;
    } else if (tag == "input") {
      r.network.input.name = kNetworkInput;
      is >> r.network.input.nofm >> r.network.input.hofm >> r.network.input.wofm;
    } else if (tag == "ext") {
      FmapShape e;
      is >> e.name >> e.nofm >> e.hofm >> e.wofm;
      r.network.external.push_back(e);
    } else if (tag == "prevs") {
      std::string name, p;
      is >> name;
      Network::Node n;
      n.layer = *r.layer(name);
      while (is >> p)
        n.prevs.push_back(p);
      r.network.layers.push_back(n);
    } else if (tag == "schedorder") {
      std::string n;
      while (is >> n)
        r.schedOrder.push_back(n);
    } else if (tag == "inputpart") {
      for (int &o : r.inputPart.order)
        is >> o;
      for (Coord &c : r.inputPart.dims)
        is >> c.h >> c.w;
    } else if (tag == "noc") {
      std::string name;
      is >> name;
      for (RefSchedule &s : r.schedules)
        if (s.name == name) {
          s.hasNoc = true;
          is >> s.numNodes >> s.costNoc;
          read1(is, s.unitNhops); read1(is, s.memNhops); read1(is, s.nodeNhops);
          read1(is, s.totalNhops); read1(is, s.accfwd); read1(is, s.bsGroup);
          read1(is, s.bsSubgroup); read1(is, s.bsRotFetch); read1(is, s.bsWideFetch);
          read1(is, s.bsRotRounds); read1(is, s.bsRotUnits); read1(is, s.bsT);
          read1(is, s.bsOrd);
        }
    } else if (tag == "part") {
      std::string name;
      is >> name;
      for (RefSchedule &s : r.schedules)
        if (s.name == name) {
          for (int &o : s.partOrder)
            is >> o;
          read2(is, s.partDims);
        }
    }
  }
  return r;
}

namespace {

/// The §5.6 memo key of one category: the set of ranges and the set of node
/// lists (not their pairing).
using MemoKey = std::pair<std::set<std::vector<int64_t>>, std::set<std::vector<int64_t>>>;
MemoKey memoKey(const Layer &l, const PartitionScheme &part, const NodeRegion &proc, int d) {
  std::vector<std::pair<std::vector<int64_t>, std::vector<int64_t>>> groups;
  for (const PartIndex &idx : part.indices()) {
    const NodeRanges r = nodeRanges(l, part, idx);
    std::vector<int64_t> key;
    if (d == kIfm)
      key.assign(r.ifm.beg.begin(), r.ifm.beg.end()), key.insert(key.end(), r.ifm.end.begin(), r.ifm.end.end());
    else
      key = {r.filIn[0], r.filIn[1], r.filOut[0], r.filOut[1]};
    const Coord c = part.coordinate(proc, idx);
    auto it = std::find_if(groups.begin(), groups.end(), [&](auto &g) { return g.first == key; });
    if (it == groups.end())
      groups.push_back({key, {c.h, c.w}});
    else
      it->second.insert(it->second.end(), {c.h, c.w});
  }
  MemoKey k;
  for (auto &g : groups) {
    k.first.insert(g.first);
    k.second.insert(g.second);
  }
  return k;
}

} // namespace

double toolViewCost(const RefRun &run, const Layer &l, const PartitionedSchedule &p,
                    const DataLayout &ifm, const NodeRegion *procIn, const NodeRegion *dstIn) {
  const NodeRegion proc = procIn ? *procIn : procRegion(run.hw), dram = dramRegion(run.hw);
  const NodeRegion dst = dstIn ? *dstIn : dram;
  const auto parts = enumeratePartitions(PartShape::of(l), l.batch, proc.dim,
                                         run.opts.partitioning);
  double hops = 0;
  for (int d = 0; d < kNumData; ++d) {
    int64_t unit = p.unitHops[size_t(d)];
    if (d != kOfm) {
      const MemoKey mine = memoKey(l, p.part, proc, d);
      for (const PartitionScheme &q : parts) {
        if (q == p.part)
          break;
        if (q.dims == p.part.dims && memoKey(l, q, proc, d) == mine) {
          const DataLayout ofm = makeLayout(l.batch, l.M, l.E, l.F, dst, q);
          unit = unitNocHops(l, proc, q, dram.nodes(), ifm, ofm,
                             run.opts.partitioning.forwarding())[size_t(d)];
          break;
        }
      }
    }
    hops += p.nodeHops[size_t(d)] + double(unit * p.scheme.fetch[0][size_t(d)]);
  }
  return p.energy.mac + p.energy.access + run.hw.cost.nocHop * hops + p.energy.stat;
}

} // namespace dataflow::cost::test
