//===- SystolicBridge.cpp - IR <-> the systolic family ----------------------===//

#include "Dataflow/Bridge/SystolicBridge.h"
#include "LayerSupport.h"
#include "Dataflow/CostModel/Technology/SystolicTable.h"
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

cost::Result<cost::tech::SystolicTable> bridge::estimateSystolicTable(AcceleratorOp accel) {
  cost::tech::SystolicTableRequest r;
  r.nodeNm = static_cast<int>(accel.getTechnologyAttr().getInt());
  r.wordBits = accel.wordBits();
  r.arraySize = accel.arraySize();
  r.bufferBytes = accel.bufferBytes();
  cost::Result<cost::tech::DramType> type =
      cost::tech::parseDramType(accel.getDramTypeAttr().str());
  if (!type)
    return type.status();
  r.dram = *type;
  r.clockGhz = accel.getClockGhzAttr().getValueAsDouble();
  return cost::tech::estimateSystolicTable(r);
}

cost::Result<std::optional<cost::SystolicEnergyCosts>>
bridge::toSystolicEnergyCosts(AcceleratorOp accel) {
  using Out = std::optional<cost::SystolicEnergyCosts>;
  cost::SystolicEnergyCosts costs;
  if (EnergyAttr e = accel.getEnergyAttr()) {
    // Explicit: the systolic array has one buffer (gbuf) and no register file, array
    // bus or NoC, so regf, itcn and noc_hop do not apply.
    costs.mac = e.getMac().convertToDouble();
    costs.buffer = e.getGbuf().convertToDouble();
    costs.dram = e.getDram().convertToDouble();
    costs.staticPerCycle = e.getStaticPerCycle().convertToDouble();
    return Out(costs);
  }
  if (!accel.hasEstimatedEnergy())
    return Out();
  cost::Result<cost::tech::SystolicTable> t = estimateSystolicTable(accel);
  if (!t)
    return t.status();
  costs.mac = t->mac;
  costs.buffer = t->buffer;
  costs.dram = t->dram;
  costs.staticPerCycle = t->staticPerCycle;
  return Out(costs);
}

cost::Result<double> bridge::systolicWorkEnergy(const SystolicWork &work,
                                                const cost::SystolicHardware &hw,
                                                const cost::SystolicCost &cost,
                                                const cost::SystolicModelOptions &options,
                                                const cost::SystolicEnergyCosts &costs) {
  cost::Result<cost::SystolicAccessCounts> counts =
      cost::systolicAccessCounts(work.layer, hw, cost, options);
  if (!counts)
    return counts.status();
  cost::Result<cost::SystolicEnergy> energy = cost::systolicEnergy(*counts, costs, cost.cycles);
  if (!energy)
    return energy.status();
  // `copies` runs, one after another: every count and cycle `copies` times.
  return static_cast<double>(work.copies) * energy->total;
}

cost::SystolicModelOptions bridge::toSystolicModelOptions(AcceleratorOp accel, bool fillDrain,
                                                          bool toolRules) {
  cost::SystolicModelOptions options;
  options.dataflow = *accel.getDataflow() == SystolicDataflowKind::weight_stationary
                         ? cost::SystolicDataflow::WeightStationary
                         : cost::SystolicDataflow::OutputStationary;
  options.fillDrain = fillDrain;
  return toolRules ? withToolRules(options) : options;
}

cost::SystolicModelOptions bridge::withToolRules(cost::SystolicModelOptions options) {
  options.bufferSlack = 1.01; // process_parameter: util_buf > 1.01 is rejected
  options.model3D = cost::Systolic3DModel::Tool; // layer3d_base_method.py
  options.toolOrderTies = true; // optimize_one_buffer_partition
  return options;
}

bool bridge::hasToolRules(const cost::SystolicModelOptions &options) {
  return options.toolOrderTies && options.model3D == cost::Systolic3DModel::Tool;
}

