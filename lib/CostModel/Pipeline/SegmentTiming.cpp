//===- SegmentTiming.cpp - Per-segment time model -------------------------===//
//
// docs/cost-model.md §6 "Timing" (nn_dataflow PipelineSegmentTiming).
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/Pipeline/SegmentTiming.h"
#include "Dataflow/CostModel/Core/CheckedMath.h"

#include <algorithm>

namespace dataflow::cost {

void SegmentTiming::add(const std::string &name, SchedIndex idx, bool isConv,
                        const std::vector<std::string> &prevs, const PartitionedSchedule &s) {
  if (idx.tm == 0)
    list_.emplace_back();
  idx_[name] = idx;
  // §6: non-trivial top loops outermost first; B first gives the batch groups,
  // the next one (I or O) ngrp_I / ngrp_O.
  const LoopBlocking &b = s.scheme.blocking;
  std::vector<int> ord;
  for (int l = 0; l < kNumLoops; ++l)
    if (b.t[0][size_t(l)] > 1)
      ord.push_back(l);
  std::sort(ord.begin(), ord.end(),
            [&](int x, int y) { return b.order[0][size_t(x)] > b.order[0][size_t(y)]; });
  PerLoopInt top{1, 1, 1};
  size_t p = 0;
  if (p < ord.size() && ord[p] == kLoopB) {
    top[kLoopB] = b.t[0][kLoopB];
    ++p;
  }
  if (p < ord.size())
    top[size_t(ord[p])] = b.t[0][size_t(ord[p])];
  // A node's groups run one after another, each through the whole one-group loop nest, so
  // its top loops group no fmap: no fine-grained forwarding ("Groups on a grid").
  if (s.nodeLayer.groups > 1)
    top = {1, 1, 1};
  if (!batNgrp_)
    batNgrp_ = top[kLoopB];
  else if (batNgrp_ != top[kLoopB])
    batNgrp_ = 1; // §6: layers disagree
  const int64_t ifmNgrp = top[kLoopI], ofmNgrp = top[kLoopO];

  LayerTiming t;
  t.time = s.time;
  t.nodeTime = std::max(s.scheme.time.proc, s.scheme.time.bus);
  t.dramTime = s.scheme.time.dram;
  t.numNodes = s.part.numNodes();
  t.ngrp = ofmNgrp;
  int64_t ts = 0, td = 0;
  bool &ov = overflow_;
  auto plus = [&](int64_t a, int64_t b) { return saturatingAdd(a, b, ov); };
  for (const std::string &pn : prevs) {
    auto it = idx_.find(pn);
    if (it == idx_.end() || pn == name)
      continue; // off-chip source
    const LayerTiming &pt = list_[size_t(it->second.sp)][size_t(it->second.tm)];
    int64_t start;
    if (it->second.sp == idx.sp) {
      // §6 same vertex: fused LR layer starts after the producer's first group.
      start = (!isConv && ofmNgrp == pt.ngrp) ? plus(pt.ts, pt.time / pt.ngrp) : pt.td;
      td = plus(pt.td, t.time);
    } else {
      // §6 other vertex: forwarding in groups, else after the whole fmap.
      start = ((isConv ? ifmNgrp : ofmNgrp) == pt.ngrp) ? plus(pt.ts, pt.time / pt.ngrp)
                                                         : pt.td;
    }
    ts = std::max(ts, start);
  }
  t.ts = ts;
  t.td = std::max(td, plus(ts, t.time));
  list_.back().push_back(t);

  critical_ = 0;
  for (const auto &tl : list_)
    critical_ = std::max(critical_, tl.back().td - tl.front().ts);
  dramTime_ = plus(dramTime_, t.dramTime);
  const int64_t bg = batNgrp_;
  nodeTime_ = 0;
  for (const auto &tl : list_)
    nodeTime_ = std::max(nodeTime_, plus(tl.back().td, saturatingMul(critical_, bg - 1, ov)) / bg);
}

double SegmentTiming::timeOverhead() const {
  // §6: T = sum over layers of max(node_time * nodes / segment nodes, dram).
  int64_t total = 0;
  for (const auto &tl : list_)
    total += tl.front().numNodes;
  double indv = 0;
  for (const auto &tl : list_)
    for (const LayerTiming &t : tl)
      indv += std::max(double(t.nodeTime) * double(t.numNodes) / double(total),
                       double(t.dramTime));
  return (double(time()) - indv) / indv;
}

int PipelineSegment::numLayers() const {
  int n = 0;
  for (const auto &v : seg)
    n += int(v.size());
  return n;
}

} // namespace dataflow::cost
