//===- PipelineReferenceTest.cpp - §6 inter-layer pipelining --------------===//
//
// nn_dataflow-model §6: node regions (zig-zag allocation), segment candidates,
// timing, and the reference run tetris_T16_alexnet_b16_hybrid_solve_interlayer
// re-costed from the tool's own segments and per-layer choices.
//
//===----------------------------------------------------------------------===//
#include "ReferenceData.h"

#include "Dataflow/CostModel/PipelineSegment.h"

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
  NetworkChoices choices;
  for (const RefSchedule &s : run.schedules) {
    PartitionedChoice c;
    ASSERT_TRUE(refChoice(run, s, &c)) << s.name;
    choices[s.name] = c;
  }
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

TEST(PipelineReference, SearchAlexNet) {
  std::string err;
  RefRun run = loadRefRun(kRun, &err);
  ASSERT_TRUE(err.empty()) << err;
  SegmentOptions so;
  Result<PipelinedSchedule> r = scheduleNetworkPipelined(run.network, run.hw, run.opts, so);
  ASSERT_TRUE(r) << r.status().message();
  std::printf("search: total %.12g J (tool %.12g), time %lld (tool %.0f), %zu segments\n",
              r->totalCost, run.totalCost, (long long)r->totalTime, run.totalTime,
              r->segmentTime.size());
  for (const auto &s : r->segments) {
    std::string d;
    for (const auto &v : s.seg) {
      d += "[";
      for (const auto &l : v)
        d += l + " ";
      d += "]";
    }
    std::printf("  %s\n", d.c_str());
  }
  EXPECT_LE(r->totalCost, run.totalCost * 1.01);
}
