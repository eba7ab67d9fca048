//===- TosaToDataflow.cpp - convert-tosa-to-dataflow ----------------------===//
//
// TOSA (IREE's and TFLite's importers: NHWC activations, OHWI weights, padding in
// attributes) to dataflow layer ops. Each rank-4 layer sits between tosa.transposes to
// and from NCHW; the clean-up moves transposes below element-wise ops and removes the
// pairs that meet, so a converted chain is NCHW inside. Op table in
// include/Dataflow/Conversion/Passes.td.
//
//===----------------------------------------------------------------------===//

#include "ConversionSupport.h"
#include "Dataflow/Conversion/Passes.h"

#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "llvm/Support/MathExtras.h"

namespace dataflow {
#define GEN_PASS_DEF_CONVERTTOSATODATAFLOWPASS
#include "Dataflow/Conversion/Passes.h.inc"
} // namespace dataflow

using namespace mlir;
using namespace dataflow;
using namespace dataflow::conversion;

namespace {

Value tosaTranspose(OpBuilder &b, Location loc, Value value, ArrayRef<int64_t> perm) {
  auto type = permuteType(cast<RankedTensorType>(value.getType()), perm);
  SmallVector<int32_t> perms(perm.begin(), perm.end());
  return tosa::TransposeOp::create(b, loc, type, value, perms);
}

RankedTensorType staticType(Value value) {
  auto type = dyn_cast<RankedTensorType>(value.getType());
  return type && type.hasStaticShape() ? type : RankedTensorType();
}

LogicalResult warn(Operation *op, StringRef why) {
  notConverted(op) << why;
  return failure();
}

/// TOSA pads are [top, bottom, left, right]; ours are [top, left, bottom, right].
SmallVector<int64_t> beginsThenEnds(ArrayRef<int64_t> pad) {
  return {pad[0], pad[2], pad[1], pad[3]};
}

class TosaImporter {
public:
  explicit TosaImporter(func::FuncOp func) : func(func) {}
  void run();

private:
  std::optional<LogicalResult> convert(Operation *op);
  template <typename ConvT> LogicalResult convertConv(ConvT op, bool depthwise);
  LogicalResult convertTransposeConv(tosa::TransposeConv2DOp op);
  template <typename PoolT> LogicalResult convertPool(PoolT op, PoolKind kind);
  LogicalResult convertMatmul(tosa::MatMulOp op);
  LogicalResult convertAddMul(Operation *op, EltwiseKind kind, Value lhs, Value rhs);

  /// Builds `layer` (NCHW) from an NHWC op: transposes the input in, the result out.
  template <typename BuildFn> LogicalResult convertNHWC(Operation *op, Value input, BuildFn build);

