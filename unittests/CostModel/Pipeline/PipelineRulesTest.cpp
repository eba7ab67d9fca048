//===- PipelineRulesTest.cpp - §6 inter-layer pipelining, rule by rule ----===//
//
// docs/cost-model.md §6, one rule per test on small hand-made networks: the
// segment time model (forwarding, fusion, batch groups, overhead), segments
// keeping data on chip (spatial and temporal), the maximum time-overhead and
// pipelining-degree options, basic pipelining, weight pinning, and branching
// networks (an inception module, a ResNet shortcut).
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/Pipeline/PipelineSearch.h"
#include "Dataflow/CostModel/Pipeline/SegmentLayer.h"
#include "Dataflow/CostModel/Pipeline/SegmentTiming.h"

#include <gtest/gtest.h>

using namespace dataflow::cost;

namespace {

/// A hand-made schedule for the time model: `time` cycles on `nodes` nodes,
/// top-level factors t0 = {I, O, B} with order o0 (larger = outer).
PartitionedSchedule timed(int64_t time, int64_t nodes, PerLoopInt t0, LoopOrder o0,
                          int64_t dram = 0) {
  PartitionedSchedule s;
  s.time = time;
  s.scheme.time.proc = time;
  s.scheme.time.dram = dram;
  s.scheme.time.total = std::max(time, dram);
  s.part.dims[kOutp] = Coord{1, nodes};
  s.scheme.blocking.t[0] = t0;
  s.scheme.blocking.order[0] = o0;
  return s;
}

} // namespace

// §6 timing, other vertex: a CONV whose ngrp_I equals its producer's ngrp_O
// starts after the producer's first group (forwarding), else after it is done.
TEST(PipelineTiming, ForwardingBetweenVertices) {
  SegmentTiming fwd;
  fwd.add("a", {0, 0}, true, {"in"}, timed(1000, 8, {1, 4, 1}, {0, 2, 1}));
  fwd.add("b", {1, 0}, true, {"a"}, timed(800, 8, {4, 1, 1}, {2, 0, 1}));
  // b starts at 0 + 1000/4 = 250, done 1050; critical = max(1000, 1050 - 250).
  EXPECT_EQ(fwd.criticalTime(), 1000);
  EXPECT_EQ(fwd.nodeTime(), 1050);
  EXPECT_EQ(fwd.time(), 1050);

  SegmentTiming buffered; // b's t[0][I] = 2 != a's 4 groups: waits for all of a
  buffered.add("a", {0, 0}, true, {"in"}, timed(1000, 8, {1, 4, 1}, {0, 2, 1}));
  buffered.add("b", {1, 0}, true, {"a"}, timed(800, 8, {2, 1, 1}, {2, 0, 1}));
  EXPECT_EQ(buffered.time(), 1800);
}

// §6 timing, same vertex: an LR layer with the CONV's ngrp_O is fused (starts
// after the first group) but cannot finish before the CONV + its own time.
TEST(PipelineTiming, FusionInVertex) {
  SegmentTiming fused;
  fused.add("conv", {0, 0}, true, {"in"}, timed(1200, 16, {1, 3, 1}, {0, 2, 1}));
  fused.add("pool", {0, 1}, false, {"conv"}, timed(300, 16, {1, 3, 1}, {0, 2, 1}));
  // start = 1200/3 = 400, done = max(1200 + 300, 400 + 300) = 1500.
  EXPECT_EQ(fused.time(), 1500);
  EXPECT_EQ(fused.criticalTime(), 1500);

  SegmentTiming conv2; // a CONV after a CONV in one vertex is never fused
  conv2.add("conv", {0, 0}, true, {"in"}, timed(1200, 16, {1, 3, 1}, {0, 2, 1}));
  conv2.add("conv2", {0, 1}, true, {"conv"}, timed(300, 16, {1, 3, 1}, {0, 2, 1}));
  EXPECT_EQ(conv2.time(), 1500);

  // Fusion changes the start, visible through a consumer in another vertex
  // that forwards from the pool: with fusion the pool starts at 400.
  SegmentTiming chain;
  chain.add("conv", {0, 0}, true, {"in"}, timed(1200, 8, {1, 3, 1}, {0, 2, 1}));
  chain.add("pool", {0, 1}, false, {"conv"}, timed(300, 8, {1, 3, 1}, {0, 2, 1}));
  chain.add("next", {1, 0}, true, {"pool"}, timed(600, 8, {3, 1, 1}, {2, 0, 1}));
  // next starts at 400 + 300/3 = 500, done 1100; vertex 0 spans 0..1500.
  EXPECT_EQ(chain.time(), 1500);
  EXPECT_EQ(chain.criticalTime(), 1500);
  SegmentTiming unfused;
  unfused.add("conv", {0, 0}, true, {"in"}, timed(1200, 8, {1, 3, 1}, {0, 2, 1}));
  unfused.add("pool", {0, 1}, false, {"conv"}, timed(300, 8, {1, 1, 1}, {0, 2, 1}));
  unfused.add("next", {1, 0}, true, {"pool"}, timed(600, 8, {3, 1, 1}, {2, 0, 1}));
  // pool not fused (ngrp 1 != 3): starts 1200, done 1500; next after it: 2100.
  EXPECT_EQ(unfused.time(), 2100);
}

