//===- ScheduledLoopNest.cpp - one layer's schedule IR as loops over memrefs ==//
// Over 500 lines: one emitter; its buffer bookkeeping (allocBuffer..checkPlacement) is the part to split out next.
//
// Walks a dataflow.layer_schedule and emits `@<layer>_scheduled`:
//  - each dataflow.loop becomes an scf.for over its blocking factor, in the scheduled order;
//  - each dataflow.transfer into a level becomes a local buffer (memref.alloc) of the
//    block's footprint and memref.copy's of memref.subview's (one per batch unit), the
//    ofm write-backs the copies back after the loop that produces them (with the
//    partial-sum read-in before it, or the identity on the block's first visit);
//  - dataflow.spatial becomes the row-stationary processing pass: fold_h sub-passes x F
//    steps of an scf.parallel over the PE array (ifmaps x ofmaps x rows x cols), each PE
//    computing one partial sum, then the psum accumulation along the PE columns.
// Loop variables (docs/lower-to-loops.md): unit u of I = input channels
// [u*ifmaps, (u+1)*ifmaps), of O = output channels [u*ofmaps, (u+1)*ofmaps), of B =
// sample u / fold_w, output rows [(u % fold_w)*Eb, +Eb) with Eb = ceil(E / fold_w); the
// unit index of a loop dim is ((i_dram * t_gbuf) + i_gbuf) * t_regf + i_regf, and units
// past the layer (the blocking's ceil-division) are skipped or clipped with min/max.
//
//===----------------------------------------------------------------------===//

#include "LowerToLoops.h"

#include "Dataflow/CostModel/Eyeriss/Indices.h"

#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/SymbolTable.h"
#include "llvm/Support/MathExtras.h"

using namespace mlir;
using namespace dataflow;
using namespace dataflow::loops;

namespace {

constexpr int kI = cost::kLoopI, kO = cost::kLoopO, kB = cost::kLoopB;
constexpr int kFil = cost::kFil, kIfm = cost::kIfm, kOfm = cost::kOfm;

const char *levelName(BufferLevel l) { return stringifyBufferLevel(l).data(); }

/// A local buffer holding one block of a data category at the global buffer (bl = 0) or
/// in the register files (bl = 1).
struct LocalBuffer {
  Value mem;
  int bl = 0;
  Value start[3]; ///< first unit of each loop dim in the block (null: not a dim)
  int64_t words = 0; ///< tracked words: total (gbuf) or per PE (regf)
};

class NestEmitter {
public:
  NestEmitter(OpBuilder &b, const LayerLoopView &v, LayerScheduleOp sched, const Capacity &cap,
              bool track)
      : b(b), v(v), sched(sched), cap(cap), track(track), loc(v.op->getLoc()),
        dataLoops(v.layer.dataLoops()) {}

  FailureOr<func::FuncOp> run(Footprint &footprint);

private:
  OpBuilder &b;
  const LayerLoopView &v;
  LayerScheduleOp sched;
  Capacity cap;
  bool track;
  Location loc;
  cost::DataLoops dataLoops;

  // From the schedule IR.
  int64_t trip[3][3] = {{1, 1, 1}, {1, 1, 1}, {1, 1, 1}}; ///< [level][dim]
  SpatialOp spatial;
  int64_t ifms = 1, ofms = 1, foldH = 1, foldW = 1, rows = 1, cols = 1;
  // Derived shapes.
  int64_t L[3] = {1, 1, 1}; ///< units per loop dim (ceil division)
  int64_t Eb = 1, Hbuf = 1, Win = 1;
  int64_t Cg = 1, Mg = 1;

  // Emission state.
  GroupViews views;
  Value psum;
  Value idx[3][3] = {}; ///< induction variables of the open loops (null: closed or trip 1)
  bool open[3][3] = {};
  std::optional<LocalBuffer> cur[2][3]; ///< current block per (bl, data)
  Footprint peak;

  InFlightDiagnostic error() {
    return v.op->emitError() << "cannot lower layer '" << v.name << "' to loops: ";
  }
  Value c(int64_t x) { return cidx(b, loc, x); }
  Value add(Value x, Value y) { return arith::AddIOp::create(b, loc, x, y); }
  Value sub(Value x, Value y) { return arith::SubIOp::create(b, loc, x, y); }
  Value mul(Value x, Value y) { return arith::MulIOp::create(b, loc, x, y); }
  Value mul(Value x, int64_t y) { return y == 1 ? x : mul(x, c(y)); }
  Value min(Value x, Value y) { return arith::MinSIOp::create(b, loc, x, y); }
  Value max(Value x, Value y) { return arith::MaxSIOp::create(b, loc, x, y); }
  /// max(0, min(hi, x)): the clipped extent of a partial last tile.
  Value clip(Value x, int64_t hi) { return max(c(0), min(x, c(hi))); }
  Value positive(Value x) {
    return arith::CmpIOp::create(b, loc, arith::CmpIPredicate::sgt, x, c(0));
  }
  Value andI(Value x, Value y) { return arith::AndIOp::create(b, loc, x, y); }
  void setAttr(Operation *op, StringRef name, Attribute a) {
    op->setAttr((kAttrPrefix + name).str(), a);
  }

