//===- LinalgNormalization.cpp - decomposed softmax / layer norm -----------===//
//
// torch-mlir lowers F.softmax and F.layer_norm over the last dimension to a chain of
// linalg.generic ops: row reductions (max, sum) over the last loop, element-wise ops that
// read the row statistics through a broadcast map ((d0, 0) or (d0)), and math.exp /
// math.rsqrt. convert-linalg-to-dataflow recognises the two chains by their structure and
// replaces each with one dataflow.softmax / dataflow.norm layer_norm of the chain's input;
// the chain's ops then have no reader and go.
//
//===----------------------------------------------------------------------===//

#include "ConversionSupport.h"

#include "Dataflow/IR/DataflowOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;
using namespace dataflow;

namespace {

/// The value behind tensor.expand_shape / collapse_shape (torch-mlir keeps a row statistic
/// as N and as N x 1).
Value throughReshapes(Value v) {
  while (Operation *def = v.getDefiningOp()) {
    if (auto e = dyn_cast<tensor::ExpandShapeOp>(def))
      v = e.getSrc();
    else if (auto c = dyn_cast<tensor::CollapseShapeOp>(def))
      v = c.getSrc();
    else
      break;
  }
  return v;
}

linalg::GenericOp producer(Value v) {
  return dyn_cast_or_null<linalg::GenericOp>(throughReshapes(v).getDefiningOp());
}

/// The op computing a generic's first result from its block arguments, when the body is
/// that one op (plus the yield).
Operation *singleBodyOp(linalg::GenericOp g) {
  Block &body = g.getRegion().front();
  auto yield = dyn_cast<linalg::YieldOp>(body.getTerminator());
  if (!yield || yield.getNumOperands() < 1)
    return nullptr;
  return yield.getOperand(0).getDefiningOp();
}

bool allParallel(linalg::GenericOp g) { return g.getNumReductionLoops() == 0; }

/// `op`'s operand `i` is the generic's input `input` (a block argument).
bool readsInput(linalg::GenericOp g, Operation *op, unsigned i, unsigned input) {
  if (!op || op->getNumOperands() <= i)
    return false;
  auto arg = dyn_cast<BlockArgument>(op->getOperand(i));
  return arg && arg.getOwner() == &g.getRegion().front() && arg.getArgNumber() == input;
}

/// An all-parallel generic whose body is one `OpT` of its two inputs, in this order.
template <typename OpT> bool isBinary(linalg::GenericOp g) {
  if (!g || !allParallel(g) || g.getNumDpsInputs() != 2 || g->getNumResults() != 1)
    return false;
  Operation *op = singleBodyOp(g);
  return isa_and_nonnull<OpT>(op) && readsInput(g, op, 0, 0) && readsInput(g, op, 1, 1);
}

/// A reduction over the last loop only, of one input read whole, whose first result's
/// body op is `OpT` of the input element and the accumulator (max or sum of each row).
template <typename OpT> bool isRowReduction(linalg::GenericOp g, Value &input) {
  if (!g || g.getNumDpsInputs() != 1 || g.getNumReductionLoops() != 1)
    return false;
  auto iterators = g.getIteratorTypesArray();
  if (iterators.back() != utils::IteratorType::reduction)
    return false;
  if (!g.getIndexingMapsArray().front().isIdentity())
    return false;
  Operation *op = singleBodyOp(g);
  if (!isa_and_nonnull<OpT>(op))
    return false;
  input = g.getDpsInputs()[0];
  return true;
}

/// The input of the element-type casts (extf / truncf generics) `v` goes through.
Value throughCasts(Value v) {
  while (auto g = producer(v)) {
    Operation *op = singleBodyOp(g);
    if (!allParallel(g) || g.getNumDpsInputs() != 1 || !isa_and_nonnull<arith::ExtFOp,
                                                                          arith::TruncFOp>(op) ||
        !readsInput(g, op, 0, 0))
      break;
    v = g.getDpsInputs()[0];
  }
  return v;
}

/// torch-mlir's softmax over the last dim: exp(x - max(x)) / sum(exp(x - max(x))). Returns
/// x, or null.
Value matchSoftmax(linalg::GenericOp div) {
  if (!isBinary<arith::DivFOp>(div))
    return {};
  Value expValue = div.getDpsInputs()[0];
  auto exp = producer(expValue);
  Operation *expOp = exp ? singleBodyOp(exp) : nullptr;
  if (!exp || expValue != exp->getResult(0) || !allParallel(exp) ||
      exp.getNumDpsInputs() != 1 || !expOp || expOp->getName().getStringRef() != "math.exp" ||
      !readsInput(exp, expOp, 0, 0))
    return {};
  auto sub = producer(exp.getDpsInputs()[0]);
  if (!isBinary<arith::SubFOp>(sub))
    return {};
  Value x = sub.getDpsInputs()[0], maxInput, sumInput;
  if (!isRowReduction<arith::MaximumFOp>(producer(sub.getDpsInputs()[1]), maxInput) ||
      maxInput != x)
    return {};
  if (!isRowReduction<arith::AddFOp>(producer(div.getDpsInputs()[1]), sumInput) ||
      sumInput != expValue)
    return {};
  return x;
}

/// Every tensor `v` is computed from: x (through casts), constants, and row statistics of
/// x; true when that holds and the chain takes a square root (rsqrt, or sqrt then a
/// division).
bool isRowScaleOf(Value v, Value x, bool &sqrt, unsigned depth = 0) {
  if (depth > 16)
    return false;
  if (throughCasts(v) == x)
    return true;
  Operation *def = throughReshapes(v).getDefiningOp();
  if (!def)
    return false;
  if (def->hasTrait<OpTrait::ConstantLike>())
    return true;
  auto g = dyn_cast<linalg::GenericOp>(def);
  if (!g)
    return false;
  for (Operation &op : g.getRegion().front()) {
    StringRef name = op.getName().getStringRef();
    sqrt |= name == "math.rsqrt" || name == "math.sqrt";
  }
  for (Value in : g.getDpsInputs())
    if (!isRowScaleOf(in, x, sqrt, depth + 1))
      return false;
  return true;
}

/// torch-mlir's layer norm over the last dim: (x - mean(x)) * rsqrt(var(x) + eps), mean
/// the row sum divided by the row length. Returns x, or null.
Value matchLayerNorm(linalg::GenericOp mul) {
  if (!isBinary<arith::MulFOp>(mul))
    return {};
  auto sub = producer(mul.getDpsInputs()[0]);
  if (!isBinary<arith::SubFOp>(sub))
    return {};
  Value x = sub.getDpsInputs()[0], sumInput;
  auto mean = producer(sub.getDpsInputs()[1]);
  if (!mean || !allParallel(mean) || mean.getNumDpsInputs() != 1 ||
      !isa_and_nonnull<arith::DivFOp>(singleBodyOp(mean)))
    return {};
  if (!isRowReduction<arith::AddFOp>(producer(mean.getDpsInputs()[0]), sumInput) ||
      throughCasts(sumInput) != x)
    return {};
  bool sqrt = false;
  if (!isRowScaleOf(mul.getDpsInputs()[1], x, sqrt) || !sqrt)
    return {};
  return x;
}

} // namespace