// §6 batch pipelining: node time = (last done + critical * (G - 1)) // G when
// every layer has the same outermost t[0][B] = G; layers disagreeing -> G = 1.
TEST(PipelineTiming, BatchGroups) {
  SegmentTiming s;
  s.add("a", {0, 0}, true, {"in"}, timed(1000, 8, {1, 1, 4}, {0, 1, 2}));
  s.add("b", {1, 0}, true, {"a"}, timed(1000, 8, {1, 1, 4}, {0, 1, 2}));
  // No forwarding (ngrp 1 both): b starts 1000, done 2000; critical 1000.
  EXPECT_EQ(s.batchGroups(), 4);
  EXPECT_EQ(s.criticalTime(), 1000);
  EXPECT_EQ(s.nodeTime(), (2000 + 1000 * 3) / 4);

  SegmentTiming d;
  d.add("a", {0, 0}, true, {"in"}, timed(1000, 8, {1, 1, 4}, {0, 1, 2}));
  d.add("b", {1, 0}, true, {"a"}, timed(1000, 8, {1, 1, 2}, {0, 1, 2}));
  EXPECT_EQ(d.batchGroups(), 1);
  EXPECT_EQ(d.nodeTime(), 2000);
}

// §6: segment time = max(node time, summed DRAM time); overhead against the
// layers run one by one on the whole grid.
TEST(PipelineTiming, DramBoundAndOverhead) {
  SegmentTiming s;
  s.add("a", {0, 0}, true, {"in"}, timed(1000, 8, {1, 1, 1}, {0, 1, 2}, 700));
  s.add("b", {1, 0}, true, {"a"}, timed(1000, 8, {1, 1, 1}, {0, 1, 2}, 900));
  EXPECT_EQ(s.dramTime(), 1600);
  EXPECT_EQ(s.nodeTime(), 2000);
  EXPECT_EQ(s.time(), 2000);
  // T = max(1000*8/16, 700) + max(1000*8/16, 900) = 1600; (2000 - 1600)/1600.
  EXPECT_DOUBLE_EQ(s.timeOverhead(), 0.25);
}

namespace {

/// A 2x2-node TETRIS-like chip (3D memory, TETRIS unit costs), small enough
/// for quick searches.
Hardware smallChip(int64_t h = 2, int64_t w = 2) {
  Hardware hw;
  hw.nodesH = h;
  hw.nodesW = w;
  hw.arrayH = hw.arrayW = 8;
  hw.memType = MemoryType::ThreeD;
  hw.gbufWords = 16384;
  hw.regfWords = 64;
  hw.cost = {2e-12, {80e-12, 14e-12, 4e-12, 0.6e-12}, 40e-12, 200e-12};
  return hw;
}

Options searchOpts() {
  Options o;
  o.bypassAllowed = {true, true, true};
  o.method = SearchMethod::Solver;
  o.partitioning.hybrid = true;
  return o;
}

void add(Network &net, Layer l, std::vector<std::string> prevs) {
  net.layers.push_back({std::move(l), std::move(prevs)});
}

/// conv1 (3x3) -> conv2 (1x1), equal ops (147456 MACs per sample), so a
/// spatial segment splits a 2x2 grid 2 + 2 at full utilisation.
Network twoConvs(int64_t n = 4) {
  Network net;
  net.input = {kNetworkInput, 16, 10, 10};
  add(net, makeConv("conv1", 16, 16, 8, 8, 3, 3, 1, 1, n), {kNetworkInput});
  add(net, makeConv("conv2", 16, 144, 8, 8, 1, 1, 1, 1, n), {"conv1"});
  return net;
}

bool sameRegion(const NodeRegion &a, const NodeRegion &b) { return a == b; }

} // namespace

