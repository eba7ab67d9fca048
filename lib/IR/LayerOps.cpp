//===- LayerOps.cpp - verifiers of the layer ops --------------------------===//
//
// Every message names the offending field, dimension and values, and is emitted on the
// layer op itself so it carries the layer's location.
//
//===----------------------------------------------------------------------===//

#include "Dataflow/IR/DataflowOps.h"
#include "Dataflow/IR/LayerShapes.h"
#include "Dataflow/IR/Limits.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/OpImplementation.h"
#include "llvm/Support/MathExtras.h"

using namespace mlir;
using namespace dataflow;

#define GET_OP_CLASSES
#include "Dataflow/IR/DataflowOps.cpp.inc"

//===----------------------------------------------------------------------===//
// Shared checks
//===----------------------------------------------------------------------===//

/// A static, positive-sized tensor of integers or floats with a rank in [minRank, maxRank].
static LogicalResult verifyTensor(Operation *op, Type type, StringRef what, int64_t minRank,
                                  int64_t maxRank, StringRef layout) {
  auto tensor = cast<RankedTensorType>(type);
  if (tensor.getRank() < minRank || tensor.getRank() > maxRank)
    return op->emitOpError() << what << " must be " << layout << ", got rank "
                             << tensor.getRank();
  for (auto [i, d] : llvm::enumerate(tensor.getShape())) {
    if (ShapedType::isDynamic(d))
      return op->emitOpError() << what << " dimension " << i
                               << " is dynamic; layer shapes must be static";
    if (d <= 0)
      return op->emitOpError() << what << " dimension " << i << " is " << d
                               << "; every size must be positive";
    if (d > limits::kMaxLayerSize)
      return op->emitOpError() << what << " dimension " << i << " is " << d
                               << ", more than the maximum of " << limits::kMaxLayerSize;
  }
  if (!tensor.getElementType().isIntOrFloat())
    return op->emitOpError() << what << " element type " << tensor.getElementType()
                             << " is not an integer or float data word";
  return success();
}

static LogicalResult verifySameElementType(Operation *op, Type a, Type b, StringRef what) {
  Type ea = cast<RankedTensorType>(a).getElementType();
  Type eb = cast<RankedTensorType>(b).getElementType();
  if (ea != eb)
    return op->emitOpError() << what << " element type " << eb
                             << " differs from the input's " << ea;
  return success();
}

/// `values` holds one entry per spatial dimension (or two, for padding), each positive
/// (or non-negative when `allowZero`).
static LogicalResult verifyPerDim(Operation *op, ArrayRef<int64_t> values, StringRef field,
                                  unsigned spatialRank, unsigned perDim, bool allowZero) {
  if (values.size() != spatialRank * perDim)
    return op->emitOpError() << field << " has " << values.size() << " entries, expected "
                             << spatialRank * perDim
                             << (perDim == 2 ? " (all begins, then all ends)"
                                             : " (one per spatial dimension)");
  for (auto [i, v] : llvm::enumerate(values)) {
    const char *dim = spatialDimName(i % spatialRank, spatialRank);
    StringRef side = perDim == 2 ? (i < spatialRank ? " begin" : " end") : "";
    if (v > limits::kMaxLayerSize)
      return op->emitOpError() << field << " " << v << " on dimension " << dim << side
                               << " is more than the maximum of " << limits::kMaxLayerSize;
    if (v > 0 || (allowZero && v == 0))
      continue;
    return op->emitOpError() << field << " " << v << " on dimension " << dim << side
                             << " must be " << (allowZero ? "non-negative" : "positive");
  }
  return success();
}

static LogicalResult verifyBatch(Operation *op, RankedTensorType in, RankedTensorType out) {
  if (in.getDimSize(0) != out.getDimSize(0))
    return op->emitOpError() << "output batch " << out.getDimSize(0)
                             << " differs from input batch " << in.getDimSize(0);
  return success();
}

