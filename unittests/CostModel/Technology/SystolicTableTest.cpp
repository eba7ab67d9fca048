//===- SystolicTableTest.cpp - A systolic array's estimated energies ------===//
//
// The systolic table reuses the Eyeriss kind's parts: at TETRIS's T-16
// configuration (45 nm, 16-bit words, a 133032 B buffer) it must give the
// published figures (nn_dataflow's test_eyeriss_asplos17: MAC 2 pJ, GBUF
// 14 pJ, 3D DRAM 80 pJ per 16-bit word), written here again.
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/Technology/LogicEstimate.h"
#include "Dataflow/CostModel/Technology/MemoryEstimate.h"
#include "Dataflow/CostModel/Technology/SystolicTable.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace dataflow::cost;
using namespace dataflow::cost::tech;

namespace {

SystolicTableRequest t16Buffer() {
  SystolicTableRequest r;
  r.nodeNm = 45;
  r.wordBits = 16;
  r.arraySize = 16;
  r.bufferBytes = 133032;
  r.dram = DramType::Stacked3D;
  r.clockGhz = 1.0;
  return r;
}

TEST(SystolicTable, ReproducesTetrisFigures) {
  Result<SystolicTable> t = estimateSystolicTable(t16Buffer());
  ASSERT_TRUE(t) << t.status().message();
  EXPECT_NEAR(t->mac * 1e12, 2.0, 0.5);
  EXPECT_NEAR(t->buffer * 1e12, 14.0, 0.5);
  EXPECT_NEAR(t->dram * 1e12, 80.0, 0.5);
}

TEST(SystolicTable, AreaAndLeakageAreTheParts) {
  SystolicTableRequest r = t16Buffer();
  Result<SystolicTable> t = estimateSystolicTable(r);
  ASSERT_TRUE(t);
  TechnologyNode node = *technologyNode(45);
  LogicEstimate mac = *estimateMac(16, node);
  MemoryEstimate buf = *estimateMemory(MemoryKind::Sram, {133032, 16, 1, 1}, node);
  EXPECT_DOUBLE_EQ(t->areaMm2, 256 * mac.areaMm2 + buf.areaMm2);
  EXPECT_DOUBLE_EQ(t->leakageW, buf.leakageMw * 1e-3);
  // 1 GHz: the static energy of one cycle is the leakage power times 1 ns.
  EXPECT_DOUBLE_EQ(t->staticPerCycle, t->leakageW * 1e-9);
}

TEST(SystolicTable, LargerBufferCostsMorePerAccess) {
  SystolicTableRequest small = t16Buffer(), large = t16Buffer();
  small.bufferBytes = 16384;
  large.bufferBytes = 1048576;
  Result<SystolicTable> a = estimateSystolicTable(small), b = estimateSystolicTable(large);
  ASSERT_TRUE(a && b);
  EXPECT_LT(a->buffer, b->buffer);
  EXPECT_LT(a->areaMm2, b->areaMm2);
  EXPECT_LT(a->leakageW, b->leakageW);
}

TEST(SystolicTable, Rejects) {
  SystolicTableRequest r = t16Buffer();
  r.clockGhz = 0;
  EXPECT_EQ(estimateSystolicTable(r).status().code(), StatusCode::InvalidArgument);
  r = t16Buffer();
  r.nodeNm = 90;
  EXPECT_EQ(estimateSystolicTable(r).status().code(), StatusCode::InvalidArgument);
  r = t16Buffer();
  r.bufferBytes = 0;
  EXPECT_EQ(estimateSystolicTable(r).status().code(), StatusCode::InvalidHardware);
}

} // namespace