// §6 spatial segment: the producer keeps its ofmaps in its own region, the
// consumer reads them from there; neither touches DRAM for that fmap (the
// traffic becomes GBUF-priced remote accesses).
TEST(PipelineSegments, SpatialKeepsFmapOnChip) {
  const Network net = twoConvs();
  const Hardware hw = smallChip();
  SegmentOptions so;
  std::optional<PipelineSegment> s = makeSegment(net, {{"conv1"}, {"conv2"}}, hw, so);
  ASSERT_TRUE(s);
  EXPECT_EQ(s->nodes, (std::vector<int64_t>{2, 2}));
  const LayerResource &r1 = s->alloc[0][0], &r2 = s->alloc[1][0];
  EXPECT_TRUE(r1.src.isDram);
  EXPECT_FALSE(r1.dst.isDram);
  EXPECT_TRUE(sameRegion(r1.dst, r1.proc));
  EXPECT_TRUE(sameRegion(r2.src, r1.proc)); // neighbour source
  EXPECT_TRUE(r2.dst.isDram);
  EXPECT_FALSE(sameRegion(r1.proc, r2.proc));

  const Options o = searchOpts();
  const DataLayout in = makeLayout(4, 16, 10, 10, dramRegion(hw), PartitionScheme());
  auto a = searchLayerInResource(net.layers[0].layer, hw, o, in, r1);
  ASSERT_TRUE(a) << a.status().message();
  const PartitionedSchedule &p = a->front();
  EXPECT_EQ(p.scheme.access[0][kOfm], 0.0);
  EXPECT_GT(p.scheme.remoteGbuf[kOfm], 0.0);
  EXPECT_GT(p.scheme.access[0][kIfm], 0.0); // network input from DRAM
  EXPECT_EQ(p.scheme.fetch[0][kOfm], 1);    // on-chip: written once
  auto b = searchLayerInResource(net.layers[1].layer, hw, o, p.ofmapLayout, r2);
  ASSERT_TRUE(b) << b.status().message();
  EXPECT_EQ(b->front().scheme.access[0][kIfm], 0.0);
  EXPECT_GT(b->front().scheme.remoteGbuf[kIfm], 0.0);
  EXPECT_EQ(b->front().scheme.fetch[0][kIfm], 1);

  // The same layer with a DRAM source does read DRAM (the test can fail).
  LayerResource dram = r2;
  dram.src = dramRegion(hw);
  auto c = searchLayerInResource(net.layers[1].layer, hw, o,
                                 makeLayout(4, 16, 8, 8, dramRegion(hw), PartitionScheme()), dram);
  ASSERT_TRUE(c);
  EXPECT_GT(c->front().scheme.access[0][kIfm], 0.0);
}

// §6 fine-grained pipelining between vertices: the producer's t[0][O] and the
// consumer CONV's t[0][I] are one shared symbol (forwarding in groups); every
// layer shares t[0][B]; constraints come in ascending order.
TEST(PipelineSegments, ForwardingConstraintShared) {
  const Network net = twoConvs();
  SegmentOptions so;
  std::optional<PipelineSegment> s = makeSegment(net, {{"conv1"}, {"conv2"}}, smallChip(), so);
  ASSERT_TRUE(s);
  ASSERT_GT(s->constraints.size(), 1u);
  bool grouped = false;
  for (size_t i = 0; i < s->constraints.size(); ++i) {
    const TopLoopConstraint &p = s->constraints[i][0][0].top, &c = s->constraints[i][1][0].top;
    EXPECT_EQ(p.topBat, c.topBat);
    EXPECT_EQ(p.topOfm, c.topIfm);
    EXPECT_EQ(c.topOfm, 0); // ofmaps to DRAM: free
    EXPECT_EQ(s->hints[i].size(), 2u);
    grouped |= p.topOfm > 1;
    if (i > 0)
      EXPECT_FALSE(s->hints[i] < s->hints[i - 1]);
  }
  EXPECT_TRUE(grouped);
  // Group sizes >= 5% of one node's GBUF: conv1's ofmap is 16*8*8*4 = 4096
  // words, 5% of 16384 = 819.2 -> t[0][O] <= 5 (divisors of 16: 1, 2, 4).
  std::set<int64_t> ofm;
  for (const auto &c : s->constraints)
    ofm.insert(c[0][0].top.topOfm);
  EXPECT_EQ(ofm, (std::set<int64_t>{1, 2, 4}));
}