/// Checks kernel/stride/pad/dilation and the channel grouping shared by conv and deconv,
/// and the output-size rule given by `rule` per spatial dimension.
template <typename Rule>
static LogicalResult verifyWindowedLayer(Operation *op, Value input, Value output,
                                         ArrayRef<int64_t> kernel, ArrayRef<int64_t> stride,
                                         ArrayRef<int64_t> pad, ArrayRef<int64_t> dilation,
                                         std::optional<int64_t> groups,
                                         StringRef kernelName, Rule rule) {
  StringRef layout = "N x C x [D x] H x W (rank 4 or 5)";
  if (failed(verifyTensor(op, input.getType(), "input", 4, 5, layout)) ||
      failed(verifyTensor(op, output.getType(), "output", 4, 5, layout)) ||
      failed(verifySameElementType(op, input.getType(), output.getType(), "output")))
    return failure();
  auto in = cast<RankedTensorType>(input.getType());
  auto out = cast<RankedTensorType>(output.getType());
  if (in.getRank() != out.getRank())
    return op->emitOpError() << "output rank " << out.getRank() << " differs from input rank "
                             << in.getRank();
  unsigned spatial = in.getRank() - 2;
  if (failed(verifyPerDim(op, kernel, kernelName, spatial, 1, false)) ||
      failed(verifyPerDim(op, stride, "stride", spatial, 1, false)) ||
      failed(verifyPerDim(op, dilation, "dilation", spatial, 1, false)) ||
      failed(verifyPerDim(op, pad, "pad", spatial, 2, true)) ||
      failed(verifyBatch(op, in, out)))
    return failure();
  if (groups) {
    int64_t g = *groups, c = in.getDimSize(1), m = out.getDimSize(1);
    if (g <= 0)
      return op->emitOpError() << "groups " << g << " must be positive";
    if (c % g != 0)
      return op->emitOpError() << "input channels " << c << " do not divide into " << g
                               << " groups";
    if (m % g != 0)
      return op->emitOpError() << "output channels " << m << " do not divide into " << g
                               << " groups";
  }
  for (unsigned i = 0; i < spatial; ++i)
    if (failed(rule(i, spatialDimName(i, spatial), in.getDimSize(i + 2),
                    out.getDimSize(i + 2))))
      return failure();
  return success();
}

//===----------------------------------------------------------------------===//
// Ops
//===----------------------------------------------------------------------===//

/// The window rule of conv and pool: the output must equal the ONNX/PyTorch formula.
static LogicalResult verifyWindowRule(Operation *op, StringRef kernelName, unsigned i,
                                      const char *dim, int64_t inSize, int64_t outSize,
                                      ArrayRef<int64_t> kernel, ArrayRef<int64_t> stride,
                                      ArrayRef<int64_t> pad, int64_t dil) {
  unsigned n = kernel.size();
  int64_t padB = pad[i], padE = pad[i + n];
  std::optional<int64_t> expect =
      convOutputSize(inSize, kernel[i], stride[i], padB, padE, dil);
  if (!expect)
    return op->emitOpError() << kernelName << " " << kernel[i] << " (dilation " << dil
                             << ") on dimension " << dim << " is larger than the padded input "
                             << inSize + padB + padE;
  if (*expect != outSize)
    return op->emitOpError() << "output " << dim << " is " << outSize << ", but input "
                             << inSize << " with " << kernelName << " " << kernel[i]
                             << ", stride " << stride[i] << ", dilation " << dil
                             << " and padding " << padB << "+" << padE << " gives "
                             << *expect;
  return success();
}

LogicalResult ConvOp::verify() {
  ArrayRef<int64_t> kernel = getKernel(), stride = getStride(), pad = getPad(),
                    dilation = getDilation();
  return verifyWindowedLayer(
      *this, getInput(), getOutput(), kernel, stride, pad, dilation, getGroups(), "kernel",
      [&](unsigned i, const char *dim, int64_t inSize, int64_t outSize) {
        return verifyWindowRule(*this, "kernel", i, dim, inSize, outSize, kernel, stride,
                                pad, dilation[i]);
      });
}

