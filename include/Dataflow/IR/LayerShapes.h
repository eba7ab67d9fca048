//===- LayerShapes.h - output-size rules of the layer ops ------*- C++ -*-===//
//
// Pure integer rules shared by the verifiers and the importers. No MLIR types.
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_IR_LAYERSHAPES_H
#define DATAFLOW_IR_LAYERSHAPES_H

#include <cstdint>
#include <optional>

namespace dataflow {

/// Output extent of a convolution or pooling window along one dimension
/// (floor((in + pad - dilation*(k-1) - 1) / stride) + 1, as ONNX/PyTorch), or nullopt
/// when the dilated window does not fit in the padded input.
std::optional<int64_t> convOutputSize(int64_t in, int64_t kernel, int64_t stride,
                                      int64_t padBegin, int64_t padEnd, int64_t dilation);

/// Output extent of a transposed convolution along one dimension:
/// (in-1)*stride - padBegin - padEnd + dilation*(k-1) + outputPadding + 1.
int64_t deconvOutputSize(int64_t in, int64_t kernel, int64_t stride, int64_t padBegin,
                         int64_t padEnd, int64_t outputPadding, int64_t dilation);

/// Name of spatial dimension `i` of `rank` spatial dimensions: D, H, W (or H, W).
const char *spatialDimName(unsigned i, unsigned rank);

} // namespace dataflow

#endif // DATAFLOW_IR_LAYERSHAPES_H
