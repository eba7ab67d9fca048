//===- LayerLoopView.cpp - layer ops as memrefs for dataflow-lower-to-loops ===//
//
// What the executable lowering needs from a layer op: the cost model's shape (through the
// bridge, so the lowering and the schedule agree on C, M, E, F, R, S, U, V, batch and
// groups), the padding, the memref signature of the generated functions, and per-group
// canonical 4-D views (ifm N x C x H x W, filters M x C/g x R x S, ofm N x M x E x F).
//
//===----------------------------------------------------------------------===//

#include "LowerToLoops.h"

#include "Dataflow/Bridge/EyerissBridge.h"
#include "Dataflow/IR/DataflowOps.h"

#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/AffineMap.h"
#include "llvm/ADT/TypeSwitch.h"

#include <limits>

using namespace mlir;
using namespace dataflow;
using namespace dataflow::loops;

SmallVector<Type> LayerLoopView::argTypes() const {
  SmallVector<Type> types(inputTypes.begin(), inputTypes.end());
  if (weightType)
    types.push_back(weightType);
  types.push_back(outputType);
  return types;
}

static std::string sanitize(StringRef name) {
  std::string out;
  for (char c : name)
    out.push_back(llvm::isAlnum(c) || c == '_' ? c : '_');
  if (out.empty() || llvm::isDigit(out[0]))
    out.insert(out.begin(), '_');
  return out;
}

FailureOr<std::optional<LayerLoopView>> dataflow::loops::viewLayer(Operation *op) {
  cost::Result<std::optional<cost::Layer>> converted = bridge::toLayer(op);
  std::string name = dataflow::layerName(op);
  if (!converted)
    return op->emitError() << "cannot lower layer '" << name
                           << "' to loops: " << converted.status().message();
  if (!converted->has_value())
    return std::optional<LayerLoopView>();
  if (bridge::isSlicedLayer(op))
    return op->emitError() << "cannot lower layer '" << name
                           << "' to loops: dilated and 3-D convolutions and 3-D pooling are priced as "
                              "independent 2-D convolutions, which have no loop view yet";

  LayerLoopView v;
  v.op = op;
  v.name = name;
  v.symbol = sanitize(name);
  v.layer = **converted;
  MLIRContext *ctx = op->getContext();
  auto shape = [](Value t) { return cast<RankedTensorType>(t.getType()).getShape(); };
  Type word = cast<RankedTensorType>(op->getOperand(0).getType()).getElementType();
  // Integer words execute as i32 (exact partial sums), floating-point words as f32.
  if (isa<IntegerType>(word))
    v.elem = IntegerType::get(ctx, 32);
  else if (isa<FloatType>(word) && word.getIntOrFloatBitWidth() <= 32)
    v.elem = Float32Type::get(ctx);
  else
    return op->emitError() << "cannot lower layer '" << name << "' to loops: element type "
                           << word << " has no executable word (integers run as i32, "
                              "floats up to 32 bits as f32)";
  auto memref = [&](ArrayRef<int64_t> dims) { return MemRefType::get(dims, v.elem); };
  auto setPads = [&](ArrayRef<int64_t> pad, Value in) {
    v.padTop = pad[0];
    v.padLeft = pad[1];
    v.inH = shape(in)[2];
    v.inW = shape(in)[3];
    v.padH = v.inH + pad[0] + pad[2];
    v.padW = v.inW + pad[1] + pad[3];
  };

  LogicalResult ok =
      llvm::TypeSwitch<Operation *, LogicalResult>(op)
          .Case([&](ConvOp conv) {
            v.kind = LayerKind::Conv;
            setPads(conv.getPad(), conv.getInput());
            v.inputTypes.push_back(memref(shape(conv.getInput())));
            const cost::Layer &l = v.layer;
            v.weightType = memref({l.M * l.groups, l.C, l.R, l.S});
            v.outputType = memref(shape(conv.getOutput()));
            return success();
          })
          .Case([&](FCOp fc) {
            v.kind = LayerKind::FC;
            ArrayRef<int64_t> in = shape(fc.getInput());
            v.inH = v.padH = v.layer.R;
            v.inW = v.padW = v.layer.S;
            v.inputTypes.push_back(memref(in));
            SmallVector<int64_t> w(in.begin(), in.end());
            w[0] = v.layer.M; // M x C [x H x W]
            v.weightType = memref(w);
            v.outputType = memref(shape(fc.getOutput()));
            return success();
          })
          .Case([&](MatmulOp mm) {
            v.kind = LayerKind::Matmul;
            v.inputTypes.push_back(memref(shape(mm.getLhs())));
            v.weightType = memref(shape(mm.getRhs())); // K x N: the rhs is the "filter"
            v.outputType = memref(shape(mm.getOutput()));
            return success();
          })
          .Case([&](PoolOp pool) {
            v.kind = LayerKind::Pool;
            v.isMax = pool.getKind() == PoolKind::max;
            v.isAvg = !v.isMax;
            setPads(pool.getPad(), pool.getInput());
            v.inputTypes.push_back(memref(shape(pool.getInput())));
            v.outputType = memref(shape(pool.getOutput()));
            return success();
          })
          .Case([&](EltwiseOp elt) -> LogicalResult {
            if (elt.hasPerChannelInput())
              return op->emitError()
                     << "cannot lower layer '" << name
                     << "' to loops: an element-wise layer with a per-channel broadcast input "
                        "(priced as a depthwise convolution, docs/cost-model.md \"Broadcast "
                        "element-wise\") has no loop lowering yet";
            v.kind = LayerKind::Eltwise;
            v.isMul = elt.getKind() == EltwiseKind::mul;
            v.numInputs = static_cast<int64_t>(elt.getInputs().size());
            v.inH = v.padH = v.layer.E;
            v.inW = v.padW = v.layer.F;
            for (Value in : elt.getInputs())
              v.inputTypes.push_back(memref(shape(in)));
            v.outputType = memref(shape(elt.getOutput()));
            return success();
          })
          .Default([&](Operation *) {
            return op->emitError() << "cannot lower layer '" << name
                                   << "' to loops: no loop lowering for '" << op->getName()
                                   << "'";
          });
  if (failed(ok))
    return failure();
  return std::optional<LayerLoopView>(std::move(v));
}

