//===- ScalingTest.cpp - The estimator's shape and its bad inputs ---------===//
//
// Larger memories are dearer per access and larger in mm^2; wider words,
// more ports and older nodes cost more; banking a buffer makes each access
// cheaper; bad inputs are a Status, never a number.
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/Technology/DramEstimate.h"
#include "Dataflow/CostModel/Technology/EnergyTable.h"
#include "Dataflow/CostModel/Technology/LogicEstimate.h"
#include "Dataflow/CostModel/Technology/MemoryEstimate.h"

#include <gtest/gtest.h>

using namespace dataflow::cost;
using namespace dataflow::cost::tech;

namespace {

TechnologyNode nm(int n) { return *technologyNode(n); }

MemoryEstimate mem(MemoryKind kind, MemorySpec spec, int node = 45) {
  Result<MemoryEstimate> e = estimateMemory(kind, spec, nm(node));
  EXPECT_TRUE(e) << e.status().message();
  return e ? *e : MemoryEstimate{};
}

TEST(TechnologyScaling, LargerMemoryIsDearerPerAccess) {
  for (MemoryKind kind : {MemoryKind::RegisterFile, MemoryKind::Sram})
    for (int64_t bits : {8, 16, 32, 64}) {
      MemoryEstimate prev = mem(kind, {64, bits, 1, 1});
      for (int64_t bytes = 128; bytes <= (int64_t(64) << 20); bytes *= 2) {
        MemoryEstimate cur = mem(kind, {bytes, bits, 1, 1});
        EXPECT_GT(cur.accessPj, prev.accessPj) << bytes << " B, " << bits << " bits";
        EXPECT_GT(cur.areaMm2, prev.areaMm2) << bytes << " B, " << bits << " bits";
        EXPECT_GT(cur.leakageMw, prev.leakageMw) << bytes << " B";
        prev = cur;
      }
    }
}

TEST(TechnologyScaling, AreaIsInSquareMillimetres) {
  // A 1 MiB SRAM at 45 nm: a few mm^2 (8 Mbit of 0.346 um^2 cells, half the macro).
  double a = mem(MemoryKind::Sram, {1 << 20, 64, 1, 1}).areaMm2;
  EXPECT_GT(a, 1.0);
  EXPECT_LT(a, 20.0);
}

TEST(TechnologyScaling, WidthPortsAndBanks) {
  MemorySpec base{65536, 16, 1, 1};
  double e = mem(MemoryKind::Sram, base).accessPj;
  EXPECT_GT(mem(MemoryKind::Sram, {65536, 32, 1, 1}).accessPj, e);
  EXPECT_LT(mem(MemoryKind::Sram, {65536, 8, 1, 1}).accessPj, e);
  // Four banks: each access drives a quarter of the array.
  EXPECT_LT(mem(MemoryKind::Sram, {65536, 16, 4, 1}).accessPj, e);
  // Two ports: twice the wires per access, four times the cell area.
  MemoryEstimate two = mem(MemoryKind::Sram, {65536, 16, 1, 2});
  EXPECT_DOUBLE_EQ(two.accessPj, 2 * e);
  EXPECT_DOUBLE_EQ(two.areaMm2, 4 * mem(MemoryKind::Sram, base).areaMm2);
}

TEST(TechnologyScaling, NodesScaleEnergyAndArea) {
  int nodes[] = {65, 45, 28, 16, 7};
  for (int i = 0; i + 1 < 5; ++i) {
    MemoryEstimate big = mem(MemoryKind::Sram, {131072, 16, 1, 1}, nodes[i]);
    MemoryEstimate small = mem(MemoryKind::Sram, {131072, 16, 1, 1}, nodes[i + 1]);
    EXPECT_GT(big.accessPj, small.accessPj) << nodes[i];
    double s = double(nodes[i + 1]) / nodes[i];
    EXPECT_NEAR(small.areaMm2 / big.areaMm2, s * s, 1e-12) << nodes[i];
    EXPECT_GT(estimateMac(16, nm(nodes[i]))->energyPj,
              estimateMac(16, nm(nodes[i + 1]))->energyPj);
  }
  // 65 -> 45 nm: (45/65) * (0.9/1.0)^2.
  EXPECT_NEAR(energyScale(nm(65), nm(45)), 45.0 / 65.0 * 0.81, 1e-12);
}

TEST(TechnologyScaling, MacGrowsWithWidth) {
  for (int bits = 4; bits < 64; bits *= 2) {
    EXPECT_LT(estimateMac(bits, nm(45))->energyPj, estimateMac(2 * bits, nm(45))->energyPj);
    EXPECT_LT(estimateMac(bits, nm(45))->areaMm2, estimateMac(2 * bits, nm(45))->areaMm2);
  }
}

// The sweep issue #22 describes: on Eyeriss-relative energies a larger global
// buffer is dearer per access (6x at 128 kB).
TEST(TechnologyScaling, RelativeGbufFollowsSize) {
  TableRequest r;
  r.nodeNm = 65;
  r.calibration = Calibration::EyerissRelative;
  r.regfBytes = 512;
  r.arrayH = r.arrayW = 16;
  double prev = 0;
  for (int64_t kb = 16; kb <= 1024; kb *= 2) {
    r.gbufBytes = kb * 1024;
    Result<EnergyTable> t = estimateEnergyTable(r);
    ASSERT_TRUE(t) << t.status().message();
    EXPECT_GT(t->gbuf, prev) << kb << " kB";
    EXPECT_GT(t->chipAreaMm2, 0.0);
    prev = t->gbuf;
  }
}

TEST(TechnologyScaling, LongerHopsCostMore) {
  TableRequest r;
  r.regfBytes = 512;
  r.gbufBytes = 133032;
  r.arrayH = r.arrayW = 14;
  r.clockGhz = 1;
  r.hopMm = 1;
  double one = estimateEnergyTable(r)->nocHop;
  r.hopMm = 2;
  EXPECT_DOUBLE_EQ(estimateEnergyTable(r)->nocHop, 2 * one);
}

TEST(TechnologyErrors, BadInputsAreAStatus) {
  Result<TechnologyNode> n = technologyNode(50);
  ASSERT_FALSE(n);
  EXPECT_EQ(n.status().code(), StatusCode::InvalidArgument);
  EXPECT_EQ(n.status().message(), "unknown technology node 50 nm; expected one of 65, 45, 28, 16, 7");

  EXPECT_FALSE(estimateMemory(MemoryKind::Sram, {0, 16, 1, 1}, nm(45)));
  EXPECT_FALSE(estimateMemory(MemoryKind::Sram, {1024, 0, 1, 1}, nm(45)));
  EXPECT_FALSE(estimateMemory(MemoryKind::Sram, {1024, 16, 0, 1}, nm(45)));
  EXPECT_FALSE(estimateMemory(MemoryKind::Sram, {1024, 16, 1, 0}, nm(45)));
  Result<MemoryEstimate> tiny = estimateMemory(MemoryKind::RegisterFile, {4, 64, 1, 1}, nm(45));
  ASSERT_FALSE(tiny);
  EXPECT_EQ(tiny.status().code(), StatusCode::InvalidHardware);
  EXPECT_FALSE(estimateMac(0, nm(45)));
  EXPECT_FALSE(estimateArithmetic(ArithmeticOp::IntAdd, -8, nm(45)));
  EXPECT_FALSE(arrayBusEnergyPj(0, nm(45)));

  Result<DramType> d = parseDramType("DDR5");
  ASSERT_FALSE(d);
  EXPECT_EQ(d.status().message(), "unknown DRAM type 'DDR5'; expected one of DDR3, 2D, HBM2, 3D, LPDDR4, DDR4");
  EXPECT_EQ(*parseDramType("3D"), DramType::Stacked3D);

  TableRequest r;
  r.regfBytes = 512;
  r.gbufBytes = 131072;
  r.arrayH = r.arrayW = 16;
  Result<EnergyTable> noClock = estimateEnergyTable(r);
  ASSERT_FALSE(noClock);
  EXPECT_EQ(noClock.status().code(), StatusCode::InvalidArgument);
  r.clockGhz = 1;
  r.nodeNm = 90;
  EXPECT_FALSE(estimateEnergyTable(r));
  r.nodeNm = 45;
  r.gbufBytes = 0;
  EXPECT_EQ(estimateEnergyTable(r).status().code(), StatusCode::InvalidHardware);
  r.gbufBytes = 131072;
  r.hopMm = -1;
  EXPECT_FALSE(estimateEnergyTable(r));
  r.hopMm = 0;
  EXPECT_TRUE(estimateEnergyTable(r));
}

} // namespace
