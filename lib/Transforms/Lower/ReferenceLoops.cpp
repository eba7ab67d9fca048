//===- ReferenceLoops.cpp - untiled reference nests and the check harness -===//
//
// For dataflow-lower-to-loops harness=true: `@<layer>_reference`, the layer as the plain
// loop nest of its definition on the unpadded tensors (bounds checks instead of padding,
// no views, no blocking: nothing shared with the scheduled nest but the signature), and
// `@main`, which fills the inputs with pseudo-random words, runs both functions, compares
// the outputs (exact for integers, 1e-5 relative for floats) and prints the error figures
// and the buffer peaks the scheduled code recorded.
//
//===----------------------------------------------------------------------===//

#include "LowerToLoops.h"

#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/SymbolTable.h"

using namespace mlir;
using namespace dataflow;
using namespace dataflow::loops;

namespace {

/// Builds loop nests with the builder's insertion point moving inward.
struct Nest {
  OpBuilder &b;
  Location loc;
  Value c(int64_t x) { return cidx(b, loc, x); }
  /// Opens a loop 0..ub and moves the insertion point into it.
  Value open(int64_t ub) {
    auto loop = scf::ForOp::create(b, loc, c(0), c(ub), c(1));
    b.setInsertionPoint(loop.getBody()->getTerminator());
    return loop.getInductionVar();
  }
  /// Reduces `body(ivs, acc)` over the loops 0..ubs[i], starting from `init`.
  Value reduce(ArrayRef<int64_t> ubs, Value init,
               llvm::function_ref<Value(ValueRange, Value)> body) {
    OpBuilder::InsertionGuard guard(b);
    SmallVector<scf::ForOp> loops;
    SmallVector<Value> ivs;
    Value acc = init;
    for (int64_t ub : ubs) {
      auto loop = scf::ForOp::create(b, loc, c(0), c(ub), c(1), ValueRange{acc});
      b.setInsertionPointToEnd(loop.getBody());
      loops.push_back(loop);
      ivs.push_back(loop.getInductionVar());
      acc = loop.getRegionIterArgs()[0];
    }
    Value result = body(ivs, acc);
    for (size_t i = loops.size(); i-- > 0;) {
      b.setInsertionPointToEnd(loops[i].getBody());
      scf::YieldOp::create(b, loc, result);
      result = loops[i].getResult(0);
    }
    return result;
  }
  Value add(Value x, Value y) { return arith::AddIOp::create(b, loc, x, y); }
  Value mul(Value x, int64_t y) { return arith::MulIOp::create(b, loc, x, c(y)); }
  /// 0 <= x + off < hi.
  Value inRange(Value x, int64_t off, int64_t hi) {
    Value y = arith::AddIOp::create(b, loc, x, c(off));
    Value lo = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::sge, y, c(0));
    Value up = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::slt, y, c(hi));
    return arith::AndIOp::create(b, loc, lo, up);
  }
  /// cond ? then() : acc.
  Value select(Value cond, Value acc, llvm::function_ref<Value()> then) {
    auto ifOp = scf::IfOp::create(b, loc, TypeRange{acc.getType()}, cond, true);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(ifOp.thenBlock());
    scf::YieldOp::create(b, loc, then());
    b.setInsertionPointToStart(ifOp.elseBlock());
    scf::YieldOp::create(b, loc, acc);
    return ifOp.getResult(0);
  }
};

Value load(OpBuilder &b, Location loc, Value m, ArrayRef<Value> at) {
  return memref::LoadOp::create(b, loc, m, at);
}

} // namespace

