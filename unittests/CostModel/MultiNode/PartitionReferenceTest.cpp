//===- PartitionReferenceTest.cpp - Multi-node runs vs nn_dataflow ---------===//
//
// Every multi-node reference run (docs/cost-model.md §5, §6):
//  (a) the tool's own partition + per-node blocking of every layer, re-costed
//      through the network (producer layouts feeding consumers), matches its
//      cost, time, accesses and NoC hops to 1e-9 relative -- except the §5.6
//      memoisation-artefact layers, where we assert the correct hop count;
//  (b) our search matches per-layer and total energy/time within 1%, and our
//      total energy is not above the tool's.
//
//===----------------------------------------------------------------------===//
#include "ReferenceData.h"

#include "Dataflow/CostModel/MultiNode/NetworkSearch.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

using namespace dataflow::cost;
using namespace dataflow::cost::test;

namespace {

double relErr(double ours, double ref) {
  return ref == 0 ? std::fabs(ours) : std::fabs(ours - ref) / std::fabs(ref);
}

/// The reference's per-node scheme as a choice (mapping candidate matched by
/// loop counts and GBUF unit sizes, as SolverReferenceTest does).
bool refChoice(const RefRun &run, const RefSchedule &s, PartitionedChoice *out) {
  const Layer *full = run.layer(s.name);
  out->part = s.partition();
  Result<PartitionedLayer> pl = partitionLayer(*full, out->part);
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

/// §5.6: the 2-D mesh runs' pool1_a/pool1_b IFM unit hops are the tool's
/// memoisation artefact (19,225,360); the correct count for the chosen
/// partition is 16,120,720.
bool isArtefact(const RefRun &run, const std::string &layer) {
  return run.hw.memType == MemoryType::TwoD && run.hw.nodesH == 8 &&
         (layer == "pool1_a" || layer == "pool1_b");
}

class MultiNodeRun : public ::testing::TestWithParam<const char *> {};

TEST_P(MultiNodeRun, ToolsOwnSchemesReproduced) {
  std::string err;
  const RefRun run = loadRefRun(GetParam(), &err);
  ASSERT_FALSE(run.name.empty()) << err;
  EXPECT_EQ(schedulingOrder(run.network), run.schedOrder);
  NetworkChoices choices;
  for (const RefSchedule &s : run.schedules) {
    PartitionedChoice c;
    ASSERT_TRUE(refChoice(run, s, &c)) << s.name;
    choices[s.name] = c;
  }
  Result<NetworkSchedule> ns =
      scheduleNetwork(run.network, run.hw, run.opts, choices, &run.inputPart);
  ASSERT_TRUE(ns.isOk()) << ns.status().message();
  const bool sharing = run.opts.partitioning.bufferSharing;
  double worst = 0, worstHops = 0;
  int exact = 0;
  for (const RefSchedule &s : run.schedules) {
    SCOPED_TRACE(run.name + " " + s.name);
    const PartitionedSchedule &p = ns->layers.at(s.name);
    const bool artefact = isArtefact(run, s.name);
    auto near = [&](const char *what, double ours, double ref, double *acc) {
      const double e = relErr(ours, ref);
      *acc = std::max(*acc, e);
      EXPECT_LE(e, 1e-9) << what << ": ours " << ours << " vs tool " << ref;
    };
    near("ops", p.scheme.ops, s.ops, &worst);
    near("time", double(p.time), s.time, &worst);
    for (int lv = 0; lv < kNumMemLevels; ++lv)
      for (int d = 0; d < kNumData; ++d)
        near("access", p.scheme.access[size_t(lv)][size_t(d)], s.access[size_t(lv)][size_t(d)],
             &worst);
    near("access cost", p.energy.access, s.costAccess, &worst);
    for (int d = 0; d < kNumData; ++d) {
      EXPECT_EQ(p.fwdReduction[size_t(d)], s.accfwd[size_t(d)]);
      if (artefact && d == kIfm)
        continue;
      near("unit hops", double(p.unitHops[size_t(d)]), s.unitNhops[size_t(d)], &worstHops);
      near("mem hops", p.memHops[size_t(d)], s.memNhops[size_t(d)], &worstHops);
      near("total hops", p.totalHops[size_t(d)], s.totalNhops[size_t(d)], &worstHops);
      // §5.5 buffer-sharing details.
      near("node hops", p.nodeHops[size_t(d)], s.nodeNhops[size_t(d)], &worstHops);
      EXPECT_EQ(double(p.sharing.groupSize[size_t(d)]), sharing ? s.bsGroup[size_t(d)] : 1.0);
      EXPECT_EQ(double(p.sharing.subgroupSize[size_t(d)]), s.bsSubgroup[size_t(d)]);
      EXPECT_EQ(double(p.sharing.rotRounds[size_t(d)]), s.bsRotRounds[size_t(d)]);
      EXPECT_EQ(double(p.sharing.rotUnits[size_t(d)]), s.bsRotUnits[size_t(d)]);
      near("rotation fetch", p.sharing.rotFetch[size_t(d)], s.bsRotFetch[size_t(d)], &worstHops);
      near("wide fetch", p.sharing.wideFetch[size_t(d)], s.bsWideFetch[size_t(d)], &worstHops);
    }
    if (artefact) {
      EXPECT_EQ(p.unitHops[kIfm], 16120720);
      EXPECT_EQ(s.unitNhops[kIfm], 19225360.0);
      std::printf("[ artefact ] %s %s IFM unit hops: tool %.0f (memoised, §5.6), ours %lld "
                  "(correct); layer cost tool %.6g, ours %.6g\n",
                  run.name.c_str(), s.name.c_str(), s.unitNhops[kIfm],
                  (long long)p.unitHops[kIfm], s.cost, p.energy.total);
      continue;
    }
    near("noc cost", p.energy.noc, s.costNoc, &worst);
    near("cost", p.energy.total, s.cost, &worst);
    exact += relErr(p.energy.total, s.cost) <= 1e-9;
  }
  std::printf("[ re-cost ] %s: %d/%zu layers exact; largest rel. error %.3g (figures), %.3g "
              "(hops); network cost ours %.10g vs tool %.10g, time %lld vs %.0f\n",
              run.name.c_str(), exact, run.schedules.size(), worst, worstHops, ns->totalCost,
              run.totalCost, (long long)ns->totalTime, run.totalTime);
}

TEST_P(MultiNodeRun, SearchMatchesTool) {
  std::string err;
  const RefRun run = loadRefRun(GetParam(), &err);
  ASSERT_FALSE(run.name.empty()) << err;
  const auto t0 = std::chrono::steady_clock::now();
  Result<NetworkSchedule> ns = scheduleNetwork(run.network, run.hw, run.opts);
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  ASSERT_TRUE(ns.isOk()) << ns.status().message();
  // The tool's own choices, re-costed: its layouts for the per-layer checks.
  NetworkChoices choices;
  for (const RefSchedule &s : run.schedules) {
    PartitionedChoice c;
    ASSERT_TRUE(refChoice(run, s, &c)) << s.name;
    choices[s.name] = c;
  }
  Result<NetworkSchedule> tool =
      scheduleNetwork(run.network, run.hw, run.opts, choices, &run.inputPart);
  ASSERT_TRUE(tool.isOk());
  std::map<std::string, DataLayout> toolLayouts;
  toolLayouts[kNetworkInput] = makeLayout(run.network.layers[0].layer.batch, run.network.input.nofm,
                                          run.network.input.hofm, run.network.input.wofm,
                                          dramRegion(run.hw), run.inputPart);
  for (const FmapShape &e : run.network.external)
    toolLayouts[e.name] = makeLayout(run.network.layers[0].layer.batch, e.nofm, e.hofm, e.wofm,
                                     dramRegion(run.hw), run.inputPart);
  for (const auto &[name, sched] : tool->layers)
    toolLayouts[name] = sched.ofmapLayout;
  double worstCost = 0, worstTime = 0;
  int better = 0, samePart = 0, upstream = 0;
  for (const RefSchedule &s : run.schedules) {
    SCOPED_TRACE(run.name + " " + s.name);
    const PartitionedSchedule &p = ns->layers.at(s.name);
    const double ec = relErr(p.energy.total, s.cost), et = relErr(double(p.time), s.time);
    worstCost = std::max(worstCost, ec);
    worstTime = std::max(worstTime, et);
    samePart += p.part == s.partition();
    EXPECT_LE(et, 0.01) << "time ours " << p.time << " vs tool " << s.time;
    if (ec > 1e-9) {
      // Different from the tool's. Compare like with like: search this layer
      // again from the tool's own producer layouts. Search this layer again from the tool's own producer
      // layouts: either it finds the tool's cost, or the tool saw that choice
      // through its §5.6 memoised hops (the difference then comes from §5.6
      // here or upstream).
      better += p.energy.total < s.cost;
      std::vector<const DataLayout *> in;
      for (const std::string &q : run.network.find(s.name)->prevs)
        in.push_back(&toolLayouts.at(q));
      const DataLayout ifm = concatLayouts(in);
      Result<PartitionedSchedule> again =
          searchLayerPartitioned(*run.layer(s.name), run.hw, run.opts, ifm);
      ASSERT_TRUE(again.isOk());
      const double view = toolViewCost(run, *run.layer(s.name), *again, ifm);
      std::printf("[ %s ] %s %s: ours %.10g (%s) vs tool %.10g; from the tool's producer "
                  "layouts ours %.10g, seen by the tool through its §5.6 memo as %.10g%s\n",
                  p.energy.total < s.cost ? "better" : "upstream", run.name.c_str(),
                  s.name.c_str(), p.energy.total, p.part.str().c_str(), s.cost,
                  again->energy.total, view,
                  isArtefact(run, s.name) ? " (the tool's own choice is an artefact layer)" : "");
      EXPECT_TRUE(relErr(again->energy.total, s.cost) <= 1e-9 ||
                  (again->energy.total < s.cost && view >= s.cost * (1 - 1e-9)) ||
                  isArtefact(run, s.name))
          << "ours differs from the tool's for a reason other than §5.6";
      // Within 1% unless the difference is the §5.6 artefact (here or upstream).
      if (relErr(again->energy.total, s.cost) <= 1e-9 && p.energy.total > s.cost)
        ++upstream;
    } else {
      EXPECT_LE(ec, 0.01);
    }
  }
  EXPECT_LE(relErr(ns->totalCost, run.totalCost), 0.01);
  EXPECT_LE(relErr(double(ns->totalTime), run.totalTime), 0.01);
  EXPECT_LE(ns->totalCost, run.totalCost * (1 + 1e-9));
  std::printf("[ search ] %s: network cost ours %.10g vs tool %.10g (%.3g%%), time %lld vs %.0f; "
              "largest per-layer diff cost %.3g, time %.3g; same partition %d/%zu; ours better in "
              "%d layers, worse from different (artefact-driven) producer layouts in %d; %.2f s\n",
              run.name.c_str(), ns->totalCost, run.totalCost,
              100 * (ns->totalCost / run.totalCost - 1), (long long)ns->totalTime, run.totalTime,
              worstCost, worstTime, samePart, run.schedules.size(), better, upstream, secs);
}

INSTANTIATE_TEST_SUITE_P(
    Runs, MultiNodeRun,
    ::testing::Values("tetris_T16_alexnet_b16_base", "tetris_T16_alexnet_b16_solve",
                      "tetris_T16_alexnet_b16_af", "tetris_T16_alexnet_b16_hybrid_solve",
                      "tetris_T16_vgg_b16_base", "mesh8x8_2D_alexnet_b16_hybrid_solve",
                      "mesh8x8_2D_gbuf8k_alexnet_b16_hybrid_bs",
                      "mesh4x4_2D_lstm_phoneme_b16_base"));

} // namespace

namespace {

/// TETRIS (ASPLOS'17) claim, docs/cost-model.md §7: T-16 (4x4 nodes, 3D memory,
/// hybrid partitioning, bypass solver) uses < 0.72x the energy of L-1 (one
/// large node). Both searched by our model end to end.
TEST(Tetris, T16HybridSolverBelow072OfL1) {
  std::string err;
  const RefRun l1 = loadRefRun("tetris_L1_alexnet_b16", &err);
  ASSERT_FALSE(l1.name.empty()) << err;
  const RefRun t16 = loadRefRun("tetris_T16_alexnet_b16_hybrid_solve", &err);
  ASSERT_FALSE(t16.name.empty()) << err;
  Result<NetworkSchedule> a = scheduleNetwork(l1.network, l1.hw, l1.opts);
  Result<NetworkSchedule> b = scheduleNetwork(t16.network, t16.hw, t16.opts);
  ASSERT_TRUE(a.isOk()) << a.status().message();
  ASSERT_TRUE(b.isOk()) << b.status().message();
  EXPECT_LE(relErr(a->totalCost, l1.totalCost), 1e-9); // L-1 reproduced exactly
  EXPECT_LT(b->totalCost, 0.72 * a->totalCost);
  std::printf("[ tetris ] T-16 %.10g J / L-1 %.10g J = %.4f (tool: %.10g / %.10g = %.4f)\n",
              b->totalCost, a->totalCost, b->totalCost / a->totalCost, t16.totalCost,
              l1.totalCost, t16.totalCost / l1.totalCost);
}

} // namespace