namespace dataflow::conversion {

unsigned convertDecomposedNormalizations(func::FuncOp func,
                                         llvm::SetVector<Operation *> &maybeDead) {
  SmallVector<linalg::GenericOp> candidates;
  func.walk([&](linalg::GenericOp g) {
    if (g->getNumResults() == 1 && allParallel(g) && g.getNumDpsInputs() == 2)
      candidates.push_back(g);
  });
  unsigned converted = 0;
  for (linalg::GenericOp g : candidates) {
    auto outType = dyn_cast<RankedTensorType>(g->getResult(0).getType());
    if (!outType || !outType.hasStaticShape() || outType.getRank() < 2 ||
        outType.getRank() > 5)
      continue;
    bool softmax = true;
    Value x = matchSoftmax(g);
    if (!x) {
      softmax = false;
      x = matchLayerNorm(g);
    }
    if (!x || x.getType() != outType)
      continue;
    LayerRewrite rewrite(g);
    Operation *layer =
        softmax ? SoftmaxOp::create(rewrite.builder(), rewrite.loc(), outType, x, StringAttr())
                      .getOperation()
                : NormOp::create(rewrite.builder(), rewrite.loc(), outType, NormKind::layer_norm,
                                 x, StringAttr())
                      .getOperation();
    if (succeeded(rewrite.commit(layer, layer->getResult(0), maybeDead)))
      ++converted;
  }
  eraseDeadProducers(maybeDead); // the chains' reductions, before they are warned about
  return converted;
}

} // namespace dataflow::conversion