  LogicalResult readSchedule();
  /// Units of loop dim l one block of blocking level bl spans (product of the inner factors).
  int64_t unitsPerBlock(int l, int bl) const {
    int64_t n = 1;
    for (int k = bl + 1; k < 3; ++k)
      n *= trip[k][l];
    return n;
  }
  /// First unit of dim l in the current block of blocking level bl (bl = 2: the pass).
  Value blockStart(int l, int bl);
  /// Buffer type of category d at blocking level bl.
  MemRefType bufferType(int d, int bl) const;
  int64_t perPeWords(int d, int bl) const;
  /// The channel loop of a category's channels in the ifm/ofm buffers.
  int ifmChannelDim() const { return v.convLike() ? kI : kO; }
  int64_t ifmChannelRep() const { return v.convLike() ? ifms : ofms; }
  int64_t ifmChannels() const { return v.convLike() ? Cg : Mg; }

  LogicalResult emitBlock(Block &block);
  LogicalResult checkPlacement(TransferOp t, int bl, int d);
  FailureOr<LocalBuffer> allocBuffer(int d, int bl, TransferOp t);
  void releaseBuffer(const LocalBuffer &buf);
  void trackWords(int bl, int64_t words);
  /// Copies the block of `inner` between its outer level (DRAM views or the gbuf block)
  /// and the buffer, in the direction of `toInner`.
  void copyBlock(int d, const LocalBuffer &inner, const LocalBuffer *outer, bool toInner,
                 TransferOp t);
  void ofmReadIn(const LocalBuffer &inner, const LocalBuffer *outer, TransferOp t);
  void emitPass();
};

LogicalResult NestEmitter::readSchedule() {
  bool seen[3][3] = {};
  sched.walk([&](Operation *op) {
    if (auto loop = dyn_cast<LoopOp>(op)) {
      int k = static_cast<int>(loop.getLevel()), l = static_cast<int>(loop.getDim());
      trip[k][l] = loop.tripCount();
      seen[k][l] = true;
    } else if (auto s = dyn_cast<SpatialOp>(op)) {
      spatial = s;
    }
  });
  for (int k = 0; k < 3; ++k)
    for (int l = 0; l < 3; ++l)
      if (!seen[k][l])
        return error() << "its schedule has no " << stringifyBufferLevel(BufferLevel(k))
                       << " " << stringifyLoopDim(LoopDim(l)) << " loop";
  if (!spatial)
    return error() << "its schedule has no dataflow.spatial";
  ifms = spatial.getIfmaps();
  ofms = spatial.getOfmaps();
  foldH = spatial.getFold()[0];
  foldW = spatial.getFold()[1];
  rows = spatial.getRows();
  cols = spatial.getCols();

  const cost::Layer &l = v.layer;
  Cg = l.C;
  Mg = l.M;
  if (!v.convLike()) {
    // Local-region layers: one input channel per output channel (C = M * nreg).
    Cg = l.M;
    if (ifms != 1)
      return error() << "a pooling or element-wise pass takes 1 ifmap, the schedule says "
                     << ifms;
  }
  Eb = llvm::divideCeilSigned(l.E, foldW);
  Hbuf = l.R + (Eb - 1) * l.U;
  Win = l.S + (l.F - 1) * l.V;
  L[kI] = llvm::divideCeilSigned(v.convLike() ? l.C : int64_t(1), ifms);
  L[kO] = llvm::divideCeilSigned(l.M, ofms);
  L[kB] = l.batch * foldW;
  if (rows != llvm::divideCeilSigned(l.R, foldH) || cols != Eb)
    return error() << "its processing pass is " << rows << " x " << cols
                   << " PEs, but the layer's folded PE set is "
                   << llvm::divideCeilSigned(l.R, foldH) << " x " << Eb;
  for (int d = 0; d < 3; ++d) {
    int64_t total = trip[0][d] * trip[1][d] * trip[2][d];
    if (total < L[d])
      return error() << "its " << stringifyLoopDim(LoopDim(d)) << " loops cover " << total
                     << " units of " << L[d];
  }
  return success();
}

Value NestEmitter::blockStart(int l, int bl) {
  Value s = c(0);
  for (int k = 0; k <= bl; ++k)
    if (idx[k][l])
      s = add(s, mul(idx[k][l], unitsPerBlock(l, k)));
  return s;
}

MemRefType NestEmitter::bufferType(int d, int bl) const {
  const cost::Layer &l = v.layer;
  int64_t tI = unitsPerBlock(kI, bl), tO = unitsPerBlock(kO, bl), tB = unitsPerBlock(kB, bl);
  SmallVector<int64_t> shape;
  if (d == kFil)
    shape = {tO * ofms, tI * ifms, l.R, l.S};
  else if (d == kIfm)
    shape = {tB, v.numInputs, unitsPerBlock(ifmChannelDim(), bl) * ifmChannelRep(), Hbuf, Win};
  else
    shape = {tB, tO * ofms, Eb, l.F};
  return MemRefType::get(shape, v.elem);
}

int64_t NestEmitter::perPeWords(int d, int bl) const {
  if (bl == 0)
    return bufferType(d, bl).getNumElements();
  // Row stationary (cost model §3.3): a PE holds per unit a filter row (S), an ifmap
  // window (S) and one partial sum, for each unit of the regf block; element-wise
  // layers stream their nreg inputs through the same window.
  int64_t units = 1;
  for (int l = 0; l < 3; ++l)
    if (dataLoops.isDim(d, l))
      units *= trip[2][l];
  int64_t unit = d == kOfm ? 1 : v.layer.S * (d == kIfm ? v.numInputs : 1);
  return units * unit;
}

void NestEmitter::trackWords(int bl, int64_t delta) {
  if (!track)
    return;
  Value words = arith::ConstantOp::create(b, loc, b.getI64IntegerAttr(delta));
  auto type = MemRefType::get({4}, b.getI64Type());
  Value g = memref::GetGlobalOp::create(b, loc, type, kFootprintGlobal);
  Value liveIdx = c(2 * bl), peakIdx = c(2 * bl + 1);
  Value live = memref::LoadOp::create(b, loc, g, liveIdx);
  live = arith::AddIOp::create(b, loc, live, words);
  memref::StoreOp::create(b, loc, live, g, liveIdx);
  Value peakV = memref::LoadOp::create(b, loc, g, peakIdx);
  memref::StoreOp::create(b, loc, arith::MaxSIOp::create(b, loc, peakV, live), g, peakIdx);
}

FailureOr<LocalBuffer> NestEmitter::allocBuffer(int d, int bl, TransferOp t) {
  LocalBuffer buf;
  buf.bl = bl;
  for (int l = 0; l < 3; ++l)
    if (dataLoops.isDim(d, l))
      buf.start[l] = blockStart(l, bl);
  auto alloc = memref::AllocOp::create(b, loc, bufferType(d, bl));
  buf.mem = alloc;
  buf.words = perPeWords(d, bl);
  setAttr(alloc, "level", b.getStringAttr(bl == 0 ? "gbuf" : "regf"));
  setAttr(alloc, "data", b.getStringAttr(stringifyDataKind(DataKind(d))));
  setAttr(alloc, bl == 0 ? "words" : "words_per_pe", b.getI64IntegerAttr(buf.words));
  setAttr(alloc, "schedule_words", b.getI64IntegerAttr(t.wordCount()));
  trackWords(bl, buf.words);
  return buf;
}

void NestEmitter::releaseBuffer(const LocalBuffer &buf) {
  trackWords(buf.bl, -buf.words);
  memref::DeallocOp::create(b, loc, buf.mem);
}

LogicalResult NestEmitter::checkPlacement(TransferOp t, int bl, int d) {
  // The block of d at level bl is fixed by the loops over its dims at levels <= bl; each
  // non-trivial one must enclose the refill, or the buffer would have to hold several.
  for (int k = 0; k <= bl; ++k)
    for (int l = 0; l < 3; ++l)
      if (dataLoops.isDim(d, l) && trip[k][l] > 1 && !open[k][l])
        return error() << "the " << stringifyDataKind(t.getData()) << " transfer "
                       << levelName(t.getFrom()) << " -> " << levelName(t.getTo())
                       << " sits outside the " << levelName(BufferLevel(k)) << " "
                       << stringifyLoopDim(LoopDim(l)) << " loop (trip " << trip[k][l]
                       << ") over one of its dimensions";
  return success();
}

/// A subview of `m` at `offsets` with `sizes`, dropping the unit dims listed in `drop`.
static Value box(OpBuilder &b, Location loc, Value m, ArrayRef<OpFoldResult> offsets,
                 ArrayRef<OpFoldResult> sizes, ArrayRef<bool> drop) {
  auto type = cast<MemRefType>(m.getType());
  SmallVector<OpFoldResult> strides(offsets.size(), b.getIndexAttr(1));
  SmallVector<int64_t> kept;
  for (size_t i = 0; i < sizes.size(); ++i) {
    if (drop[i])
      continue;
    std::optional<int64_t> s = getConstantIntValue(sizes[i]);
    kept.push_back(s ? *s : ShapedType::kDynamic);
  }
  MemRefType result = memref::SubViewOp::inferRankReducedResultType(kept, type, offsets,
                                                                    sizes, strides);
  return memref::SubViewOp::create(b, loc, result, m, offsets, sizes, strides);
}

void NestEmitter::copyBlock(int d, const LocalBuffer &inner, const LocalBuffer *outer,
                            bool toInner, TransferOp t) {
  const cost::Layer &l = v.layer;
  auto idxAttr = [&](int64_t x) -> OpFoldResult { return b.getIndexAttr(x); };
  auto emitCopy = [&](Value src, Value dst) {
    auto copy = memref::CopyOp::create(b, loc, toInner ? src : dst, toInner ? dst : src);
    // An ofm read-in before the loop runs the write-back's path the other way.
    bool readIn = t.isWriteBack() && toInner;
    std::string what = (stringifyDataKind(t.getData()) + " " +
                        levelName(readIn ? t.getTo() : t.getFrom()) + " -> " +
                        levelName(readIn ? t.getFrom() : t.getTo()))
                           .str();
    setAttr(copy, "transfer", b.getStringAttr(what));
    if (readIn)
      setAttr(copy, "partial_sums", b.getUnitAttr());
    setAttr(copy, "fills", b.getI64IntegerAttr(t.fillCount()));
    setAttr(copy, "words", b.getI64IntegerAttr(t.wordCount()));
  };
  // Relative unit offset of inner's block in outer's (DRAM: absolute).
  auto rel = [&](int dim) { return outer ? sub(inner.start[dim], outer->start[dim]) : inner.start[dim]; };
  int blk = inner.bl;

  if (d == kFil) {
    Value o0 = mul(inner.start[kO], ofms), i0 = mul(inner.start[kI], ifms);
    Value oc = clip(sub(c(Mg), o0), unitsPerBlock(kO, blk) * ofms);
    Value ic = clip(sub(c(Cg), i0), unitsPerBlock(kI, blk) * ifms);
    auto ifOp = scf::IfOp::create(b, loc, andI(positive(oc), positive(ic)), false);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPoint(ifOp.thenBlock()->getTerminator());
    SmallVector<OpFoldResult> sizes = {oc, ic, idxAttr(l.R), idxAttr(l.S)};
    SmallVector<bool> keep4(4, false);
    Value src = outer ? box(b, loc, outer->mem,
                            {mul(rel(kO), ofms), mul(rel(kI), ifms), idxAttr(0), idxAttr(0)},
                            sizes, keep4)
                      : box(b, loc, views.fil, {o0, i0, idxAttr(0), idxAttr(0)}, sizes, keep4);
    Value dst = box(b, loc, inner.mem, {idxAttr(0), idxAttr(0), idxAttr(0), idxAttr(0)}, sizes,
                    keep4);
    emitCopy(src, dst);
    return;
  }

  // ifm and ofm: one copy per batch unit (a sample's fold_w slice of rows).
  int chDim = d == kIfm ? ifmChannelDim() : kO;
  int64_t rep = d == kIfm ? ifmChannelRep() : ofms;
  int64_t chTotal = d == kIfm ? ifmChannels() : Mg;
  Value ch0 = mul(inner.start[chDim], rep);
  Value cc = clip(sub(c(chTotal), ch0), unitsPerBlock(chDim, blk) * rep);
  Value chRel = mul(rel(chDim), rep);
  Value bStart = inner.start[kB];
  Value nUnits = clip(sub(c(L[kB]), bStart), unitsPerBlock(kB, blk));
  auto forOp = scf::ForOp::create(b, loc, c(0), nUnits, c(1));
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPoint(forOp.getBody()->getTerminator());
  Value ub = forOp.getInductionVar();
  Value unit = add(bStart, ub);
  Value n = arith::DivSIOp::create(b, loc, unit, c(foldW));
  Value e0 = mul(arith::RemSIOp::create(b, loc, unit, c(foldW)), Eb);
  Value rowsOut = clip(sub(c(l.E), e0), Eb);
  Value ubOuter = outer ? add(sub(bStart, outer->start[kB]), ub) : Value();
  auto ifOp = scf::IfOp::create(b, loc, andI(positive(rowsOut), positive(cc)), false);
  b.setInsertionPoint(ifOp.thenBlock()->getTerminator());
  if (d == kOfm) {
    SmallVector<OpFoldResult> sizes = {idxAttr(1), cc, rowsOut, idxAttr(l.F)};
    SmallVector<bool> drop = {true, false, false, false};
    Value src = outer ? box(b, loc, outer->mem, {ubOuter, chRel, idxAttr(0), idxAttr(0)},
                            sizes, drop)
                      : box(b, loc, views.ofm, {n, ch0, e0, idxAttr(0)}, sizes, drop);
    Value dst = box(b, loc, inner.mem, {ub, idxAttr(0), idxAttr(0), idxAttr(0)}, sizes, drop);
    emitCopy(src, dst);
    return;
  }
  // ifm rows the unit's outputs read: (rowsOut - 1) * U + R from row e0 * U.
  Value rowsIn = add(mul(sub(rowsOut, c(1)), l.U), c(l.R));
  for (int64_t k = 0; k < v.numInputs; ++k) {
    SmallVector<OpFoldResult> dstSizes = {idxAttr(1), idxAttr(1), cc, rowsIn, idxAttr(Win)};
    SmallVector<bool> dstDrop = {true, true, false, false, false};
    Value src;
    if (outer) {
      src = box(b, loc, outer->mem, {ubOuter, idxAttr(k), chRel, idxAttr(0), idxAttr(0)},
                dstSizes, dstDrop);
    } else {
      SmallVector<OpFoldResult> sizes = {idxAttr(1), cc, rowsIn, idxAttr(Win)};
      src = box(b, loc, views.ifm[k], {n, ch0, mul(e0, l.U), idxAttr(0)}, sizes,
                {true, false, false, false});
    }
    Value dst = box(b, loc, inner.mem, {ub, idxAttr(k), idxAttr(0), idxAttr(0), idxAttr(0)},
                    dstSizes, dstDrop);
    emitCopy(src, dst);
  }
}

void NestEmitter::ofmReadIn(const LocalBuffer &inner, const LocalBuffer *outer, TransferOp t) {
  // First visit of the block: no enclosing loop over a non-ofm dim (the reduction over
  // input channels) has stepped yet, so there is no partial sum to read: start from the
  // identity. nn_dataflow counts 2f - 1 ofm fetches for the same reason.
  Value first = arith::ConstantIntOp::create(b, loc, 1, 1);
  for (int k = 0; k < 3; ++k)
    for (int l = 0; l < 3; ++l)
      if (!dataLoops.isDim(kOfm, l) && idx[k][l])
        first = andI(first, arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq,
                                                  idx[k][l], c(0)));
  auto ifOp = scf::IfOp::create(b, loc, first, /*withElseRegion=*/true);
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPoint(ifOp.thenBlock()->getTerminator());
  fillBuffer(b, loc, inner.mem, identityOf(b, loc, v));
  b.setInsertionPoint(ifOp.elseBlock()->getTerminator());
  copyBlock(kOfm, inner, outer, /*toInner=*/true, t);
}

