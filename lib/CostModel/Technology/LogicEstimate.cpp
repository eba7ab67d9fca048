//===- LogicEstimate.cpp - Arithmetic, MACs and the array bus -------------===//
//
// Each arithmetic figure is a power law in the operand width through the two
// published widths (8 and 32 bits) at 45 nm, moved to the node.
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/Technology/LogicEstimate.h"

#include <cmath>
#include <string>

namespace dataflow::cost::tech {
namespace {

struct Anchor8And32 {
  double at8, at32;
  double at(int bits) const {
    double slope = std::log(at32 / at8) / std::log(4.0);
    return at8 * std::pow(double(bits) / 8.0, slope);
  }
};

// Horowitz, ISSCC 2014, 45 nm: int add 8b 0.03 pJ / 36 um^2, 32b 0.1 pJ / 137 um^2.
constexpr Anchor8And32 kAddPj{0.03, 0.1}, kAddUm2{36, 137};
// Same table: int mult 8b 0.2 pJ / 282 um^2, 32b 3.1 pJ / 3495 um^2.
constexpr Anchor8And32 kMultPj{0.2, 3.1}, kMultUm2{282, 3495};
// A PE's 16-bit MAC with its pipeline, 2 pJ at 45 nm (TETRIS, ASPLOS 2017, as
// nn_dataflow's test_eyeriss_asplos17 prices it).
constexpr double kMac16Pj = 2.0;
// TETRIS's array bus, 4 pJ per 16-bit word at 45 nm (same source).
constexpr double kArrayBus16Pj = 4.0;

Status badBits(int bits) {
  return Status::error(StatusCode::InvalidArgument,
                       "operand width must be positive, got " + std::to_string(bits) + " bits");
}

} // namespace

Result<LogicEstimate> estimateArithmetic(ArithmeticOp op, int bits, const TechnologyNode &node) {
  if (bits <= 0)
    return badBits(bits);
  Result<TechnologyNode> ref = technologyNode(kReferenceNodeNm);
  bool add = op == ArithmeticOp::IntAdd;
  LogicEstimate out;
  out.energyPj = (add ? kAddPj : kMultPj).at(bits) * energyScale(*ref, node);
  out.areaMm2 = (add ? kAddUm2 : kMultUm2).at(bits) * 1e-6 * areaScale(*ref, node);
  return out;
}

Result<LogicEstimate> estimateMac(int bits, const TechnologyNode &node) {
  if (bits <= 0)
    return badBits(bits);
  // TETRIS's 16-bit MAC, scaled in width like Horowitz's multiply plus a
  // 2*bits accumulate; area is Horowitz's multiplier plus adder.
  auto arith = [&](int b) {
    return kMultPj.at(b) + kAddPj.at(2 * b);
  };
  Result<TechnologyNode> ref = technologyNode(kReferenceNodeNm);
  LogicEstimate out;
  out.energyPj = kMac16Pj * arith(bits) / arith(16) * energyScale(*ref, node);
  out.areaMm2 = (kMultUm2.at(bits) + kAddUm2.at(2 * bits)) * 1e-6 * areaScale(*ref, node);
  return out;
}

Result<double> arrayBusEnergyPj(int bits, const TechnologyNode &node) {
  if (bits <= 0)
    return badBits(bits);
  // Wires: energy proportional to the bits moved.
  Result<TechnologyNode> ref = technologyNode(kReferenceNodeNm);
  return kArrayBus16Pj * double(bits) / 16.0 * energyScale(*ref, node);
}

} // namespace dataflow::cost::tech
