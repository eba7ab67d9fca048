//===- SegmentCandidates.cpp - Segments, allocation, constraints ----------===//
// Over 500 lines: segment enumeration, allocation and constraints follow nn_dataflow's one class step by step, so they are read side by side.
//
// docs/cost-model.md §6 (nn_dataflow InterLayerPipeline._calc_sched_dag,
// _gen_vseg, gen_segment; PipelineSegment._init_deps, _alloc_proc,
// _alloc_resource, _init_sym_cstrs).
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/Pipeline/SegmentCandidates.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <string>

namespace dataflow::cost {

namespace {
std::vector<int64_t> divisors(int64_t n) {
  std::vector<int64_t> d;
  for (int64_t i = 1; i <= n; ++i)
    if (n % i == 0)
      d.push_back(i);
  return d;
}
} // namespace

SchedulingDag schedulingDag(const Network &net) {
  SchedulingDag dag;
  const std::vector<std::string> order = schedulingOrder(net);
  // §6 vertices (the merge of schedulingOrder), ordered by their first layer.
  std::vector<std::vector<std::string>> merged = mergeVertices(net), vs;
  // A sliced layer runs in a one-layer segment only (makeSegment), so a vertex holding one
  // is split into its layers (consecutive in the order, so every run stays consecutive).
  for (std::vector<std::string> &v : merged) {
    bool sliced = false;
    for (const std::string &l : v)
      sliced |= net.find(l)->layer.isSliced();
    if (!sliced || v.size() == 1)
      vs.push_back(std::move(v));
    else
      for (std::string &l : v)
        vs.push_back({std::move(l)});
  }
  auto pos = [&](const std::string &l) {
    return std::find(order.begin(), order.end(), l) - order.begin();
  };
  std::sort(vs.begin(), vs.end(), [&](const auto &a, const auto &b) {
    return pos(a.front()) < pos(b.front());
  });
  dag.vertices = vs;
  for (size_t i = 0; i < vs.size(); ++i)
    for (const std::string &l : vs[i])
      dag.vertexOf[l] = int(i);
  dag.prevs.assign(vs.size(), {});
  dag.nexts.assign(vs.size(), {});
  for (const Network::Node &n : net.layers) {
    const int v = dag.vertexOf[n.layer.name];
    for (const std::string &p : n.prevs) {
      auto it = dag.vertexOf.find(p);
      const int pv = it == dag.vertexOf.end() ? -1 : it->second;
      if (pv != v)
        dag.prevs[size_t(v)].insert(pv);
      if (pv >= 0 && pv != v)
        dag.nexts[size_t(pv)].insert(v);
    }
  }
  return dag;
}

bool forEachVertexSegment(const SchedulingDag &dag,
                          const std::function<bool(const std::vector<int> &)> &visit) {
  // nn_dataflow _gen_vseg, rules 1-3, in the same order and with the same memo, but
  // iterative: an explicit stack of (start, next f, vseg) frames instead of the recursion
  // (a chain of n vertices nests n deep), and each run handed to `visit` rather than kept.
  struct Frame {
    int start, f;
    std::vector<int> vseg;
  };
  std::vector<bool> done(dag.vertices.size() + 1, false);
  const int nv = int(dag.vertices.size());
  std::vector<Frame> stack{{0, 0, {}}};
  while (!stack.empty()) {
    Frame &fr = stack.back();
    if (fr.f >= nv) {
      done[size_t(fr.start)] = true;
      stack.pop_back();
      continue;
    }
    const int f = fr.f++;
    const std::set<int> &fp = dag.prevs[size_t(f)];
    bool share = fr.vseg.empty();
    int inSeg = 0;
    for (int p : fp) {
      bool inS = std::find(fr.vseg.begin(), fr.vseg.end(), p) != fr.vseg.end();
      inSeg += inS;
      if (inS)
        share = true;
      for (int v : fr.vseg)
        if (dag.prevs[size_t(v)].count(p))
          share = true;
    }
    if (!share || inSeg > 1) {
      fr.f = nv; // break: the frame ends
      continue;
    }
    fr.vseg.push_back(f);
    bool valid = true;
    for (int v : fr.vseg) {
      const std::set<int> &nx = dag.nexts[size_t(v)];
      int inside = 0, outside = 0;
      for (int x : nx)
        (std::find(fr.vseg.begin(), fr.vseg.end(), x) != fr.vseg.end() ? inside : outside)++;
      if (inside > 0 && outside > 1)
        valid = false;
    }
    if (!valid)
      continue;
    if (!visit(fr.vseg))
      return false;
    if (!done[size_t(f + 1)])
      stack.push_back({f + 1, f + 1, {}}); // `fr` is not used past this point
  }
  return true;
}

std::vector<std::vector<int>> vertexSegments(const SchedulingDag &dag) {
  std::vector<std::vector<int>> out;
  forEachVertexSegment(dag, [&](const std::vector<int> &v) {
    out.push_back(v);
    return true;
  });
  return out;
}

/// §6 allocation (nn_dataflow _alloc_proc): nodes proportional to ops in
/// multiples of the largest common factor cf | Dh meeting the utilisation.
Result<std::vector<int64_t>> allocNodes(const std::vector<double> &ops, int64_t dh,
                                        int64_t total, double maxDrop) {
  // The rounding loop below keeps every count positive only for positive, finite shares:
  // a negative or zero op count, a NaN or an infinity drove the first count below zero.
  if (ops.empty())
    return Status::error(StatusCode::InvalidArgument, "node allocation of an empty segment");
  if (dh <= 0 || total <= 0 || total % dh != 0)
    return Status::error(StatusCode::InvalidArgument,
                         "node allocation: region height " + std::to_string(dh) +
                             " does not divide its " + std::to_string(total) + " nodes");
  if (!std::isfinite(maxDrop) || maxDrop < 0)
    return Status::error(StatusCode::InvalidArgument,
                         "node allocation: utilisation drop must be finite and >= 0");
  double sum = 0;
  for (double o : ops) {
    if (!std::isfinite(o) || o <= 0)
      return Status::error(StatusCode::InvalidArgument,
                           "node allocation: op count " + std::to_string(o) +
                               " is not finite and positive");
    sum += o;
  }
  if (!std::isfinite(sum))
    return Status::error(StatusCode::Overflow, "node allocation: the segment's op count overflows");
  std::vector<int64_t> cfs = divisors(dh);
  for (auto it = cfs.rbegin(); it != cfs.rend(); ++it) {
    const int64_t cf = *it;
    std::vector<double> raw;
    std::vector<int64_t> nodes;
    for (double o : ops) {
      raw.push_back(o / sum * double(total));
      nodes.push_back(std::max<int64_t>(1, int64_t(std::nearbyint(raw.back() / double(cf)))) * cf);
    }
    auto tot = [&] {
      int64_t s = 0;
      for (int64_t n : nodes)
        s += n;
      return s;
    };
    while (tot() != total) {
      size_t idx = 0;
      if (tot() > total) {
        for (size_t i = 1; i < nodes.size(); ++i)
          if (double(nodes[i]) - raw[i] > double(nodes[idx]) - raw[idx])
            idx = i;
        nodes[idx] -= cf;
      } else {
        for (size_t i = 1; i < nodes.size(); ++i)
          if (double(nodes[i]) - raw[i] < double(nodes[idx]) - raw[idx])
            idx = i;
        nodes[idx] += cf;
      }
    }
    if (std::any_of(nodes.begin(), nodes.end(), [](int64_t n) { return n <= 0; }))
      continue;
    double time = 0;
    for (size_t i = 0; i < ops.size(); ++i)
      time = std::max(time, ops[i] / double(nodes[i]));
    if (sum / time / double(total) >= 1 - maxDrop)
      return nodes;
  }
  return Status::error(StatusCode::NoValidScheme, "no node allocation meets the utilisation");
}

std::optional<PipelineSegment> makeSegment(const Network &net,
                                           const std::vector<std::vector<std::string>> &seg,
                                           const Hardware &hw, const SegmentOptions &opts) {
  PipelineSegment ps;
  ps.seg = seg;
  auto nexts = layerConsumers(net);
  std::map<std::string, SchedIndex> l2i;
  for (size_t s = 0; s < seg.size(); ++s)
    for (size_t t = 0; t < seg[s].size(); ++t)
      l2i[seg[s][t]] = {int(s), int(t)};
  // Sliced layers (dilated, 3-D): in one-layer segments only, where a segment is the
  // layer-wise schedule; forwarding their slices on chip is not modelled (docs/cost-model.md
  // §6 "Sliced layers").
  if (l2i.size() > 1)
    for (const auto &[l, i] : l2i)
      if (net.find(l)->layer.isSliced())
        return std::nullopt;
  // Order-only dependencies (Node::after): the producer wrote its ofmaps to DRAM in an
  // earlier segment (within a segment fmaps stay on chip), and it writes them to DRAM
  // whatever its other consumers (docs/cost-model.md §6 "Order-only dependencies").
  std::map<std::string, std::vector<std::string>> readers;
  for (const Network::Node &n : net.layers)
    for (const std::string &a : n.after) {
      if (l2i.count(a) && l2i.count(n.layer.name))
        return std::nullopt;
      readers[a].push_back(n.layer.name);
    }
  // §6 dependencies (nn_dataflow _init_deps).
  enum Src { Mem, Nbr, Local };
  std::map<SchedIndex, Src> src;
  std::map<SchedIndex, SchedIndex> nbrSrc;
  std::map<SchedIndex, bool> dstMem;
  std::map<std::vector<std::string>, std::vector<SchedIndex>> ifmShare;
  std::map<SchedIndex, std::vector<SchedIndex>> ofmFwd;
  for (size_t s = 0; s < seg.size(); ++s) {
    bool haveNbr = false;
    for (size_t t = 0; t < seg[s].size(); ++t) {
      const std::string &l = seg[s][t];
      const SchedIndex me{int(s), int(t)};
      const Network::Node *n = net.find(l);
      std::vector<std::string> mem, lcl, nbr;
      for (const std::string &p : n->prevs) {
        auto it = l2i.find(p);
        if (it == l2i.end())
          mem.push_back(p);
        else if (it->second.sp == int(s))
          lcl.push_back(p);
        else
          nbr.push_back(p);
      }
      if (!mem.empty() && !nbr.empty())
        return std::nullopt;
      if (nbr.size() > 1 || (!nbr.empty() && haveNbr))
        return std::nullopt;
      if (!nbr.empty()) {
        haveNbr = true;
        nbrSrc[me] = l2i[nbr[0]];
      }
      src[me] = !mem.empty() ? Mem : !nbr.empty() ? Nbr : Local;
      if (!mem.empty() && lcl.empty())
        ifmShare[n->prevs].push_back(me);
      std::vector<std::string> mdst, ldst, ndst;
      for (const std::string &x : nexts[l]) {
        auto it = l2i.find(x);
        if (it == l2i.end())
          mdst.push_back(x);
        else if (it->second.sp == int(s))
          ldst.push_back(x);
        else
          ndst.push_back(x);
      }
      if (nexts[l].empty())
        mdst.push_back("");
      for (const std::string &x : readers[l])
        mdst.push_back(x); // read from DRAM by a later segment
      if (ldst.empty()) {
        if (t + 1 != seg[s].size())
          return std::nullopt;
      } else if (ldst.size() != 1 || l2i[ldst[0]].tm != int(t) + 1) {
        return std::nullopt;
      }
      if (!mdst.empty() && !ndst.empty())
        for (const std::string &x : ndst)
          ofmFwd[me].push_back(l2i[x]);
      if (!mdst.empty() && !ldst.empty())
        ofmFwd[me].push_back(l2i[ldst[0]]);
      dstMem[me] = !mdst.empty();
      if (opts.basicOnly &&
          (nbr.size() + lcl.size() > 1 || ndst.size() + ldst.size() > 1 ||
           (!(s == 0 && t == 0) && nbr.empty() && lcl.empty())))
        return std::nullopt;
    }
  }
  // §6 allocation.
  const NodeRegion proc = procRegion(hw), dram = dramRegion(hw);
  std::vector<double> ops;
  for (const auto &v : seg) {
    double o = 0;
    for (const std::string &l : v)
      o += net.find(l)->layer.totalOps();
    ops.push_back(o);
  }
  auto nodes = allocNodes(ops, proc.dim.h, proc.dim.size(), opts.maxUtilDrop);
  if (!nodes)
    return std::nullopt;
  ps.nodes = *nodes;
  std::vector<NodeRegion> sub = proc.allocate(*nodes);
  if (sub.size() != seg.size())
    return std::nullopt;
  bool noTimeMux = ps.numLayers() == int(net.layers.size());
  for (const auto &v : seg) {
    int convs = 0;
    for (const std::string &l : v) {
      convs += net.find(l)->layer.isConvLike();
      // A sliced layer is priced as the layer-wise grid model does: weights not pinned.
      noTimeMux &= !net.find(l)->layer.isSliced();
    }
    if (convs > 1)
      noTimeMux = false;
  }
  ps.alloc.resize(seg.size());
  for (size_t s = 0; s < seg.size(); ++s)
    for (size_t t = 0; t < seg[s].size(); ++t) {
      const SchedIndex me{int(s), int(t)};
      LayerResource r;
      r.proc = sub[s];
      r.noTimeMux = noTimeMux;
      if (src[me] == Mem) {
        r.src = dram;
        for (auto &kv : ifmShare)
          for (size_t k = 1; k < kv.second.size(); ++k)
            if (kv.second[k] == me)
              r.src = sub[size_t(kv.second[0].sp)];
      } else if (src[me] == Nbr) {
        r.src = sub[size_t(nbrSrc[me].sp)];
      } else {
        r.src = sub[s];
      }
      r.dst = dstMem[me] ? dram : sub[s];
      ps.alloc[s].push_back(r);
    }
  for (auto &kv : ifmShare)
    for (size_t k = 1; k < kv.second.size(); ++k)
      ps.fwdRegion[kv.second[k]] = sub[size_t(kv.second[0].sp)];
  for (auto &kv : ofmFwd)
    for (const SchedIndex &d : kv.second)
      ps.fwdRegion[d] = sub[size_t(kv.first.sp)];

  // §6 constraints. Single layer: none. Otherwise one shared t[0][B]; an
  // on-chip fed CONV in another vertex takes t[0][I] = its producer's t[0][O]
  // (a shared symbol) unless the producer fully buffers (then 1); a CONV fed
  // in its own vertex fully buffers (t[0][I] = 1, producer group t[0][O] = 1);
  // LR layers follow their CONV's t[0][O]; basic pipelining fully buffers
  // every on-chip pair. Symbols used once are free.
  // Simplifications against the tool's _init_sym_cstrs (docs/cost-model.md):
  // the first CONV never fully buffers its ofmaps (the tool's fbofm_init picks
  // by fewest fully-buffered pairs on the critical path, then the smaller
  // buffered size, and may pick "fully buffer" in chains of 3+ forwarding
  // vertices; it also rejects a choice whose buffered data exceeds the
  // vertex's GBUFs); layers sharing a memory source fully buffer their ifmaps
  // (the tool gives them one shared t[0][I] symbol when none constrains its
  // ofmaps).
  const int64_t batch = net.layers.front().layer.batch;
  const int nl = ps.numLayers();
  if (nl == 1) {
    ps.constraintArgs = {{PipelineSegment::ConstraintArg{}}};
    ps.constraints.push_back({{LayerConstraint{}}});
    ps.hints.push_back({1});
    return ps;
  }
  // Symbolic form: per layer, topIfm/topOfm are 0 (free), 1, or -k (symbol k).
  struct Arg {
    int64_t ifm = 0, ofm = 0;
    std::string ofmFrom;
  };
  std::vector<std::vector<Arg>> args(seg.size());
  std::vector<std::vector<int64_t>> symVals; // symbol k >= 1 at index k-1
  std::vector<int> symUse;
  auto newSym = [&](const Layer &l, bool ofm) {
    const double size = double(ofm ? l.M * l.E * l.F : l.C * l.hifm() * l.wifm()) * double(batch);
    const double tmax = size / (0.05 * double(hw.gbufWords));
    std::vector<int64_t> v;
    for (int64_t d : divisors(ofm ? l.M : l.C))
      if (double(d) <= tmax || d == 1)
        v.push_back(d);
    symVals.push_back(v);
    symUse.push_back(0);
    return -int64_t(symVals.size());
  };
  for (size_t s = 0; s < seg.size(); ++s) {
    args[s].resize(seg[s].size());
    std::string conv;
    for (size_t t = 0; t < seg[s].size(); ++t) {
      const Layer &l = net.find(seg[s][t])->layer;
      const SchedIndex me{int(s), int(t)};
      Arg &a = args[s][t];
      auto ns = nbrSrc.find(me);
      if (l.isConvLike()) {
        if (!conv.empty()) {
          // inter-temporal: fully buffer between the groups.
          a.ifm = 1;
          args[s][t - 1].ofm = 1;
          args[s][t - 1].ofmFrom.clear();
        } else if (ns != nbrSrc.end()) {
          Arg &pa = args[size_t(ns->second.sp)][size_t(ns->second.tm)];
          if (opts.basicOnly || pa.ofm == 1) {
            pa.ofm = 1;
            pa.ofmFrom.clear();
            a.ifm = 1;
          } else {
            if (pa.ofm == 0 || !pa.ofmFrom.empty()) {
              // the producer's group symbol
              const Layer &pl = net.find(seg[size_t(ns->second.sp)][size_t(ns->second.tm)])->layer;
              pa.ofm = newSym(pl, true);
              pa.ofmFrom.clear();
            }
            a.ifm = pa.ofm;
            a.ofm = 1; // (b): this group fully buffers its ofmaps
          }
        }
        conv = l.name;
      } else {
        if (ns != nbrSrc.end()) {
          Arg &pa = args[size_t(ns->second.sp)][size_t(ns->second.tm)];
          if (opts.basicOnly) {
            pa.ofm = 1;
            pa.ofmFrom.clear();
          } else if (pa.ofm != 1) {
            if (pa.ofm == 0) {
              const Layer &pl = net.find(seg[size_t(ns->second.sp)][size_t(ns->second.tm)])->layer;
              pa.ofm = newSym(pl, true);
            }
            a.ofm = pa.ofm;
          }
        } else if (!conv.empty() && t > 0) {
          a.ofmFrom = conv; // lazily follows the CONV's chosen t[0][O]
        }
      }
      // No on-chip destination: cancel full buffering of the ofmaps.
      if (t + 1 == seg[s].size() && dstMem[me]) {
        bool onchip = false;
        for (auto &kv : nbrSrc)
          if (kv.second == me)
            onchip = true;
        if (!onchip && a.ofm == 1)
          a.ofm = 0;
      }
    }
  }
  for (auto &kv : ifmShare)
    if (kv.second.size() > 1)
      for (const SchedIndex &i : kv.second)
        args[size_t(i.sp)][size_t(i.tm)].ifm = 1;
  for (auto &v : args)
    for (Arg &a : v) {
      if (a.ifm < 0)
        ++symUse[size_t(-a.ifm - 1)];
      if (a.ofm < 0)
        ++symUse[size_t(-a.ofm - 1)];
    }
  std::vector<int> live; // symbols used at least twice, in creation order
  for (size_t k = 0; k < symVals.size(); ++k)
    if (symUse[k] >= 2)
      live.push_back(int(k));
  for (auto &v : args)
    for (Arg &a : v) {
      if (a.ifm < 0 && symUse[size_t(-a.ifm - 1)] < 2)
        a.ifm = 0;
      if (a.ofm < 0 && symUse[size_t(-a.ofm - 1)] < 2)
        a.ofm = 0;
    }
  // §6 gen_constraint: (t[0][B], symbols...) each ascending, the last fastest.
  ps.constraintValues = {divisors(batch)};
  for (int k : live)
    ps.constraintValues.push_back(symVals[size_t(k)]);
  auto position = [&](int64_t x) -> int64_t {
    if (x >= 0)
      return x;
    const int k = int(-x - 1);
    return -(1 + int64_t(std::find(live.begin(), live.end(), k) - live.begin()) + 1);
  };
  ps.constraintArgs.resize(seg.size());
  for (size_t s = 0; s < seg.size(); ++s)
    for (const Arg &a : args[s])
      ps.constraintArgs[s].push_back({position(a.ifm), position(a.ofm), a.ofmFrom});
  const size_t n = ps.numConstraints();
  if (n <= PipelineSegment::kMaterialisedConstraints)
    for (size_t i = 0; i < n; ++i) {
      std::vector<int64_t> h;
      ps.constraints.push_back(ps.constraintAt(i, &h));
      ps.hints.push_back(std::move(h));
    }
  return ps;
}

DataLayout PipelineSegment::ifmapLayout(const std::vector<const DataLayout *> &producers,
                                        SchedIndex idx) const {
  DataLayout l = concatLayouts(producers);
  auto it = fwdRegion.find(idx);
  if (it != fwdRegion.end())
    for (DataLayout::Part &part : l.parts) {
      part.region = it->second;
      part.part = part.part.projection(it->second);
    }
  return l;
}

size_t PipelineSegment::numConstraints() const {
  size_t n = 1;
  for (const auto &v : constraintValues)
    n *= v.size();
  return n;
}

std::vector<std::vector<LayerConstraint>>
PipelineSegment::constraintAt(size_t i, std::vector<int64_t> *hints) const {
  std::vector<int64_t> h(constraintValues.size());
  for (size_t p = constraintValues.size(); p-- > 0;) {
    h[p] = constraintValues[p][i % constraintValues[p].size()];
    i /= constraintValues[p].size();
  }
  auto val = [&](int64_t x) { return x >= 0 ? x : h[size_t(-x - 1)]; };
  std::vector<std::vector<LayerConstraint>> c(constraintArgs.size());
  for (size_t s = 0; s < constraintArgs.size(); ++s)
    for (const ConstraintArg &a : constraintArgs[s]) {
      LayerConstraint lc;
      lc.top.topBat = h.empty() ? 0 : h[0];
      lc.top.topIfm = val(a.ifm);
      lc.top.topOfm = val(a.ofm);
      lc.topOfmFrom = a.ofmFrom;
      c[s].push_back(std::move(lc));
    }
  if (hints)
    *hints = h.empty() ? std::vector<int64_t>{1} : h;
  return c;
}

size_t PipelineSegment::nextAfterFailure(size_t i, int flatLayer) const {
  if (constraintValues.empty())
    return i + 1;
  // The last position read by layers 0..flatLayer (t[0][B] at 0 by all).
  size_t last = 0;
  int flat = 0;
  for (const auto &v : constraintArgs)
    for (const ConstraintArg &a : v) {
      if (flat++ > flatLayer)
        break;
      for (int64_t x : {a.ifm, a.ofm})
        if (x < 0)
          last = std::max(last, size_t(-x - 1));
    }
  size_t stride = 1;
  for (size_t p = last + 1; p < constraintValues.size(); ++p)
    stride *= constraintValues[p].size();
  return (i / stride + 1) * stride;
}

std::vector<PipelineSegment>
segmentCandidates(const Network &net, const Hardware &hw, const SegmentOptions &opts,
                  const std::optional<std::chrono::steady_clock::time_point> &deadline,
                  bool *complete) {
  std::vector<PipelineSegment> out;
  for (const Network::Node &n : net.layers)
    if (auto s = makeSegment(net, {{n.layer.name}}, hw, opts))
      out.push_back(*s);
  const SchedulingDag dag = schedulingDag(net);
  const bool all = forEachVertexSegment(dag, [&](const std::vector<int> &vseg) {
    // The deadline: the runs so far are kept (single layers always are).
    if (deadline && std::chrono::steady_clock::now() >= *deadline)
      return false;
    if (int(vseg.size()) > opts.maxDegree)
      return true;
    if (vseg.size() == 1 && dag.vertices[size_t(vseg[0])].size() == 1)
      return true;
    std::vector<std::vector<std::vector<std::string>>> cands;
    if (opts.spatial) {
      std::vector<std::vector<std::string>> s;
      for (int v : vseg)
        s.push_back(dag.vertices[size_t(v)]);
      cands.push_back(s);
    }
    if (opts.temporal) {
      std::vector<std::string> all;
      for (int v : vseg)
        for (const std::string &l : dag.vertices[size_t(v)])
          all.push_back(l);
      if (cands.empty() || cands.front().size() != 1)
        cands.push_back({all});
    }
    for (const auto &s : cands)
      if (auto ps = makeSegment(net, s, hw, opts))
        out.push_back(*ps);
    return true;
  });
  if (complete)
    *complete = all;
  if (opts.pinned.empty())
    return out;
  // Pinned segments: only they may hold their layers (added if the options exclude them).
  std::map<std::string, size_t> pinOf;
  for (size_t i = 0; i < opts.pinned.size(); ++i)
    for (const auto &v : opts.pinned[i])
      for (const std::string &l : v)
        pinOf[l] = i;
  std::vector<PipelineSegment> kept;
  std::set<size_t> present;
  for (PipelineSegment &ps : out) {
    std::optional<size_t> pin;
    bool clash = false;
    for (const auto &v : ps.seg)
      for (const std::string &l : v) {
        auto it = pinOf.find(l);
        if (it != pinOf.end())
          pin = it->second;
      }
    if (pin)
      clash = ps.seg != opts.pinned[*pin];
    if (clash)
      continue;
    if (pin)
      present.insert(*pin);
    kept.push_back(std::move(ps));
  }
  for (size_t i = 0; i < opts.pinned.size(); ++i)
    if (!present.count(i))
      if (auto ps = makeSegment(net, opts.pinned[i], hw, opts))
        kept.push_back(*ps);
  return kept;
}

} // namespace dataflow::cost