LogicalResult NestEmitter::emitBlock(Block &block) {
  SmallVector<LocalBuffer> owned;
  SmallVector<std::optional<LocalBuffer>> saved;
  SmallVector<std::pair<int, int>> savedKeys;
  auto install = [&](int bl, int d, const LocalBuffer &buf) {
    savedKeys.push_back({bl, d});
    saved.push_back(cur[bl][d]);
    cur[bl][d] = buf;
    owned.push_back(buf);
  };
  auto outerOf = [&](TransferOp t, int bl, int d) -> FailureOr<const LocalBuffer *> {
    if (bl == 0 || t.isBypass())
      return static_cast<const LocalBuffer *>(nullptr);
    if (!cur[0][d])
      return error() << "its " << stringifyDataKind(t.getData())
                     << " register-file refill from the global buffer has no global-buffer "
                        "block around it";
    return &*cur[0][d];
  };

  for (auto it = block.begin(); it != block.end(); ++it) {
    Operation *op = &*it;
    if (auto t = dyn_cast<TransferOp>(op)) {
      if (t.isWriteBack())
        continue; // emitted around the loop before it
      int d = static_cast<int>(t.getData());
      int bl = t.innerLevel() == BufferLevel::gbuf ? 0 : 1;
      if (failed(checkPlacement(t, bl, d)))
        return failure();
      FailureOr<const LocalBuffer *> outer = outerOf(t, bl, d);
      if (failed(outer))
        return failure();
      FailureOr<LocalBuffer> buf = allocBuffer(d, bl, t);
      if (failed(buf))
        return failure();
      copyBlock(d, *buf, *outer, /*toInner=*/true, t);
      install(bl, d, *buf);
      continue;
    }
    if (isa<SpatialOp>(op)) {
      for (int d = v.convLike() ? 0 : 1; d < 3; ++d)
        if (!cur[1][d])
          return error() << "its processing pass has no register-file block of "
                         << stringifyDataKind(DataKind(d));
      emitPass();
      continue;
    }
    auto loop = dyn_cast<LoopOp>(op);
    if (!loop)
      return error() << "unexpected '" << op->getName() << "' in its schedule";

    // The ofm write-backs right after this loop: read the partial sums in before it
    // (outermost level first), write them back after it.
    SmallVector<TransferOp> ups;
    for (auto next = std::next(it); next != block.end(); ++next) {
      auto t = dyn_cast<TransferOp>(&*next);
      if (!t || !t.isWriteBack())
        break;
      ups.push_back(t);
    }
    SmallVector<std::pair<TransferOp, LocalBuffer>> upBuffers;
    for (TransferOp t : llvm::reverse(ups)) {
      int d = static_cast<int>(t.getData());
      int bl = t.innerLevel() == BufferLevel::gbuf ? 0 : 1;
      if (failed(checkPlacement(t, bl, d)))
        return failure();
      FailureOr<const LocalBuffer *> outer = outerOf(t, bl, d);
      if (failed(outer))
        return failure();
      FailureOr<LocalBuffer> buf = allocBuffer(d, bl, t);
      if (failed(buf))
        return failure();
      ofmReadIn(*buf, *outer, t);
      install(bl, d, *buf);
      upBuffers.push_back({t, *buf});
    }

    int k = static_cast<int>(loop.getLevel()), l = static_cast<int>(loop.getDim());
    auto forOp = scf::ForOp::create(b, loc, c(0), c(loop.tripCount()), c(1));
    setAttr(forOp, "level", b.getStringAttr(levelName(loop.getLevel())));
    setAttr(forOp, "loop", b.getStringAttr(stringifyLoopDim(loop.getDim())));
    setAttr(forOp, "trip", b.getI64IntegerAttr(loop.tripCount()));
    {
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPoint(forOp.getBody()->getTerminator());
      open[k][l] = true;
      idx[k][l] = loop.tripCount() > 1 ? forOp.getInductionVar() : Value();
      LogicalResult inner = emitBlock(loop.getBody().front());
      open[k][l] = false;
      idx[k][l] = Value();
      if (failed(inner))
        return failure();
    }
    // Write-backs in schedule order (innermost level first).
    for (auto &[t, buf] : llvm::reverse(upBuffers)) {
      int d = static_cast<int>(t.getData());
      const LocalBuffer *outer = buf.bl == 1 && !t.isBypass() ? &*cur[0][d] : nullptr;
      copyBlock(d, buf, outer, /*toInner=*/false, t);
    }
  }

  for (const LocalBuffer &buf : llvm::reverse(owned))
    releaseBuffer(buf);
  for (size_t i = saved.size(); i-- > 0;)
    cur[savedKeys[i].first][savedKeys[i].second] = saved[i];
  return success();
}