// §6 basic pipelining (--disable-interlayer-opt): every on-chip pair fully
// buffers (producer t[0][O] = 1, consumer t[0][I] = 1); only t[0][B] varies.
TEST(PipelineSegments, BasicPipeliningFullyBuffers) {
  const Network net = twoConvs();
  SegmentOptions so;
  so.basicOnly = true;
  std::optional<PipelineSegment> s = makeSegment(net, {{"conv1"}, {"conv2"}}, smallChip(), so);
  ASSERT_TRUE(s);
  for (size_t i = 0; i < s->constraints.size(); ++i) {
    EXPECT_EQ(s->constraints[i][0][0].top.topOfm, 1);
    EXPECT_EQ(s->constraints[i][1][0].top.topIfm, 1);
    EXPECT_EQ(s->hints[i].size(), 1u);
  }
  EXPECT_EQ(s->constraints.size(), 3u); // t[0][B] in divisors of 4
}

// §6 temporal segment (--enable-save-writeback): both layers on the whole
// grid, the fmap kept in the local region, fully buffered between the CONVs.
TEST(PipelineSegments, TemporalKeepsFmapLocal) {
  const Network net = twoConvs();
  const Hardware hw = smallChip();
  SegmentOptions so;
  so.temporal = true;
  std::optional<PipelineSegment> s = makeSegment(net, {{"conv1", "conv2"}}, hw, so);
  ASSERT_TRUE(s);
  EXPECT_EQ(s->nodes, (std::vector<int64_t>{4}));
  const LayerResource &r1 = s->alloc[0][0], &r2 = s->alloc[0][1];
  EXPECT_TRUE(sameRegion(r1.proc, procRegion(hw)));
  EXPECT_TRUE(sameRegion(r1.dst, r1.proc));
  EXPECT_TRUE(sameRegion(r2.src, r2.proc));
  for (const auto &c : s->constraints) {
    EXPECT_EQ(c[0][0].top.topOfm, 1);
    EXPECT_EQ(c[0][1].top.topIfm, 1);
  }
  auto has = [&](const SegmentOptions &o) {
    for (const PipelineSegment &p : segmentCandidates(net, hw, o))
      if (p.seg == std::vector<std::vector<std::string>>{{"conv1", "conv2"}})
        return true;
    return false;
  };
  EXPECT_TRUE(has(so));
  so.temporal = false;
  EXPECT_FALSE(has(so));
  // The whole pipelined search with temporal segments keeps conv1's ofmaps
  // on chip.
  so.temporal = true;
  so.spatial = false;
  auto r = scheduleNetworkPipelined(net, hw, searchOpts(), so);
  ASSERT_TRUE(r) << r.status().message();
  ASSERT_EQ(r->segments.size(), 1u); // the temporal segment is the cheapest here
  EXPECT_EQ(r->layers.at("conv1").scheme.access[0][kOfm], 0.0);
  EXPECT_EQ(r->layers.at("conv2").scheme.access[0][kIfm], 0.0);
  EXPECT_GT(r->layers.at("conv2").scheme.remoteGbuf[kIfm], 0.0);
}

namespace {

/// Three CONVs of equal ops in a chain (147456 MACs per sample each).
Network threeConvs(int64_t n = 4) {
  Network net = twoConvs(n);
  add(net, makeConv("conv3", 144, 16, 8, 8, 1, 1, 1, 1, n), {"conv2"});
  return net;
}

size_t maxVertices(const std::vector<PipelineSegment> &cands) {
  size_t m = 0;
  for (const PipelineSegment &s : cands)
    m = std::max(m, s.seg.size());
  return m;
}

} // namespace

// §6 --layer-pipeline-max-degree: at most that many vertices per segment.
TEST(PipelineSegments, MaxDegree) {
  const Network net = threeConvs();
  const Hardware hw = smallChip(1, 3); // 3 nodes: one per CONV at full use
  SegmentOptions so;
  EXPECT_EQ(maxVertices(segmentCandidates(net, hw, so)), 3u);
  so.maxDegree = 2;
  EXPECT_LE(maxVertices(segmentCandidates(net, hw, so)), 2u);
  so.maxDegree = 1;
  EXPECT_EQ(maxVertices(segmentCandidates(net, hw, so)), 1u);
  auto r = scheduleNetworkPipelined(net, hw, searchOpts(), so);
  ASSERT_TRUE(r) << r.status().message();
  EXPECT_EQ(r->segments.size(), 3u);
}

