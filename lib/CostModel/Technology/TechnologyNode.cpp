//===- TechnologyNode.cpp - Process nodes and their scaling ---------------===//
#include "Dataflow/CostModel/Technology/TechnologyNode.h"

#include <array>

namespace dataflow::cost::tech {
namespace {

// Nominal core supplies: 65 nm 1.0 V (the Eyeriss chip's nominal supply,
// Chen et al. ISSCC 2016), 45 nm 0.9 V (Horowitz ISSCC 2014's table); the
// finer nodes take typical nominal supplies (a model assumption,
// docs/cost-model.md).
constexpr std::array<TechnologyNode, 5> kNodes = {{
    {65, 1.0}, {45, 0.9}, {28, 0.9}, {16, 0.8}, {7, 0.7}}};

} // namespace

Result<TechnologyNode> technologyNode(int nm) {
  for (const TechnologyNode &n : kNodes)
    if (n.nm == nm)
      return n;
  return Status::error(StatusCode::InvalidArgument,
                       "unknown technology node " + std::to_string(nm) +
                           " nm; expected one of " + supportedNodesList());
}

double energyScale(const TechnologyNode &from, const TechnologyNode &to) {
  // Dynamic energy C * V^2 with C proportional to the feature size.
  double v = to.supplyVolts / from.supplyVolts;
  return (double(to.nm) / double(from.nm)) * v * v;
}

double areaScale(const TechnologyNode &from, const TechnologyNode &to) {
  // Layout shrinks with the square of the feature size.
  double s = double(to.nm) / double(from.nm);
  return s * s;
}

std::string supportedNodesList() {
  std::string out;
  for (const TechnologyNode &n : kNodes)
    out += (out.empty() ? "" : ", ") + std::to_string(n.nm);
  return out;
}

} // namespace dataflow::cost::tech
