//===- SolverReferenceTest.cpp - TETRIS solver vs the tool's T-16 runs ----===//
//
// The tool's `--solve-loopblocking` runs on 4x4 nodes (tetris_T16_alexnet_b16_
// solve, ..._hybrid_solve). Multi-node partitioning is a later issue, but the
// per-node sub-layer (docs/cost-model.md §5.2) and the partition factors (occ,
// n) enter the §3-§4 formulas we have. For every layer: the tool's per-node
// scheme re-costed with PartitionContext{occ, n} reproduces its ops, fetch
// counts, accesses at every level, time and op/access/static cost; for every
// CONV layer the tool's blocking is one of our solver's schemes.
//
//===----------------------------------------------------------------------===//
#include "ReferenceData.h"

#include "Dataflow/CostModel/Eyeriss/BypassSolver.h"
#include "Dataflow/CostModel/Eyeriss/LayerSearch.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace dataflow::cost;
using namespace dataflow::cost::test;

namespace {

int64_t idivc(int64_t a, int64_t b) { return (a + b - 1) / b; }

/// §5.2: the per-node sub-layer of a partition.
Layer perNodeLayer(const Layer &l, const RefSchedule &s, int64_t *nodes) {
  const auto &d = s.partDims; // OUTP, OFMP, BATP, INPP
  const int64_t outp = d[0][0] * d[0][1], batp = d[2][0] * d[2][1], inpp = d[3][0] * d[3][1];
  *nodes = outp * d[1][0] * d[1][1] * batp * inpp;
  Layer p = l;
  p.M = idivc(l.M, outp);
  p.E = idivc(l.E, d[1][0]);
  p.F = idivc(l.F, d[1][1]);
  p.batch = idivc(l.batch, batp);
  p.C = l.isConvLike() ? idivc(l.C, inpp) : p.M * l.nreg;
  return p;
}

void near(const char *what, double ours, double ref) {
  const double err = ref == 0 ? std::fabs(ours) : std::fabs(ours - ref) / std::fabs(ref);
  EXPECT_LE(err, 1e-9) << what << ": ours " << ours << " vs reference " << ref;
}

class SolverRun : public ::testing::TestWithParam<const char *> {};

TEST_P(SolverRun, PerNodeSchemesAndSolverOutputs) {
  std::string err;
  const RefRun run = loadRefRun(GetParam(), &err);
  ASSERT_FALSE(run.name.empty()) << err;
  ASSERT_EQ(run.schedules.size(), 19u);
  Options opts = run.opts;
  int solverHits = 0, convLayers = 0;
  for (const RefSchedule &s : run.schedules) {
    SCOPED_TRACE(run.name + " " + s.name);
    const Layer *full = run.layer(s.name);
    ASSERT_NE(full, nullptr);
    int64_t n = 0;
    const Layer node = perNodeLayer(*full, s, &n);
    opts.partition.numNodes = n;
    opts.partition.occ = full->totalOps() / (node.totalOps() * double(n)); // §5.2 occ
    Result<RowStationaryMapping> m = mapRowStationary(node, run.hw, opts.partition.occ);
    ASSERT_TRUE(m.isOk()) << m.status().message();
    int cand = -1;
    for (const MappingCandidate &c : m->candidates) {
      bool same = true;
      for (int l = 0; l < kNumLoops; ++l)
        same &= c.loopCount[l] == s.tvals[0][l] * s.tvals[1][l] * s.tvals[2][l];
      bool sizes = true;
      for (int d = 0; d < kNumData; ++d)
        sizes &= double(c.gbufUnitSize[d]) == s.unitSize[0][d];
      if (same && (cand < 0 || sizes))
        cand = c.index;
    }
    ASSERT_GE(cand, 0);
    SchemeChoice choice;
    choice.mappingCandidate = cand;
    for (int k = 0; k < 3; ++k)
      choice.blocking.t[k] = {s.tvals[k][0], s.tvals[k][1], s.tvals[k][2]};
    for (int k = 0; k < 2; ++k)
      choice.blocking.order[k] = {s.orders[k][0], s.orders[k][1], s.orders[k][2]};
    Result<SchemeCost> r = evaluateScheme(node, run.hw, choice, opts);
    ASSERT_TRUE(r.isOk()) << r.status().message();
    near("ops", r->ops, s.ops);
    near("time", double(r->time.total), s.time);
    near("op cost", r->energy.mac, s.costOp);
    near("access cost", r->energy.access, s.costAccess);
    near("static cost", r->energy.stat, s.costStatic);
    for (int lv = 0; lv < kNumMemLevels; ++lv)
      for (int d = 0; d < kNumData; ++d)
        near((std::string("access ") + memLevelName(lv)).c_str(), r->access[lv][d],
             s.access[lv][d]);
    for (int b = 0; b < 2; ++b)
      for (int d = 0; d < kNumData; ++d)
        EXPECT_EQ(double(r->fetch[b][d]), s.fetch[b][d]);
    if (!node.isConvLike())
      continue;
    ++convLayers;
    const std::vector<LoopBlocking> sol =
        solveBypassSchemes(m->candidates[size_t(cand)], run.hw, opts.bypassAllowed);
    bool found = false;
    for (const LoopBlocking &b : sol)
      found |= b == choice.blocking;
    EXPECT_TRUE(found) << "the tool's blocking is not among our " << sol.size()
                       << " solver schemes";
    solverHits += found;
  }
  std::printf("[ solver ] %s: tool's blocking among our solver schemes in %d of %d CONV/FC "
              "layers\n", run.name.c_str(), solverHits, convLayers);
}

INSTANTIATE_TEST_SUITE_P(T16, SolverRun,
                         ::testing::Values("tetris_T16_alexnet_b16_solve",
                                           "tetris_T16_alexnet_b16_hybrid_solve"));

} // namespace