// Issue 24: the vertex runs come one at a time in the recursive order (a chain of three:
// [0] [1] [2] [1 2] [0 1] [0 1 2]), a visitor may stop them, and past a deadline the
// enumeration keeps the single layers, says it is incomplete, and the pipelined search
// still schedules every layer and says so.
TEST(PipelineSegments, EnumerationStopsAtDeadline) {
  const Network net = threeConvs();
  const SchedulingDag dag = schedulingDag(net);
  const std::vector<std::vector<int>> runs = vertexSegments(dag);
  EXPECT_EQ(runs, (std::vector<std::vector<int>>{{0}, {1}, {2}, {1, 2}, {0, 1}, {0, 1, 2}}));
  int seen = 0;
  EXPECT_FALSE(forEachVertexSegment(dag, [&](const std::vector<int> &) { return ++seen < 2; }));
  EXPECT_EQ(seen, 2);
  const Hardware hw = smallChip(1, 3);
  SegmentOptions so;
  bool complete = false;
  EXPECT_GT(segmentCandidates(net, hw, so, std::nullopt, &complete).size(), 3u);
  EXPECT_TRUE(complete);
  const auto past = std::chrono::steady_clock::now();
  EXPECT_EQ(segmentCandidates(net, hw, so, past, &complete).size(), 3u);
  EXPECT_FALSE(complete);
  auto full = scheduleNetworkPipelined(net, hw, searchOpts(), so);
  ASSERT_TRUE(full) << full.status().message();
  EXPECT_TRUE(full->segmentsComplete);
  Options o = searchOpts();
  o.deadline = past;
  auto cut = scheduleNetworkPipelined(net, hw, o, so);
  ASSERT_TRUE(cut) << cut.status().message();
  EXPECT_FALSE(cut->segmentsComplete);
  EXPECT_EQ(cut->segmentCandidates, 3);
  EXPECT_EQ(cut->layers.size(), 3u);
}

// §6 --layer-pipeline-time-overhead: every chosen segment's time overhead
// stays within the bound; unbounded, the search does pick a segment above it.
TEST(PipelineSegments, TimeOverheadBound) {
  const Network net = threeConvs();
  const Hardware hw = smallChip(); // unbounded: [conv2][conv3] at overhead 1/6
  SegmentOptions so;
  auto free = scheduleNetworkPipelined(net, hw, searchOpts(), so);
  ASSERT_TRUE(free) << free.status().message();
  ASSERT_EQ(free->segmentTimeOverhead.size(), free->segments.size());
  double worst = -1e9;
  for (double o : free->segmentTimeOverhead)
    worst = std::max(worst, o);
  ASSERT_GT(worst, 0.0) << "the unbounded search should pick a segment with overhead";
  so.maxTimeOverhead = worst / 2;
  auto bounded = scheduleNetworkPipelined(net, hw, searchOpts(), so);
  ASSERT_TRUE(bounded) << bounded.status().message();
  for (double o : bounded->segmentTimeOverhead)
    EXPECT_LE(o, so.maxTimeOverhead);
  // The bound changed the choice (a beam of one is greedy, so the bounded
  // network may even end up cheaper: here it does).
  EXPECT_NE(bounded->totalCost, free->totalCost);
}