void NestEmitter::emitPass() {
  const cost::Layer &l = v.layer;
  Value uI = blockStart(kI, 2), uO = blockStart(kO, 2), uB = blockStart(kB, 2);
  auto lt = [&](Value x, int64_t y) {
    return arith::CmpIOp::create(b, loc, arith::CmpIPredicate::slt, x, c(y));
  };
  // Units past the layer (ceil-division of the blocking) run no pass.
  auto valid = scf::IfOp::create(b, loc, andI(andI(lt(uI, L[kI]), lt(uO, L[kO])), lt(uB, L[kB])),
                                 false);
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPoint(valid.thenBlock()->getTerminator());

  // Position of the pass's unit inside the register-file block.
  auto local = [&](int dim) { return idx[2][dim] ? idx[2][dim] : c(0); };
  Value i2 = local(kI), o2 = local(kO), b2 = local(kB);
  Value fil = cur[1][kFil] ? cur[1][kFil]->mem : Value();
  Value ifm = cur[1][kIfm]->mem, ofm = cur[1][kOfm]->mem;
  Value ifmsV = v.convLike() ? clip(sub(c(Cg), mul(uI, ifms)), ifms) : c(1);
  Value ofmsV = clip(sub(c(Mg), mul(uO, ofms)), ofms);
  Value e0 = mul(arith::RemSIOp::create(b, loc, uB, c(foldW)), Eb);
  Value rowsOut = clip(sub(c(l.E), e0), Eb);
  Value oBase = mul(o2, ofms), iBase = mul(i2, ifms);

  auto sub_ = scf::ForOp::create(b, loc, c(0), c(foldH), c(1));
  setAttr(sub_, "fold_h", b.getI64IntegerAttr(foldH));
  b.setInsertionPoint(sub_.getBody()->getTerminator());
  Value r0 = mul(sub_.getInductionVar(), rows);
  Value rc = clip(sub(c(l.R), r0), rows);
  auto fLoop = scf::ForOp::create(b, loc, c(0), c(l.F), c(1));
  setAttr(fLoop, "steps", b.getStringAttr("F"));
  b.setInsertionPoint(fLoop.getBody()->getTerminator());
  Value f = fLoop.getInductionVar();

  // The PE array: replica a (ifmaps), replica bb (ofmaps), PE row r, PE column e.
  auto par = scf::ParallelOp::create(b, loc, ValueRange{c(0), c(0), c(0), c(0)},
                                     ValueRange{ifmsV, ofmsV, rc, rowsOut},
                                     ValueRange{c(1), c(1), c(1), c(1)});
  setAttr(par, "spatial", b.getStringAttr("row_stationary"));
  setAttr(par, "pe_array", b.getDenseI64ArrayAttr({ifms, ofms, rows, cols}));
  {
    OpBuilder::InsertionGuard g2(b);
    b.setInsertionPoint(par.getBody()->getTerminator());
    ValueRange pe = par.getInductionVars();
    Value a = pe[0], bb = pe[1], r = pe[2], e = pe[3];
    Value row = add(mul(e, l.U), add(r0, r)); // ifmap row in the unit
    Value acc = identityOf(b, loc, v);
    // One PE: a 1-D convolution step over the filter row (S MACs), or the window row.
    auto sLoop = scf::ForOp::create(b, loc, c(0), c(l.S), c(1), ValueRange{acc});
    {
      OpBuilder::InsertionGuard g3(b);
      b.setInsertionPointToEnd(sLoop.getBody());
      Value s = sLoop.getInductionVar();
      Value x = sLoop.getRegionIterArgs()[0];
      Value col = add(mul(f, l.V), s);
      if (v.convLike()) {
        Value w = memref::LoadOp::create(b, loc, fil,
                                         ValueRange{add(oBase, bb), add(iBase, a), add(r0, r), s});
        Value in = memref::LoadOp::create(b, loc, ifm,
                                          ValueRange{b2, c(0), add(iBase, a), row, col});
        x = mulAdd(b, loc, x, w, in);
      } else {
        for (int64_t k = 0; k < v.numInputs; ++k) {
          Value in = memref::LoadOp::create(b, loc, ifm,
                                            ValueRange{b2, c(k), add(oBase, bb), row, col});
          x = combine(b, loc, v, x, in);
        }
      }
      scf::YieldOp::create(b, loc, x);
    }
    memref::StoreOp::create(b, loc, sLoop.getResult(0), psum, ValueRange{a, bb, r, e});
  }
  // Partial sums flow down the PE columns (and across the ifmap replicas) into the ofm.
  {
    OpBuilder::InsertionGuard g2(b);
    auto bbLoop = scf::ForOp::create(b, loc, c(0), ofmsV, c(1));
    setAttr(bbLoop, "psum_accumulation", b.getUnitAttr());
    b.setInsertionPoint(bbLoop.getBody()->getTerminator());
    auto eLoop = scf::ForOp::create(b, loc, c(0), rowsOut, c(1));
    b.setInsertionPoint(eLoop.getBody()->getTerminator());
    Value bb = bbLoop.getInductionVar(), e = eLoop.getInductionVar();
    SmallVector<Value> at = {b2, add(oBase, bb), e, f};
    Value acc = memref::LoadOp::create(b, loc, ofm, at);
    auto aLoop = scf::ForOp::create(b, loc, c(0), ifmsV, c(1), ValueRange{acc});
    b.setInsertionPointToEnd(aLoop.getBody());
    auto rLoop = scf::ForOp::create(b, loc, c(0), rc, c(1),
                                    ValueRange{aLoop.getRegionIterArgs()[0]});
    b.setInsertionPointToEnd(rLoop.getBody());
    Value p = memref::LoadOp::create(
        b, loc, psum,
        ValueRange{aLoop.getInductionVar(), bb, rLoop.getInductionVar(), e});
    scf::YieldOp::create(b, loc, combine(b, loc, v, rLoop.getRegionIterArgs()[0], p));
    b.setInsertionPointToEnd(aLoop.getBody());
    scf::YieldOp::create(b, loc, rLoop.getResult(0));
    b.setInsertionPoint(eLoop.getBody()->getTerminator());
    memref::StoreOp::create(b, loc, aLoop.getResult(0), ofm, at);
  }

  if (v.isAvg) {
    // Average pooling: every window is complete after the sub-passes.
    b.setInsertionPointAfter(sub_);
    auto bbLoop = scf::ForOp::create(b, loc, c(0), ofmsV, c(1));
    b.setInsertionPoint(bbLoop.getBody()->getTerminator());
    auto eLoop = scf::ForOp::create(b, loc, c(0), rowsOut, c(1));
    b.setInsertionPoint(eLoop.getBody()->getTerminator());
    auto fl = scf::ForOp::create(b, loc, c(0), c(l.F), c(1));
    b.setInsertionPoint(fl.getBody()->getTerminator());
    SmallVector<Value> at = {b2, add(oBase, bbLoop.getInductionVar()),
                             eLoop.getInductionVar(), fl.getInductionVar()};
    Value x = memref::LoadOp::create(b, loc, ofm, at);
    memref::StoreOp::create(b, loc, divideByWindow(b, loc, v, x), ofm, at);
  }
}