LogicalResult PoolOp::verify() {
  ArrayRef<int64_t> window = getWindow(), stride = getStride(), pad = getPad();
  SmallVector<int64_t> ones(window.size(), 1);
  if (failed(verifyWindowedLayer(
          *this, getInput(), getOutput(), window, stride, pad, ones, std::nullopt, "window",
          [&](unsigned i, const char *dim, int64_t inSize, int64_t outSize) {
            return verifyWindowRule(*this, "window", i, dim, inSize, outSize, window,
                                    stride, pad, 1);
          })))
    return failure();
  int64_t c = getInput().getType().getDimSize(1), m = getOutput().getType().getDimSize(1);
  if (c != m)
    return emitOpError() << "output channels " << m << " differ from input channels " << c
                         << "; pooling keeps channels";
  return success();
}

LogicalResult DeconvOp::verify() {
  ArrayRef<int64_t> kernel = getKernel(), stride = getStride(), pad = getPad(),
                    dilation = getDilation(), outPad = getOutputPadding();
  unsigned n = kernel.size();
  return verifyWindowedLayer(
      *this, getInput(), getOutput(), kernel, stride, pad, dilation, getGroups(), "kernel",
      [&](unsigned i, const char *dim, int64_t inSize, int64_t outSize) -> LogicalResult {
        if (outPad.size() != n)
          return emitOpError() << "output_padding has " << outPad.size()
                               << " entries, expected " << n
                               << " (one per spatial dimension)";
        if (outPad[i] < 0 || (outPad[i] >= stride[i] && outPad[i] >= dilation[i]))
          return emitOpError() << "output_padding " << outPad[i] << " on dimension " << dim
                               << " must be non-negative and smaller than the stride ("
                               << stride[i] << ") or the dilation (" << dilation[i] << ")";
        int64_t expect = deconvOutputSize(inSize, kernel[i], stride[i], pad[i], pad[i + n],
                                          outPad[i], dilation[i]);
        if (expect != outSize)
          return emitOpError() << "output " << dim << " is " << outSize << ", but input "
                               << inSize << " with kernel " << kernel[i] << ", stride "
                               << stride[i] << ", dilation " << dilation[i] << ", padding "
                               << pad[i] << "+" << pad[i + n] << " and output_padding "
                               << outPad[i] << " gives " << expect;
        return success();
      });
}

LogicalResult FCOp::verify() {
  if (failed(verifyTensor(*this, getInput().getType(), "input",
                          2, 4, "N x C or N x C x H x W (rank 2 or 4)")) ||
      failed(verifyTensor(*this, getOutput().getType(), "output", 2, 2, "N x M (rank 2)")) ||
      failed(verifySameElementType(*this, getInput().getType(), getOutput().getType(),
                                   "output")))
    return failure();
  if (getInput().getType().getRank() == 3)
    return emitOpError() << "input must be N x C or N x C x H x W (rank 2 or 4), got rank 3";
  return verifyBatch(*this, getInput().getType(), getOutput().getType());
}