/// Adds trailing unit dimensions: N x C -> N x C x 1 x 1, N x C x E -> N x C x E x 1.
static Value toRank4(OpBuilder &b, Location loc, Value m) {
  auto type = cast<MemRefType>(m.getType());
  int64_t rank = type.getRank();
  if (rank == 4)
    return m;
  SmallVector<int64_t> dims(type.getShape());
  dims.resize(4, 1);
  SmallVector<ReassociationIndices> re;
  for (int64_t i = 0; i < rank - 1; ++i)
    re.push_back({i});
  ReassociationIndices last;
  for (int64_t i = rank - 1; i < 4; ++i)
    last.push_back(i);
  re.push_back(last);
  return memref::ExpandShapeOp::create(b, loc, dims, m, re);
}

/// Entry `g` of the leading (batch-of-matmuls) dimension, as a rank-2 view.
static Value batchEntry(OpBuilder &b, Location loc, Value m, Value g) {
  auto type = cast<MemRefType>(m.getType());
  SmallVector<OpFoldResult> offsets = {g, b.getIndexAttr(0), b.getIndexAttr(0)};
  SmallVector<OpFoldResult> sizes = {b.getIndexAttr(1), b.getIndexAttr(type.getDimSize(1)),
                                     b.getIndexAttr(type.getDimSize(2))};
  SmallVector<OpFoldResult> strides(3, b.getIndexAttr(1));
  Value entry = memref::SubViewOp::create(b, loc, m, offsets, sizes, strides);
  return memref::CollapseShapeOp::create(b, loc, entry,
                                         ArrayRef<ReassociationIndices>{{0, 1}, {2}});
}

/// Channels [g * count, (g + 1) * count) of dimension `dim` of a rank-4 memref.
static Value channelSlice(OpBuilder &b, Location loc, Value m, unsigned dim, Value g,
                          int64_t count) {
  auto type = cast<MemRefType>(m.getType());
  SmallVector<OpFoldResult> offsets(4, b.getIndexAttr(0)), strides(4, b.getIndexAttr(1));
  SmallVector<OpFoldResult> sizes;
  for (int64_t d : type.getShape())
    sizes.push_back(b.getIndexAttr(d));
  offsets[dim] = arith::MulIOp::create(b, loc, g, cidx(b, loc, count)).getResult();
  sizes[dim] = b.getIndexAttr(count);
  return memref::SubViewOp::create(b, loc, m, offsets, sizes, strides);
}

