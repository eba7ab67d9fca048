//===- ExternalBatchTest.cpp - Fmaps read back from DRAM with their own batch ===//
//
// docs/cost-model.md "Views, slices and token concats on a grid": a value the grid cannot
// lay out is an external fmap (FmapShape) of its own shape, batch included, laid out in the
// DRAM region by the input partition; its consumer counts ifmap hops from that layout.
// Hand-checked: ViT's token matrix (5 tokens x 8 channels) after a batch-1 patch conv.
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/MultiNode/NetworkSearch.h"

#include <gtest/gtest.h>

using namespace dataflow::cost;

namespace {

/// patch (conv, batch 1) -> [DRAM: 5 x 8 tokens] -> head (fc, batch 5).
Network tokens(int64_t tokenBatch) {
  Network net;
  net.input.name = kNetworkInput;
  net.input.nofm = 4;
  net.input.hofm = net.input.wofm = 4;
  FmapShape t;
  t.name = "%tokens";
  t.nofm = 8;
  t.batch = tokenBatch;
  net.external.push_back(t);
  net.layers.push_back({makeConv("patch", 4, 8, 2, 2, 2, 2, 2, 2, 1), {kNetworkInput}});
  net.layers.push_back({makeFC("head", 8, 8, 1, 1, 5), {"%tokens"}});
  return net;
}

/// A row of four nodes, every one a DRAM node (3-D memory): hops are |column difference|.
Hardware row4() {
  Hardware hw;
  hw.nodesH = 1;
  hw.nodesW = 4;
  return hw;
}

PartitionScheme part(int type, Coord d) {
  PartitionScheme p;
  p.dims[size_t(type)] = d;
  return p;
}

TEST(ExternalBatch, FmapShapeBatchDefaultsToTheNetworks) {
  FmapShape f;
  EXPECT_EQ(f.batchOr(3), 3);
  f.batch = 197;
  EXPECT_EQ(f.batchOr(3), 197);
}

TEST(ExternalBatch, TokenMatrixReadFromDramWithItsOwnBatch) {
  // The fc on OUTP 1x4 needs all 5 x 8 = 40 token words on every node.
  const Hardware hw = row4();
  NetworkPartitionPins pins;
  pins["head"] = part(kOutp, {1, 4});
  // Input laid out OFMP 1x4: projected onto the tokens' single column, the floor splits of
  // [0, 1) leave all 40 words on node 3: 40 x (3 + 2 + 1 + 0) = 240 IFM unit hops.
  const PartitionScheme byColumn = part(kOfmp, {1, 4});
  Result<NetworkSchedule> s = scheduleNetwork(tokens(5), hw, Options(), {}, &byColumn, pins);
  ASSERT_TRUE(s.isOk()) << s.status().message();
  EXPECT_EQ(s->layers.at("head").unitHops[kIfm], 240);
  EXPECT_EQ(s->layers.at("head").unitHops[kFil], 0); // every node is a DRAM node
  // Input laid out OUTP 1x4: node j holds channels [2j, 2j + 2) of all 5 tokens, 10 words,
  // sent to the four nodes: 10 x ((0+1+2+3) + (1+0+1+2) + (2+1+0+1) + (3+2+1+0)) = 200.
  const PartitionScheme byChannel = part(kOutp, {1, 4});
  Result<NetworkSchedule> c = scheduleNetwork(tokens(5), hw, Options(), {}, &byChannel, pins);
  ASSERT_TRUE(c.isOk()) << c.status().message();
  EXPECT_EQ(c->layers.at("head").unitHops[kIfm], 200);
}

TEST(ExternalBatch, TheNetworksBatchIsNotTheTokens) {
  // Without its own batch the token fmap would be the network's (the patch conv's, 1): the
  // fc of batch 5 cannot read it, and the search says so instead of pricing 8 words.
  Result<NetworkSchedule> s = scheduleNetwork(tokens(0), row4(), Options());
  ASSERT_FALSE(s.isOk());
  EXPECT_NE(s.status().message().find("batch 1"), std::string::npos) << s.status().message();
}

} // namespace