LogicalResult MatmulOp::verify() {
  StringRef layout = "M x K or B x M x K (rank 2 or 3)";
  if (failed(verifyTensor(*this, getLhs().getType(), "lhs", 2, 3, layout)) ||
      failed(verifyTensor(*this, getRhs().getType(), "rhs", 2, 3, "K x N or B x K x N")) ||
      failed(verifyTensor(*this, getOutput().getType(), "output", 2, 3,
                          "M x N or B x M x N")) ||
      failed(verifySameElementType(*this, getLhs().getType(), getRhs().getType(), "rhs")) ||
      failed(verifySameElementType(*this, getLhs().getType(), getOutput().getType(),
                                   "output")))
    return failure();
  RankedTensorType lhs = getLhs().getType(), rhs = getRhs().getType(),
                   out = getOutput().getType();
  if (lhs.getRank() != rhs.getRank() || lhs.getRank() != out.getRank())
    return emitOpError() << "operand and result ranks must agree, got " << lhs.getRank()
                         << ", " << rhs.getRank() << " -> " << out.getRank();
  int64_t b = lhs.getRank() - 2;
  if (b == 1 && (rhs.getDimSize(0) != lhs.getDimSize(0) ||
                 out.getDimSize(0) != lhs.getDimSize(0)))
    return emitOpError() << "batch sizes differ: lhs " << lhs.getDimSize(0) << ", rhs "
                         << rhs.getDimSize(0) << ", output " << out.getDimSize(0);
  if (lhs.getDimSize(b + 1) != rhs.getDimSize(b))
    return emitOpError() << "contraction sizes differ: lhs has K = " << lhs.getDimSize(b + 1)
                         << ", rhs has K = " << rhs.getDimSize(b);
  if (out.getDimSize(b) != lhs.getDimSize(b) || out.getDimSize(b + 1) != rhs.getDimSize(b + 1))
    return emitOpError() << "output is " << out.getDimSize(b) << " x "
                         << out.getDimSize(b + 1) << ", expected " << lhs.getDimSize(b)
                         << " x " << rhs.getDimSize(b + 1);
  return success();
}

LogicalResult EltwiseOp::verify() {
  // One input is nn_dataflow's EltwiseLayer with nreg = 1 (e.g. an activation stage).
  if (getInputs().empty())
    return emitOpError() << "needs at least one input";
  if (failed(verifyTensor(*this, getOutput().getType(), "output", 2, 5,
                          "N x C [x spatial...] (rank 2 to 5)")))
    return failure();
  RankedTensorType out = getOutput().getType();
  bool full = false;
  for (auto [i, input] : llvm::enumerate(getInputs())) {
    if (input.getType() == out) {
      full = true;
      continue;
    }
    if (!isPerChannel(cast<RankedTensorType>(input.getType()), out))
      return emitOpError() << "input #" << i << " has type " << input.getType()
                           << ", but the output has type " << out
                           << "; an element-wise input matches the output, or is one value "
                              "per sample and channel (N x C x 1 x .. x 1, a "
                              "squeeze-excitation scale) broadcast over the rest";
  }
  if (!full)
    return emitOpError() << "needs an input of the output's type " << out
                         << " (the others may be broadcast per channel)";
  return success();
}

bool EltwiseOp::isPerChannel(RankedTensorType input, RankedTensorType output) {
  if (input.getRank() != output.getRank() || input.getRank() < 3 ||
      input.getElementType() != output.getElementType() ||
      input.getDimSize(0) != output.getDimSize(0) || input.getDimSize(1) != output.getDimSize(1))
    return false;
  return llvm::all_of(input.getShape().drop_front(2), [](int64_t d) { return d == 1; });
}

LogicalResult ConcatOp::verify() {
  if (getInputs().size() < 2)
    return emitOpError() << "needs at least two inputs, got " << getInputs().size();
  StringRef layout = "N x C [x spatial...] (rank 2 to 5)";
  RankedTensorType out = getOutput().getType();
  if (failed(verifyTensor(*this, out, "output", 2, 5, layout)))
    return failure();
  int64_t channels = 0;
  for (auto [i, input] : llvm::enumerate(getInputs())) {
    auto type = cast<RankedTensorType>(input.getType());
    std::string what = ("input #" + Twine(i)).str();
    if (failed(verifyTensor(*this, type, what, 2, 5, layout)) ||
        failed(verifySameElementType(*this, out, type, what)))
      return failure();
    if (type.getRank() != out.getRank())
      return emitOpError() << what << " has rank " << type.getRank()
                           << ", but the output has rank " << out.getRank();
    for (int64_t d = 0; d < out.getRank(); ++d)
      if (d != 1 && type.getDimSize(d) != out.getDimSize(d))
        return emitOpError() << what << " dimension " << d << " is " << type.getDimSize(d)
                             << ", but the output's is " << out.getDimSize(d)
                             << "; only channels (dimension 1) may differ";
    channels += type.getDimSize(1);
  }
  if (channels != out.getDimSize(1))
    return emitOpError() << "output has " << out.getDimSize(1)
                         << " channels, but the inputs add up to " << channels;
  return success();
}

