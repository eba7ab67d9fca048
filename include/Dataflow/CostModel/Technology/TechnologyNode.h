//===- TechnologyNode.h - Process nodes and their scaling -------*- C++ -*-===//
//
// The technology nodes the energy and area estimator knows (65, 45, 28, 16
// and 7 nm) and how a figure published at one node moves to another
// (docs/cost-model.md "Energy and area estimates"): dynamic energy scales
// with switched capacitance (proportional to the feature size) times the
// supply voltage squared; area scales with the feature size squared.
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_TECHNOLOGY_TECHNOLOGYNODE_H
#define DATAFLOW_COSTMODEL_TECHNOLOGY_TECHNOLOGYNODE_H

#include "Dataflow/CostModel/Core/Status.h"

#include <string>

namespace dataflow::cost::tech {

/// The node every absolute anchor is moved to before use (Horowitz's table
/// and the TETRIS constants are 45 nm figures).
inline constexpr int kReferenceNodeNm = 45;

/// One supported node: its feature size and nominal core supply.
struct TechnologyNode {
  int nm = kReferenceNodeNm;
  double supplyVolts = 0.9;
};

/// Every supported node, header-only so the IR verifier can check a
/// `technology` field without linking the cost model. Nominal core supplies:
/// 65 nm 1.0 V (the Eyeriss chip, Chen et al. ISSCC 2016), 45 nm 0.9 V
/// (Horowitz ISSCC 2014's table); the finer nodes take typical nominal
/// supplies (a model assumption, docs/cost-model.md).
inline constexpr TechnologyNode kTechnologyNodes[] = {
    {65, 1.0}, {45, 0.9}, {28, 0.9}, {16, 0.8}, {7, 0.7}};

inline constexpr bool isSupportedNode(int nm) {
  for (const TechnologyNode &n : kTechnologyNodes)
    if (n.nm == nm)
      return true;
  return false;
}

/// The node `nm`, or InvalidArgument naming the supported ones.
Result<TechnologyNode> technologyNode(int nm);

/// Dynamic energy at `to` over the same circuit's energy at `from`:
/// (to.nm / from.nm) * (to.V / from.V)^2.
double energyScale(const TechnologyNode &from, const TechnologyNode &to);

/// Area at `to` over the same circuit's area at `from`: (to.nm / from.nm)^2.
double areaScale(const TechnologyNode &from, const TechnologyNode &to);

/// "65, 45, 28, 16, 7" for messages and docs.
std::string supportedNodesList();

} // namespace dataflow::cost::tech

#endif // DATAFLOW_COSTMODEL_TECHNOLOGY_TECHNOLOGYNODE_H
