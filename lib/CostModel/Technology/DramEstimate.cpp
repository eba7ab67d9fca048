//===- DramEstimate.cpp - DRAM energy per bit by type ---------------------===//
#include "Dataflow/CostModel/Technology/DramEstimate.h"

#include "Dataflow/CostModel/Technology/DramCurrents.h"

#include <cstddef>
#include <iterator>

namespace dataflow::cost::tech {
namespace {

constexpr DramType kTypes[] = {DramType::DDR3, DramType::TwoD, DramType::HBM2,
                               DramType::Stacked3D, DramType::LPDDR4, DramType::DDR4};
static_assert(std::size(kTypes) == std::size(kDramTypeNames));

} // namespace

Result<DramType> parseDramType(const std::string &name) {
  for (std::size_t i = 0; i < std::size(kTypes); ++i)
    if (name == kDramTypeNames[i])
      return kTypes[i];
  return Status::error(StatusCode::InvalidArgument,
                       "unknown DRAM type '" + name + "'; expected one of " + dramTypesList());
}

const char *dramTypeName(DramType type) { return kDramTypeNames[static_cast<int>(type)]; }

std::string dramTypesList() {
  std::string out;
  for (const char *name : kDramTypeNames)
    out += (out.empty() ? "" : ", ") + std::string(name);
  return out;
}

double dramEnergyPerBitPj(DramType type) {
  switch (type) {
  case DramType::DDR3:
    // Horowitz, ISSCC 2014: a 64-bit DRAM access 1.3-2.6 nJ; the midpoint.
    return (1300.0 + 2600.0) / 2.0 / 64.0;
  case DramType::TwoD:
    // TETRIS L-1 (ASPLOS 2017) in nn_dataflow's test_eyeriss_asplos17: 240 pJ per 16 bits.
    return 240.0 / 16.0;
  case DramType::HBM2:
    // O'Connor et al., MICRO 2017 (Fine-Grained DRAM): HBM2 about 3.9 pJ per bit.
    return 3.9;
  case DramType::Stacked3D:
    // TETRIS T-16 (ASPLOS 2017) in nn_dataflow's test_eyeriss_asplos17: 80 pJ per 16 bits.
    return 80.0 / 16.0;
  case DramType::LPDDR4:
    // Accelergy's DRAM table (Accelergy-Project/hwcomponents-cacti, type2energy): LPDDR4 8 pJ/bit.
    return 8.0;
  case DramType::DDR4: {
    // Micron TN-40-07's method on DRAMPower's Micron 4 Gb DDR4-2400 x8 (DramCurrents.h).
    Result<double> pj = ddrEnergyPerBitPj(micronDdr4_2400_x8(), ddr4TablePattern());
    return pj ? *pj : 0.0;
  }
  }
  return 0.0;
}

} // namespace dataflow::cost::tech