//===----------------------------------------------------------------------===//
// Transformer layer kinds (issue #18)
//===----------------------------------------------------------------------===//

/// Activation, norm and softmax keep their input's type (rank 2 to 5).
static LogicalResult verifyShapePreserving(Operation *op, Value input, Value output) {
  StringRef layout = "N x C [x spatial...] or tokens x features (rank 2 to 5)";
  if (failed(verifyTensor(op, input.getType(), "input", 2, 5, layout)))
    return failure();
  if (input.getType() != output.getType())
    return op->emitOpError() << "output type " << output.getType()
                             << " differs from the input type " << input.getType()
                             << "; this layer keeps its input's shape";
  return success();
}

LogicalResult ActivationOp::verify() {
  return verifyShapePreserving(*this, getInput(), getOutput());
}

LogicalResult NormOp::verify() { return verifyShapePreserving(*this, getInput(), getOutput()); }

LogicalResult SoftmaxOp::verify() {
  return verifyShapePreserving(*this, getInput(), getOutput());
}

LogicalResult AttentionOp::verify() {
  StringRef layout = "tokens x features (rank 2)";
  if (failed(verifyTensor(*this, getQ().getType(), "q", 2, 2, layout)) ||
      failed(verifyTensor(*this, getK().getType(), "k", 2, 2, layout)) ||
      failed(verifyTensor(*this, getV().getType(), "v", 2, 2, layout)) ||
      failed(verifySameElementType(*this, getQ().getType(), getK().getType(), "k")) ||
      failed(verifySameElementType(*this, getQ().getType(), getV().getType(), "v")))
    return failure();
  RankedTensorType q = getQ().getType(), k = getK().getType(), v = getV().getType();
  int64_t features = q.getDimSize(1), heads = getHeads();
  if (k.getDimSize(1) != features || v.getDimSize(1) != features)
    return emitOpError() << "q, k and v must have the same features, got " << features
                         << ", " << k.getDimSize(1) << " and " << v.getDimSize(1);
  if (k.getDimSize(0) != v.getDimSize(0))
    return emitOpError() << "k has " << k.getDimSize(0) << " keys but v has "
                         << v.getDimSize(0) << " values";
  if (heads <= 0 || features % heads != 0)
    return emitOpError() << "heads " << heads << " must be positive and divide the "
                         << features << " features";
  if (getCausal() && q.getDimSize(0) > k.getDimSize(0))
    return emitOpError() << "causal attention has " << q.getDimSize(0)
                         << " queries but only " << k.getDimSize(0)
                         << " keys; each query must see its own position";
  if (getOutput().getType() != q)
    return emitOpError() << "output type " << getOutput().getType()
                         << " differs from the queries' type " << q;
  return success();
}

LogicalResult ViewOp::verify() {
  RankedTensorType in = getInput().getType(), out = getOutput().getType();
  if (failed(verifyTensor(*this, in, "input", 1, 5, "rank 1 to 5")) ||
      failed(verifyTensor(*this, out, "output", 1, 5, "rank 1 to 5")) ||
      failed(verifySameElementType(*this, in, out, "output")))
    return failure();
  if (in.getNumElements() != out.getNumElements())
    return emitOpError() << "output has " << out.getNumElements()
                         << " elements, but the input has " << in.getNumElements()
                         << "; a view keeps every element";
  return success();
}

