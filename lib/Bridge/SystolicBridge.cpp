//===- SystolicBridge.cpp - IR <-> the systolic family ----------------------===//

#include "Dataflow/Bridge/SystolicBridge.h"
#include "LayerSupport.h"
#include "Dataflow/IR/LayerOpInterface.h"
#include "llvm/ADT/TypeSwitch.h"
#include "llvm/Support/ErrorHandling.h"

using namespace mlir;
using namespace dataflow;
using namespace dataflow::bridge;

cost::SystolicHardware bridge::toSystolicHardware(AcceleratorOp accel) {
  cost::SystolicHardware hw;
  hw.arraySize = accel.arraySize();
  hw.wordBits = accel.wordBits();
  hw.bufferWords = static_cast<double>(accel.bufferBytes() / (accel.wordBits() / 8));
  hw.bandwidthGBs = accel.getBandwidthGbsAttr().getValueAsDouble();
  hw.clockGHz = accel.getClockGhzAttr().getValueAsDouble();
  return hw;
}

std::optional<cost::BufferPartition> bridge::toBufferPartition(AcceleratorOp accel) {
  std::optional<ArrayRef<double>> fractions = accel.getPartition();
  if (!fractions)
    return std::nullopt;
  cost::BufferPartition partition;
  partition.ifmap = (*fractions)[0];
  partition.ofmap = (*fractions)[1];
  partition.weights = (*fractions)[2];
  return partition;
}

cost::SystolicModelOptions bridge::toSystolicModelOptions(AcceleratorOp accel, bool fillDrain) {
  cost::SystolicModelOptions options;
  options.dataflow = *accel.getDataflow() == SystolicDataflowKind::weight_stationary
                         ? cost::SystolicDataflow::WeightStationary
                         : cost::SystolicDataflow::OutputStationary;
  options.fillDrain = fillDrain;
  return options;
}

cost::Result<std::optional<cost::SystolicLayer>> bridge::toSystolicLayer(Operation *op) {
  using Out = cost::Result<std::optional<cost::SystolicLayer>>;
  return llvm::TypeSwitch<Operation *, Out>(op)
      .Case([&](ConvOp conv) -> Out {
        ArrayRef<int64_t> kernel = conv.getKernel(), stride = conv.getStride();
        if (conv.getGroups() != 1)
          return unsupportedLayer(op, "grouped convolution (groups " +
                                     std::to_string(conv.getGroups()) +
                                     ") is not in the systolic model");
        if (llvm::any_of(conv.getDilation(), [](int64_t d) { return d != 1; }))
          return unsupportedLayer(op, "dilated convolution is not in the systolic model");
        if (llvm::any_of(stride, [&](int64_t s) { return s != stride[0]; }))
          return unsupportedLayer(op, "the systolic model takes one stride for every spatial "
                                 "dimension");
        Value in = conv.getInput(), out = conv.getOutput();
        if (dimOf(in, 0) != 1)
          return unsupportedLayer(op, "the systolic model prices one image; batch is " +
                                     std::to_string(dimOf(in, 0)));
        // Tensors are N x C x [D x] H x W; the model's dimensions are W, H[, D].
        cost::SystolicLayer layer;
        unsigned rank = kernel.size();
        for (unsigned d = 0; d < rank; ++d) {
          layer.out.push_back(dimOf(out, 1 + rank - d));
          layer.kernel.push_back(kernel[rank - 1 - d]);
        }
        layer.stride = stride[0];
        layer.inChannels = dimOf(in, 1);
        layer.outChannels = dimOf(out, 1);
        return std::optional(layer);
      })
      .Case([&](FCOp fc) -> Out {
        auto in = cast<RankedTensorType>(fc.getInput().getType());
        cost::SystolicLayer layer;
        layer.out = {in.getDimSize(0), 1};
        layer.kernel = {1, 1};
        layer.inChannels = in.getNumElements() / in.getDimSize(0);
        layer.outChannels = dimOf(fc.getOutput(), 1);
        return std::optional(layer);
      })
      .Case([&](MatmulOp matmul) -> Out {
        auto lhs = matmul.getLhs().getType(), rhs = matmul.getRhs().getType();
        if (lhs.getRank() != 2)
          return unsupportedLayer(op, "batched matmul is not in the systolic model");
        cost::SystolicLayer layer;
        layer.out = {lhs.getDimSize(0), 1};
        layer.kernel = {1, 1};
        layer.inChannels = lhs.getDimSize(1);
        layer.outChannels = rhs.getDimSize(1);
        return std::optional(layer);
      })
      .Case([&](DeconvOp) -> Out {
        return unsupportedLayer(op, "transposed convolution must be decomposed into "
                               "convolutions first (dataflow-decompose-deconv)");
      })
      .Case<PoolOp, EltwiseOp, ConcatOp>(
          [&](Operation *) -> Out { return std::optional<cost::SystolicLayer>(); })
      // Like pool and eltwise: the systolic model prices the array's GEMMs only.
      .Case<ActivationOp, NormOp, SoftmaxOp, ViewOp>(
          [&](Operation *) -> Out { return std::optional<cost::SystolicLayer>(); })
      .Case([&](AttentionOp) -> Out {
        return unsupportedLayer(op, "attention is not in the systolic model yet: it is two "
                               "GEMMs per head and a softmax; write it as matmul, softmax, "
                               "matmul");
      })
      .Default([&](Operation *) -> Out { return unsupportedLayer(op, "not a dataflow layer op"); });
}