  func::FuncOp func;
  ParameterAnalysis params;
  llvm::SetVector<Operation *> maybeDead;
  const TransposeBuilder transpose = tosaTranspose;
};

/// The multiply-accumulates of a TOSA op with static shapes (0 otherwise, and for ops
/// without them), as the layer ops' getMacCount: each output of a convolution takes
/// kernel x input-channel MACs (depthwise: kernel), each input of a transposed convolution
/// is scattered into kernel x output-channel outputs, each matmul output takes K.
int64_t tosaMacs(Operation *op) {
  auto shape = [](Value v) -> ArrayRef<int64_t> {
    RankedTensorType t = staticType(v);
    return t ? t.getShape() : ArrayRef<int64_t>();
  };
  auto product = [](ArrayRef<int64_t> dims, int64_t macs) {
    for (int64_t d : dims)
      if (llvm::MulOverflow(macs, d, macs))
        return int64_t(0);
    return macs;
  };
  Value out = op->getNumResults() == 1 ? op->getResult(0) : Value();
  if (!out || shape(out).empty())
    return 0;
  if (isa<tosa::Conv2DOp, tosa::Conv3DOp>(op)) {
    ArrayRef<int64_t> w = shape(op->getOperand(1));
    return w.empty() ? 0 : product(shape(out), product(w.drop_front(), 1));
  }
  if (isa<tosa::DepthwiseConv2DOp>(op)) {
    ArrayRef<int64_t> w = shape(op->getOperand(1));
    return w.size() != 4 ? 0 : product(shape(out), w[0] * w[1]);
  }
  if (isa<tosa::TransposeConv2DOp>(op)) {
    ArrayRef<int64_t> in = shape(op->getOperand(0)), w = shape(op->getOperand(1));
    return in.empty() || w.size() != 4 ? 0 : product(in, w[0] * w[1] * w[2]);
  }
  if (isa<tosa::MatMulOp>(op)) {
    ArrayRef<int64_t> a = shape(op->getOperand(0));
    return a.empty() ? 0 : product(shape(out), a.back());
  }
  return 0;
}

void TosaImporter::run() {
  SmallVector<Operation *> ops;
  func.walk<WalkOrder::PreOrder>([&](Operation *op) {
    if (!isa<tosa::TosaDialect>(op->getDialect()))
      return WalkResult::advance();
    ops.push_back(op);
    // Regions of tosa.cond_if / while_loop are control flow we do not import.
    return WalkResult::skip();
  });
  CoverageCount coverage(func.getContext(), ops);
  for (Operation *op : ops) {
    CoverageCount::LeftOut entry = coverage.describe(op, tosaMacs(op));
    std::optional<LogicalResult> done = convert(op); // may erase op
    coverage.add(std::move(entry), /*converted=*/!done || succeeded(*done));
  }
  cleanUpTransposes(func, /*sinkElementwise=*/true, transpose, maybeDead);
  eraseDeadProducers(maybeDead);
  recordCoverage(func, coverage);
}

std::optional<LogicalResult> TosaImporter::convert(Operation *op) {
  if (auto c = dyn_cast<tosa::Conv2DOp>(op))
    return convertConv(c, /*depthwise=*/false);
  if (auto c = dyn_cast<tosa::DepthwiseConv2DOp>(op))
    return convertConv(c, /*depthwise=*/true);
  if (auto c = dyn_cast<tosa::TransposeConv2DOp>(op))
    return convertTransposeConv(c);
  if (auto p = dyn_cast<tosa::MaxPool2dOp>(op))
    return convertPool(p, PoolKind::max);
  if (auto p = dyn_cast<tosa::AvgPool2dOp>(op))
    return convertPool(p, PoolKind::avg);
  if (auto m = dyn_cast<tosa::MatMulOp>(op))
    return convertMatmul(m);
  if (auto a = dyn_cast<tosa::AddOp>(op))
    return convertAddMul(op, EltwiseKind::add, a.getInput1(), a.getInput2());
  if (auto m = dyn_cast<tosa::MulOp>(op))
    return convertAddMul(op, EltwiseKind::mul, m.getInput1(), m.getInput2());
  // Work a layer would do but no dataflow op expresses. Everything else (constants,
  // reshapes, transposes, slices, pads, concats, casts, rescales, activations and other
  // element-wise ops) has no layer meaning and passes through.
  if (isa<tosa::Conv3DOp, tosa::FFT2dOp, tosa::RFFT2dOp, tosa::MatmulTBlockScaledOp, tosa::ArgMaxOp,
          tosa::ReduceAllOp, tosa::ReduceAnyOp, tosa::ReduceMaxOp, tosa::ReduceMinOp,
          tosa::ReduceProductOp, tosa::ReduceSumOp, tosa::GatherOp, tosa::ScatterOp, tosa::ResizeOp,
          tosa::CustomOp, tosa::IfOp, tosa::WhileOp>(op))
    return warn(op, "it has no dataflow layer");
  return std::nullopt;
}

template <typename BuildFn>
LogicalResult TosaImporter::convertNHWC(Operation *op, Value input, BuildFn build) {
  RankedTensorType outType = staticType(op->getResult(0));
  if (!staticType(input) || !outType)
    return warn(op, "dynamic shapes; dataflow layers need static shapes");
  LayerRewrite rewrite(op);
  Value in = rewrite.toNCHW(input, transpose);
  Operation *layer = build(rewrite, in, permuteType(outType, kToNCHW));
  return rewrite.commit(layer, rewrite.toNHWC(layer->getResult(0), transpose), maybeDead);
}

/// conv2d: weight O x KH x KW x I. depthwise_conv2d: weight KH x KW x C x multiplier,
/// C*multiplier outputs, one group per input channel.
template <typename ConvT> LogicalResult TosaImporter::convertConv(ConvT op, bool depthwise) {
  RankedTensorType inType = staticType(op.getInput()), weightType = staticType(op.getWeight()),
                   outType = staticType(op->getResult(0));
  if (!inType || !weightType || !outType)
    return warn(op, "dynamic shapes; dataflow layers need static shapes");
  int64_t inC = inType.getDimSize(3), outC = outType.getDimSize(3);
  ArrayRef<int64_t> w = weightType.getShape();
  int64_t weightIn = depthwise ? w[2] : w[3];
  int64_t weightOut = depthwise ? w[2] * w[3] : w[0];
  if (weightIn != inC)
    return notConverted(op) << "the weights have " << weightIn
                            << " input channels, but the input has " << inC;
  if (weightOut != outC)
    return notConverted(op) << "the weights make " << weightOut
                            << " output channels, but the output has " << outC;
  SmallVector<int64_t> kernel =
      depthwise ? SmallVector<int64_t>{w[0], w[1]} : SmallVector<int64_t>{w[1], w[2]};
  SmallVector<int64_t> pad = beginsThenEnds(op.getPad());
  int64_t groups = depthwise ? inC : 1;
  return convertNHWC(op, op.getInput(), [&](LayerRewrite &r, Value in, Type type) {
    return ConvOp::create(r.builder(), r.loc(), type, in, kernel, op.getStride(), pad,
                          op.getDilation(), groups, StringAttr())
        .getOperation();
  });
}

/// transpose_conv2d: out = (in-1)*stride + out_pad_begin + out_pad_end + KH. A
/// non-positive out_pad is padding taken off; a positive trailing one is output_padding.
LogicalResult TosaImporter::convertTransposeConv(tosa::TransposeConv2DOp op) {
  RankedTensorType inType = staticType(op.getInput()), weightType = staticType(op.getWeight()),
                   outType = staticType(op->getResult(0));
  if (!inType || !weightType || !outType)
    return warn(op, "dynamic shapes; dataflow layers need static shapes");
  ArrayRef<int64_t> w = weightType.getShape(); // O x KH x KW x I
  if (w[3] != inType.getDimSize(3) || w[0] != outType.getDimSize(3))
    return notConverted(op) << "the weights are " << w[0] << " x " << w[1] << " x " << w[2] << " x "
                            << w[3] << " (O x KH x KW x I), but the layer reads "
                            << inType.getDimSize(3) << " and writes " << outType.getDimSize(3)
                            << " channels";
  ArrayRef<int64_t> outPad = op.getOutPad(); // top, bottom, left, right
  SmallVector<int64_t> begins, ends, outputPadding;
  for (unsigned d = 0; d < 2; ++d) {
    int64_t begin = outPad[2 * d], end = outPad[2 * d + 1];
    if (begin > 0)
      return notConverted(op) << "out_pad adds " << begin << " leading output rows on "
                              << (d == 0 ? "H" : "W") << "; dataflow.deconv only pads at the end";
    begins.push_back(-begin);
    ends.push_back(end > 0 ? 0 : -end);
    outputPadding.push_back(end > 0 ? end : 0);
  }
  SmallVector<int64_t> pad(begins);
  pad.append(ends);
  SmallVector<int64_t> kernel{w[1], w[2]};
  return convertNHWC(op, op.getInput(), [&](LayerRewrite &r, Value in, Type type) {
    return DeconvOp::create(r.builder(), r.loc(), type, in, kernel, op.getStride(), pad,
                            outputPadding, ArrayRef<int64_t>{1, 1}, /*groups=*/1, StringAttr())
        .getOperation();
  });
}

template <typename PoolT> LogicalResult TosaImporter::convertPool(PoolT op, PoolKind kind) {
  SmallVector<int64_t> pad = beginsThenEnds(op.getPad());
  return convertNHWC(op, op.getInput(), [&](LayerRewrite &r, Value in, Type type) {
    return PoolOp::create(r.builder(), r.loc(), type, kind, in, op.getKernel(), op.getStride(), pad,
                          StringAttr())
        .getOperation();
  });
}

/// a: B x M x K, b: B x K x N. A constant b with B = 1 is a weight matrix (fc on the
/// M x K rows); anything else is a product of activations.
LogicalResult TosaImporter::convertMatmul(tosa::MatMulOp op) {
  RankedTensorType aType = staticType(op.getA()), bType = staticType(op.getB()),
                   outType = staticType(op->getResult(0));
  if (!aType || !bType || !outType)
    return warn(op, "dynamic shapes; dataflow layers need static shapes");
  LayerRewrite rewrite(op);
  OpBuilder &b = rewrite.builder();
  if (aType.getDimSize(0) == 1 && bType.getDimSize(0) == 1 && params.isParameter(op.getB())) {
    SmallVector<ReassociationIndices> rows{{0, 1}, {2}};
    Value in = tensor::CollapseShapeOp::create(b, rewrite.loc(), op.getA(), rows);
    auto fcType = RankedTensorType::get({outType.getDimSize(1), outType.getDimSize(2)},
                                        outType.getElementType());
    auto layer = FCOp::create(b, rewrite.loc(), fcType, in, StringAttr());
    Value out = tensor::ExpandShapeOp::create(b, rewrite.loc(), outType, layer, rows);
    return rewrite.commit(layer, out, maybeDead);
  }
  auto layer = MatmulOp::create(b, rewrite.loc(), outType, op.getA(), op.getB(), StringAttr());
  return rewrite.commit(layer, layer, maybeDead);
}

/// True when `value` is known to be N x C x H x W although TOSA's convention is NHWC:
/// torch-mlir's TOSA transposes each layer's result back to NCHW itself (perm 0, 3, 1, 2)
/// and runs its element-wise ops (a batch norm's sub and mul, ReLU's clamp) on that. Looks
/// through element-wise ops to the operand of the result's shape that is not a constant.
bool knownNCHW(Value value, ParameterAnalysis &params) {
  for (int depth = 0; depth < 16; ++depth) {
    Operation *def = value.getDefiningOp();
    if (!def || def->getNumResults() != 1)
      return false;
    if (auto t = matchTranspose(def))
      return ArrayRef(t->second) == ArrayRef(kToNCHW);
    if (isa<LayerOpInterface>(def) || def->getNumRegions() != 0 ||
        !isa<tosa::TosaDialect>(def->getDialect()))
      return false;
    Value next;
    for (Value operand : def->getOperands())
      if (operand.getType() == value.getType() && !params.isParameter(operand))
        next = next ? Value() : operand; // exactly one data operand of the result's shape
    if (!next)
      return false;
    value = next;
  }
  return false;
}

/// TOSA broadcasts by size-1 dimensions of the same rank: an operand of another shape
/// than the result is a broadcast (bias, scale), and so is a constant of any shape. An
/// add/mul of constants only (a batch norm's var + eps) is folding, not a layer.
LogicalResult TosaImporter::convertAddMul(Operation *op, EltwiseKind kind, Value lhs, Value rhs) {
  auto resultType = dyn_cast<RankedTensorType>(op->getResult(0).getType());
  if (!resultType)
    return warn(op, "an unranked result; dataflow layers need static shapes");
  if (params.isParameter(lhs) && params.isParameter(rhs))
    return success();
  EltwiseRequest request{kind, {}, {}, resultType.getRank() == 4};
  for (Value operand : {lhs, rhs})
    (operand.getType() == resultType && !params.isParameter(operand) ? request.full
                                                                     : request.broadcast)
        .push_back(operand);
  // NHWC by TOSA's convention, unless the exporter already transposed the data to NCHW
  if (request.nhwc && llvm::any_of(request.full, [&](Value v) { return knownNCHW(v, params); }))
    request.nhwc = false;
  return convertEltwise(op, request, params, transpose, maybeDead);
}

struct ConvertTosaToDataflowPass
    : public dataflow::impl::ConvertTosaToDataflowPassBase<ConvertTosaToDataflowPass> {
  using Base::Base;
  void runOnOperation() override { TosaImporter(getOperation()).run(); }
};

} // namespace
