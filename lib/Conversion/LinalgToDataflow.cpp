//===- LinalgToDataflow.cpp - convert-linalg-to-dataflow ------------------===//
//
// linalg on tensors (torch-mlir's output: NCHW, tensor.pad + conv_2d_nchw_fchw,
// linalg.generic for bias and ReLU) to dataflow layer ops. The op-by-op table and the
// layout choice are in include/Dataflow/Conversion/Passes.td.
//
//===----------------------------------------------------------------------===//

#include "ConversionSupport.h"
#include "Dataflow/Conversion/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

namespace dataflow {
#define GEN_PASS_DEF_CONVERTLINALGTODATAFLOWPASS
#include "Dataflow/Conversion/Passes.h.inc"
} // namespace dataflow

using namespace mlir;
using namespace dataflow;
using namespace dataflow::conversion;

namespace {

Value linalgTranspose(OpBuilder &b, Location loc, Value value, ArrayRef<int64_t> perm) {
  auto type = permuteType(cast<RankedTensorType>(value.getType()), perm);
  Value init = tensor::EmptyOp::create(b, loc, type.getShape(), type.getElementType());
  return linalg::TransposeOp::create(b, loc, value, init, perm)->getResult(0);
}

/// A located warning that leaves `op` alone.
LogicalResult warn(Operation *op, StringRef why) {
  notConverted(op) << why;
  return failure();
}

/// True when `value` is computed by a dataflow layer op.
bool isLayer(Value value) {
  Operation *def = value.getDefiningOp();
  return def && isa<LayerOpInterface>(def);
}

SmallVector<int64_t> i64s(DenseIntElementsAttr attr) {
  return llvm::to_vector(attr.getValues<int64_t>());
}

RankedTensorType staticType(Value value) {
  auto type = dyn_cast<RankedTensorType>(value.getType());
  return type && type.hasStaticShape() ? type : RankedTensorType();
}

/// How a linalg 2-D convolution lays out its operands.
struct ConvLayout {
  bool nhwc;              // activations N x H x W x C (else N x C x H x W)
  unsigned kernelDims[2]; // filter dimensions holding KH, KW
  int filterIn;           // filter dimension holding input channels (-1: depthwise)
  int filterOut;          // filter dimension holding output channels (-1: none)
  bool depthwise;
};

constexpr ConvLayout kNchwFchw{false, {2, 3}, 1, 0, false};
constexpr ConvLayout kNhwcHwcf{true, {0, 1}, 2, 3, false};
constexpr ConvLayout kNhwcFhwc{true, {1, 2}, 3, 0, false};
constexpr ConvLayout kNchwChw{false, {1, 2}, 0, -1, true};
constexpr ConvLayout kNhwcHwc{true, {0, 1}, 2, -1, true};

class LinalgImporter {
public:
  explicit LinalgImporter(func::FuncOp func) : func(func) {}
  void run();

private:
  /// Converts `op` (success), warns and leaves it (failure), or returns nullopt for an op
  /// with no layer meaning that is passed through.
  std::optional<LogicalResult> convert(Operation *op);

  template <typename ConvT> LogicalResult convertConv(ConvT op, const ConvLayout &layout);
  template <typename PoolT> LogicalResult convertPool(PoolT op, PoolKind kind, bool nhwc);
  LogicalResult convertMatmul(linalg::MatmulOp op);
  LogicalResult convertBatchMatmul(linalg::BatchMatmulOp op);
  LogicalResult convertSoftmax(linalg::SoftmaxOp op);
  LogicalResult convertEltwiseMaps(Operation *op, EltwiseKind kind, ValueRange inputs,
                                   ArrayRef<AffineMap> inputMaps);
  std::optional<LogicalResult> convertGeneric(linalg::GenericOp op);

