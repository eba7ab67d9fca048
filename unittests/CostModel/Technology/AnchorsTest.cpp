//===- AnchorsTest.cpp - The estimator reproduces its published figures ---===//
//
// Every figure the Technology sources cite, evaluated at the published
// configuration, must come back within the rounding of the source (half a
// unit of its last printed digit). The published values are written here
// again, not read from the estimator.
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

// `value` printed with the source's precision gives `published`.
void expectRounds(double value, double published, double lastDigit, const char *what) {
  EXPECT_LE(std::abs(value - published), lastDigit / 2 * (1 + 1e-9))
      << what << ": estimated " << value << ", published " << published;
}

double sramPj(MemoryKind kind, int64_t bytes, int64_t bits, int node = 45) {
  Result<MemoryEstimate> e = estimateMemory(kind, {bytes, bits, 1, 1}, nm(node));
  EXPECT_TRUE(e) << e.status().message();
  return e ? e->accessPj : 0.0;
}

TableRequest t16() { // TETRIS T-16 (nn_dataflow test_eyeriss_asplos17)
  TableRequest r;
  r.regfBytes = 512;
  r.gbufBytes = 133032;
  r.arrayH = r.arrayW = 14;
  r.nodesH = r.nodesW = 4;
  r.dram = DramType::Stacked3D;
  r.clockGhz = 1.0;
  return r;
}

// TETRIS (ASPLOS 2017) T-16 in nn_dataflow: mac 2e-12; DRAM 80e-12, GBUF
// 14e-12, ITCN 4e-12, REGF 0.6e-12; hop 40e-12 (J per 16-bit word).
TEST(TechnologyAnchors, TetrisT16) {
  Result<EnergyTable> t = estimateEnergyTable(t16());
  ASSERT_TRUE(t) << t.status().message();
  EXPECT_STREQ(t->unit(), "J");
  expectRounds(t->mac * 1e12, 2, 1, "mac");
  expectRounds(t->dram * 1e12, 80, 1, "dram");
  expectRounds(t->gbuf * 1e12, 14, 1, "gbuf");
  expectRounds(t->itcn * 1e12, 4, 1, "itcn");
  expectRounds(t->regf * 1e12, 0.6, 0.1, "regf");
  expectRounds(t->nocHop * 1e12, 40, 1, "noc hop");
}

// TETRIS L-1: REGF 1 kB 1e-12, GBUF 576056 B 28e-12, 2D DRAM 240e-12.
TEST(TechnologyAnchors, TetrisL1) {
  TableRequest r = t16();
  r.regfBytes = 1024;
  r.gbufBytes = 576056;
  r.arrayH = r.arrayW = 16;
  r.nodesH = r.nodesW = 1;
  r.dram = DramType::TwoD;
  Result<EnergyTable> t = estimateEnergyTable(r);
  ASSERT_TRUE(t) << t.status().message();
  expectRounds(t->mac * 1e12, 2, 1, "mac");
  expectRounds(t->regf * 1e12, 1, 1, "regf");
  expectRounds(t->gbuf * 1e12, 28, 1, "gbuf");
  expectRounds(t->itcn * 1e12, 4, 1, "itcn");
  expectRounds(t->dram * 1e12, 240, 1, "dram");
}

// Horowitz ISSCC 2014, 45 nm, 64-bit SRAM reads: 8 KB 10 pJ, 32 KB 20 pJ, 1 MB 100 pJ.
TEST(TechnologyAnchors, HorowitzSram) {
  expectRounds(sramPj(MemoryKind::Sram, 8192, 64), 10, 1, "8 KB");
  expectRounds(sramPj(MemoryKind::Sram, 32768, 64), 20, 1, "32 KB");
  expectRounds(sramPj(MemoryKind::Sram, 1048576, 64), 100, 1, "1 MB");
}

