//===- DecomposeDeconv.cpp - deconvolutions as stride-phase convolutions ---===//
//
// dataflow-decompose-deconv (Passes.td has the before/after IR). Per spatial
// dimension with stride s, kernel K, pad_begin pb, input In and output Out, the
// outputs o with (o + pb) mod s = p (phase p) are
//   out[o] = sum_j x[m - j] * w[p + j*s],  o + pb = m*s + p,  j < Kp = ceil((K-p)/s),
// a stride-1 convolution over x with the reversed sub-kernel w[p + (Kp-1-t)*s]
// (docs/seed-tools.md §3.2's sub-kernels, for any kernel parity). Phase p
// covers m in [m_lo, m_hi] = [ceil((pb-p)/s), floor((Out-1+pb-p)/s)], reads x
// padded by Kp-1-m_lo before and m_hi+1-In after (negative = crop), and lands
// at o = m*s + p - pb.
//
//===----------------------------------------------------------------------===//

#include "Dataflow/IR/DataflowOps.h"
#include "Dataflow/Transforms/Prepare/DecomposeDeconv.h"
#include "Dataflow/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "llvm/Support/MathExtras.h"

namespace dataflow {
#define GEN_PASS_DEF_DECOMPOSEDECONVPASS
#include "Dataflow/Transforms/Passes.h.inc"
} // namespace dataflow

using namespace mlir;
using namespace dataflow;

namespace {

/// One phase on one spatial dimension.
struct PhaseDim {
  int64_t taps = 0;        ///< Kp
  int64_t mLo = 0, mHi = -1;
  int64_t count() const { return mHi - mLo + 1; }
  int64_t outOffset = 0;   ///< first output position
};

PhaseDim phaseDim(int64_t in, int64_t out, int64_t k, int64_t s, int64_t pb, int64_t p) {
  (void)in;
  PhaseDim d;
  d.taps = k > p ? (k - p + s - 1) / s : 0;
  d.mLo = llvm::divideCeilSigned(pb - p, s);
  d.mHi = llvm::divideFloorSigned(out - 1 + pb - p, s);
  d.outOffset = d.mLo * s + p - pb;
  return d;
}

/// The input window of a stride-1 convolution that produces m in [mLo, mHi]
/// with `taps` taps ending at m: padding, or cropping when negative.
struct Window {
  int64_t cropBegin = 0, cropEnd = 0, padBegin = 0, padEnd = 0;
};

Window windowFor(int64_t in, int64_t taps, int64_t mLo, int64_t mHi) {
  Window w;
  const int64_t pb = taps - 1 - mLo, pe = mHi + 1 - in;
  if (pb < 0)
    w.cropBegin = -pb;
  else
    w.padBegin = pb;
  if (pe < 0)
    w.cropEnd = -pe;
  else
    w.padEnd = pe;
  return w;
}

/// The rewrite of one deconvolution (split, or combine).
struct Decomposer {
  bool combine = false;

  /// Crops the input as the window says; returns the (possibly sliced) input
  /// and the padding to use, or nullopt when nothing of the input is read.
  std::optional<Value> cropInput(OpBuilder &b, Location loc, Value x,
                                 ArrayRef<Window> windows) {
    auto t = cast<RankedTensorType>(x.getType());
    SmallVector<int64_t> offsets(t.getRank(), 0), sizes(t.getShape()), strides(t.getRank(), 1);
    bool crop = false;
    for (auto [i, w] : llvm::enumerate(windows)) {
      if (w.cropBegin == 0 && w.cropEnd == 0)
        continue;
      crop = true;
      offsets[2 + i] = w.cropBegin;
      sizes[2 + i] = t.getDimSize(2 + i) - w.cropBegin - w.cropEnd;
      if (sizes[2 + i] <= 0)
        return std::nullopt;
    }
    if (!crop)
      return x;
    auto type = RankedTensorType::get(sizes, t.getElementType());
    return tensor::ExtractSliceOp::create(b, loc, type, x, ValueRange{}, ValueRange{},
                                            ValueRange{}, offsets, sizes, strides)
        .getResult();
  }