func::FuncOp dataflow::loops::emitReference(OpBuilder &b, const LayerLoopView &v) {
  Location loc = v.op->getLoc();
  auto fn = func::FuncOp::create(b, loc, v.symbol + "_reference",
                                 b.getFunctionType(v.argTypes(), {}));
  fn->setAttr((kAttrPrefix + "layer").str(), b.getStringAttr(v.name));
  Block *entry = fn.addEntryBlock();
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(entry);
  func::ReturnOp::create(b, loc);
  b.setInsertionPointToStart(entry);
  auto args = entry->getArguments();
  Value in = args[0], out = args.back();
  Value w = v.weightType ? args[v.inputTypes.size()] : Value();
  const cost::Layer &l = v.layer;
  Nest n{b, loc};

  switch (v.kind) {
  case LayerKind::Conv: {
    Value g = n.open(l.groups), s = n.open(l.batch), m = n.open(l.M), e = n.open(l.E),
          f = n.open(l.F);
    Value mm = n.add(n.mul(g, l.M), m);
    Value acc = n.reduce({l.C, l.R, l.S}, identityOf(b, loc, v), [&](ValueRange iv, Value a) {
      Value ih = n.add(n.mul(e, l.U), iv[1]), iw = n.add(n.mul(f, l.V), iv[2]);
      Value ok = arith::AndIOp::create(b, loc, n.inRange(ih, -v.padTop, v.inH),
                                       n.inRange(iw, -v.padLeft, v.inW));
      return n.select(ok, a, [&] {
        Value y = arith::SubIOp::create(b, loc, ih, n.c(v.padTop));
        Value x = arith::SubIOp::create(b, loc, iw, n.c(v.padLeft));
        Value c = n.add(n.mul(g, l.C), iv[0]);
        return mulAdd(b, loc, a, load(b, loc, in, {s, c, y, x}),
                      load(b, loc, w, {mm, iv[0], iv[1], iv[2]}));
      });
    });
    memref::StoreOp::create(b, loc, acc, out, ValueRange{s, mm, e, f});
    break;
  }
  case LayerKind::FC: {
    bool spatial = v.inputTypes[0].getRank() == 4;
    Value s = n.open(l.batch), m = n.open(l.M);
    SmallVector<int64_t> red = {l.C};
    if (spatial)
      red.append({l.R, l.S});
    Value acc = n.reduce(red, identityOf(b, loc, v), [&](ValueRange iv, Value a) {
      SmallVector<Value> xi = {s}, wi = {m};
      xi.append(iv.begin(), iv.end());
      wi.append(iv.begin(), iv.end());
      return mulAdd(b, loc, a, load(b, loc, in, xi), load(b, loc, w, wi));
    });
    memref::StoreOp::create(b, loc, acc, out, ValueRange{s, m});
    break;
  }
  case LayerKind::Matmul: {
    bool batched = v.inputTypes[0].getRank() == 3;
    Value g = batched ? n.open(l.groups) : Value();
    Value i = n.open(l.batch), j = n.open(l.M);
    Value acc = n.reduce({l.C}, identityOf(b, loc, v), [&](ValueRange iv, Value a) {
      SmallVector<Value> xi = {i, iv[0]}, wi = {iv[0], j};
      if (batched) {
        xi.insert(xi.begin(), g);
        wi.insert(wi.begin(), g);
      }
      return mulAdd(b, loc, a, load(b, loc, in, xi), load(b, loc, w, wi));
    });
    SmallVector<Value> oi = {i, j};
    if (batched)
      oi.insert(oi.begin(), g);
    memref::StoreOp::create(b, loc, acc, out, oi);
    break;
  }
  case LayerKind::Pool: {
    Value s = n.open(l.batch), m = n.open(l.M), e = n.open(l.E), f = n.open(l.F);
    Value acc = n.reduce({l.R, l.S}, identityOf(b, loc, v), [&](ValueRange iv, Value a) {
      Value ih = n.add(n.mul(e, l.U), iv[0]), iw = n.add(n.mul(f, l.V), iv[1]);
      Value ok = arith::AndIOp::create(b, loc, n.inRange(ih, -v.padTop, v.inH),
                                       n.inRange(iw, -v.padLeft, v.inW));
      return n.select(ok, a, [&] {
        Value y = arith::SubIOp::create(b, loc, ih, n.c(v.padTop));
        Value x = arith::SubIOp::create(b, loc, iw, n.c(v.padLeft));
        return combine(b, loc, v, a, load(b, loc, in, {s, m, y, x}));
      });
    });
    if (v.isAvg)
      acc = divideByWindow(b, loc, v, acc);
    memref::StoreOp::create(b, loc, acc, out, ValueRange{s, m, e, f});
    break;
  }
  case LayerKind::Eltwise: {
    SmallVector<Value> at;
    for (int64_t d : v.outputType.getShape())
      at.push_back(n.open(d));
    Value acc = identityOf(b, loc, v);
    for (int64_t k = 0; k < v.numInputs; ++k)
      acc = combine(b, loc, v, acc, load(b, loc, args[k], at));
    memref::StoreOp::create(b, loc, acc, out, at);
    break;
  }
  }
  return fn;
}

//===----------------------------------------------------------------------===//
// @main
//===----------------------------------------------------------------------===//

namespace {

struct Harness {
  OpBuilder &b;
  Location loc;
  Nest n{b, loc};

  void print(StringRef text) { vector::PrintOp::create(b, loc, text); }
  void printValue(Value x, bool newline = false) {
    vector::PrintOp::create(b, loc, x,
                            newline ? vector::PrintPunctuation::NewLine
                                    : vector::PrintPunctuation::NoPunctuation);
  }

