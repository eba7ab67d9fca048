//===- PipelineReferenceTest.cpp - §6 inter-layer pipelining --------------===//
//
// docs/cost-model.md §6: node regions (zig-zag allocation), segment candidates,
// timing, and the reference run tetris_T16_alexnet_b16_hybrid_solve_interlayer
// re-costed from the tool's own segments and per-layer choices.
//
//===----------------------------------------------------------------------===//
#include "ReferenceData.h"

#include "Dataflow/CostModel/Pipeline/PipelineSearch.h"
#include "Dataflow/CostModel/Pipeline/SegmentLayer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>

using namespace dataflow::cost;
using namespace dataflow::cost::test;

namespace {

double rel(double ours, double ref) {
  return ref == 0 ? std::fabs(ours) : std::fabs(ours - ref) / std::fabs(ref);
}

bool refChoice(const RefRun &run, const RefSchedule &s, PartitionedChoice *out) {
  out->part = s.partition();
  Result<PartitionedLayer> pl = partitionLayer(*run.layer(s.name), out->part);
  if (!pl)
    return false;
  Result<RowStationaryMapping> m = mapRowStationary(pl->layer, run.hw, pl->occ);
  if (!m)
    return false;
  int cand = -1;
  for (const MappingCandidate &c : m->candidates) {
    bool same = true, sizes = true;
    for (int l = 0; l < kNumLoops; ++l)
      same &= c.loopCount[size_t(l)] ==
              s.tvals[0][size_t(l)] * s.tvals[1][size_t(l)] * s.tvals[2][size_t(l)];
    for (int d = 0; d < kNumData; ++d)
      sizes &= double(c.gbufUnitSize[size_t(d)]) == s.unitSize[0][size_t(d)];
    if (same && (cand < 0 || sizes))
      cand = c.index;
  }
  if (cand < 0)
    return false;
  out->scheme.mappingCandidate = cand;
  for (int k = 0; k < 3; ++k)
    out->scheme.blocking.t[size_t(k)] = {s.tvals[size_t(k)][0], s.tvals[size_t(k)][1],
                                         s.tvals[size_t(k)][2]};
  for (int k = 0; k < 2; ++k)
    out->scheme.blocking.order[size_t(k)] = {s.orders[size_t(k)][0], s.orders[size_t(k)][1],
                                             s.orders[size_t(k)][2]};
  return true;
}

struct PipeRecords {
  std::vector<double> segTime;
  std::array<double, 5> totals{};
  std::map<std::string, std::array<int, 3>> seq;
  std::map<std::string, std::array<double, 5>> remote; // remote[3], cost_noc, time
};

PipeRecords loadPipe(const std::string &run) {
  PipeRecords p;
  std::ifstream f(std::string(DATAFLOW_COSTMODEL_TEST_DATA) + "/" + run + ".txt");
  std::string line;
  while (std::getline(f, line)) {
    std::istringstream is(line);
    std::string tag, name;
    is >> tag;
    if (tag == "segtime") {
      double v;
      while (is >> v)
        p.segTime.push_back(v);
    } else if (tag == "pipetotal") {
      for (double &v : p.totals)
        is >> v;
    } else if (tag == "seq") {
      is >> name;
      for (int &v : p.seq[name])
        is >> v;
    } else if (tag == "remote") {
      is >> name;
      for (double &v : p.remote[name])
        is >> v;
    }
  }
  return p;
}

const char *kRun = "tetris_T16_alexnet_b16_hybrid_solve_interlayer";

/// The tool's segments (vertices of layers), from its sched_seq records.
std::vector<std::vector<std::vector<std::string>>> toolSegments(const RefRun &run,
                                                                const PipeRecords &pr) {
  std::vector<std::vector<std::vector<std::string>>> segs;
  for (const std::string &l : run.schedOrder) {
    const auto &q = pr.seq.at(l);
    if (int(segs.size()) <= q[0])
      segs.emplace_back();
    auto &sg = segs[size_t(q[0])];
    if (int(sg.size()) <= q[1])
      sg.emplace_back();
    sg[size_t(q[1])].push_back(l);
  }
  return segs;
}

/// The tool's per-layer choices; false (naming the layer in `bad`) if one has no
/// matching mapping candidate.
bool toolChoices(const RefRun &run, NetworkChoices *choices, std::string *bad) {
  for (const RefSchedule &s : run.schedules) {
    PartitionedChoice c;
    if (!refChoice(run, s, &c)) {
      *bad = s.name;
      return false;
    }
    (*choices)[s.name] = c;
  }
  return true;
}

} // namespace

