//===- DramCurrents.cpp - DRAM energy per bit from datasheet currents ----===//
#include "Dataflow/CostModel/Technology/DramCurrents.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace dataflow::cost::tech {
namespace {

Status invalid(const DramPart &part, const std::string &what) {
  return Status::error(StatusCode::InvalidArgument,
                       std::string("DRAM part '") + part.name + "': " + what);
}

bool positive(double v) { return std::isfinite(v) && v > 0; }

bool physical(const SupplyCurrents &c) {
  return c.idd0 >= c.idd3n && c.idd4r >= c.idd3n && c.idd4w >= c.idd3n &&
         c.idd3n >= c.idd2n && c.idd2n >= 0;
}

/// The number of chips of a rank `channelBits` wide, or an error.
Result<int64_t> chipsPerRank(const DramPart &part, int64_t channelBits) {
  if (!positive(part.tckNs) || !positive(part.vddV) || part.vppV < 0 ||
      part.rasCycles <= 0 || part.rpCycles <= 0 || part.burstLength <= 0 ||
      part.dataRate <= 0 || part.burstLength % part.dataRate != 0 || part.chipBits <= 0)
    return invalid(part, "clock, supplies, tRAS, tRP, burst length, data rate and chip "
                         "width must be positive (the burst a whole number of clocks)");
  if (!physical(part.vdd) || !physical(part.vpp))
    return invalid(part, "needs IDD0, IDD4R, IDD4W >= IDD3N >= IDD2N >= 0 on each supply");
  if (channelBits <= 0 || channelBits % part.chipBits != 0)
    return invalid(part, "a " + std::to_string(channelBits) + "-bit channel is not a whole "
                         "number of x" + std::to_string(part.chipBits) + " chips");
  return channelBits / part.chipBits;
}

/// mA × V × ns = pJ, over the rank's chips and both supplies.
template <typename PerSupply>
Result<double> rankEnergyPj(const DramPart &part, int64_t channelBits, PerSupply perSupply) {
  Result<int64_t> chips = chipsPerRank(part, channelBits);
  if (!chips)
    return chips.status();
  return (part.vddV * perSupply(part.vdd) + part.vppV * perSupply(part.vpp)) * part.tckNs *
         double(*chips);
}

} // namespace

Result<double> dramReadBurstPj(const DramPart &part, int64_t channelBits) {
  const double burst = double(part.burstLength / std::max<int64_t>(part.dataRate, 1));
  // TN-40-07: read burst energy = VDD·(IDD4R − IDD3N)·tBurst.
  return rankEnergyPj(part, channelBits,
                      [&](const SupplyCurrents &c) { return (c.idd4r - c.idd3n) * burst; });
}

Result<double> dramWriteBurstPj(const DramPart &part, int64_t channelBits) {
  const double burst = double(part.burstLength / std::max<int64_t>(part.dataRate, 1));
  // TN-40-07: write burst energy = VDD·(IDD4W − IDD3N)·tBurst.
  return rankEnergyPj(part, channelBits,
                      [&](const SupplyCurrents &c) { return (c.idd4w - c.idd3n) * burst; });
}

Result<double> dramActivatePj(const DramPart &part, int64_t channelBits) {
  const double ras = double(part.rasCycles), rp = double(part.rpCycles);
  // TN-40-07: activate+precharge = VDD·(IDD0·tRC − IDD3N·tRAS − IDD2N·tRP), tRC = tRAS + tRP.
  return rankEnergyPj(part, channelBits, [&](const SupplyCurrents &c) {
    return c.idd0 * (ras + rp) - c.idd3n * ras - c.idd2n * rp;
  });
}

Result<double> ddrEnergyPerBitPj(const DramPart &part, const AccessPattern &pattern) {
  if (!(pattern.burstsPerActivation >= 1) || !std::isfinite(pattern.burstsPerActivation) ||
      !(pattern.readShare >= 0 && pattern.readShare <= 1))
    return invalid(part, "an access pattern needs at least 1 burst per activation and a "
                         "read share in [0, 1]");
  Result<double> rd = dramReadBurstPj(part, pattern.channelBits);
  if (!rd)
    return rd.status();
  Result<double> wr = dramWriteBurstPj(part, pattern.channelBits);
  Result<double> act = dramActivatePj(part, pattern.channelBits);
  const double burst = pattern.readShare * *rd + (1 - pattern.readShare) * *wr;
  const double bits = double(pattern.channelBits * part.burstLength);
  return (burst + *act / pattern.burstsPerActivation) / bits;
}

const DramPart &micronDdr4_2400_x8() {
  // DRAMPower memspecs/MICRON_4Gb_DDR4-2400_8bit_A.json: 1200 MHz, tRAS 39, tRP 16, BL8,
  // x8; VDD 1.2 V: IDD0 60.75, IDD2N 38.25, IDD3N 44, IDD4R 184.5, IDD4W 168.75 mA;
  // VPP 2.5 V: IPP0 4.05 mA.
  static const DramPart part = [] {
    DramPart p;
    p.name = "MICRON_4Gb_DDR4-2400_8bit_A";
    p.vddV = 1.2;
    p.vppV = 2.5;
    p.vdd = {60.75, 38.25, 44.0, 184.5, 168.75};
    p.vpp = {4.05, 0, 0, 0, 0};
    p.tckNs = 1000.0 / 1200.0;
    p.rasCycles = 39;
    p.rpCycles = 16;
    p.burstLength = 8;
    p.dataRate = 2;
    p.chipBits = 8;
    return p;
  }();
  return part;
}

AccessPattern ddr4TablePattern() {
  AccessPattern a;
  a.channelBits = 64;
  a.burstsPerActivation = 8;
  a.readShare = 0.5;
  return a;
}

} // namespace dataflow::cost::tech