// §6 weight pinning: one segment holding the whole network with at most one
// CONV per vertex may keep weights on chip (no DRAM filter traffic when
// t[0][I] = t[0][O] = 1); two CONVs in one vertex, or a partial network, may not.
TEST(PipelineSegments, WeightPinning) {
  const Network net = twoConvs();
  const Hardware hw = smallChip();
  SegmentOptions so;
  so.temporal = true;
  auto spatial = makeSegment(net, {{"conv1"}, {"conv2"}}, hw, so);
  ASSERT_TRUE(spatial);
  EXPECT_TRUE(spatial->alloc[0][0].noTimeMux);
  EXPECT_TRUE(spatial->alloc[1][0].noTimeMux);
  auto temporal = makeSegment(net, {{"conv1", "conv2"}}, hw, so);
  ASSERT_TRUE(temporal);
  EXPECT_FALSE(temporal->alloc[0][0].noTimeMux);
  auto partial = makeSegment(threeConvs(), {{"conv1"}, {"conv2"}}, smallChip(), so);
  if (partial)
    EXPECT_FALSE(partial->alloc[0][0].noTimeMux);

  // Searching conv1 with pinning allowed finds a pinned scheme without DRAM
  // filter accesses, cheaper than without pinning.
  const Options o = searchOpts();
  const DataLayout in = makeLayout(4, 16, 10, 10, dramRegion(hw), PartitionScheme());
  LayerResource res = spatial->alloc[0][0];
  auto pinned = searchLayerInResource(net.layers[0].layer, hw, o, in, res);
  ASSERT_TRUE(pinned);
  res.noTimeMux = false;
  auto unpinned = searchLayerInResource(net.layers[0].layer, hw, o, in, res);
  ASSERT_TRUE(unpinned);
  const PartitionedSchedule &p = pinned->front(), &u = unpinned->front();
  EXPECT_TRUE(p.scheme.filterPinned);
  EXPECT_EQ(p.scheme.access[0][kFil], 0.0);
  EXPECT_EQ(p.scheme.blocking.t[0][kLoopI], 1);
  EXPECT_EQ(p.scheme.blocking.t[0][kLoopO], 1);
  EXPECT_FALSE(u.scheme.filterPinned);
  EXPECT_GT(u.scheme.access[0][kFil], 0.0);
  EXPECT_LT(p.energy.total, u.energy.total);
}

namespace {

/// A GoogLeNet-style inception module: four branches on one input, joined
/// by the next CONV.
Network inception(int64_t n = 4) {
  Network net;
  net.input = {kNetworkInput, 32, 8, 8};
  add(net, makeConv("b1", 32, 16, 8, 8, 1, 1, 1, 1, n), {kNetworkInput});
  add(net, makeConv("b2_reduce", 32, 16, 8, 8, 1, 1, 1, 1, n), {kNetworkInput});
  add(net, makeConv("b2", 16, 32, 6, 6, 3, 3, 1, 1, n), {"b2_reduce"});
  add(net, makePool("b3_pool", 32, 8, 8, 1, 1, 1, 1, n), {kNetworkInput});
  add(net, makeConv("b3", 32, 16, 8, 8, 1, 1, 1, 1, n), {"b3_pool"});
  add(net, makeConv("out", 64, 32, 6, 6, 1, 1, 1, 1, n), {"b1", "b2", "b3"});
  return net;
}

/// A ResNet bottleneck: conv0 -> c1 -> c2 -> c3, c3 + conv0 (shortcut).
Network resnetBlock(int64_t n = 4) {
  Network net;
  net.input = {kNetworkInput, 16, 8, 8};
  add(net, makeConv("conv0", 16, 32, 8, 8, 1, 1, 1, 1, n), {kNetworkInput});
  add(net, makeConv("c1", 32, 16, 8, 8, 1, 1, 1, 1, n), {"conv0"});
  add(net, makeConv("c2", 16, 16, 8, 8, 1, 1, 1, 1, n), {"c1"});
  add(net, makeConv("c3", 16, 32, 8, 8, 1, 1, 1, 1, n), {"c2"});
  add(net, makeEltwise("sum", 32, 8, 8, 2, n), {"c3", "conv0"});
  return net;
}

/// Checks a pipelined schedule: every layer once, segments in scheduling
/// order, and on-chip fmaps never read from / written to DRAM.
void checkOnChip(const Network &net, const PipelinedSchedule &r) {
  EXPECT_EQ(r.layers.size(), net.layers.size());
  for (const PipelineSegment &s : r.segments)
    for (size_t sp = 0; sp < s.seg.size(); ++sp)
      for (size_t tm = 0; tm < s.seg[sp].size(); ++tm) {
        const LayerResource &res = s.alloc[sp][tm];
        const PartitionedSchedule &l = r.layers.at(s.seg[sp][tm]);
        if (!res.src.isDram)
          EXPECT_EQ(l.scheme.access[0][kIfm], 0.0) << s.seg[sp][tm];
        if (!res.dst.isDram)
          EXPECT_EQ(l.scheme.access[0][kOfm], 0.0) << s.seg[sp][tm];
      }
}

} // namespace