  func::FuncOp func;
  ParameterAnalysis params;
  llvm::SetVector<Operation *> maybeDead;
  const TransposeBuilder transpose = linalgTranspose;
};

/// The multiply-accumulates of a linalg op, counted before conversion: a contraction (a
/// reduction whose body multiplies and adds: convolutions, matmuls, their generic forms)
/// runs its body once per point of its static iteration space. Pools, other reductions and
/// element-wise ops count 0, as the layer ops' getMacCount.
int64_t contractionMacs(Operation *op) {
  auto linalgOp = dyn_cast<linalg::LinalgOp>(op);
  if (!linalgOp || linalgOp.getNumReductionLoops() == 0 || !linalgOp.getBlock())
    return 0;
  bool mul = false, add = false;
  for (Operation &inner : *linalgOp.getBlock()) {
    mul |= isa<arith::MulFOp, arith::MulIOp>(inner);
    add |= isa<arith::AddFOp, arith::AddIOp>(inner);
  }
  if (!mul || !add)
    return 0;
  int64_t macs = 1;
  for (int64_t range : linalgOp.getStaticLoopRanges())
    if (ShapedType::isDynamic(range) || llvm::MulOverflow(macs, range, macs))
      return 0;
  return macs;
}

/// torch-mlir guards shapes with `cf.assert`s (on static shapes, of a constant true);
/// they do no work an accelerator would, so they go, with one remark per function.
void dropRuntimeChecks(func::FuncOp func, llvm::SetVector<Operation *> &maybeDead) {
  SmallVector<cf::AssertOp> asserts;
  func.walk([&](cf::AssertOp op) { asserts.push_back(op); });
  if (asserts.empty())
    return;
  func.emitRemark() << "dropped " << asserts.size() << " run-time check"
                    << (asserts.size() == 1 ? "" : "s")
                    << " (cf.assert): they do no work on the accelerator";
  for (cf::AssertOp op : asserts) {
    if (Operation *def = op.getArg().getDefiningOp())
      maybeDead.insert(def);
    op->erase();
  }
}

void LinalgImporter::run() {
  dropRuntimeChecks(func, maybeDead);
  convertDecomposedNormalizations(func, maybeDead);
  SmallVector<Operation *> ops;
  func.walk<WalkOrder::PreOrder>([&](Operation *op) {
    if (!isa<linalg::LinalgDialect>(op->getDialect()))
      return WalkResult::advance();
    ops.push_back(op);
    return WalkResult::skip(); // a linalg body holds scalar arith, nothing to convert
  });
  CoverageCount coverage(func.getContext(), ops);
  for (Operation *op : ops) {
    CoverageCount::LeftOut entry = coverage.describe(op, contractionMacs(op));
    std::optional<LogicalResult> done = convert(op); // may erase op
    coverage.add(std::move(entry), /*converted=*/!done || succeeded(*done));
  }
  cleanUpTransposes(func, /*sinkElementwise=*/false, transpose, maybeDead);
  eraseDeadProducers(maybeDead);
  recordCoverage(func, coverage);
}

std::optional<LogicalResult> LinalgImporter::convert(Operation *op) {
  if (op->getNumResults() != 1 || !isa<RankedTensorType>(op->getResult(0).getType())) {
    auto linalgOp = dyn_cast<linalg::LinalgOp>(op);
    if (linalgOp && op->getNumResults() == 0 && linalgOp.getNumReductionLoops() != 0)
      return warn(op, "it works on buffers; only linalg on tensors is imported");
    return std::nullopt;
  }
  if (auto c = dyn_cast<linalg::Conv2DNchwFchwOp>(op))
    return convertConv(c, kNchwFchw);
  if (auto c = dyn_cast<linalg::Conv2DNhwcHwcfOp>(op))
    return convertConv(c, kNhwcHwcf);
  if (auto c = dyn_cast<linalg::Conv2DNhwcFhwcOp>(op))
    return convertConv(c, kNhwcFhwc);
  if (auto c = dyn_cast<linalg::DepthwiseConv2DNchwChwOp>(op))
    return convertConv(c, kNchwChw);
  if (auto c = dyn_cast<linalg::DepthwiseConv2DNhwcHwcOp>(op))
    return convertConv(c, kNhwcHwc);
  if (auto p = dyn_cast<linalg::PoolingNchwMaxOp>(op))
    return convertPool(p, PoolKind::max, false);
  if (auto p = dyn_cast<linalg::PoolingNchwSumOp>(op))
    return convertPool(p, PoolKind::avg, false);
  if (auto p = dyn_cast<linalg::PoolingNhwcMaxOp>(op))
    return convertPool(p, PoolKind::max, true);
  if (auto p = dyn_cast<linalg::PoolingNhwcSumOp>(op))
    return convertPool(p, PoolKind::avg, true);
  if (auto m = dyn_cast<linalg::MatmulOp>(op))
    return convertMatmul(m);
  if (auto m = dyn_cast<linalg::BatchMatmulOp>(op))
    return convertBatchMatmul(m);
  if (auto s = dyn_cast<linalg::SoftmaxOp>(op))
    return convertSoftmax(s);
  if (isa<linalg::AddOp, linalg::MulOp>(op)) {
    auto named = cast<linalg::LinalgOp>(op);
    return convertEltwiseMaps(op, isa<linalg::AddOp>(op) ? EltwiseKind::add : EltwiseKind::mul,
                              named.getDpsInputs(),
                              ArrayRef(named.getIndexingMapsArray()).drop_back());
  }
  if (auto e = dyn_cast<linalg::ElementwiseOp>(op)) {
    linalg::ElementwiseKind kind = e.getKind();
    if (kind == linalg::ElementwiseKind::add || kind == linalg::ElementwiseKind::mul)
      return convertEltwiseMaps(
          op, kind == linalg::ElementwiseKind::add ? EltwiseKind::add : EltwiseKind::mul,
          e.getDpsInputs(), ArrayRef(e.getIndexingMapsArray()).drop_back());
  }
  if (auto g = dyn_cast<linalg::GenericOp>(op))
    if (std::optional<LogicalResult> done = convertGeneric(g))
      return done;

  // Anything else: an element-wise or data-movement op has no layer meaning and passes
  // through; an op that reduces is work we cannot price, so the user must hear of it.
  if (isa<linalg::WinogradFilterTransformOp, linalg::WinogradInputTransformOp,
          linalg::WinogradOutputTransformOp>(op))
    return warn(op, "it has no dataflow layer");
  if (auto linalgOp = dyn_cast<linalg::LinalgOp>(op))
    if (linalgOp.getNumReductionLoops() != 0)
      return warn(op, "a reduction that is not a supported convolution, pooling or matmul "
                      "has no dataflow layer");
  return std::nullopt;
}

template <typename ConvT>
LogicalResult LinalgImporter::convertConv(ConvT op, const ConvLayout &layout) {
  Value input = op.getDpsInputs()[0], filter = op.getDpsInputs()[1];
  RankedTensorType inType = staticType(input), filterType = staticType(filter),
                   outType = staticType(op->getResult(0));
  if (!inType || !filterType || !outType)
    return notConverted(op) << "dynamic shapes; dataflow layers need static shapes";
  unsigned channelDim = layout.nhwc ? 3 : 1;
  int64_t inC = inType.getDimSize(channelDim), outC = outType.getDimSize(channelDim);
  int64_t filterIn = filterType.getDimSize(layout.filterIn);
  if (filterIn != inC)
    return notConverted(op) << "the filter has " << filterIn
                            << " input channels, but the input has " << inC;
  if (layout.filterOut >= 0 && filterType.getDimSize(layout.filterOut) != outC)
    return notConverted(op) << "the filter has " << filterType.getDimSize(layout.filterOut)
                            << " output channels, but the output has " << outC;
  int64_t kernel[2] = {filterType.getDimSize(layout.kernelDims[0]),
                       filterType.getDimSize(layout.kernelDims[1])};
  int64_t groups = layout.depthwise ? inC : 1;

  SmallVector<unsigned, 2> spatial =
      layout.nhwc ? SmallVector<unsigned, 2>{1, 2} : SmallVector<unsigned, 2>{2, 3};
  FoldedPad folded = foldPad(input, spatial, /*anyConstant=*/false);
  LayerRewrite rewrite(op);
  Value in = layout.nhwc ? rewrite.toNCHW(folded.source, transpose) : folded.source;
  RankedTensorType layerType = layout.nhwc ? permuteType(outType, kToNCHW) : outType;
  auto layer =
      ConvOp::create(rewrite.builder(), rewrite.loc(), layerType, in, kernel, i64s(op.getStrides()),
                     folded.pad, i64s(op.getDilations()), groups, StringAttr());
  Value result = layout.nhwc ? rewrite.toNHWC(layer, transpose) : layer.getResult();
  return rewrite.commit(layer, result, maybeDead);
}

/// torch-mlir lowers a ceil-mode pool by padding the end by more than its windows read (the
/// output size is given, not derived). Rows past the last window are never read, so the end
/// padding shrinks to the most that still gives the op's output size with the window rule
/// floor((in + begin + end - k) / s) + 1: end <= out * s - 1 + k - in - begin. Exact.
void trimUnreadEndPad(FoldedPad &folded, ArrayRef<unsigned> spatial, ArrayRef<int64_t> window,
                      ArrayRef<int64_t> strides, RankedTensorType outType) {
  auto srcType = cast<RankedTensorType>(folded.source.getType());
  size_t n = spatial.size();
  if (folded.pad.size() != 2 * n || window.size() != n || strides.size() != n)
    return;
  for (size_t i = 0; i < n; ++i) {
    int64_t in = srcType.getDimSize(spatial[i]), out = outType.getDimSize(spatial[i]);
    int64_t most = out * strides[i] - 1 + window[i] - in - folded.pad[i];
    if (most >= 0 && folded.pad[n + i] > most)
      folded.pad[n + i] = most;
  }
}

template <typename PoolT>
LogicalResult LinalgImporter::convertPool(PoolT op, PoolKind kind, bool nhwc) {
  Value input = op.getDpsInputs()[0], window = op.getDpsInputs()[1];
  RankedTensorType inType = staticType(input), windowType = staticType(window),
                   outType = staticType(op->getResult(0));
  if (!inType || !windowType || !outType)
    return notConverted(op) << "dynamic shapes; dataflow layers need static shapes";
  SmallVector<int64_t> dilation = i64s(op.getDilations());
  if (llvm::any_of(dilation, [](int64_t d) { return d != 1; }))
    return notConverted(op) << "dilation [" << dilation << "]; dataflow.pool has no dilation";
  SmallVector<unsigned, 2> spatial =
      nhwc ? SmallVector<unsigned, 2>{1, 2} : SmallVector<unsigned, 2>{2, 3};
  // A max pool ignores any padding below the data (torch-mlir pads with -inf).
  FoldedPad folded = foldPad(input, spatial, /*anyConstant=*/kind == PoolKind::max);
  trimUnreadEndPad(folded, spatial, windowType.getShape(), i64s(op.getStrides()), outType);
  LayerRewrite rewrite(op);
  Value in = nhwc ? rewrite.toNCHW(folded.source, transpose) : folded.source;
  RankedTensorType layerType = nhwc ? permuteType(outType, kToNCHW) : outType;
  auto layer =
      PoolOp::create(rewrite.builder(), rewrite.loc(), layerType, kind, in, windowType.getShape(),
                     i64s(op.getStrides()), folded.pad, StringAttr());
  Value result = nhwc ? rewrite.toNHWC(layer, transpose) : layer.getResult();
  return rewrite.commit(layer, result, maybeDead);
}

LogicalResult LinalgImporter::convertMatmul(linalg::MatmulOp op) {
  Value lhs = op.getDpsInputs()[0], rhs = op.getDpsInputs()[1];
  RankedTensorType lhsType = staticType(lhs), rhsType = staticType(rhs),
                   outType = staticType(op->getResult(0));
  if (!lhsType || !rhsType || !outType)
    return notConverted(op) << "dynamic shapes; dataflow layers need static shapes";
  // B transposed (N x K, nn.Linear's weight) is spelled with indexing maps.
  bool transposedB = false;
  if (op.hasUserDefinedMaps()) {
    MLIRContext *ctx = op.getContext();
    AffineExpr m, n, k;
    bindDims(ctx, m, n, k);
    SmallVector<AffineMap> transposeB = {AffineMap::get(3, 0, {m, k}, ctx),
                                         AffineMap::get(3, 0, {n, k}, ctx),
                                         AffineMap::get(3, 0, {m, n}, ctx)};
    if (op.getIndexingMapsArray() != transposeB)
      return notConverted(op) << "indexing maps other than plain or B-transposed";
    transposedB = true;
  }
  LayerRewrite rewrite(op);
  if (params.isParameter(rhs)) {
    // A constant B is the weight matrix: a fully connected layer.
    int64_t k = lhsType.getDimSize(1), n = outType.getDimSize(1);
    int64_t wk = rhsType.getDimSize(transposedB ? 1 : 0),
            wn = rhsType.getDimSize(transposedB ? 0 : 1);
    if (wk != k || wn != n)
      return notConverted(op) << "the weight matrix is " << wk << " x " << wn << ", expected " << k
                              << " x " << n;
    Value in = lhs;
    // fc reads N x C x H x W directly (nn_dataflow's FCLayer): fold the flattening.
    if (auto collapse = lhs.getDefiningOp<tensor::CollapseShapeOp>()) {
      auto srcType = staticType(collapse.getSrc());
      SmallVector<ReassociationIndices> groups = collapse.getReassociationIndices();
      if (srcType && srcType.getRank() == 4 && groups.size() == 2 &&
          groups[0] == ReassociationIndices{0} && groups[1] == ReassociationIndices{1, 2, 3})
        in = collapse.getSrc();
    }
    auto layer = FCOp::create(rewrite.builder(), rewrite.loc(), outType, in, StringAttr());
    return rewrite.commit(layer, layer, maybeDead);
  }
  if (transposedB)
    return notConverted(op) << "B is an activation read transposed; dataflow.matmul "
                               "takes K x N";
  auto layer = MatmulOp::create(rewrite.builder(), rewrite.loc(), outType, lhs, rhs, StringAttr());
  return rewrite.commit(layer, layer, maybeDead);
}

/// `linalg.softmax` over the last dimension is `dataflow.softmax` (torch-mlir's and
/// IREE's form of F.softmax(x, dim=-1)); over another dimension it has no layer.
LogicalResult LinalgImporter::convertSoftmax(linalg::SoftmaxOp op) {
  Value in = op.getInput();
  RankedTensorType inType = staticType(in), outType = staticType(op->getResult(0));
  if (!inType || !outType)
    return notConverted(op) << "dynamic shapes; dataflow layers need static shapes";
  int64_t last = outType.getRank() - 1;
  if (static_cast<int64_t>(op.getDimension()) != last)
    return notConverted(op) << "softmax over dimension " << op.getDimension()
                            << ", not the last (" << last
                            << "); dataflow.softmax normalises the last dimension";
  LayerRewrite rewrite(op);
  auto layer =
      dataflow::SoftmaxOp::create(rewrite.builder(), rewrite.loc(), outType, in, StringAttr());
  return rewrite.commit(layer, layer, maybeDead);
}

LogicalResult LinalgImporter::convertBatchMatmul(linalg::BatchMatmulOp op) {
  if (op.hasUserDefinedMaps())
    return notConverted(op) << "indexing maps other than B x M x K times B x K x N;";
  RankedTensorType outType = staticType(op->getResult(0));
  if (!outType)
    return notConverted(op) << "dynamic shapes; dataflow layers need static shapes";
  LayerRewrite rewrite(op);
  auto layer = MatmulOp::create(rewrite.builder(), rewrite.loc(), outType, op.getDpsInputs()[0],
                                op.getDpsInputs()[1], StringAttr());
  return rewrite.commit(layer, layer, maybeDead);
}

/// torch-mlir indexes a size-1 operand dimension with the constant 0: `(0, d1, d2, d3)` for
/// batch 1, `(0, d1, 0, 0)` for a 1 x C x 1 x 1 bias. Where the loop over that position has
/// size 1 too, the 0 is that loop's index (identity); otherwise the operand is broadcast
/// along it and the position is dropped, leaving a projection such as `(d1)`.
AffineMap withoutUnitConstants(AffineMap map, RankedTensorType operand, RankedTensorType result) {
  if (map.getNumResults() != static_cast<unsigned>(operand.getRank()) ||
      map.getNumDims() != static_cast<unsigned>(result.getRank()))
    return map;
  SmallVector<AffineExpr> exprs;
  bool changed = false;
  for (auto [i, expr] : llvm::enumerate(map.getResults())) {
    auto constant = dyn_cast<AffineConstantExpr>(expr);
    if (!constant || constant.getValue() != 0 || operand.getDimSize(i) != 1) {
      exprs.push_back(expr);
      continue;
    }
    changed = true;
    if (i < map.getNumDims() && result.getDimSize(i) == 1)
      exprs.push_back(getAffineDimExpr(i, map.getContext()));
  }
  return changed ? AffineMap::get(map.getNumDims(), 0, exprs, map.getContext()) : map;
}

/// Sorts add/mul operands into whole tensors (identity map) and broadcasts (a projected
/// map that keeps dimension order, e.g. a per-channel bias).
LogicalResult LinalgImporter::convertEltwiseMaps(Operation *op, EltwiseKind kind, ValueRange inputs,
                                                 ArrayRef<AffineMap> inputMaps) {
  EltwiseRequest request{kind, {}, {}, false};
  Type resultType = op->getResult(0).getType();
  // Arithmetic on constants only (batch-norm parameters, var + eps) is folding, not a layer.
  if (llvm::all_of(inputs, [&](Value v) { return params.isParameter(v); }))
    return success();
  for (auto [input, rawMap] : llvm::zip(inputs, inputMaps)) {
    if (!isa<RankedTensorType>(input.getType()))
      return notConverted(op) << "a scalar operand; dataflow.eltwise reads tensors";
    // A constant operand is a bias or scale whatever its shape (torch-mlir writes a
    // batch-1 linear bias as a 1 x N constant read through (0, d1)).
    if (params.isParameter(input)) {
      request.broadcast.push_back(input);
      continue;
    }
    AffineMap map = withoutUnitConstants(rawMap, cast<RankedTensorType>(input.getType()),
                                         cast<RankedTensorType>(resultType));
    if (map.isIdentity() && input.getType() == resultType) {
      request.full.push_back(input);
      continue;
    }
    bool ordered = map.isProjectedPermutation() && map.getNumResults() < map.getNumDims();
    for (unsigned i = 1; ordered && i < map.getNumResults(); ++i)
      ordered = map.getDimPosition(i - 1) < map.getDimPosition(i);
    if (!ordered)
      return notConverted(op) << "an operand is read through the indexing map "
                              << AffineMapAttr::get(map) << " (a transpose)";
    request.broadcast.push_back(input);
  }
  // NHWC graphs: an add right after a converted layer stays in NCHW between transposes,
  // so that the transposes around neighbouring layers cancel.
  auto type = cast<RankedTensorType>(resultType);
  request.nhwc = type.getRank() == 4 && llvm::any_of(request.full, [](Value v) {
                   auto t = matchTranspose(v.getDefiningOp());
                   return t && ArrayRef(t->second) == ArrayRef(kToNHWC) && isLayer(t->first);
                 });
  return convertEltwise(op, request, params, transpose, maybeDead);
}

/// A generic is an add/mul when it is all-parallel and its body is one addf/addi/mulf/
/// muli of two inputs; any other generic without reductions is element-wise and passes.
std::optional<LogicalResult> LinalgImporter::convertGeneric(linalg::GenericOp op) {
  if (op.getNumReductionLoops() != 0 || op.getNumDpsInits() != 1 ||
      !op.getIndexingMapsArray().back().isIdentity())
    return std::nullopt;
  Block &body = op.getRegion().front();
  if (body.getOperations().size() != 2)
    return std::nullopt;
  Operation &arith = body.front();
  std::optional<EltwiseKind> kind;
  if (isa<arith::AddFOp, arith::AddIOp>(arith))
    kind = EltwiseKind::add;
  else if (isa<arith::MulFOp, arith::MulIOp>(arith))
    kind = EltwiseKind::mul;
  auto yield = dyn_cast<linalg::YieldOp>(body.back());
  if (!kind || !yield || yield.getNumOperands() != 1 || yield.getOperand(0) != arith.getResult(0))
    return std::nullopt;
  // Both operands must be input elements (not the init, not a constant).
  SmallVector<Value> inputs;
  SmallVector<AffineMap> maps;
  for (Value operand : arith.getOperands()) {
    auto arg = dyn_cast<BlockArgument>(operand);
    if (!arg || arg.getOwner() != &body ||
        arg.getArgNumber() >= static_cast<unsigned>(op.getNumDpsInputs()))
      return std::nullopt;
    inputs.push_back(op.getDpsInputs()[arg.getArgNumber()]);
    maps.push_back(op.getIndexingMapsArray()[arg.getArgNumber()]);
  }
  return convertEltwiseMaps(op, *kind, inputs, maps);
}

struct ConvertLinalgToDataflowPass
    : public dataflow::impl::ConvertLinalgToDataflowPassBase<ConvertLinalgToDataflowPass> {
  using Base::Base;
  void runOnOperation() override { LinalgImporter(getOperation()).run(); }
};

} // namespace
