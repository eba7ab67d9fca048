//===- SplitDilatedConv.cpp - dilated convolutions as bands of equal phases -===//
//
// dataflow-split-dilated-conv (Passes.td has the before/after IR). A convolution
// with stride s and dilation d over E outputs of a dimension is P = d / gcd(s, d)
// phase convolutions of ceil((E - p) / P) outputs (phase p). The cost models take
// equal phases (P | E, or P >= E); otherwise the outputs split into the band
// [0, q P), q = floor(E / P) (P phases of q), and [q P, E) (E mod P < P phases
// of one). Band [a, b) with kernel K and pad_begin pb reads the padded input rows
// [a s, (b - 1) s + (K - 1) d + 1), shifted by -pb to real rows: cropped where
// inside the input, padded where outside.
//
//===----------------------------------------------------------------------===//

#include "Dataflow/CostModel/Core/DilationPhases.h"
#include "Dataflow/IR/DataflowOps.h"
#include "Dataflow/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"

namespace dataflow {
#define GEN_PASS_DEF_SPLITDILATEDCONVPASS
#include "Dataflow/Transforms/Passes.h.inc"
} // namespace dataflow

using namespace mlir;
using namespace dataflow;

namespace {

/// One band of outputs [begin, end) on one spatial dimension, and the input it reads.
struct Band {
  int64_t begin = 0, end = 0;
  int64_t cropBegin = 0, cropEnd = 0; ///< input rows left out
  int64_t padBegin = 0, padEnd = 0;   ///< padding the band's convolution keeps
};

/// The bands of one dimension: one (the whole extent) when its phases are equal.
SmallVector<Band> bandsOf(int64_t in, int64_t out, int64_t kernel, int64_t stride,
                          int64_t dilation, int64_t padBegin) {
  SmallVector<std::pair<int64_t, int64_t>> ranges;
  const int64_t phases = cost::phaseSplit(stride, dilation).phases, q = out / phases;
  if (cost::equalPhases(out, phases))
    ranges.push_back({0, out});
  else
    ranges = {{0, q * phases}, {q * phases, out}};
  SmallVector<Band> bands;
  for (auto [a, b] : ranges) {
    Band band{a, b};
    // Outputs [a, b) read the padded rows [a s, (b - 1) s + (K - 1) d + 1).
    const int64_t lo = a * stride - padBegin,
                  hi = (b - 1) * stride + (kernel - 1) * dilation + 1 - padBegin;
    band.cropBegin = std::max<int64_t>(0, lo);
    band.padBegin = std::max<int64_t>(0, -lo);
    band.cropEnd = std::max<int64_t>(0, in - hi);
    band.padEnd = std::max<int64_t>(0, hi - in);
    bands.push_back(band);
  }
  return bands;
}

void split(ConvOp op) {
  auto inType = cast<RankedTensorType>(op.getInput().getType());
  auto outType = cast<RankedTensorType>(op.getOutput().getType());
  ArrayRef<int64_t> kernel = op.getKernel(), dilation = op.getDilation(), pad = op.getPad();
  const size_t rank = kernel.size();
  SmallVector<SmallVector<Band>> dims;
  for (size_t i = 0; i < rank; ++i)
    dims.push_back(bandsOf(inType.getDimSize(2 + i), outType.getDimSize(2 + i), kernel[i],
                           op.getStride()[i], dilation[i], pad[i]));

  // Every combination of bands, dimension 0 outermost.
  SmallVector<SmallVector<unsigned>> pieces{{}};
  for (size_t i = 0; i < rank; ++i) {
    SmallVector<SmallVector<unsigned>> next;
    for (const SmallVector<unsigned> &piece : pieces)
      for (unsigned b = 0; b < dims[i].size(); ++b) {
        SmallVector<unsigned> e = piece;
        e.push_back(b);
        next.push_back(e);
      }
    pieces = std::move(next);
  }

  OpBuilder b(op);
  Location loc = op.getLoc();
  Type elem = outType.getElementType();
  const std::string base = op.getName() ? op.getName()->str() : std::string("conv");
  // Outputs whose every tap is padding (a band reading none of the input) are zero, as
  // in dataflow-decompose-deconv: the destination is then a zero constant.
  auto readsInput = [&](ArrayRef<unsigned> piece) {
    for (size_t i = 0; i < rank; ++i) {
      const Band &band = dims[i][piece[i]];
      if (inType.getDimSize(2 + i) - band.cropBegin - band.cropEnd <= 0)
        return false;
    }
    return true;
  };
  Value dest;
  if (llvm::all_of(pieces, readsInput))
    dest = tensor::EmptyOp::create(b, loc, outType.getShape(), elem);
  else
    dest = arith::ConstantOp::create(b, loc, outType,
                                     DenseElementsAttr::get(outType, b.getZeroAttr(elem)));
  for (const SmallVector<unsigned> &piece : pieces) {
    if (!readsInput(piece))
      continue;
    SmallVector<int64_t> offsets(inType.getRank(), 0), sizes(inType.getShape()),
        strides(inType.getRank(), 1), padBegin, padEnd,
        outShape{outType.getDimSize(0), outType.getDimSize(1)};
    bool crop = false;
    std::string name = base + ".band";
    for (size_t i = 0; i < rank; ++i) {
      const Band &band = dims[i][piece[i]];
      name += "_" + std::to_string(piece[i]);
      offsets[2 + i] = band.cropBegin;
      sizes[2 + i] = inType.getDimSize(2 + i) - band.cropBegin - band.cropEnd;
      crop |= band.cropBegin != 0 || band.cropEnd != 0;
      padBegin.push_back(band.padBegin);
      padEnd.push_back(band.padEnd);
      outShape.push_back(band.end - band.begin);
    }
    Value x = op.getInput();
    if (crop)
      x = tensor::ExtractSliceOp::create(b, loc, RankedTensorType::get(sizes, elem), x,
                                         ValueRange{}, ValueRange{}, ValueRange{}, offsets,
                                         sizes, strides);
    SmallVector<int64_t> bandPad(padBegin);
    bandPad.append(padEnd.begin(), padEnd.end());
    Value y = ConvOp::create(b, loc, RankedTensorType::get(outShape, elem), x, kernel,
                             op.getStride(), bandPad, dilation,
                             static_cast<uint64_t>(op.getGroups()), b.getStringAttr(name))
                  .getResult();
    SmallVector<int64_t> at{0, 0}, ones(outType.getRank(), 1);
    for (size_t i = 0; i < rank; ++i)
      at.push_back(dims[i][piece[i]].begin);
    dest = tensor::InsertSliceOp::create(b, loc, y, dest, ValueRange{}, ValueRange{},
                                         ValueRange{}, at, outShape, ones)
               .getResult();
  }
  op.getOutput().replaceAllUsesWith(dest);
  op.erase();
}

/// Whether a convolution has a dimension of unequal dilation phases this pass splits.
bool hasUnequalPhases(ConvOp op) {
  auto out = cast<RankedTensorType>(op.getOutput().getType());
  if (!out.hasStaticShape() || !cast<RankedTensorType>(op.getInput().getType()).hasStaticShape())
    return false;
  for (auto [i, d] : llvm::enumerate(op.getDilation())) {
    const int64_t phases = cost::phaseSplit(op.getStride()[i], d).phases;
    if (!cost::equalPhases(out.getDimSize(2 + i), phases))
      return true;
  }
  return false;
}

struct SplitDilatedConvPass
    : public dataflow::impl::SplitDilatedConvPassBase<SplitDilatedConvPass> {
  void runOnOperation() override {
    SmallVector<ConvOp> convs;
    getOperation()->walk([&](ConvOp op) {
      if (hasUnequalPhases(op))
        convs.push_back(op);
    });
    for (ConvOp op : convs)
      split(op);
  }
};

} // namespace
