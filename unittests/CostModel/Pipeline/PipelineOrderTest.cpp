//===- PipelineOrderTest.cpp - Order-only dependencies and sliced layers --===//
//
// docs/cost-model.md §6 "Order-only dependencies" and "Sliced layers": a matmul reads its
// rhs from DRAM like FC weights, so the rhs's producer (Network::Node::after) runs first,
// and in an earlier pipeline segment; a dilated or 3-D layer is in one-layer segments only,
// priced as the layer-wise grid search prices it.
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/Pipeline/PipelineSearch.h"
#include "Dataflow/CostModel/Pipeline/SegmentLayer.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace dataflow::cost;

namespace {

Hardware smallChip() {
  Hardware hw;
  hw.nodesH = hw.nodesW = 2;
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

/// q = x Wq, k = x Wk (16 tokens, 32 -> 32), s = q k^T (16 x 32 . 32 x 16), then o = s Wo.
/// The matmul's lhs is q (its ifmap); k is its rhs, read from DRAM: an order-only
/// dependency when `withAfter`.
Network attention(bool withAfter) {
  Network net;
  net.input = {kNetworkInput, 32, 1, 1};
  net.layers.push_back({makeFC("q", 32, 32, 1, 1, 16), {kNetworkInput}});
  net.layers.push_back({makeFC("k", 32, 32, 1, 1, 16), {kNetworkInput}});
  Network::Node s{makeMatmul("s", 16, 32, 16), {"q"}};
  if (withAfter)
    s.after = {"k"};
  net.layers.push_back(std::move(s));
  net.layers.push_back({makeFC("o", 16, 32, 1, 1, 16), {"s"}});
  return net;
}

size_t posIn(const std::vector<std::string> &order, const std::string &name) {
  return size_t(std::find(order.begin(), order.end(), name) - order.begin());
}

bool holds(const std::vector<std::vector<std::string>> &seg, const std::string &layer) {
  for (const auto &v : seg)
    if (std::count(v.begin(), v.end(), layer))
      return true;
  return false;
}

/// 3x3 conv, 8 -> 8 channels, dilation 2 over an 8x8 ofmap: 4 phases of 4x4, as the bridge
/// builds it (groups = the phases).
Layer dilated(std::string name) {
  Layer l = makeConv(std::move(name), 8, 8, 4, 4, 3, 3, 1, 1, 1);
  l.groups = 4;
  l.dilH = l.dilW = 2;
  return l;
}

/// c0 (3x3) -> dil (dilation 2) -> sum = c0 + dil -> c1 (1x1), all 8 channels of 8x8.
Network dilatedNet() {
  Network net;
  net.input = {kNetworkInput, 8, 10, 10};
  net.layers.push_back({makeConv("c0", 8, 8, 8, 8, 3, 3, 1, 1, 1), {kNetworkInput}});
  net.layers.push_back({dilated("dil"), {"c0"}});
  net.layers.push_back({makeEltwise("sum", 8, 8, 8, 2, 1), {"c0", "dil"}});
  net.layers.push_back({makeConv("c1", 8, 8, 8, 8, 1, 1, 1, 1, 1), {"sum"}});
  return net;
}

} // namespace

// nn_dataflow's DFS order visits k's vertex first and, k having no ifmap consumer, puts it
// last: after s, which reads it. The order-only edge k -> s puts k before s; without it the
// order is the tool's, unchanged.
TEST(PipelineOrder, SchedulingOrderHonoursOrderOnlyDependencies) {
  const std::vector<std::string> tool = schedulingOrder(attention(false));
  EXPECT_EQ(tool, (std::vector<std::string>{"q", "s", "o", "k"}));
  const std::vector<std::string> order = schedulingOrder(attention(true));
  EXPECT_EQ(order, (std::vector<std::string>{"q", "k", "s", "o"}));
  EXPECT_LT(posIn(order, "k"), posIn(order, "s"));
}

// A weight-less layer reading the producer of an order-only dependency, or with one of its
// own, forms its own vertex (its vertex could otherwise need itself first); without such
// dependencies the same layers merge as in the tool.
TEST(PipelineOrder, MergeKeepsOrderOnlyEdgesBetweenVertices) {
  auto withPools = [](bool after) {
    Network net = attention(after);
    net.layers.push_back({makePool("kp", 32, 1, 1, 1, 1, 1, 1, 16), {"k"}});
    net.layers.push_back({makePool("op", 32, 1, 1, 1, 1, 1, 1, 16), {"o"}});
    if (after)
      net.layers.back().after = {"k"};
    return net;
  };
  using Vertices = std::vector<std::vector<std::string>>;
  const Vertices plain = mergeVertices(withPools(false));
  EXPECT_EQ(plain, (Vertices{{"q"}, {"k", "kp"}, {"s"}, {"o", "op"}}));
  const Vertices split = mergeVertices(withPools(true));
  EXPECT_EQ(split, (Vertices{{"q"}, {"k"}, {"s"}, {"o"}, {"kp"}, {"op"}}));
  const std::vector<std::string> order = schedulingOrder(withPools(true));
  EXPECT_LT(posIn(order, "k"), posIn(order, "s"));
  EXPECT_LT(posIn(order, "k"), posIn(order, "op"));
}

// §6: within a segment fmaps stay on chip, so an order-only producer is never in its
// reader's segment; it writes its ofmaps to DRAM even when an ifmap consumer shares its
// segment.
TEST(PipelineOrder, SegmentsPutTheRhsProducerEarlier) {
  const Hardware hw = smallChip();
  SegmentOptions so;
  for (const PipelineSegment &c : segmentCandidates(attention(true), hw, so))
    EXPECT_FALSE(holds(c.seg, "k") && holds(c.seg, "s"));

  // k also feeds an FC on chip: with the DRAM reader s, k's ofmaps go to DRAM as well.
  auto withReader = [](bool after) {
    Network net = attention(after);
    net.layers.push_back({makeFC("k2", 32, 32, 1, 1, 16), {"k"}});
    return net;
  };
  auto on = makeSegment(withReader(false), {{"k"}, {"k2"}}, hw, so);
  auto dram = makeSegment(withReader(true), {{"k"}, {"k2"}}, hw, so);
  ASSERT_TRUE(on);
  ASSERT_TRUE(dram);
  EXPECT_FALSE(on->alloc[0][0].dst.isDram);
  EXPECT_TRUE(dram->alloc[0][0].dst.isDram);

  // Without the dependency the tool's order runs k after s; with it, k's segment is earlier.
  auto before = scheduleNetworkPipelined(attention(false), hw, searchOpts(), so);
  ASSERT_TRUE(before) << before.status().message();
  EXPECT_GT(before->schedSeq.at("k")[0], before->schedSeq.at("s")[0]);
  auto r = scheduleNetworkPipelined(attention(true), hw, searchOpts(), so);
  ASSERT_TRUE(r) << r.status().message();
  EXPECT_LT(r->schedSeq.at("k")[0], r->schedSeq.at("s")[0]);
  EXPECT_DOUBLE_EQ(r->layers.at("s").scheme.ops, 16.0 * 32 * 16);
}

// Sliced layers: in one-layer segments only (a vertex holding one is split), and there
// priced as the layer-wise grid search prices them: the same energy and time from the same
// ifmap layout, with the whole E dilH x F dilW ofmap laid out for the consumers.
TEST(PipelineOrder, SlicedLayerAloneAsLayerWise) {
  const Hardware hw = smallChip();
  const Network net = dilatedNet();
  SegmentOptions so;
  EXPECT_FALSE(makeSegment(net, {{"c0"}, {"dil"}}, hw, so));
  EXPECT_FALSE(makeSegment(net, {{"dil", "sum"}}, hw, so));
  EXPECT_TRUE(makeSegment(net, {{"dil"}}, hw, so));
  const SchedulingDag dag = schedulingDag(net);
  EXPECT_EQ(dag.vertices.size(), 4u); // without the split: {c0}, {dil, sum}, {c1}
  EXPECT_EQ(mergeVertices(net).size(), 3u);

  const Options o = searchOpts();
  const Layer dil = dilated("dil");
  const DataLayout ifm = makeLayout(1, 8, 8, 8, dramRegion(hw), PartitionScheme());
  std::optional<PipelineSegment> alone = makeSegment(net, {{"dil"}}, hw, so);
  ASSERT_TRUE(alone);
  auto seg = searchLayerInResource(dil, hw, o, ifm, alone->alloc[0][0], 1);
  ASSERT_TRUE(seg) << seg.status().message();
  auto wise = searchLayerPartitioned(dil, hw, o, ifm);
  ASSERT_TRUE(wise) << wise.status().message();
  const PartitionedSchedule &a = seg->front(), &b = *wise;
  EXPECT_DOUBLE_EQ(a.scheme.ops, 4.0 * 8 * 8 * 16 * 9);
  EXPECT_DOUBLE_EQ(a.energy.total, b.energy.total);
  EXPECT_EQ(a.time, b.time);
  EXPECT_TRUE(a.part == b.part);
  EXPECT_TRUE(a.ofmapLayout == b.ofmapLayout); // E dilH x F dilW = 8x8, not one phase's 4x4
  EXPECT_EQ(a.ofmapLayout.complete().end[kFh], 8);

  auto r = scheduleNetworkPipelined(net, hw, o, so);
  ASSERT_TRUE(r) << r.status().message();
  for (const PipelineSegment &s : r->segments) {
    if (holds(s.seg, "dil")) {
      EXPECT_EQ(s.numLayers(), 1);
    }
  }
  EXPECT_DOUBLE_EQ(r->layers.at("dil").scheme.ops, 4.0 * 8 * 8 * 16 * 9);
}