  Value conv(OpBuilder &b, Location loc, Value x, ArrayRef<Window> windows,
             ArrayRef<int64_t> taps, ArrayRef<int64_t> outSpatial, int64_t channels,
             int64_t groups, Type elem, StringAttr name) {
    const int64_t n = cast<RankedTensorType>(x.getType()).getDimSize(0);
    SmallVector<int64_t> shape{n, channels};
    shape.append(outSpatial.begin(), outSpatial.end());
    SmallVector<int64_t> pad, ones(taps.size(), 1);
    for (const Window &w : windows)
      pad.push_back(w.padBegin);
    for (const Window &w : windows)
      pad.push_back(w.padEnd);
    return ConvOp::create(b, loc, RankedTensorType::get(shape, elem), x, taps, ones, pad, ones,
                            static_cast<uint64_t>(groups), name)
        .getResult();
  }

  LogicalResult rewrite(DeconvOp op) {
    auto inType = cast<RankedTensorType>(op.getInput().getType());
    auto outType = cast<RankedTensorType>(op.getOutput().getType());
    const size_t rank = op.getKernel().size();
    if (llvm::any_of(op.getDilation(), [](int64_t d) { return d != 1; }))
      return op.emitError() << "cannot decompose a deconvolution with dilation ["
                            << llvm::make_range(op.getDilation().begin(),
                                                op.getDilation().end())
                            << "]; only dilation 1 is supported";
    if (combine && op.getGroups() != 1)
      return op.emitError() << "combine=true needs groups = 1, got groups "
                            << op.getGroups() << " (use combine=false)";
    if (!inType.hasStaticShape() || !outType.hasStaticShape())
      return op.emitError() << "cannot decompose a deconvolution with dynamic shapes";

    // Per dimension, every phase.
    SmallVector<SmallVector<PhaseDim>> dims(rank);
    for (size_t i = 0; i < rank; ++i)
      for (int64_t p = 0; p < op.getStride()[i]; ++p)
        dims[i].push_back(phaseDim(inType.getDimSize(2 + i), outType.getDimSize(2 + i),
                                   op.getKernel()[i], op.getStride()[i], op.getPad()[i], p));

    // Phases as multi-indices, dimension 0 outermost; keep those with outputs.
    SmallVector<SmallVector<int64_t>> phases{{}};
    for (size_t i = 0; i < rank; ++i) {
      SmallVector<SmallVector<int64_t>> next;
      for (const SmallVector<int64_t> &ph : phases)
        for (int64_t p = 0; p < op.getStride()[i]; ++p)
          if (dims[i][p].count() > 0) {
            SmallVector<int64_t> e = ph;
            e.push_back(p);
            next.push_back(e);
          }
      phases = std::move(next);
    }
    auto hasTaps = [&](ArrayRef<int64_t> ph) {
      for (size_t i = 0; i < rank; ++i)
        if (dims[i][ph[i]].taps == 0)
          return false;
      return true;
    };
    // Positions of phases without taps (or reading only padding) stay zero.
    bool zeroPhases = llvm::any_of(phases, [&](auto &ph) { return !hasTaps(ph); });

    OpBuilder b(op);
    Location loc = op.getLoc();
    Type elem = outType.getElementType();
    const int64_t co = outType.getDimSize(1);
    std::string base = op.getName() ? op.getName()->str() : std::string("deconv");

    // The destination: every output position belongs to exactly one phase.
    auto empty = tensor::EmptyOp::create(b, loc, outType.getShape(), elem);
    Value dest = empty;

    auto interleave = [&](Value phaseOut, ArrayRef<int64_t> ph) {
      SmallVector<int64_t> offsets{0, 0}, strides{1, 1};
      for (size_t i = 0; i < rank; ++i) {
        offsets.push_back(dims[i][ph[i]].outOffset);
        strides.push_back(op.getStride()[i]);
      }
      auto t = cast<RankedTensorType>(phaseOut.getType());
      dest = tensor::InsertSliceOp::create(b, loc, phaseOut, dest, ValueRange{}, ValueRange{},
                                             ValueRange{}, offsets, t.getShape(), strides)
                 .getResult();
    };
    auto phaseName = [&](ArrayRef<int64_t> ph) {
      std::string s = base + ".phase";
      for (int64_t p : ph)
        s += "_" + std::to_string(p);
      return b.getStringAttr(s);
    };

    if (!combine) {
      for (const SmallVector<int64_t> &ph : phases) {
        if (!hasTaps(ph))
          continue;
        SmallVector<Window> windows;
        SmallVector<int64_t> taps, outSpatial;
        for (size_t i = 0; i < rank; ++i) {
          const PhaseDim &d = dims[i][ph[i]];
          windows.push_back(windowFor(inType.getDimSize(2 + i), d.taps, d.mLo, d.mHi));
          taps.push_back(d.taps);
          outSpatial.push_back(d.count());
        }
        std::optional<Value> x = cropInput(b, loc, op.getInput(), windows);
        if (!x) {
          zeroPhases = true; // the phase reads only padding
          continue;
        }
        interleave(conv(b, loc, *x, windows, taps, outSpatial, co, op.getGroups(), elem,
                        phaseName(ph)),
                   ph);
      }
    } else {
      // One convolution over the union of the phases' ranges with the
      // largest sub-kernel; phase-major output channels.
      SmallVector<SmallVector<int64_t>> used;
      for (const SmallVector<int64_t> &ph : phases)
        if (hasTaps(ph))
          used.push_back(ph);
      SmallVector<Window> windows;
      SmallVector<int64_t> taps, outSpatial, lo;
      for (size_t i = 0; i < rank; ++i) {
        int64_t kmax = 0, mlo = INT64_MAX, mhi = INT64_MIN;
        for (const SmallVector<int64_t> &ph : used) {
          const PhaseDim &d = dims[i][ph[i]];
          kmax = std::max(kmax, d.taps);
          mlo = std::min(mlo, d.mLo);
          mhi = std::max(mhi, d.mHi);
        }
        windows.push_back(windowFor(inType.getDimSize(2 + i), kmax, mlo, mhi));
        taps.push_back(kmax);
        outSpatial.push_back(mhi - mlo + 1);
        lo.push_back(mlo);
      }
      std::optional<Value> x = cropInput(b, loc, op.getInput(), windows);
      if (x && !used.empty()) {
        Value all = conv(b, loc, *x, windows, taps, outSpatial,
                         co * static_cast<int64_t>(used.size()), 1, elem,
                         b.getStringAttr(base + ".phases"));
        for (auto [q, ph] : llvm::enumerate(used)) {
          SmallVector<int64_t> offsets{0, static_cast<int64_t>(q) * co},
              sizes{inType.getDimSize(0), co}, strides(2 + rank, 1);
          for (size_t i = 0; i < rank; ++i) {
            offsets.push_back(dims[i][ph[i]].mLo - lo[i]);
            sizes.push_back(dims[i][ph[i]].count());
          }
          auto type = RankedTensorType::get(sizes, elem);
          Value part = tensor::ExtractSliceOp::create(b, loc, type, all, ValueRange{},
                                                        ValueRange{}, ValueRange{}, offsets,
                                                        sizes, strides);
          interleave(part, ph);
        }
      } else {
        zeroPhases = true;
      }
    }
    if (zeroPhases) {
      b.setInsertionPoint(empty);
      Value zero = arith::ConstantOp::create(
          b, loc, outType, DenseElementsAttr::get(outType, b.getZeroAttr(elem)));
      if (dest == empty.getResult())
        dest = zero;
      empty.getResult().replaceAllUsesWith(zero);
      empty.erase();
    }
    op.getOutput().replaceAllUsesWith(dest);
    op.erase();
    return success();
  }
};

struct DecomposeDeconvPass
    : public dataflow::impl::DecomposeDeconvPassBase<DecomposeDeconvPass> {
  using Base::Base;

  void runOnOperation() override {
    SmallVector<DeconvOp> deconvs;
    getOperation()->walk([&](DeconvOp op) {
      if (eyerissOnly) {
        auto func = op->getParentOfType<func::FuncOp>();
        AcceleratorOp accel = func ? AcceleratorOp::boundTo(func) : AcceleratorOp();
        if (!accel || accel.isSystolic() || !accel.getNodes())
          return;
      }
      deconvs.push_back(op);
    });
    for (DeconvOp op : deconvs)
      if (failed(decomposeDeconv(op, combine)))
        return signalPassFailure();
  }
};

} // namespace

LogicalResult dataflow::decomposeDeconv(DeconvOp op, bool combine) {
  return Decomposer{combine}.rewrite(op);
}