// §6 branching: the branches of an inception module share their memory
// source (one branch fetches, the others read its region) and the joining
// CONV can follow them in the same segment.
TEST(PipelineBranching, Inception) {
  const Network net = inception();
  const SchedulingDag dag = schedulingDag(net);
  EXPECT_EQ(dag.vertices.size(), 6u); // the pool has no single-consumer producer
  bool shared = false, joined = false;
  for (const std::vector<int> &v : vertexSegments(dag)) {
    std::set<std::string> names;
    for (int x : v)
      for (const std::string &l : dag.vertices[size_t(x)])
        names.insert(l);
    shared |= names.count("b1") && names.count("b2_reduce");
    joined |= names.count("out") && v.size() > 1;
  }
  EXPECT_TRUE(shared);
  EXPECT_TRUE(joined);
  // Two branches on one input: the second reads the first one's region.
  SegmentOptions so;
  auto s = makeSegment(net, {{"b1"}, {"b2_reduce"}}, smallChip(), so);
  ASSERT_TRUE(s);
  ASSERT_EQ(s->fwdRegion.count(SchedIndex{1, 0}), 1u);
  EXPECT_TRUE(s->fwdRegion.at(SchedIndex{1, 0}) == s->alloc[0][0].proc);
  EXPECT_TRUE(s->alloc[1][0].src == s->alloc[0][0].proc);
  for (const auto &c : s->constraints) // shared source: both fully buffer
    EXPECT_EQ(c[0][0].top.topIfm, c[1][0].top.topIfm);
  auto r = scheduleNetworkPipelined(net, smallChip(), searchOpts(), so);
  ASSERT_TRUE(r) << r.status().message();
  checkOnChip(net, *r);
}

// §6 branching: a ResNet shortcut; the element-wise sum joins c3's vertex and
// reads conv0's ofmaps (a second consumer) from DRAM or on chip.
TEST(PipelineBranching, ResNetShortcut) {
  const Network net = resnetBlock();
  const SchedulingDag dag = schedulingDag(net);
  ASSERT_EQ(dag.vertices.size(), 4u);
  EXPECT_EQ(dag.vertices[3], (std::vector<std::string>{"c3", "sum"}));
  EXPECT_EQ(dag.prevs[3], (std::set<int>{0, 2}));
  // conv0 feeds c1 and the sum: a segment with conv0 but without the sum's
  // vertex must store conv0's ofmaps to DRAM too.
  SegmentOptions so;
  auto s = makeSegment(net, {{"conv0"}, {"c1"}}, smallChip(), so);
  if (s)
    EXPECT_TRUE(s->alloc[0][0].dst.isDram);
  auto r = scheduleNetworkPipelined(net, smallChip(), searchOpts(), so);
  ASSERT_TRUE(r) << r.status().message();
  checkOnChip(net, *r);
}

// §6 gen_constraint order, enumerated lazily: candidate i is the odometer
// value i (t[0][B] first, the last symbol fastest), identical to the
// materialised list; a failure at layer k skips exactly the candidates that
// give layers 0..k the same factors (so they would fail the same way).
TEST(PipelineSegments, ConstraintEnumeration) {
  // conv1 -> conv2 + pool (one vertex) -> conv3: conv1 forwards to conv2 (one
  // symbol), the pool to conv3 (another); ops balanced for a 1x3 grid.
  Network net = twoConvs();
  add(net, makePool("pool", 144, 4, 4, 2, 2, 2, 2, 4), {"conv2"});
  add(net, makeConv("conv3", 144, 64, 4, 4, 1, 1, 1, 1, 4), {"pool"});
  SegmentOptions so;
  auto s = makeSegment(net, {{"conv1"}, {"conv2", "pool"}, {"conv3"}}, smallChip(1, 3), so);
  ASSERT_TRUE(s);
  const size_t n = s->numConstraints();
  ASSERT_EQ(n, s->constraints.size());
  ASSERT_EQ(s->constraintValues.size(), 3u); // t[0][B] and two forwarding symbols
  auto flat = [](const std::vector<std::vector<LayerConstraint>> &c) {
    std::vector<std::array<int64_t, 3>> v;
    for (const auto &sp : c)
      for (const LayerConstraint &l : sp)
        v.push_back({l.top.topBat, l.top.topIfm, l.top.topOfm});
    return v;
  };
  int skipped = 0;
  for (size_t i = 0; i < n; ++i) {
    std::vector<int64_t> h;
    const auto c = s->constraintAt(i, &h);
    EXPECT_EQ(flat(c), flat(s->constraints[i])) << i;
    EXPECT_EQ(h, s->hints[i]) << i;
    for (int k = 0; k < 4; ++k) {
      const size_t next = s->nextAfterFailure(i, k);
      ASSERT_GT(next, i);
      for (size_t j = i + 1; j < std::min(next, n); ++j) {
        const auto a = flat(c), b = flat(s->constraintAt(j, nullptr));
        for (int l = 0; l <= k; ++l)
          EXPECT_EQ(a[size_t(l)], b[size_t(l)]) << "candidate " << j << " skipped after " << i;
        ++skipped;
      }
    }
  }
  EXPECT_GT(skipped, 0);
}