cost::Result<std::optional<SystolicWork>> bridge::toSystolicWork(Operation *op) {
  using Out = cost::Result<std::optional<SystolicWork>>;
  return llvm::TypeSwitch<Operation *, Out>(op)
      .Case([&](ConvOp conv) -> Out {
        // Batch N, groups G and dilation d are N x G x prod(d) independent convolutions,
        // run one after another (docs/cost-model.md "Every layer kind on the array").
        ArrayRef<int64_t> kernel = conv.getKernel(), stride = conv.getStride(),
                          dilation = conv.getDilation();
        Value in = conv.getInput(), out = conv.getOutput();
        const int64_t groups = conv.getGroups();
        SystolicWork work;
        work.copies = dimOf(in, 0) * groups;
        // Tensors are N x C x [D x] H x W; the model's dimensions are W, H[, D].
        cost::SystolicLayer &layer = work.layer;
        unsigned rank = kernel.size();
        for (unsigned d = 0; d < rank; ++d) {
          layer.out.push_back(dimOf(out, 1 + rank - d));
          layer.kernel.push_back(kernel[rank - 1 - d]);
        }
        // Dilation d, stride s: the outputs of phase o mod P, P = d / gcd(s, d), read only
        // the inputs of that phase, an undilated convolution of stride s / gcd(s, d) and
        // out/P outputs with the same kernel (stride 1: P = d).
        SmallVector<int64_t> strides; // W, H[, D]
        for (unsigned d = 0; d < rank; ++d) {
          const int64_t s = stride[rank - 1 - d], dil = dilation[rank - 1 - d];
          cost::Result<DilationPhases> phases =
              equalDilationPhases(op, layer.out[d], s, dil, "the systolic model");
          if (!phases)
            return phases.status();
          layer.out[d] = phases->size;
          work.copies *= phases->count;
          strides.push_back(phases->stride);
        }
        // One stride per dimension only when they differ (equal ones: the tool's one S).
        layer.stride = strides[0];
        if (llvm::any_of(strides, [&](int64_t s) { return s != strides[0]; }))
          layer.strides.assign(strides.begin(), strides.end());
        layer.inChannels = dimOf(in, 1) / groups;
        layer.outChannels = dimOf(out, 1) / groups;
        return std::optional(work);
      })
      .Case([&](FCOp fc) -> Out {
        auto in = cast<RankedTensorType>(fc.getInput().getType());
        SystolicWork work;
        work.layer.out = {in.getDimSize(0), 1};
        work.layer.kernel = {1, 1};
        work.layer.inChannels = in.getNumElements() / in.getDimSize(0);
        work.layer.outChannels = dimOf(fc.getOutput(), 1);
        return std::optional(work);
      })
      .Case([&](MatmulOp matmul) -> Out {
        // [B x] M x K times [B x] K x N: B matmuls, each M rows as output pixels, K reduced,
        // N output channels.
        auto lhs = matmul.getLhs().getType(), rhs = matmul.getRhs().getType();
        const int64_t b = lhs.getRank() - 2;
        SystolicWork work;
        work.copies = b == 1 ? lhs.getDimSize(0) : 1;
        work.layer.out = {lhs.getDimSize(b), 1};
        work.layer.kernel = {1, 1};
        work.layer.inChannels = lhs.getDimSize(b + 1);
        work.layer.outChannels = rhs.getDimSize(b + 1);
        return std::optional(work);
      })
      .Case([&](DeconvOp) -> Out {
        return unsupportedLayer(op, "transposed convolution must be decomposed into "
                               "convolutions first (dataflow-decompose-deconv)");
      })
      .Case<PoolOp, EltwiseOp, ConcatOp>(
          [&](Operation *) -> Out { return std::optional<SystolicWork>(); })
      // Like pool and eltwise: the systolic model prices the array's GEMMs only.
      .Case<ActivationOp, NormOp, SoftmaxOp, ViewOp, SliceOp>(
          [&](Operation *) -> Out { return std::optional<SystolicWork>(); })
      .Case([&](AttentionOp) -> Out {
        return unsupportedLayer(op, "attention is not in the systolic model yet: it is two "
                               "GEMMs per head and a softmax; write it as matmul, softmax, "
                               "matmul");
      })
      .Default([&](Operation *) -> Out { return unsupportedLayer(op, "not a dataflow layer op"); });
}

cost::Result<std::optional<cost::SystolicLayer>> bridge::toSystolicLayer(Operation *op) {
  cost::Result<std::optional<SystolicWork>> work = toSystolicWork(op);
  if (!work)
    return work.status();
  if (!work.value())
    return std::optional<cost::SystolicLayer>();
  return std::optional(work.value()->layer);
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
                                            cost::SystolicSearchMethod method, bool fillDrain,
                                            int64_t copies, std::optional<double> energy,
                                            bool toolRules) {
  const cost::SystolicCost &c = schedule.cost;
  // The op's totals: `copies` runs of one schedule, one after another.
  const double n = static_cast<double>(copies);
  SystolicOrderKind order = c.order == cost::SystolicOrder::ChannelMajor
                                ? SystolicOrderKind::channel_major
                                : SystolicOrderKind::row_major;
  SmallVector<APFloat> buffer = {APFloat(schedule.ifmapWords), APFloat(schedule.ofmapWords),
                                 APFloat(schedule.weightWords)};
  return SystolicScheduleAttr::get(context, toMethodKind(method), order, c.tiling.channelSplits,
                                   c.tiling.spatialSplits, buffer, fillDrain,
                                   APFloat(n * c.cycles), APFloat(n * c.computeCycles),
                                   APFloat(n * c.memoryCycles), APFloat(n * c.transfer),
                                   APFloat(c.arrayUtilization),
                                   energy ? FloatAttr::get(Float64Type::get(context), *energy)
                                          : FloatAttr(),
                                   toolRules);
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