GroupViews dataflow::loops::groupViews(OpBuilder &b, Location loc, const LayerLoopView &v,
                                       ValueRange inputs, Value weights, Value output,
                                       Value group) {
  GroupViews views;
  const cost::Layer &l = v.layer;
  switch (v.kind) {
  case LayerKind::Conv:
    if (l.groups == 1) {
      views.ifm.push_back(inputs[0]);
      views.fil = weights;
      views.ofm = output;
    } else {
      views.ifm.push_back(channelSlice(b, loc, inputs[0], 1, group, l.C));
      views.fil = channelSlice(b, loc, weights, 0, group, l.M);
      views.ofm = channelSlice(b, loc, output, 1, group, l.M);
    }
    break;
  case LayerKind::FC:
    views.ifm.push_back(toRank4(b, loc, inputs[0]));
    views.fil = toRank4(b, loc, weights);
    views.ofm = toRank4(b, loc, output);
    break;
  case LayerKind::Matmul: {
    Value lhs = inputs[0], rhs = weights, out = output;
    if (l.groups > 1 || cast<MemRefType>(lhs.getType()).getRank() == 3) {
      lhs = batchEntry(b, loc, lhs, group);
      rhs = batchEntry(b, loc, rhs, group);
      out = batchEntry(b, loc, out, group);
    }
    // rows x K is N x C; K x cols read as cols x K is M x C.
    AffineMap swap = AffineMap::getPermutationMap(ArrayRef<unsigned>{1, 0}, b.getContext());
    Value rhsT = memref::TransposeOp::create(b, loc, rhs, AffineMapAttr::get(swap));
    views.ifm.push_back(toRank4(b, loc, lhs));
    views.fil = toRank4(b, loc, rhsT);
    views.ofm = toRank4(b, loc, out);
    break;
  }
  case LayerKind::Pool:
    views.ifm.push_back(inputs[0]);
    views.ofm = output;
    break;
  case LayerKind::Eltwise:
    for (Value in : inputs)
      views.ifm.push_back(toRank4(b, loc, in));
    views.ofm = toRank4(b, loc, output);
    break;
  }
  return views;
}

//===----------------------------------------------------------------------===//
// Arithmetic in the layer's word
//===----------------------------------------------------------------------===//

Value dataflow::loops::identityOf(OpBuilder &b, Location loc, const LayerLoopView &v) {
  bool isFloat = isa<FloatType>(v.elem);
  if (v.isMax) {
    if (isFloat)
      return arith::ConstantOp::create(
          b, loc, b.getFloatAttr(v.elem, -std::numeric_limits<float>::infinity()));
    return arith::ConstantOp::create(
        b, loc, b.getIntegerAttr(v.elem, std::numeric_limits<int32_t>::min()));
  }
  int64_t one = v.isMul ? 1 : 0;
  if (isFloat)
    return arith::ConstantOp::create(b, loc, b.getFloatAttr(v.elem, double(one)));
  return arith::ConstantOp::create(b, loc, b.getIntegerAttr(v.elem, one));
}

Value dataflow::loops::combine(OpBuilder &b, Location loc, const LayerLoopView &v, Value acc,
                               Value x) {
  bool isFloat = isa<FloatType>(v.elem);
  if (v.isMax)
    return isFloat ? arith::MaximumFOp::create(b, loc, acc, x).getResult()
                   : arith::MaxSIOp::create(b, loc, acc, x).getResult();
  if (v.isMul)
    return isFloat ? arith::MulFOp::create(b, loc, acc, x).getResult()
                   : arith::MulIOp::create(b, loc, acc, x).getResult();
  return isFloat ? arith::AddFOp::create(b, loc, acc, x).getResult()
                 : arith::AddIOp::create(b, loc, acc, x).getResult();
}

Value dataflow::loops::mulAdd(OpBuilder &b, Location loc, Value acc, Value x, Value y) {
  if (isa<FloatType>(acc.getType()))
    return arith::AddFOp::create(b, loc, acc, arith::MulFOp::create(b, loc, x, y));
  return arith::AddIOp::create(b, loc, acc, arith::MulIOp::create(b, loc, x, y));
}

Value dataflow::loops::divideByWindow(OpBuilder &b, Location loc, const LayerLoopView &v,
                                      Value x) {
  int64_t window = v.layer.R * v.layer.S;
  if (isa<FloatType>(v.elem))
    return arith::DivFOp::create(
        b, loc, x, arith::ConstantOp::create(b, loc, b.getFloatAttr(v.elem, double(window))));
  return arith::DivSIOp::create(
      b, loc, x, arith::ConstantOp::create(b, loc, b.getIntegerAttr(v.elem, window)));
}

void dataflow::loops::fillBuffer(OpBuilder &b, Location loc, Value buffer, Value value) {
  auto type = cast<MemRefType>(buffer.getType());
  SmallVector<Value> lbs, ubs, steps;
  for (int64_t d : type.getShape()) {
    lbs.push_back(cidx(b, loc, 0));
    ubs.push_back(cidx(b, loc, d));
    steps.push_back(cidx(b, loc, 1));
  }
  scf::buildLoopNest(b, loc, lbs, ubs, steps, [&](OpBuilder &nb, Location l, ValueRange ivs) {
    memref::StoreOp::create(nb, l, value, buffer, ivs);
  });
}
