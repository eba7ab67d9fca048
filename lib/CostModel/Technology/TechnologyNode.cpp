//===- TechnologyNode.cpp - Process nodes and their scaling ---------------===//
#include "Dataflow/CostModel/Technology/TechnologyNode.h"

namespace dataflow::cost::tech {

Result<TechnologyNode> technologyNode(int nm) {
  for (const TechnologyNode &n : kTechnologyNodes)
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
  for (const TechnologyNode &n : kTechnologyNodes)
    out += (out.empty() ? "" : ", ") + std::to_string(n.nm);
  return out;
}

} // namespace dataflow::cost::tech
