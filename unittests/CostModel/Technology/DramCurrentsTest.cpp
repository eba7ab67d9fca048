//===- DramCurrentsTest.cpp - DDR4 energy per bit from datasheet currents ---===//
//
// The DDR4 figure of `dram_type = "DDR4"` is derived, not typed: Micron TN-40-07's method
// on DRAMPower's memspec MICRON_4Gb_DDR4-2400_8bit_A. The expected values below were
// computed by Mingyu Gao's energydram (github.com/gaomy3832/energydram, v0.4.0,
// EnergyDDR(tck = 1000/1200 ns, Timing(RAS=39, RP=16, ...), vdd = 1.2, IDDs(idd0=60.75,
// idd2n=38.25, idd3n=44, idd4r=184.5, idd4w=168.75, ...), chipcnt = 8, ddr = 4, vpp = 2.5,
// ipps = IDDs(idd0=4.05, the rest 0))) and are written here as it printed them (six
// decimals); the test does not need energydram.
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/Technology/DramCurrents.h"
#include "Dataflow/CostModel/Technology/DramEstimate.h"

#include <gtest/gtest.h>

using namespace dataflow::cost;
using namespace dataflow::cost::tech;

namespace {

// energydram's printed value (six decimals) is reproduced to its last digit.
void expectPrinted(const Result<double> &value, double printed, const char *what) {
  ASSERT_TRUE(value) << what << ": " << value.status().message();
  EXPECT_NEAR(*value, printed, 0.5e-6) << what;
}

AccessPattern pattern(double burstsPerActivation, double readShare) {
  AccessPattern a;
  a.burstsPerActivation = burstsPerActivation;
  a.readShare = readShare;
  return a;
}

// energydram: readwrite_energy(1, 0) 4496.000000, (0, 1) 3992.000000,
// activate_energy(1) 11818.500000 (VDD 8106.000000 + VPP 3712.500000) pJ, 64-bit rank.
TEST(DramCurrents, EnergydramBurstsAndActivation) {
  const DramPart &p = micronDdr4_2400_x8();
  expectPrinted(dramReadBurstPj(p, 64), 4496.0, "read burst");
  expectPrinted(dramWriteBurstPj(p, 64), 3992.0, "write burst");
  expectPrinted(dramActivatePj(p, 64), 11818.5, "activate + precharge");
  DramPart vddOnly = p;
  vddOnly.vppV = 0;
  expectPrinted(dramActivatePj(vddOnly, 64), 8106.0, "activate on VDD");
}

// energydram, (burst + activate / n) / 512 bits: n = 1 read 31.864258, write 30.879883;
// n = 8 mix 11.174438; n = 128 mix 8.469398 pJ/bit.
TEST(DramCurrents, EnergydramPerBit) {
  const DramPart &p = micronDdr4_2400_x8();
  expectPrinted(ddrEnergyPerBitPj(p, pattern(1, 1)), 31.864258, "n=1 read");
  expectPrinted(ddrEnergyPerBitPj(p, pattern(1, 0)), 30.879883, "n=1 write");
  expectPrinted(ddrEnergyPerBitPj(p, pattern(8, 0.5)), 11.174438, "n=8 mix");
  expectPrinted(ddrEnergyPerBitPj(p, pattern(128, 0.5)), 8.469398, "n=128 mix");
}

// `dram_type = "DDR4"` is the derivation at the table's pattern (8 bursts per activation,
// reads and writes alike), not a constant of its own.
TEST(DramCurrents, Ddr4TypeIsTheDerivation) {
  EXPECT_EQ(*parseDramType("DDR4"), DramType::DDR4);
  EXPECT_STREQ(dramTypeName(DramType::DDR4), "DDR4");
  expectPrinted(dramEnergyPerBitPj(DramType::DDR4), 11.174438, "DDR4");
  Result<double> derived = ddrEnergyPerBitPj(micronDdr4_2400_x8(), ddr4TablePattern());
  ASSERT_TRUE(derived);
  EXPECT_EQ(dramEnergyPerBitPj(DramType::DDR4), *derived);
  // Fewer row hits cost more; DDR4 lies between LPDDR4 and DDR3 at this pattern.
  EXPECT_GT(*ddrEnergyPerBitPj(micronDdr4_2400_x8(), pattern(2, 0.5)), *derived);
  EXPECT_GT(dramEnergyPerBitPj(DramType::DDR4), dramEnergyPerBitPj(DramType::LPDDR4));
  EXPECT_LT(dramEnergyPerBitPj(DramType::DDR4), dramEnergyPerBitPj(DramType::DDR3));
}

TEST(DramCurrents, BadInputIsAStatus) {
  const DramPart &p = micronDdr4_2400_x8();
  Result<double> odd = dramReadBurstPj(p, 60);
  ASSERT_FALSE(odd);
  EXPECT_EQ(odd.status().message(), "DRAM part 'MICRON_4Gb_DDR4-2400_8bit_A': a 60-bit channel "
                                    "is not a whole number of x8 chips");
  DramPart bad = p;
  bad.vdd.idd4r = 10; // below IDD3N
  EXPECT_FALSE(dramReadBurstPj(bad, 64));
  bad = p;
  bad.tckNs = 0;
  EXPECT_FALSE(dramActivatePj(bad, 64));
  EXPECT_FALSE(ddrEnergyPerBitPj(p, pattern(0.5, 0.5)));
  EXPECT_FALSE(ddrEnergyPerBitPj(p, pattern(8, 1.5)));
}

} // namespace
