//===- DramCurrents.h - DRAM energy per bit from datasheet currents -*- C++ -*-===//
//
// A DDR DRAM's energy per bit from its datasheet supply currents (IDD/IPP), voltages and
// timings, by the method of Micron's technical note TN-40-07, "Calculating Memory Power
// for DDR4 SDRAM", as Mingyu Gao's energydram implements it (github.com/gaomy3832/
// energydram, EnergyDDR with ddr=4): a column burst costs VDD·(IDD4R−IDD3N)·tBurst (a
// write IDD4W), a row activation with its precharge VDD·(IDD0·tRC − IDD3N·tRAS −
// IDD2N·tRP), each on VDD and VPP, over the chips of one rank. Background and refresh
// power are not per access and are left out (docs/cost-model.md "Energy and area
// estimates", DDR4).
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_TECHNOLOGY_DRAMCURRENTS_H
#define DATAFLOW_COSTMODEL_TECHNOLOGY_DRAMCURRENTS_H

#include "Dataflow/CostModel/Core/Status.h"

#include <cstdint>

namespace dataflow::cost::tech {

/// The currents (mA) of one supply of a chip, in the datasheet's IDD names.
struct SupplyCurrents {
  double idd0 = 0;  ///< one bank activate-precharge, every tRC
  double idd2n = 0; ///< precharge standby
  double idd3n = 0; ///< active standby
  double idd4r = 0; ///< burst read
  double idd4w = 0; ///< burst write
};

/// One DDR chip as its datasheet (or a DRAMPower memspec) states it.
struct DramPart {
  const char *name = "";
  double vddV = 0, vppV = 0; ///< supplies (V); vppV 0 when the part has no VPP
  SupplyCurrents vdd, vpp;   ///< currents per supply (mA)
  double tckNs = 0;          ///< clock period (ns)
  int64_t rasCycles = 0, rpCycles = 0; ///< tRAS and tRP (cycles)
  int64_t burstLength = 8;   ///< beats per burst (BL8)
  int64_t dataRate = 2;      ///< beats per clock (DDR)
  int64_t chipBits = 8;      ///< data pins per chip (x8)
};

/// How a channel uses the part: a rank of chips as wide as the channel, each row activation
/// serving `burstsPerActivation` column bursts, a `readShare` of them reads.
struct AccessPattern {
  int64_t channelBits = 64;
  double burstsPerActivation = 8;
  double readShare = 0.5;
};

/// Energy (pJ) of the rank's column burst: reads, writes; and of one row activation with its
/// precharge. InvalidArgument for a part that is not physical (a non-positive clock, voltage
/// or timing, IDD4 or IDD0 below the standby current) or a channel that is not a whole
/// number of chips.
Result<double> dramReadBurstPj(const DramPart &part, int64_t channelBits);
Result<double> dramWriteBurstPj(const DramPart &part, int64_t channelBits);
Result<double> dramActivatePj(const DramPart &part, int64_t channelBits);

/// pJ per bit moved: (read/write burst mix + activation / bursts per activation) / burst bits.
Result<double> ddrEnergyPerBitPj(const DramPart &part, const AccessPattern &pattern);

/// Micron 4 Gb DDR4-2400 x8 (die A), as DRAMPower's memspec MICRON_4Gb_DDR4-2400_8bit_A
/// states it (github.com/tukl-msd/DRAMPower, memspecs/); the VPP currents other than IPP0
/// are not given there and are taken as 0.
const DramPart &micronDdr4_2400_x8();

/// The access pattern `dram_type = "DDR4"` is priced at: a 64-bit channel, 8 bursts
/// (512 B) per row activation (a row-buffer hit rate of 7/8), reads and writes alike.
AccessPattern ddr4TablePattern();

} // namespace dataflow::cost::tech

#endif // DATAFLOW_COSTMODEL_TECHNOLOGY_DRAMCURRENTS_H