  /// Visits every element of a static memref with its linear index.
  void forEach(MemRefType type, llvm::function_ref<void(ValueRange, Value)> body) {
    OpBuilder::InsertionGuard guard(b);
    SmallVector<Value> ivs;
    Value lin = n.c(0);
    for (int64_t d : type.getShape()) {
      Value iv = n.open(d);
      lin = n.add(n.mul(lin, d), iv);
      ivs.push_back(iv);
    }
    body(ivs, lin);
  }

  /// Deterministic pseudo-random words: small integers in [-7, 7] (exact products and
  /// sums), floats in [-1, 1].
  void fillRandom(Value m, int64_t seed) {
    auto type = cast<MemRefType>(m.getType());
    forEach(type, [&](ValueRange ivs, Value lin) {
      Type i64 = b.getI64Type();
      Value x = arith::IndexCastOp::create(b, loc, i64, lin);
      auto k = [&](int64_t c) { return arith::ConstantOp::create(b, loc, b.getI64IntegerAttr(c)); };
      Value h = arith::AddIOp::create(b, loc, arith::MulIOp::create(b, loc, x, k(1103515245)),
                                      k(12345 + 7919 * seed));
      h = arith::AndIOp::create(b, loc, h, k(0x7fffffff));
      h = arith::ShRUIOp::create(b, loc, h, k(8));
      Value word;
      if (isa<FloatType>(type.getElementType())) {
        Value r = arith::SubIOp::create(b, loc, arith::RemUIOp::create(b, loc, h, k(2001)),
                                        k(1000));
        Value f = arith::SIToFPOp::create(b, loc, type.getElementType(), r);
        word = arith::DivFOp::create(
            b, loc, f,
            arith::ConstantOp::create(b, loc, b.getFloatAttr(type.getElementType(), 1000.0)));
      } else {
        Value r = arith::SubIOp::create(b, loc, arith::RemUIOp::create(b, loc, h, k(15)), k(7));
        word = arith::TruncIOp::create(b, loc, type.getElementType(), r);
      }
      memref::StoreOp::create(b, loc, word, m, ivs);
    });
  }

  void fillConstant(Value m, int64_t x) {
    auto type = cast<MemRefType>(m.getType());
    Type e = type.getElementType();
    Value word = isa<FloatType>(e)
                     ? arith::ConstantOp::create(b, loc, b.getFloatAttr(e, double(x))).getResult()
                     : arith::ConstantOp::create(b, loc, b.getIntegerAttr(e, x)).getResult();
    fillBuffer(b, loc, m, word);
  }

  void layer(const LoweredLayer &ll, int64_t seed) {
    const LayerLoopView &v = *ll.view;
    SmallVector<Value> args;
    for (Type t : v.argTypes())
      args.push_back(memref::AllocOp::create(b, loc, cast<MemRefType>(t)));
    for (size_t i = 0; i + 1 < args.size(); ++i)
      fillRandom(args[i], seed + int64_t(i));
    Value outRef = memref::AllocOp::create(b, loc, v.outputType);
    // Unwritten outputs show up as mismatches.
    fillConstant(args.back(), 7777);
    fillConstant(outRef, -7777);

    auto counters = MemRefType::get({4}, b.getI64Type());
    Value g = memref::GetGlobalOp::create(b, loc, counters, kFootprintGlobal);
    Value zero = arith::ConstantOp::create(b, loc, b.getI64IntegerAttr(0));
    for (int64_t i = 0; i < 4; ++i)
      memref::StoreOp::create(b, loc, zero, g, ValueRange{n.c(i)});
    func::CallOp::create(b, loc, ll.scheduled, args);
    SmallVector<Value> refArgs(args.begin(), args.end() - 1);
    refArgs.push_back(outRef);
    func::CallOp::create(b, loc, ll.reference, refArgs);

    // Mismatch count and largest absolute error.
    bool isFloat = isa<FloatType>(v.elem);
    Type i64 = b.getI64Type(), f64 = b.getF64Type();
    Value count = zero;
    Value maxErr = isFloat ? arith::ConstantOp::create(b, loc, b.getF64FloatAttr(0)).getResult()
                           : zero;
    {
      OpBuilder::InsertionGuard guard(b);
      SmallVector<scf::ForOp> loops;
      SmallVector<Value> ivs;
      Value accC = count, accE = maxErr;
      for (int64_t d : v.outputType.getShape()) {
        auto loop = scf::ForOp::create(b, loc, n.c(0), n.c(d), n.c(1), ValueRange{accC, accE});
        b.setInsertionPointToEnd(loop.getBody());
        loops.push_back(loop);
        ivs.push_back(loop.getInductionVar());
        accC = loop.getRegionIterArgs()[0];
        accE = loop.getRegionIterArgs()[1];
      }
      Value x = memref::LoadOp::create(b, loc, args.back(), ivs);
      Value y = memref::LoadOp::create(b, loc, outRef, ivs);
      Value bad, err;
      if (isFloat) {
        Value xd = arith::ExtFOp::create(b, loc, f64, x), yd = arith::ExtFOp::create(b, loc, f64, y);
        auto abs = [&](Value z) {
          return arith::MaximumFOp::create(b, loc, z, arith::NegFOp::create(b, loc, z));
        };
        err = abs(arith::SubFOp::create(b, loc, xd, yd));
        Value scale = arith::MaximumFOp::create(
            b, loc, abs(yd), arith::ConstantOp::create(b, loc, b.getF64FloatAttr(1.0)));
        Value tol = arith::MulFOp::create(
            b, loc, scale, arith::ConstantOp::create(b, loc, b.getF64FloatAttr(1e-5)));
        // NaN compares unordered-greater, so it counts as a mismatch.
        bad = arith::CmpFOp::create(b, loc, arith::CmpFPredicate::UGT, err, tol);
        accE = arith::MaximumFOp::create(b, loc, accE, err);
      } else {
        Value xd = arith::ExtSIOp::create(b, loc, i64, x), yd = arith::ExtSIOp::create(b, loc, i64, y);
        Value diff = arith::SubIOp::create(b, loc, xd, yd);
        err = arith::MaxSIOp::create(b, loc, diff, arith::SubIOp::create(b, loc, zero, diff));
        bad = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, x, y);
        accE = arith::MaxSIOp::create(b, loc, accE, err);
      }
      accC = arith::AddIOp::create(b, loc, accC, arith::ExtUIOp::create(b, loc, i64, bad));
      SmallVector<Value> results = {accC, accE};
      for (size_t i = loops.size(); i-- > 0;) {
        b.setInsertionPointToEnd(loops[i].getBody());
        scf::YieldOp::create(b, loc, results);
        results = {loops[i].getResult(0), loops[i].getResult(1)};
      }
      count = results[0];
      maxErr = results[1];
    }
    print(v.name + ": outputs ");
    printValue(arith::ConstantOp::create(b, loc, b.getI64IntegerAttr(v.outputType.getNumElements())));
    print(" mismatches ");
    printValue(count);
    print(" max_abs_error ");
    printValue(maxErr, /*newline=*/true);