static SystolicMethodKind toMethodKind(cost::SystolicSearchMethod method) {
  switch (method) {
  case cost::SystolicSearchMethod::Exhaustive:
    return SystolicMethodKind::exhaustive;
  case cost::SystolicSearchMethod::Static:
    return SystolicMethodKind::Static;
  case cost::SystolicSearchMethod::Constrained:
    return SystolicMethodKind::constrained;
  case cost::SystolicSearchMethod::Combined:
    return SystolicMethodKind::combined;
  }
  return SystolicMethodKind::exhaustive;
}

cost::SystolicSearchMethod bridge::toSystolicMethod(SystolicMethodKind method) {
  switch (method) {
  case SystolicMethodKind::exhaustive:
    return cost::SystolicSearchMethod::Exhaustive;
  case SystolicMethodKind::Static:
    return cost::SystolicSearchMethod::Static;
  case SystolicMethodKind::constrained:
    return cost::SystolicSearchMethod::Constrained;
  case SystolicMethodKind::combined:
    return cost::SystolicSearchMethod::Combined;
  }
  return cost::SystolicSearchMethod::Exhaustive;
}

SystolicScheduleAttr bridge::toSystolicAttr(MLIRContext *context,
                                            const cost::SystolicSchedule &schedule,
                                            cost::SystolicSearchMethod method, bool fillDrain) {
  const cost::SystolicCost &c = schedule.cost;
  SystolicOrderKind order = c.order == cost::SystolicOrder::ChannelMajor
                                ? SystolicOrderKind::channel_major
                                : SystolicOrderKind::row_major;
  SmallVector<APFloat> buffer = {APFloat(schedule.ifmapWords), APFloat(schedule.ofmapWords),
                                 APFloat(schedule.weightWords)};
  return SystolicScheduleAttr::get(context, toMethodKind(method), order, c.tiling.channelSplits,
                                   c.tiling.spatialSplits, buffer, fillDrain,
                                   APFloat(c.cycles), APFloat(c.computeCycles),
                                   APFloat(c.memoryCycles), APFloat(c.transfer),
                                   APFloat(c.arrayUtilization));
}

cost::SystolicTiling bridge::toSystolicTiling(SystolicScheduleAttr attr) {
  cost::SystolicTiling tiling;
  tiling.channelSplits = attr.getChannelSplits();
  tiling.spatialSplits.assign(attr.getSpatialSplits().begin(), attr.getSpatialSplits().end());
  return tiling;
}

cost::SystolicOrder bridge::toSystolicOrder(SystolicScheduleAttr attr) {
  return attr.getOrder() == SystolicOrderKind::channel_major ? cost::SystolicOrder::ChannelMajor
                                                             : cost::SystolicOrder::RowMajor;
}
