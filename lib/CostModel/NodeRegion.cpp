//===- NodeRegion.cpp - Node regions of the node grid ---------------------===//
#include "Dataflow/CostModel/NodeRegion.h"

namespace dataflow::cost {

std::vector<Coord> NodeRegion::nodes() const {
  std::vector<Coord> out;
  out.reserve(size_t(dim.size()));
  for (int64_t h = 0; h < dim.h; ++h)
    for (int64_t w = 0; w < dim.w; ++w)
      out.push_back(rel2abs({h, w}));
  return out;
}

NodeRegion procRegion(const Hardware &hw) {
  return NodeRegion{{hw.nodesH, hw.nodesW}, {0, 0}, {1, 1}, false};
}

NodeRegion dramRegion(const Hardware &hw) {
  // §1 / nn_dataflow_search: 3D = a DRAM node on every node; 2D = a 2x2 DRAM
  // region spaced (Dh-1, Dw-1), i.e. the four corners.
  if (hw.memType == MemoryType::ThreeD)
    return NodeRegion{{hw.nodesH, hw.nodesW}, {0, 0}, {1, 1}, true};
  return NodeRegion{{2, 2}, {0, 0}, {hw.nodesH - 1, hw.nodesW - 1}, true};
}

} // namespace dataflow::cost
