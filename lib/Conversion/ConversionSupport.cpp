//===- ConversionSupport.cpp - shared by the linalg and tosa importers ----===//

#include "ConversionSupport.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/MathExtras.h"

#include <limits>

using namespace mlir;

namespace dataflow::conversion {

RankedTensorType permuteType(RankedTensorType type, ArrayRef<int64_t> perm) {
  SmallVector<int64_t> shape;
  for (int64_t dim : perm)
    shape.push_back(type.getDimSize(dim));
  return RankedTensorType::get(shape, type.getElementType());
}

std::optional<std::pair<Value, SmallVector<int64_t>>> matchTranspose(Operation *op) {
  if (auto t = dyn_cast_or_null<tosa::TransposeOp>(op))
    return std::make_pair(t.getInput1(),
                          SmallVector<int64_t>(t.getPerms().begin(), t.getPerms().end()));
  if (auto t = dyn_cast_or_null<linalg::TransposeOp>(op))
    if (t->getNumResults() == 1)
      return std::make_pair(t.getInput(), SmallVector<int64_t>(t.getPermutation()));
  return std::nullopt;
}

//===----------------------------------------------------------------------===//
// LayerRewrite
//===----------------------------------------------------------------------===//

LayerRewrite::LayerRewrite(Operation *original) : original(original), b(original) {
  b.setListener(&recorder);
}

LayerRewrite::~LayerRewrite() {
  if (committed)
    return;
  for (Operation *op : llvm::reverse(recorder.created))
    op->erase();
}

Value LayerRewrite::toNCHW(Value value, const TransposeBuilder &transpose) {
  return transpose(b, loc(), value, kToNCHW);
}

Value LayerRewrite::toNHWC(Value value, const TransposeBuilder &transpose) {
  return transpose(b, loc(), value, kToNHWC);
}

LogicalResult LayerRewrite::commit(Operation *layer, Value replacement,
                                   llvm::SetVector<Operation *> &maybeDead) {
  // The dialect verifier is the one authority on what a valid layer is; its message,
  // located on the original op, says why this one is not converted.
  std::string why;
  bool valid;
  {
    ScopedDiagnosticHandler capture(original->getContext(), [&](Diagnostic &diag) {
      if (why.empty())
        why = diag.str();
      return success();
    });
    valid = succeeded(mlir::verify(layer, /*verifyRecursively=*/false));
  }
  if (!valid)
    return notConverted(original) << "the layer would be invalid: " << why;
  committed = true;
  original->getResult(0).replaceAllUsesWith(replacement);
  for (Value operand : original->getOperands())
    if (Operation *def = operand.getDefiningOp())
      maybeDead.insert(def);
  original->erase();
  return success();
}

InFlightDiagnostic notConverted(Operation *op) {
  return op->emitWarning() << "'" << op->getName() << "' not converted to a dataflow layer: ";
}

//===----------------------------------------------------------------------===//
// Weights versus activations
//===----------------------------------------------------------------------===//

bool ParameterAnalysis::isParameter(Value value) { return compute(value, 0); }

bool ParameterAnalysis::compute(Value value, unsigned depth) {
  auto it = cache.find(value);
  if (it != cache.end())
    return it->second;
  Operation *def = value.getDefiningOp();
  bool result;
  if (!def || isa<LayerOpInterface>(def))
    result = false; // a function argument or a layer: an activation
  else if (def->hasTrait<OpTrait::ConstantLike>())
    result = true;
  else if (depth > 32 || !isMemoryEffectFree(def))
    result = false; // parameters are a few reshapes or transposes away from constants
  else
    result = llvm::all_of(def->getOperands(),
                          [&](Value operand) { return compute(operand, depth + 1); });
  cache[value] = result;
  return result;
}

//===----------------------------------------------------------------------===//
// Padding
//===----------------------------------------------------------------------===//

FoldedPad foldPad(Value input, ArrayRef<unsigned> spatialDims, bool anyConstant) {
  FoldedPad none{input, SmallVector<int64_t>(2 * spatialDims.size(), 0)};
  auto pad = input.getDefiningOp<tensor::PadOp>();
  if (!pad || !pad.getSourceType().hasStaticShape())
    return none;
  ArrayRef<int64_t> low = pad.getStaticLow(), high = pad.getStaticHigh();
  FoldedPad folded{pad.getSource(), {}};
  SmallVector<int64_t> ends;
  for (unsigned d = 0, e = low.size(); d < e; ++d) {
    if (ShapedType::isDynamic(low[d]) || ShapedType::isDynamic(high[d]))
      return none;
    bool spatial = llvm::is_contained(spatialDims, d);
    if (!spatial && (low[d] != 0 || high[d] != 0))
      return none; // padding batch or channels is not a convolution's padding
  }
  for (unsigned d : spatialDims) {
    folded.pad.push_back(low[d]);
    ends.push_back(high[d]);
  }
  folded.pad.append(ends);
  Value value = pad.getConstantPaddingValue();
  if (!value)
    return none;
  bool ok = anyConstant ? matchPattern(value, m_Constant())
                        : (matchPattern(value, m_AnyZeroFloat()) || matchPattern(value, m_Zero()));
  return ok ? folded : none;
}

//===----------------------------------------------------------------------===//
// Element-wise add / mul
//===----------------------------------------------------------------------===//

/// The layer computing `value` when nothing else reads it (looking through one
/// transpose or reshape): a bias or scale on its output belongs to that layer.
static Operation *absorbingLayer(Value value) {
  Operation *def = value.getDefiningOp();
  if (!def || !value.hasOneUse())
    return nullptr;
  if (isa<ConvOp, DeconvOp, FCOp, MatmulOp>(def))
    return def;
  Value source;
  if (auto t = matchTranspose(def))
    source = t->first;
  else if (auto expand = dyn_cast<tensor::ExpandShapeOp>(def))
    source = expand.getSrc();
  if (!source || !source.hasOneUse())
    return nullptr;
  Operation *layer = source.getDefiningOp();
  return isa_and_nonnull<ConvOp, DeconvOp, FCOp, MatmulOp>(layer) ? layer : nullptr;
}

LogicalResult convertEltwise(Operation *op, const EltwiseRequest &request,
                             ParameterAnalysis &params, const TransposeBuilder &transpose,
                             llvm::SetVector<Operation *> &maybeDead) {
  if (request.full.empty())
    return notConverted(op) << "no operand has the result's shape (every operand is "
                               "broadcast); dataflow.eltwise reads whole tensors";
  auto resultType = dyn_cast<RankedTensorType>(op->getResult(0).getType());
  if (!resultType || !resultType.hasStaticShape())
    return notConverted(op) << "the result shape is not static";
  // An activation broadcast per sample and channel (a squeeze-excitation scale) is read by
  // the layer (docs/cost-model.md "Broadcast element-wise"); constants are parameters.
  SmallVector<Value> perChannel;
  for (Value operand : request.broadcast) {
    if (params.isParameter(operand))
      continue;
    auto type = dyn_cast<RankedTensorType>(operand.getType());
    RankedTensorType layerShape = request.nhwc ? permuteType(resultType, kToNCHW) : resultType;
    RankedTensorType asLayer =
        type && request.nhwc && type.getRank() == 4 ? permuteType(type, kToNCHW) : type;
    if (!asLayer || request.full.size() != 1 || !perChannel.empty() ||
        asLayer.getElementType() != layerShape.getElementType() ||
        !EltwiseOp::isPerChannel(asLayer, layerShape))
      return notConverted(op) << "a broadcast operand of type " << operand.getType()
                              << " is an activation, not a constant; dataflow.eltwise "
                                 "inputs must have the output's shape, or be one value per "
                                 "sample and channel beside one full-shape input";
    perChannel.push_back(operand);
  }

  // A bias or per-channel scale on a conv/fc/matmul output is part of that layer, as in
  // nn_dataflow (whose layers include their bias).
  if (!request.broadcast.empty() && perChannel.empty() && request.full.size() == 1 &&
      absorbingLayer(request.full.front())) {
    op->getResult(0).replaceAllUsesWith(request.full.front());
    for (Value operand : op->getOperands())
      if (Operation *def = operand.getDefiningOp())
        maybeDead.insert(def);
    op->erase();
    return success();
  }

  LayerRewrite rewrite(op);
  SmallVector<Value> inputs;
  RankedTensorType layerType = resultType;
  for (Value operand : request.full)
    inputs.push_back(request.nhwc ? rewrite.toNCHW(operand, transpose) : operand);
  for (Value operand : perChannel)
    inputs.push_back(request.nhwc ? rewrite.toNCHW(operand, transpose) : operand);
  if (request.nhwc)
    layerType = permuteType(resultType, kToNCHW);
  auto layer = EltwiseOp::create(rewrite.builder(), rewrite.loc(), layerType, request.kind, inputs,
                                 StringAttr());
  Value replacement = request.nhwc ? rewrite.toNHWC(layer, transpose) : layer.getResult();
  return rewrite.commit(layer, replacement, maybeDead);
}

//===----------------------------------------------------------------------===//
// Transpose clean-up
//===----------------------------------------------------------------------===//

/// An op that computes each element from the same element of its one operand, so that it
/// commutes with any transpose (clamp, sigmoid, cast...).
static bool isOneOperandElementwise(Operation *op) {
  return op->getNumOperands() == 1 && op->getNumResults() == 1 && op->getNumRegions() == 0 &&
         op->hasTrait<OpTrait::SameOperandsAndResultShape>() && isMemoryEffectFree(op) &&
         !matchTranspose(op) && !isa<LayerOpInterface>(op);
}

/// u(t(x)) -> t(u(x)) when t has no other reader.
static bool sinkTransposeBelow(Operation *user, const TransposeBuilder &transpose,
                               llvm::SetVector<Operation *> &maybeDead) {
  Value operand = user->getOperand(0);
  auto t = matchTranspose(operand.getDefiningOp());
  if (!t || !operand.hasOneUse())
    return false;
  auto resultType = dyn_cast<RankedTensorType>(user->getResult(0).getType());
  auto sourceType = dyn_cast<RankedTensorType>(t->first.getType());
  if (!resultType || !sourceType)
    return false;
  OpBuilder b(user);
  Operation *moved = b.clone(*user);
  moved->setOperand(0, t->first);
  moved->getResult(0).setType(
      RankedTensorType::get(sourceType.getShape(), resultType.getElementType()));
  Value replacement = transpose(b, user->getLoc(), moved->getResult(0), t->second);
  user->getResult(0).replaceAllUsesWith(replacement);
  maybeDead.insert(user);
  maybeDead.insert(operand.getDefiningOp());
  return true;
}

static void dedupTransposes(ArrayRef<Operation *> transposes,
                            llvm::SetVector<Operation *> &maybeDead);

void cleanUpTransposes(func::FuncOp func, bool sinkElementwise, const TransposeBuilder &transpose,
                       llvm::SetVector<Operation *> &maybeDead) {
  if (sinkElementwise) {
    SmallVector<Operation *> users;
    func.walk([&](Operation *op) {
      if (isOneOperandElementwise(op))
        users.push_back(op);
    });
    // Program order: a transpose sunk below one op meets the next op further down.
    for (Operation *user : users)
      if (!user->use_empty())
        sinkTransposeBelow(user, transpose, maybeDead);
  }
  SmallVector<Operation *> transposes;
  func.walk([&](Operation *op) {
    if (matchTranspose(op))
      transposes.push_back(op);
  });
  for (Operation *second : transposes) {
    if (second->use_empty())
      continue;
    auto outer = matchTranspose(second);
    Operation *firstOp = outer->first.getDefiningOp();
    auto inner = matchTranspose(firstOp);
    if (!inner || inner->second.size() != outer->second.size())
      continue;
    bool identity = true;
    for (unsigned i = 0, e = outer->second.size(); i < e; ++i)
      identity &= inner->second[outer->second[i]] == static_cast<int64_t>(i);
    if (!identity || inner->first.getType() != second->getResult(0).getType())
      continue;
    second->getResult(0).replaceAllUsesWith(inner->first);
    maybeDead.insert(second);
    maybeDead.insert(firstOp);
  }
  dedupTransposes(transposes, maybeDead);
}

/// Replaces a transpose by an earlier one of the same value and permutation in its block
/// (two layers reading one NHWC tensor each transposed it).
static void dedupTransposes(ArrayRef<Operation *> transposes,
                            llvm::SetVector<Operation *> &maybeDead) {
  llvm::DenseMap<std::pair<Value, Block *>, SmallVector<Operation *>> seen;
  for (Operation *op : transposes) {
    if (op->use_empty())
      continue;
    auto t = matchTranspose(op);
    SmallVector<Operation *> &earlier = seen[{t->first, op->getBlock()}];
    Operation *same = nullptr;
    for (Operation *prior : earlier)
      if (matchTranspose(prior)->second == t->second &&
          prior->getResult(0).getType() == op->getResult(0).getType())
        same = prior;
    if (!same) {
      earlier.push_back(op);
      continue;
    }
    op->getResult(0).replaceAllUsesWith(same->getResult(0));
    maybeDead.insert(op);
  }
}

void eraseDeadProducers(llvm::SetVector<Operation *> &maybeDead) {
  SmallVector<Operation *> worklist(maybeDead.begin(), maybeDead.end());
  maybeDead.clear();
  llvm::DenseSet<Operation *> erased;
  while (!worklist.empty()) {
    Operation *op = worklist.pop_back_val();
    if (erased.contains(op) || !op->use_empty() || !isMemoryEffectFree(op) ||
        op->hasTrait<OpTrait::IsTerminator>() || isa<LayerOpInterface>(op))
      continue;
    for (Value operand : op->getOperands())
      if (Operation *def = operand.getDefiningOp())
        worklist.push_back(def);
    erased.insert(op);
    op->erase();
  }
}

//===----------------------------------------------------------------------===//
// Coverage
//===----------------------------------------------------------------------===//

CoverageCount::CoverageCount(MLIRContext *ctx, ArrayRef<Operation *> ops) {
  for (Operation *op : ops) // shared unknown locations would mix reasons up
    if (isa<FileLineColLoc, NameLoc>(op->getLoc()))
      watched.insert(op->getLoc().getAsOpaquePointer());
  // The engine calls handlers under its lock; only watched locations are written.
  handler = std::make_unique<ScopedDiagnosticHandler>(ctx, [this](Diagnostic &diag) {
    const void *key = diag.getLocation().getAsOpaquePointer();
    if (diag.getSeverity() == DiagnosticSeverity::Warning && watched.contains(key) &&
        !reasons.count(key)) {
      std::string text = diag.str();
      constexpr StringRef kMarker = "not converted to a dataflow layer: ";
      size_t at = text.find(kMarker.str());
      reasons[key] = at == std::string::npos ? text : text.substr(at + kMarker.size());
    }
    return failure(); // the usual handlers print it
  });
}

CoverageCount::LeftOut CoverageCount::describe(Operation *op, int64_t macs) {
  return {locationName(op), op->getName().getStringRef().str(), macs,
          op->getLoc().getAsOpaquePointer()};
}

void CoverageCount::add(LeftOut entry, bool converted) {
  if (!converted) {
    leftOut.push_back(std::move(entry));
    return;
  }
  if (llvm::AddOverflow(convertedMacs, entry.macs, convertedMacs))
    convertedMacs = std::numeric_limits<int64_t>::max();
}

std::string locationName(Operation *op) {
  Location loc = op->getLoc();
  if (auto name = dyn_cast<NameLoc>(loc))
    return name.getName().str();
  if (auto file = dyn_cast<FileLineColLoc>(loc))
    return (file.getFilename().getValue() + ":" + Twine(file.getLine()) + ":" +
            Twine(file.getColumn()))
        .str();
  return op->getName().getStringRef().str();
}

void recordCoverage(func::FuncOp func, const CoverageCount &count) {
  MLIRContext *ctx = func.getContext();
  auto old = func->getAttrOfType<DictionaryAttr>(DataflowDialect::kCoverageAttrName);
  if (!old && count.convertedMacs == 0 && count.leftOut.empty())
    return;
  int64_t model = 0;
  SmallVector<Attribute> leftOut;
  llvm::StringSet<> listed;
  if (old) { // verified: model_macs and left_out entries are there
    model = old.getAs<IntegerAttr>("model_macs").getInt();
    for (Attribute entry : old.getAs<ArrayAttr>("left_out")) {
      leftOut.push_back(entry);
      listed.insert(cast<DictionaryAttr>(entry).getAs<StringAttr>("name").getValue());
    }
  }
  auto add = [&](int64_t macs) {
    if (llvm::AddOverflow(model, macs, model))
      model = std::numeric_limits<int64_t>::max();
  };
  add(count.convertedMacs);
  Builder b(ctx);
  for (const CoverageCount::LeftOut &l : count.leftOut) {
    if (!listed.insert(l.name).second)
      continue;
    add(l.macs);
    leftOut.push_back(b.getDictionaryAttr(
        {b.getNamedAttr("name", b.getStringAttr(l.name)),
         b.getNamedAttr("op", b.getStringAttr(l.op)),
         b.getNamedAttr("macs", b.getI64IntegerAttr(l.macs)),
         b.getNamedAttr("reason", b.getStringAttr(count.reasons.lookup(l.loc).empty()
                                                      ? "not converted; the warning at its "
                                                        "location says why"
                                                      : count.reasons.lookup(l.loc)))}));
  }
  func->setAttr(DataflowDialect::kCoverageAttrName,
                b.getDictionaryAttr({b.getNamedAttr("model_macs", b.getI64IntegerAttr(model)),
                                     b.getNamedAttr("left_out", b.getArrayAttr(leftOut))}));
}

} // namespace dataflow::conversion