LogicalResult SliceOp::verify() {
  RankedTensorType in = getInput().getType(), out = getOutput().getType();
  if (failed(verifyTensor(*this, in, "input", 1, 5, "rank 1 to 5")) ||
      failed(verifyTensor(*this, out, "output", 1, 5, "rank 1 to 5")) ||
      failed(verifySameElementType(*this, in, out, "output")))
    return failure();
  if (in.getRank() != out.getRank())
    return emitOpError() << "output has rank " << out.getRank() << ", but the input has rank "
                         << in.getRank() << "; a slice keeps the rank";
  int64_t axis = getAxis(), offset = getOffset();
  if (axis < 0 || axis >= in.getRank())
    return emitOpError() << "axis " << axis << " is outside the input's dimensions 0 to "
                         << in.getRank() - 1;
  for (int64_t d = 0; d < in.getRank(); ++d)
    if (d != axis && in.getDimSize(d) != out.getDimSize(d))
      return emitOpError() << "output dimension " << d << " is " << out.getDimSize(d)
                           << ", but the input's is " << in.getDimSize(d)
                           << "; a slice cuts only dimension " << axis;
  int64_t size = out.getDimSize(axis), extent = in.getDimSize(axis);
  if (offset < 0 || offset > extent - size)
    return emitOpError() << "offset " << offset << " with size " << size
                         << " is outside the input's dimension " << axis << " of " << extent
                         << " (the offset must be 0 to " << extent - size << ")";
  return success();
}

//===----------------------------------------------------------------------===//
// LayerOpInterface: multiply-accumulates (the work every cost model prices)
//===----------------------------------------------------------------------===//

/// The product of `factors`, or nullopt when it does not fit in 64 bits.
static std::optional<int64_t> checkedProduct(ArrayRef<int64_t> factors) {
  int64_t product = 1;
  for (int64_t f : factors)
    if (llvm::MulOverflow(product, f, product))
      return std::nullopt;
  return product;
}

/// Output elements times the MACs each one takes.
static std::optional<int64_t> macsPerOutput(Value output, ArrayRef<int64_t> perOutput) {
  SmallVector<int64_t> factors(cast<RankedTensorType>(output.getType()).getShape());
  factors.append(perOutput.begin(), perOutput.end());
  return checkedProduct(factors);
}

// Each output element takes C/groups x kernel MACs.
std::optional<int64_t> ConvOp::getMacCount() {
  SmallVector<int64_t> perOutput(getKernel());
  perOutput.push_back(getInput().getType().getDimSize(1) / getGroups());
  return macsPerOutput(getOutput(), perOutput);
}

// Each input element is scattered into M/groups x kernel outputs.
std::optional<int64_t> DeconvOp::getMacCount() {
  SmallVector<int64_t> perInput(getKernel());
  perInput.push_back(getOutput().getType().getDimSize(1) / getGroups());
  return macsPerOutput(getInput(), perInput);
}

// Each of the N x M outputs reads every input element of its sample.
std::optional<int64_t> FCOp::getMacCount() {
  ArrayRef<int64_t> in = getInput().getType().getShape();
  return macsPerOutput(getOutput(), in.drop_front());
}

// [B x] M x K times [B x] K x N: each of the [B x] M x N outputs takes K MACs.
std::optional<int64_t> MatmulOp::getMacCount() {
  ArrayRef<int64_t> lhs = getLhs().getType().getShape();
  return macsPerOutput(getOutput(), {lhs.back()});
}

std::optional<int64_t> PoolOp::getMacCount() { return 0; }
std::optional<int64_t> EltwiseOp::getMacCount() { return 0; }
std::optional<int64_t> ConcatOp::getMacCount() { return 0; }
std::optional<int64_t> ActivationOp::getMacCount() { return 0; }
std::optional<int64_t> NormOp::getMacCount() { return 0; }
std::optional<int64_t> SoftmaxOp::getMacCount() { return 0; }

// QK^T and AV: each of the Lq x Lk scores of each head takes D/heads MACs, and so does
// each score's contribution to the output: 2 x Lq x Lk x D over all heads.
std::optional<int64_t> AttentionOp::getMacCount() {
  return checkedProduct({2, getQ().getType().getDimSize(0), getK().getType().getDimSize(0),
                         getQ().getType().getDimSize(1)});
}
bool ConcatOp::isComputeLayer() { return false; }
std::optional<int64_t> ViewOp::getMacCount() { return 0; }
bool ViewOp::isComputeLayer() { return false; }
std::optional<int64_t> SliceOp::getMacCount() { return 0; }
bool SliceOp::isComputeLayer() { return false; }