    // Buffer peaks recorded while the scheduled code ran, against the capacities.
    Value gPeak = memref::LoadOp::create(b, loc, g, ValueRange{n.c(1)});
    Value rPeak = memref::LoadOp::create(b, loc, g, ValueRange{n.c(3)});
    auto k = [&](int64_t c) { return arith::ConstantOp::create(b, loc, b.getI64IntegerAttr(c)); };
    print(v.name + ": gbuf peak ");
    printValue(gPeak);
    print(" of " + std::to_string(ll.cap.gbufWords) + " words, regf peak ");
    printValue(rPeak);
    print(" of " + std::to_string(ll.cap.regfWords) + " words per PE: ");
    Value fits = arith::AndIOp::create(
        b, loc, arith::CmpIOp::create(b, loc, arith::CmpIPredicate::sle, gPeak, k(ll.cap.gbufWords)),
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::sle, rPeak, k(ll.cap.regfWords)));
    auto ifOp = scf::IfOp::create(b, loc, fits, true);
    {
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPoint(ifOp.thenBlock()->getTerminator());
      print("fits\n");
      b.setInsertionPoint(ifOp.elseBlock()->getTerminator());
      print("EXCEEDS CAPACITY\n");
    }
    for (Value a : args)
      memref::DeallocOp::create(b, loc, a);
    memref::DeallocOp::create(b, loc, outRef);
  }
};

} // namespace

void dataflow::loops::emitHarness(OpBuilder &b, ModuleOp module,
                                  ArrayRef<LoweredLayer> layers) {
  Location loc = module.getLoc();
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToEnd(module.getBody());
  auto counters = MemRefType::get({4}, b.getI64Type());
  memref::GlobalOp::create(b, loc, kFootprintGlobal, b.getStringAttr("private"), counters,
                           DenseElementsAttr::get(RankedTensorType::get({4}, b.getI64Type()),
                                                  b.getI64IntegerAttr(0)),
                           /*constant=*/false, /*alignment=*/IntegerAttr());
  auto main = func::FuncOp::create(b, loc, "main", b.getFunctionType({}, {}));
  Block *entry = main.addEntryBlock();
  b.setInsertionPointToStart(entry);
  Harness h{b, loc};
  int64_t seed = 1;
  for (const LoweredLayer &ll : layers) {
    h.layer(ll, seed);
    seed += 8;
  }
  func::ReturnOp::create(b, loc);
}