// #24: segment times that do not fit int64 are flagged, not wrapped: two layers of
// 2^62 cycles one after the other in a vertex, and 2^62-cycle DRAM times summed.
TEST(PipelineTiming, OverflowIsFlaggedNotWrapped) {
  const int64_t big = int64_t(1) << 62;
  SegmentTiming ok;
  ok.add("a", {0, 0}, true, {"in"}, timed(big - 1, 8, {1, 1, 1}, {0, 2, 1}));
  ok.add("b", {0, 1}, true, {"a"}, timed(big, 8, {1, 1, 1}, {0, 2, 1}));
  EXPECT_FALSE(ok.overflowed());
  EXPECT_EQ(ok.time(), 2 * big - 1); // INT64_MAX, exactly representable
  SegmentTiming over;
  over.add("a", {0, 0}, true, {"in"}, timed(big, 8, {1, 1, 1}, {0, 2, 1}));
  over.add("b", {0, 1}, true, {"a"}, timed(big, 8, {1, 1, 1}, {0, 2, 1}));
  EXPECT_TRUE(over.overflowed());
  EXPECT_GT(over.time(), 0); // saturated, never a wrapped negative
  SegmentTiming dram;
  dram.add("a", {0, 0}, true, {"in"}, timed(1, 8, {1, 1, 1}, {0, 2, 1}, big));
  dram.add("b", {1, 0}, true, {"in"}, timed(1, 8, {1, 1, 1}, {0, 2, 1}, big));
  EXPECT_TRUE(dram.overflowed());
}

// Groups in a segment (docs/cost-model.md "Groups on a grid"): the one-group per-node scheme
// is multiplied by the node's groups, so a depthwise 3x3 of g = 8 on an 8x8 ofmap counts all
// 8 x 8x8 x 3x3 = 4608 MACs; re-costing the choice gives the same figures.
TEST(PipelineGroups, SegmentLayerCountsEveryGroup) {
  Hardware hw;
  hw.nodesH = hw.nodesW = 2;
  Result<Layer> dw = makeGroupedConv("dw", 8, 8, 8, 8, 3, 3, 1, 1, 1, 8);
  ASSERT_TRUE(dw.isOk());
  LayerResource res;
  res.proc = procRegion(hw);
  res.src = res.dst = dramRegion(hw);
  const Options o = searchOpts();
  const DataLayout ifm = makeLayout(1, 8, 10, 10, dramRegion(hw), PartitionScheme());
  auto r = searchLayerInResource(*dw, hw, o, ifm, res, 1);
  ASSERT_TRUE(r) << r.status().message();
  const PartitionedSchedule &best = r->front();
  EXPECT_DOUBLE_EQ(best.scheme.ops, 4608.0);
  EXPECT_DOUBLE_EQ(best.energy.mac, 4608.0 * hw.cost.macOp);
  PartitionedChoice c{best.part, {}};
  c.scheme.mappingCandidate = best.scheme.mappingCandidate;
  c.scheme.blocking = best.scheme.blocking;
  c.scheme.gbufStored = best.scheme.gbufStored;
  auto again = evaluateInResource(*dw, hw, o, ifm, res, c);
  ASSERT_TRUE(again) << again.status().message();
  EXPECT_DOUBLE_EQ(again->energy.total, best.energy.total);
  EXPECT_EQ(again->time, best.time);
}

// A node's groups run one after another through the whole one-group loop nest, so a grouped
// producer forwards nothing early: its consumer waits for all of it (1000 + 800), where the
// same schedules without groups forward after the first of 4 groups (ForwardingBetweenVertices).
TEST(PipelineGroups, GroupedLayerForwardsNoGroup) {
  SegmentTiming t;
  PartitionedSchedule a = timed(1000, 8, {1, 4, 1}, {0, 2, 1});
  a.nodeLayer.groups = 2;
  t.add("a", {0, 0}, true, {"in"}, a);
  t.add("b", {1, 0}, true, {"a"}, timed(800, 8, {4, 1, 1}, {2, 0, 1}));
  EXPECT_EQ(t.time(), 1800);
}