// Horowitz ISSCC 2014, 45 nm: int add 8b 0.03 pJ 36 um^2, 16b 0.05 pJ,
// 32b 0.1 pJ 137 um^2; int mult 8b 0.2 pJ 282 um^2, 32b 3.1 pJ 3495 um^2.
TEST(TechnologyAnchors, HorowitzArithmetic) {
  auto e = [](ArithmeticOp op, int bits) { return *estimateArithmetic(op, bits, nm(45)); };
  expectRounds(e(ArithmeticOp::IntAdd, 8).energyPj, 0.03, 0.01, "add8");
  expectRounds(e(ArithmeticOp::IntAdd, 16).energyPj, 0.05, 0.01, "add16");
  expectRounds(e(ArithmeticOp::IntAdd, 32).energyPj, 0.1, 0.1, "add32");
  expectRounds(e(ArithmeticOp::IntMult, 8).energyPj, 0.2, 0.1, "mult8");
  expectRounds(e(ArithmeticOp::IntMult, 32).energyPj, 3.1, 0.1, "mult32");
  expectRounds(e(ArithmeticOp::IntAdd, 8).areaMm2 * 1e6, 36, 1, "add8 area");
  expectRounds(e(ArithmeticOp::IntAdd, 32).areaMm2 * 1e6, 137, 1, "add32 area");
  expectRounds(e(ArithmeticOp::IntMult, 8).areaMm2 * 1e6, 282, 1, "mult8 area");
  expectRounds(e(ArithmeticOp::IntMult, 32).areaMm2 * 1e6, 3495, 1, "mult32 area");
}

// Horowitz ISSCC 2014: a 64-bit DRAM access costs 1.3-2.6 nJ.
TEST(TechnologyAnchors, HorowitzDram) {
  double nj = dramEnergyPerBitPj(DramType::DDR3) * 64 / 1000;
  EXPECT_GE(nj, 1.3);
  EXPECT_LE(nj, 2.6);
}

// O'Connor et al. MICRO 2017: HBM2 about 3.9 pJ/bit.
TEST(TechnologyAnchors, Hbm2) {
  expectRounds(dramEnergyPerBitPj(DramType::HBM2), 3.9, 0.1, "HBM2");
}

// Accelergy's DRAM table (Accelergy-Project/hwcomponents-cacti): LPDDR4 8 pJ/bit.
TEST(TechnologyAnchors, Lpddr4) {
  expectRounds(dramEnergyPerBitPj(DramType::LPDDR4), 8, 1, "LPDDR4");
  EXPECT_EQ(*parseDramType("LPDDR4"), DramType::LPDDR4);
}

// Eyeriss (ISCA 2016), 65 nm, normalised to a 16-bit MAC: RF 0.5 kB 1x,
// array 2x, global buffer 6x, DRAM 200x: bundled eyeriss.mlir's energies.
TEST(TechnologyAnchors, EyerissNormalised) {
  TableRequest r;
  r.nodeNm = 65;
  r.calibration = Calibration::EyerissRelative;
  r.regfBytes = 512;
  r.gbufBytes = 131072;
  r.arrayH = r.arrayW = 16;
  Result<EnergyTable> t = estimateEnergyTable(r);
  ASSERT_TRUE(t) << t.status().message();
  EXPECT_STREQ(t->unit(), "MAC");
  expectRounds(t->mac, 1, 1, "mac");
  expectRounds(t->regf, 1, 1, "regf");
  expectRounds(t->itcn, 2, 1, "itcn");
  expectRounds(t->gbuf, 6, 1, "gbuf");
  expectRounds(t->dram, 200, 1, "dram");
  EXPECT_EQ(t->staticPerCycle, 0.0);
}

// Eyeriss chip (ISSCC 2016) in nn_dataflow's test_eyeriss_isscc16: 30 mW of
// GBUF + REGF at 200 MHz, i.e. 1.5e-10 J per cycle (12x14 PEs, 261-word
// REGF, 108 kB GBUF, 65 nm).
TEST(TechnologyAnchors, EyerissIsscc16Static) {
  TableRequest r;
  r.nodeNm = 65;
  r.regfBytes = 522;
  r.gbufBytes = 110592;
  r.arrayH = 12;
  r.arrayW = 14;
  r.clockGhz = 0.2;
  Result<EnergyTable> t = estimateEnergyTable(r);
  ASSERT_TRUE(t) << t.status().message();
  expectRounds(t->staticPerCycle * 1e10, 1.5, 0.1, "static per cycle");
  expectRounds(t->leakageW * 1e3, 30, 1, "GBUF + REGF power");
}

// Intel 45 nm 6T cell, 0.346 um^2 (Mistry et al. IEDM 2007), at the model's
// 50% array efficiency.
TEST(TechnologyAnchors, SramCellArea) {
  Result<MemoryEstimate> e = estimateMemory(MemoryKind::Sram, {1 << 20, 64, 1, 1}, nm(45));
  ASSERT_TRUE(e);
  expectRounds(e->areaMm2 * 1e6 * 0.5 / double(8 << 20), 0.346, 0.001, "cell um^2");
}

} // namespace
