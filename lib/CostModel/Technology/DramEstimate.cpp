//===- DramEstimate.cpp - DRAM energy per bit by type ---------------------===//
#include "Dataflow/CostModel/Technology/DramEstimate.h"

#include <array>

namespace dataflow::cost::tech {
namespace {

struct DramRow {
  DramType type;
  const char *name;
  double pjPerBit;
};

constexpr std::array<DramRow, 4> kRows = {{
    // Horowitz, ISSCC 2014: a 64-bit DRAM access 1.3-2.6 nJ; the midpoint.
    {DramType::DDR3, "DDR3", (1300.0 + 2600.0) / 2.0 / 64.0},
    // TETRIS L-1 (ASPLOS 2017) in nn_dataflow's test_eyeriss_asplos17: 240 pJ per 16 bits.
    {DramType::TwoD, "2D", 240.0 / 16.0},
    // O'Connor et al., MICRO 2017 (Fine-Grained DRAM): HBM2 about 3.9 pJ per bit.
    {DramType::HBM2, "HBM2", 3.9},
    // TETRIS T-16 (ASPLOS 2017) in nn_dataflow's test_eyeriss_asplos17: 80 pJ per 16 bits.
    {DramType::Stacked3D, "3D", 80.0 / 16.0},
}};

} // namespace

Result<DramType> parseDramType(const std::string &name) {
  for (const DramRow &r : kRows)
    if (name == r.name)
      return r.type;
  return Status::error(StatusCode::InvalidArgument,
                       "unknown DRAM type '" + name + "'; expected one of " + dramTypesList());
}

const char *dramTypeName(DramType type) {
  for (const DramRow &r : kRows)
    if (r.type == type)
      return r.name;
  return "?";
}

std::string dramTypesList() {
  std::string out;
  for (const DramRow &r : kRows)
    out += (out.empty() ? "" : ", ") + std::string(r.name);
  return out;
}

double dramEnergyPerBitPj(DramType type) {
  for (const DramRow &r : kRows)
    if (r.type == type)
      return r.pjPerBit;
  return 0.0;
}

} // namespace dataflow::cost::tech
