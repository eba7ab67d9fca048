//===- PartitionPruningTest.cpp - Pruned partition search = unpruned ------===//
//
// The partition search's exact pruning (PartitionBound.h: partitions and mapping
// candidates skipped by a lower bound, per-node searches shared through the memo) must
// give the unpruned answer bit for bit: every multi-node reference run searched both
// ways (and with threads), per goal; AlexNet with every partitioning flag on a 16x16
// grid, where most partitions are pruned; and the bound itself below the best scheme of
// every partition of a layer.
//
//===----------------------------------------------------------------------===//
#include "ReferenceData.h"

#include "Dataflow/CostModel/Eyeriss/SearchCache.h"
#include "Dataflow/CostModel/MultiNode/NetworkSearch.h"
#include "Dataflow/CostModel/MultiNode/PartitionBound.h"

#include <gtest/gtest.h>

using namespace dataflow::cost;
using namespace dataflow::cost::test;

namespace {

/// Restores the process-wide switch whatever the test does.
Result<NetworkSchedule> schedule(const Network &net, const Hardware &hw, const Options &opts,
                                 bool prune, unsigned threads = 1) {
  Options o = opts;
  o.partitioning.prune = prune;
  SearchCache cache; // each search starts cold
  o.cache = &cache;
  return scheduleNetwork(net, hw, o, {}, nullptr, {}, {}, threads);
}

void expectSameSchedule(const NetworkSchedule &a, const NetworkSchedule &b) {
  ASSERT_EQ(a.order, b.order);
  EXPECT_EQ(a.totalCost, b.totalCost); // exact: the same schemes, summed in the same order
  EXPECT_EQ(a.totalTime, b.totalTime);
  for (const std::string &name : a.order) {
    SCOPED_TRACE(name);
    const PartitionedSchedule &x = a.layers.at(name), &y = b.layers.at(name);
    EXPECT_TRUE(x.part == y.part) << x.part.str() << " vs " << y.part.str();
    EXPECT_EQ(x.scheme.mappingCandidate, y.scheme.mappingCandidate);
    EXPECT_TRUE(x.scheme.blocking == y.scheme.blocking);
    EXPECT_EQ(x.scheme.gbufStored, y.scheme.gbufStored);
    EXPECT_EQ(x.energy.total, y.energy.total);
    EXPECT_EQ(x.energy.noc, y.energy.noc);
    EXPECT_EQ(x.time, y.time);
    EXPECT_EQ(x.complete, y.complete);
  }
}

class PruningRun : public ::testing::TestWithParam<const char *> {};

TEST_P(PruningRun, PrunedEqualsUnpruned) {
  std::string err;
  const RefRun run = loadRefRun(GetParam(), &err);
  ASSERT_FALSE(run.name.empty()) << err;
  for (Goal g : {Goal::Energy, Goal::Delay, Goal::EnergyDelay}) {
    SCOPED_TRACE(int(g));
    Options opts = run.opts;
    opts.goal = g;
    Result<NetworkSchedule> full = schedule(run.network, run.hw, opts, false);
    Result<NetworkSchedule> pruned = schedule(run.network, run.hw, opts, true);
    ASSERT_TRUE(full.isOk()) << full.status().message();
    ASSERT_TRUE(pruned.isOk()) << pruned.status().message();
    expectSameSchedule(*full, *pruned);
    if (g == Goal::Energy) {
      Result<NetworkSchedule> threaded = schedule(run.network, run.hw, opts, true, 2);
      ASSERT_TRUE(threaded.isOk());
      expectSameSchedule(*full, *threaded);
    }
  }
}

INSTANTIATE_TEST_SUITE_P(
    Runs, PruningRun,
    ::testing::Values("tetris_T16_alexnet_b16_base", "tetris_T16_alexnet_b16_solve",
                      "tetris_T16_alexnet_b16_af", "tetris_T16_alexnet_b16_hybrid_solve",
                      "tetris_T16_vgg_b16_base", "mesh8x8_2D_alexnet_b16_hybrid_solve",
                      "mesh8x8_2D_gbuf8k_alexnet_b16_hybrid_bs",
                      "mesh4x4_2D_lstm_phoneme_b16_base"));

/// A large grid with every partitioning flag (the case pruning is for): AlexNet's
/// convolutions of the T-16 run on 16x16 nodes, hybrid + batch + ifmaps partitioning.
TEST(PruningLargeGrid, AlexNet16x16AllFlags) {
  std::string err;
  const RefRun run = loadRefRun("tetris_T16_alexnet_b16_base", &err);
  ASSERT_FALSE(run.name.empty()) << err;
  Hardware hw = run.hw;
  hw.nodesH = hw.nodesW = 16;
  Options opts = run.opts;
  opts.partitioning.hybrid = true;
  opts.partitioning.batch = true;
  opts.partitioning.ifmaps = true;
  const DataLayout ifm0 =
      makeLayout(run.network.layers[0].layer.batch, run.network.input.nofm,
                 run.network.input.hofm, run.network.input.wofm, dramRegion(hw),
                 inputPartitions(run.network, run.batch, hw, opts).front());
  int layers = 0;
  for (const Network::Node &node : run.network.layers) {
    if (node.layer.kind != LayerKind::Conv || node.prevs.size() != 1 ||
        node.prevs.front() != kNetworkInput)
      continue;
    SCOPED_TRACE(node.layer.name);
    Options unprunedOpts = opts, prunedOpts = opts;
    unprunedOpts.partitioning.prune = false;
    SearchCache cache;
    prunedOpts.cache = &cache;
    Result<PartitionedSchedule> full = searchLayerPartitioned(node.layer, hw, unprunedOpts, ifm0);
    Result<PartitionedSchedule> pruned = searchLayerPartitioned(node.layer, hw, prunedOpts, ifm0);
    ASSERT_TRUE(full.isOk()) << full.status().message();
    ASSERT_TRUE(pruned.isOk()) << pruned.status().message();
    EXPECT_TRUE(full->part == pruned->part);
    EXPECT_TRUE(full->scheme.blocking == pruned->scheme.blocking);
    EXPECT_EQ(full->energy.total, pruned->energy.total);
    EXPECT_EQ(full->time, pruned->time);
    EXPECT_LT(pruned->schemesEvaluated, full->schemesEvaluated); // it did prune
    ++layers;
  }
  EXPECT_GE(layers, 1);
}

/// The bound is a bound: below (or at) the best scheme of every partition of a layer.
TEST(PruningBound, BelowEveryPartitionsBest) {
  std::string err;
  const RefRun run = loadRefRun("tetris_T16_alexnet_b16_base", &err);
  ASSERT_FALSE(run.name.empty()) << err;
  Options opts = run.opts;
  opts.partitioning.hybrid = true;
  opts.partitioning.batch = true;
  const Network::Node &node = run.network.layers.front();
  const DataLayout ifm = makeLayout(node.layer.batch, run.network.input.nofm,
                                    run.network.input.hofm, run.network.input.wofm,
                                    dramRegion(run.hw), run.inputPart);
  const NodeRegion proc = procRegion(run.hw), dram = dramRegion(run.hw);
  int checked = 0;
  for (const PartitionScheme &part :
       enumeratePartitions(PartShape::of(node.layer), node.layer.batch,
                           {run.hw.nodesH, run.hw.nodesW}, opts.partitioning)) {
    Result<PartitionedSchedule> best = searchLayerInPartition(node.layer, run.hw, opts, ifm, part);
    if (!best)
      continue;
    Result<PartitionedLayer> pl = partitionLayer(node.layer, part);
    ASSERT_TRUE(pl.isOk());
    Result<RowStationaryMapping> m = mapRowStationary(pl->layer, run.hw, pl->occ);
    ASSERT_TRUE(m.isOk());
    PartitionContext ctx = opts.partition;
    ctx.occ = pl->occ;
    ctx.numNodes = pl->numNodes;
    const PerDataHops hops =
        unitNocHops(node.layer, proc, part, dram.nodes(), ifm,
                    makeLayout(node.layer.batch, node.layer.M, node.layer.E, node.layer.F,
                               dram, part),
                    false);
    const CostBound b = partitionBound(*m, run.hw, opts, ctx, hops);
    // The bound is often tight (the best scheme fetches everything once): equal up to the
    // order of the floating-point sums, which boundCannotWin's margin covers.
    EXPECT_FALSE(boundCannotWin(b, best->energy.total, best->time, Goal::Energy)) << part.str();
    EXPECT_FALSE(boundCannotWin(b, best->energy.total, best->time, Goal::Delay)) << part.str();
    EXPECT_LE(b.energy, best->energy.total * (1 + 1e-12)) << part.str();
    EXPECT_LE(b.time, double(best->time)) << part.str();
    EXPECT_GT(b.energy, 0.5 * best->energy.total) << part.str(); // and not a trivial one
    ++checked;
  }
  EXPECT_GT(checked, 10);
}

} // namespace