FailureOr<func::FuncOp> NestEmitter::run(Footprint &footprint) {
  if (failed(readSchedule()))
    return failure();
  const cost::Layer &l = v.layer;

  // Static footprint: every buffer of the nest is live at the processing pass.
  for (int d = 0; d < 3; ++d) {
    bool present = d != kFil || v.convLike();
    if (!present)
      continue;
    bool stored = false;
    sched.walk([&](TransferOp t) {
      if (static_cast<int>(t.getData()) == d && t.innerLevel() == BufferLevel::gbuf)
        stored = true;
    });
    if (stored)
      peak.gbufWords += perPeWords(d, 0);
    peak.regfWordsPerPe += perPeWords(d, 1);
  }
  footprint = peak;
  if (peak.gbufWords > cap.gbufWords)
    return error() << "its global-buffer blocks take " << peak.gbufWords
                   << " words, more than the " << cap.gbufWords << " the accelerator has";
  if (peak.regfWordsPerPe > cap.regfWords)
    return error() << "its register-file blocks take " << peak.regfWordsPerPe
                   << " words per PE, more than the " << cap.regfWords
                   << " the accelerator has";

  auto fnType = b.getFunctionType(v.argTypes(), {});
  auto fn = func::FuncOp::create(b, loc, v.symbol + "_scheduled", fnType);
  setAttr(fn, "layer", b.getStringAttr(v.name));
  setAttr(fn, "gbuf_words", b.getI64IntegerAttr(peak.gbufWords));
  setAttr(fn, "regf_words_per_pe", b.getI64IntegerAttr(peak.regfWordsPerPe));
  setAttr(fn, "gbuf_capacity", b.getI64IntegerAttr(cap.gbufWords));
  setAttr(fn, "regf_capacity", b.getI64IntegerAttr(cap.regfWords));
  Block *entry = fn.addEntryBlock();
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(entry);
  auto args = entry->getArguments();
  size_t numIn = v.inputTypes.size();
  SmallVector<Value> inputs(args.begin(), args.begin() + numIn);
  Value weights = v.weightType ? args[numIn] : Value();
  Value output = args.back();

  // Padding is a DRAM-side copy the cost model does not price (it reads R + (E-1)U rows).
  SmallVector<Value> padded;
  for (Value in : inputs) {
    if (!v.needsPadding()) {
      padded.push_back(in);
      continue;
    }
    auto t = cast<MemRefType>(in.getType());
    auto alloc = memref::AllocOp::create(
        b, loc, MemRefType::get({t.getDimSize(0), t.getDimSize(1), v.padH, v.padW}, v.elem));
    setAttr(alloc, "level", b.getStringAttr("dram"));
    setAttr(alloc, "data", b.getStringAttr("padded_ifm"));
    Value padValue = v.isMax ? identityOf(b, loc, v)
                             : arith::ConstantOp::create(b, loc, b.getZeroAttr(v.elem)).getResult();
    fillBuffer(b, loc, alloc, padValue);
    SmallVector<OpFoldResult> offs = {b.getIndexAttr(0), b.getIndexAttr(0),
                                      b.getIndexAttr(v.padTop), b.getIndexAttr(v.padLeft)};
    SmallVector<OpFoldResult> sizes;
    for (int64_t d : t.getShape())
      sizes.push_back(b.getIndexAttr(d));
    Value interior = box(b, loc, alloc, offs, sizes, {false, false, false, false});
    memref::CopyOp::create(b, loc, in, interior);
    padded.push_back(alloc);
  }

  // The PE array's partial-sum registers: one word per PE (regf ofm, cost model §3.3).
  auto psumAlloc = memref::AllocOp::create(
      b, loc, MemRefType::get({ifms, ofms, rows, cols}, v.elem));
  setAttr(psumAlloc, "level", b.getStringAttr("pe_array"));
  setAttr(psumAlloc, "data", b.getStringAttr("psum"));
  psum = psumAlloc;

  // Groups run one after another (cost model: figures x groups).
  Value group = c(0);
  scf::ForOp groupLoop;
  if (l.groups > 1) {
    groupLoop = scf::ForOp::create(b, loc, c(0), c(l.groups), c(1));
    setAttr(groupLoop, "level", b.getStringAttr("groups"));
    setAttr(groupLoop, "trip", b.getI64IntegerAttr(l.groups));
    b.setInsertionPoint(groupLoop.getBody()->getTerminator());
    group = groupLoop.getInductionVar();
  }
  views = groupViews(b, loc, v, padded, weights, output, group);
  if (failed(emitBlock(sched.getBody().front()))) {
    fn.erase();
    return failure();
  }
  if (groupLoop)
    b.setInsertionPointAfter(groupLoop);
  memref::DeallocOp::create(b, loc, psum);
  if (v.needsPadding())
    for (Value p : padded)
      memref::DeallocOp::create(b, loc, p);
  func::ReturnOp::create(b, loc);
  return fn;
}

} // namespace

FailureOr<func::FuncOp> dataflow::loops::emitScheduled(OpBuilder &b, const LayerLoopView &v,
                                                       LayerScheduleOp schedule,
                                                       const Capacity &cap, bool track,
                                                       Footprint &footprint) {
  NestEmitter emitter(b, v, schedule, cap, track);
  return emitter.run(footprint);
}