TEST(PipelineRules, ZigZagAllocation) {
  // §6: 9 + 7 nodes of a 4x4 grid in stripes of height gcd(4, 9, 7) = 1.
  NodeRegion g{{4, 4}, {0, 0}, {1, 1}, false};
  std::vector<NodeRegion> s = g.allocate({9, 7});
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].dim, (Coord{1, 9}));
  std::vector<Coord> n0 = s[0].nodes();
  EXPECT_EQ(n0[0], (Coord{0, 0}));
  EXPECT_EQ(n0[3], (Coord{0, 3}));
  EXPECT_EQ(n0[4], (Coord{1, 3})); // turns back
  EXPECT_EQ(n0[7], (Coord{1, 0}));
  EXPECT_EQ(n0[8], (Coord{2, 0}));
  std::vector<Coord> n1 = s[1].nodes();
  EXPECT_EQ(n1[0], (Coord{2, 1}));
  EXPECT_EQ(n1[2], (Coord{2, 3}));
  EXPECT_EQ(n1[3], (Coord{3, 3}));
  EXPECT_EQ(n1[6], (Coord{3, 0}));
  // A single request for the whole grid is the grid itself.
  EXPECT_EQ(g.allocate({16}).front(), g);
}

TEST(PipelineRules, TopLoopConstraint) {
  TopLoopConstraint c;
  c.topBat = 4;
  c.topOfm = 2;
  // B outermost, then O.
  EXPECT_TRUE(c.valid({1, 2, 4}, {0, 1, 2}));
  EXPECT_FALSE(c.valid({1, 2, 4}, {0, 2, 1}));
  EXPECT_FALSE(c.valid({1, 1, 4}, {0, 1, 2}));
  EXPECT_FALSE(c.valid({3, 2, 4}, {2, 0, 1}));
}

TEST(PipelineRules, AlexNetSegmentsAndTiming) {
  std::string err;
  RefRun run = loadRefRun(kRun, &err);
  ASSERT_TRUE(err.empty()) << err;
  SchedulingDag dag = schedulingDag(run.network);
  // conv1+pool1, conv2+pool2 (x2 towers), conv3, conv4, conv5+pool3 (x2), fc1..3.
  EXPECT_EQ(dag.vertices.size(), 13u);
  SegmentOptions so;
  std::vector<PipelineSegment> cands = segmentCandidates(run.network, run.hw, so);
  bool found = false;
  for (const PipelineSegment &s : cands)
    if (s.seg.size() == 2 && s.seg[0] == std::vector<std::string>{"conv3_a"} &&
        s.seg[1] == std::vector<std::string>{"conv4_a"}) {
      found = true;
      EXPECT_EQ(s.nodes, (std::vector<int64_t>{9, 7})); // §6 ops-proportional, cf = 1
    }
  EXPECT_TRUE(found);
}

