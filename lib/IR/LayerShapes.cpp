//===- LayerShapes.cpp - output-size rules of the layer ops ---------------===//

#include "Dataflow/IR/LayerShapes.h"

namespace dataflow {

std::optional<int64_t> convOutputSize(int64_t in, int64_t kernel, int64_t stride,
                                      int64_t padBegin, int64_t padEnd, int64_t dilation) {
  int64_t span = in + padBegin + padEnd - dilation * (kernel - 1) - 1;
  if (span < 0)
    return std::nullopt;
  return span / stride + 1;
}

int64_t deconvOutputSize(int64_t in, int64_t kernel, int64_t stride, int64_t padBegin,
                         int64_t padEnd, int64_t outputPadding, int64_t dilation) {
  return (in - 1) * stride - padBegin - padEnd + dilation * (kernel - 1) + outputPadding + 1;
}

const char *spatialDimName(unsigned i, unsigned rank) {
  static const char *const names3[] = {"D", "H", "W"};
  static const char *const names2[] = {"H", "W"};
  if (rank == 3 && i < 3)
    return names3[i];
  if (rank == 2 && i < 2)
    return names2[i];
  return "?";
}

} // namespace dataflow