TEST(PipelineReference, ToolSegmentsRecosted) {
  std::string err;
  RefRun run = loadRefRun(kRun, &err);
  ASSERT_TRUE(err.empty()) << err;
  PipeRecords pr = loadPipe(kRun);
  // The tool's segments from sched_seq.
  const std::vector<std::vector<std::vector<std::string>>> segs = toolSegments(run, pr);
  NetworkChoices choices;
  std::string bad;
  ASSERT_TRUE(toolChoices(run, &choices, &bad)) << bad;
  SegmentOptions so;
  Result<PipelinedSchedule> r =
      evaluateSegments(run.network, run.hw, run.opts, so, segs, choices, run.inputPart);
  ASSERT_TRUE(r) << r.status().message();
  for (const RefSchedule &s : run.schedules) {
    const PartitionedSchedule &o = r->layers.at(s.name);
    EXPECT_LE(rel(o.energy.total, s.cost), 1e-9) << s.name << " " << o.energy.total;
    EXPECT_EQ(double(o.time), s.time) << s.name;
    const auto &rm = pr.remote.at(s.name);
    for (int d = 0; d < 3; ++d)
      EXPECT_EQ(o.scheme.remoteGbuf[size_t(d)], rm[size_t(d)]) << s.name << " d" << d;
    EXPECT_LE(rel(o.energy.noc, rm[3]), 1e-9) << s.name;
  }
  ASSERT_EQ(r->segmentTime.size(), pr.segTime.size());
  for (size_t i = 0; i < pr.segTime.size(); ++i)
    EXPECT_EQ(double(r->segmentTime[i]), pr.segTime[i]) << "segment " << i;
  EXPECT_EQ(double(r->totalTime), run.totalTime);
  EXPECT_LE(rel(r->totalCost, run.totalCost), 1e-9) << r->totalCost;
  EXPECT_LE(rel(r->energy.noc, pr.totals[2]), 1e-9);
  EXPECT_LE(rel(r->energy.stat, pr.totals[3]), 1e-9) << r->energy.stat;
}

namespace {

/// A layer's ifmap layout from `layers`' ofmap layouts, remapped as the
/// segment forwards it (PipelineSearch's ifmapOf).
DataLayout ifmapFrom(const Network &net, const std::map<std::string, PartitionedSchedule> &layers,
                     const DataLayout &input, const std::string &name, const PipelineSegment &seg,
                     SchedIndex idx) {
  std::vector<const DataLayout *> in;
  for (const std::string &q : net.find(name)->prevs)
    in.push_back(q == kNetworkInput ? &input : &layers.at(q).ofmapLayout);
  return seg.ifmapLayout(in, idx);
}

} // namespace

// The 0.07% explained (issue #7). Our search finds the tool's 12 segments and
// its time; every layer whose energy differs does so because of nn_dataflow's
// §5.6 memoisation artefact (docs/cost-model.md "Multi-node partitioning"):
//  (a) pool2_a/pool2_b (single-layer segments): from the tool's own producer
//      layouts we pick a cheaper partition than the tool, which the tool saw
//      through its memoised IFM/FIL unit hops as no better than its choice;
//  (b) every other differing layer made the tool's very choice (partition,
//      blocking) and costs exactly the tool's figure from the tool's producer
//      layouts: its difference is the upstream layout (conv3_a/b read the
//      pool2 ofmaps in the other partition).
// No constraint, timing or segment rule is involved: ours is a valid schedule
// the tool missed only through the artefact.
TEST(PipelineReference, SearchAlexNetExplained) {
  std::string err;
  RefRun run = loadRefRun(kRun, &err);
  ASSERT_TRUE(err.empty()) << err;
  PipeRecords pr = loadPipe(kRun);
  SegmentOptions so;
  Result<PipelinedSchedule> ours = scheduleNetworkPipelined(run.network, run.hw, run.opts, so);
  ASSERT_TRUE(ours) << ours.status().message();
  // The tool's schedule re-costed (exact, see ToolSegmentsRecosted).
  const std::vector<std::vector<std::vector<std::string>>> segs = toolSegments(run, pr);
  NetworkChoices choices;
  std::string bad;
  ASSERT_TRUE(toolChoices(run, &choices, &bad)) << bad;
  Result<PipelinedSchedule> tool =
      evaluateSegments(run.network, run.hw, run.opts, so, segs, choices, run.inputPart);
  ASSERT_TRUE(tool) << tool.status().message();

  // Same segments, same segment times and total time.
  ASSERT_EQ(ours->segments.size(), segs.size());
  for (size_t i = 0; i < segs.size(); ++i)
    EXPECT_EQ(ours->segments[i].seg, segs[i]) << "segment " << i;
  EXPECT_EQ(ours->segmentTime, tool->segmentTime);
  EXPECT_EQ(ours->totalTime, tool->totalTime);
  EXPECT_EQ(ours->inputPart, tool->inputPart);

  const DataLayout input = makeLayout(run.batch, run.network.input.nofm, run.network.input.hofm,
                                      run.network.input.wofm, dramRegion(run.hw), run.inputPart);
  int artefact = 0, upstream = 0;
  double sumDiff = 0;
  for (const auto &[name, o] : ours->layers) {
    const PartitionedSchedule &t = tool->layers.at(name);
    if (rel(o.energy.total, t.energy.total) <= 1e-9)
      continue;
    sumDiff += o.energy.total - t.energy.total;
    const auto &q = ours->schedSeq.at(name);
    const PipelineSegment &seg = ours->segments[size_t(q[0])];
    const SchedIndex idx{q[1], q[2]};
    const LayerResource &res = seg.alloc[size_t(q[1])][size_t(q[2])];
    const DataLayout toolIfm = ifmapFrom(run.network, tool->layers, input, name, seg, idx);
    const Layer &layer = run.network.find(name)->layer;
    if (o.part == t.part && o.scheme.blocking == t.scheme.blocking &&
        o.scheme.mappingCandidate == t.scheme.mappingCandidate) {
      // (b) the tool's choice; from the tool's layouts exactly the tool's cost.
      PartitionedChoice c{o.part, {}};
      c.scheme.mappingCandidate = o.scheme.mappingCandidate;
      c.scheme.blocking = o.scheme.blocking;
      auto e = evaluateInResource(layer, run.hw, run.opts, toolIfm, res, c);
      ASSERT_TRUE(e) << name;
      EXPECT_LE(rel(e->energy.total, t.energy.total), 1e-9) << name;
      std::printf("[ upstream ] %s: ours %.10g vs tool %.10g, same choice; from the tool's "
                  "producer layouts %.10g\n",
                  name.c_str(), o.energy.total, t.energy.total, e->energy.total);
      ++upstream;
    } else {
      // (a) a different partition: a single-layer segment searched again from
      // the tool's layouts is cheaper, and the tool's memoised view is not.
      ASSERT_EQ(seg.numLayers(), 1) << name << " differs inside a multi-layer segment";
      auto again = searchLayerInResource(layer, run.hw, run.opts, toolIfm, res);
      ASSERT_TRUE(again) << name;
      const double view = toolViewCost(run, layer, again->front(), toolIfm);
      std::printf("[ artefact ] %s: ours %.10g (%s) vs tool %.10g (%s); seen by the tool "
                  "through its §5.6 memo as %.10g\n",
                  name.c_str(), again->front().energy.total, again->front().part.str().c_str(),
                  t.energy.total, t.part.str().c_str(), view);
      EXPECT_LT(again->front().energy.total, t.energy.total) << name;
      EXPECT_GE(view, t.energy.total * (1 - 1e-9)) << name;
      ++artefact;
    }
  }
  EXPECT_GT(artefact, 0);
  // The network difference is exactly the sum of these layers' differences.
  EXPECT_LE(std::fabs((ours->totalCost - tool->totalCost) - sumDiff), 1e-12);
  EXPECT_LT(ours->totalCost, run.totalCost);
  EXPECT_GT(ours->totalCost, run.totalCost * (1 - 0.001));
  std::printf("[ search ] total %.12g J vs tool %.12g (%+.3f%%), time %lld = %.0f; %d artefact "
              "layers, %d upstream\n",
              ours->totalCost, run.totalCost, 100 * (ours->totalCost / run.totalCost - 1),
              (long long)ours->totalTime, run.totalTime, artefact, upstream);
}
