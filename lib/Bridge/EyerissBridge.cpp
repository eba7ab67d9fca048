//===- EyerissBridge.cpp - IR <-> the Eyeriss family ------------------------===//

#include "Dataflow/Bridge/EyerissBridge.h"
#include "LayerSupport.h"
#include "Dataflow/IR/LayerOpInterface.h"
#include "mlir/IR/Location.h"
#include "llvm/ADT/TypeSwitch.h"
#include "llvm/Support/ErrorHandling.h"
#include <cmath>
#include <limits>
#include <tuple>

using namespace mlir;
using namespace dataflow;
using namespace dataflow::bridge;

static constexpr double kUnlimited = std::numeric_limits<double>::infinity();

cost::UnitCosts bridge::toUnitCosts(EnergyAttr energy) {
  cost::UnitCosts costs;
  costs.macOp = energy.getMac().convertToDouble();
  // nn_dataflow --hier-cost order: DRAM, GBUF, ITCN, REGF (docs/cost-model.md §1).
  costs.memHier = {energy.getDram().convertToDouble(), energy.getGbuf().convertToDouble(),
                   energy.getItcn().convertToDouble(), energy.getRegf().convertToDouble()};
  costs.nocHop = energy.getNocHop().convertToDouble();
  costs.idlUnit = energy.getStaticPerCycle().convertToDouble();
  return costs;
}

EnergyAttr bridge::toEnergyAttr(MLIRContext *context, const cost::UnitCosts &costs) {
  return EnergyAttr::get(context, costs.macOp, costs.memHier[3], costs.memHier[2],
                         costs.memHier[1], costs.memHier[0], costs.nocHop, costs.idlUnit);
}

cost::Result<cost::tech::EnergyTable> bridge::estimateEnergies(AcceleratorOp accel) {
  if (!accel.hasEstimatedEnergy())
    return cost::Status::error(cost::StatusCode::InvalidArgument,
                               "accelerator @" + accel.getSymName().str() +
                                   " gives explicit energies");
  cost::tech::TableRequest r;
  r.nodeNm = static_cast<int>(accel.getTechnologyAttr().getInt());
  r.calibration = accel.hasRelativeEstimate() ? cost::tech::Calibration::EyerissRelative
                                              : cost::tech::Calibration::Absolute;
  r.wordBits = accel.wordBits();
  r.regfBytes = accel.regfBytes();
  r.gbufBytes = accel.gbufBytes();
  r.arrayH = (*accel.getPeArray())[0];
  r.arrayW = (*accel.getPeArray())[1];
  r.nodesH = (*accel.getNodes())[0];
  r.nodesW = (*accel.getNodes())[1];
  if (StringAttr dram = accel.getDramTypeAttr()) {
    cost::Result<cost::tech::DramType> type = cost::tech::parseDramType(dram.str());
    if (!type)
      return type.status();
    r.dram = *type;
  }
  if (FloatAttr clock = accel.getClockGhzAttr())
    r.clockGhz = clock.getValueAsDouble();
  return cost::tech::estimateEnergyTable(r);
}

EnergyAttr bridge::unitEnergies(AcceleratorOp accel) {
  if (!accel.hasEstimatedEnergy())
    return accel.getEnergyAttr();
  cost::Result<cost::tech::EnergyTable> t = estimateEnergies(accel);
  if (!t) // the accelerator verifier checks every input the estimator checks
    llvm::report_fatal_error(llvm::Twine("energy estimate of a verified accelerator failed: ") +
                             t.status().message());
  return EnergyAttr::get(accel.getContext(), t->mac, t->regf, t->itcn, t->gbuf, t->dram,
                         t->nocHop, t->staticPerCycle);
}

cost::Hardware bridge::toHardware(AcceleratorOp accel) {
  int64_t wordBytes = accel.wordBits() / 8;
  cost::Hardware hw;
  hw.nodesH = (*accel.getNodes())[0];
  hw.nodesW = (*accel.getNodes())[1];
  // nn_dataflow --mem-type: 2D = DRAM on the grid's corners, 3D = a vault per node.
  hw.memType = *accel.getMemory() == MemoryType::Planar2D ? cost::MemoryType::TwoD
                                                         : cost::MemoryType::ThreeD;
  hw.arrayH = (*accel.getPeArray())[0];
  hw.arrayW = (*accel.getPeArray())[1];
  hw.gbufWords = accel.gbufBytes() / wordBytes;
  hw.regfWords = accel.regfBytes() / wordBytes;
  hw.arrayBusWidth = accel.getBusWidthAttr()
                         ? static_cast<double>(accel.getBusWidthAttr().getInt())
                         : kUnlimited;
  hw.dramBandwidth = accel.getDramBandwidthAttr()
                         ? accel.getDramBandwidthAttr().getValueAsDouble() / wordBytes
                         : kUnlimited;
  hw.cost = toUnitCosts(unitEnergies(accel));
  return hw;
}

AcceleratorOp bridge::buildAccelerator(OpBuilder &builder, Location loc, StringRef name,
                                       const cost::Hardware &hw, int64_t wordBits,
                                       MemoryType memory) {
  int64_t wordBytes = wordBits / 8;
  FloatAttr dramBandwidth =
      std::isinf(hw.dramBandwidth) ? FloatAttr()
                                   : builder.getF64FloatAttr(hw.dramBandwidth * wordBytes);
  IntegerAttr busWidth =
      std::isinf(hw.arrayBusWidth)
          ? IntegerAttr()
          : builder.getI64IntegerAttr(static_cast<int64_t>(hw.arrayBusWidth));
  return AcceleratorOp::create(
      builder, loc, builder.getStringAttr(name),
      builder.getDenseI64ArrayAttr({hw.nodesH, hw.nodesW}),
      builder.getDenseI64ArrayAttr({hw.arrayH, hw.arrayW}),
      builder.getI64IntegerAttr(hw.regfWords * wordBytes),
      builder.getI64IntegerAttr(hw.gbufWords * wordBytes), builder.getI64IntegerAttr(wordBits),
      MemoryTypeAttr::get(builder.getContext(), memory), dramBandwidth, busWidth,
      toEnergyAttr(builder.getContext(), hw.cost), /*kind=*/AcceleratorKindAttr(),
      /*array_size=*/IntegerAttr(), /*buffer_bytes=*/IntegerAttr(),
      /*partition=*/DenseF64ArrayAttr(), /*bandwidth_gbs=*/FloatAttr(),
      /*clock_ghz=*/FloatAttr(), /*dataflow=*/SystolicDataflowKindAttr(),
      /*technology=*/IntegerAttr(), /*dram_type=*/StringAttr(), /*energy_estimate=*/StringAttr(),
      /*energy_unit=*/StringAttr());
}
/// Channels x height x width of an element-wise layer's N x C [x E [x F]] or N x C x D x H x W
/// output. A 3-D one is a 2-D one over C D channels (channel-major, depth-minor): per element,
/// so the same C D H W elements, laid out as a 3-D convolution writes them on a node grid
/// (docs/cost-model.md "Dilated and 3-D convolution").
static std::tuple<int64_t, int64_t, int64_t> elementShape(RankedTensorType type) {
  if (type.getRank() == 5)
    return {type.getDimSize(1) * type.getDimSize(2), type.getDimSize(3), type.getDimSize(4)};
  return {type.getDimSize(1), type.getRank() > 2 ? type.getDimSize(2) : 1,
          type.getRank() > 3 ? type.getDimSize(3) : 1};
}

cost::Result<std::optional<cost::Layer>> bridge::toLayer(Operation *op) {
  using Out = cost::Result<std::optional<cost::Layer>>;
  std::string name = layerName(op);
  return llvm::TypeSwitch<Operation *, Out>(op)
      .Case([&](ConvOp conv) -> Out {
        // Dilated and 3-D convolutions are exact sums of independent 2-D convolutions
        // (docs/cost-model.md "Dilated and 3-D convolution"), run one after another like
        // groups: `slices` of them, each with the 2-D shape below.
        ArrayRef<int64_t> kernel = conv.getKernel(), stride = conv.getStride(),
                          dilation = conv.getDilation();
        const unsigned rank = kernel.size(), h = rank - 2, w = rank - 1;
        Value in = conv.getInput(), out = conv.getOutput();
        int64_t slices = 1, e = dimOf(out, 2 + h), f = dimOf(out, 2 + w);
        int64_t depth = 1, depthIn = 1, kernelDepth = 1;
        if (rank == 3) {
          // 3-D: output depth D x kernel depth T 2-D convolutions (padded slices included,
          // as 2-D padding is). A depth dilation d only changes which input slice each
          // reads (z s + t d), not the D T convolutions or their sizes.
          slices = dimOf(out, 2) * kernel[0];
          depth = dimOf(out, 2);
          depthIn = dimOf(in, 2);
          kernelDepth = kernel[0];
        }
        int64_t phasesH = 1, phasesW = 1, strideH = stride[h], strideW = stride[w];
        if (dilation[h] != 1 || dilation[w] != 1) {
          // Dilation d, stride s: the outputs of phase (a, b) = (e mod P_h, f mod P_w),
          // P = d / gcd(s, d), read only the inputs of that phase, an undilated conv of
          // stride s / gcd(s, d) and its outputs (E/P_h x F/P_w when P divides the extent;
          // one output per row when P >= E).
          const std::string model = "the row-stationary model";
          cost::Result<DilationPhases> alongH =
              equalDilationPhases(op, e, stride[h], dilation[h], model);
          if (!alongH)
            return alongH.status();
          cost::Result<DilationPhases> alongW =
              equalDilationPhases(op, f, stride[w], dilation[w], model);
          if (!alongW)
            return alongW.status();
          phasesH = alongH->count;
          phasesW = alongW->count;
          slices *= phasesH * phasesW;
          e = alongH->size;
          f = alongW->size;
          strideH = alongH->stride;
          strideW = alongW->stride;
        }
        cost::Result<cost::Layer> layer = cost::makeGroupedConv(
            name, dimOf(in, 1), dimOf(out, 1), e, f, kernel[h], kernel[w], strideH, strideW,
            dimOf(in, 0), conv.getGroups());
        if (!layer)
          return layer.status();
        cost::Layer sliced = std::move(layer).value();
        sliced.groups *= slices;
        // What a node grid lays out (Layer.h); one node reads only the groups.
        sliced.dilH = phasesH;
        sliced.dilW = phasesW;
        // A dilation beyond the ofmap extent: its kernel still steps d input rows.
        sliced.kernelDilH = dilation[h] != phasesH ? dilation[h] : 0;
        sliced.kernelDilW = dilation[w] != phasesW ? dilation[w] : 0;
        // A phase of a strided dilated conv steps s / gcd(s, d); the ofmap grid steps s.
        sliced.sliceStrideH = stride[h] != strideH ? stride[h] : 0;
        sliced.sliceStrideW = stride[w] != strideW ? stride[w] : 0;
        sliced.depth = depth;
        sliced.depthIn = depthIn;
        sliced.kernelDepth = kernelDepth;
        return std::optional(std::move(sliced));
      })
      .Case([&](FCOp fc) -> Out {
        Value in = fc.getInput();
        bool spatial = cast<RankedTensorType>(in.getType()).getRank() == 4;
        return std::optional(cost::makeFC(name, dimOf(in, 1), dimOf(fc.getOutput(), 1),
                                          spatial ? dimOf(in, 2) : 1, spatial ? dimOf(in, 3) : 1,
                                          dimOf(in, 0)));
      })
      .Case([&](PoolOp pool) -> Out {
        ArrayRef<int64_t> window = pool.getWindow(), stride = pool.getStride();
        Value out = pool.getOutput();
        if (window.size() == 3) {
          // 3-D: every output slice pools T input slices: a 2-D pool over T regions per
          // output (nreg = T), the D output slices as batch (docs/cost-model.md
          // "Dilated and 3-D convolution").
          cost::Layer layer = cost::makePool(name, dimOf(out, 1), dimOf(out, 3), dimOf(out, 4),
                                             window[1], window[2], stride[1], stride[2],
                                             dimOf(out, 0) * dimOf(out, 2));
          layer.nreg = window[0];
          layer.C = layer.M * layer.nreg;
          return std::optional(layer);
        }
        return std::optional(cost::makePool(name, dimOf(out, 1), dimOf(out, 2), dimOf(out, 3),
                                            window[0], window[1], stride[0], stride[1],
                                            dimOf(out, 0)));
      })
      .Case([&](EltwiseOp eltwise) -> Out {
        RankedTensorType outType = eltwise.getOutput().getType();
        if (!eltwise.hasPerChannelInput()) {
          auto [m, e, f] = elementShape(outType);
          return std::optional(cost::makeEltwise(
              name, m, e, f, static_cast<int64_t>(eltwise.getInputs().size()),
              dimOf(eltwise.getOutput(), 0)));
        }
        // x (.) s with s one value per sample and channel (docs/cost-model.md "Broadcast
        // element-wise"): out[n, c, p] = x[n, c, p] s[n, c], the loop nest of a depthwise
        // 1x1 convolution whose filter is s: N C groups of one channel over the spatial
        // positions (all but the last folded into E, exact for a 1x1 kernel), batch 1.
        if (eltwise.getInputs().size() != 2)
          return unsupportedLayer(op, "an element-wise layer with a per-channel broadcast "
                                     "input is priced for two inputs (x and its scale), got " +
                                     std::to_string(eltwise.getInputs().size()));
        ArrayRef<int64_t> shape = outType.getShape();
        int64_t e = 1;
        for (int64_t d : shape.drop_front(2).drop_back())
          e *= d;
        const int64_t groups = shape[0] * shape[1];
        cost::Result<cost::Layer> layer =
            cost::makeGroupedConv(name, groups, groups, e, shape.back(), 1, 1, 1, 1, 1, groups);
        if (!layer)
          return layer.status();
        return std::optional(std::move(layer).value());
      })
      .Case([&](MatmulOp matmul) -> Out {
        // Batched matmul = B independent FCs, one per batch entry (groups).
        auto lhs = matmul.getLhs().getType(), rhs = matmul.getRhs().getType();
        unsigned b = lhs.getRank() - 2;
        cost::Layer layer =
            cost::makeMatmul(name, lhs.getDimSize(b), lhs.getDimSize(b + 1),
                             rhs.getDimSize(b + 1));
        if (b == 1)
          layer.groups = lhs.getDimSize(0);
        return std::optional(layer);
      })
      .Case([&](DeconvOp) -> Out {
        return unsupportedLayer(op, "transposed convolution must be decomposed into "
                               "convolutions first: run --dataflow-decompose-deconv before "
                               "the search, or give dataflow-schedule deconv-combine=true");
      })
      .Case([&](ConcatOp) -> Out { return std::optional<cost::Layer>(); })
      .Case([&](ViewOp) -> Out { return std::optional<cost::Layer>(); })
      .Case([&](SliceOp) -> Out { return std::optional<cost::Layer>(); })
      .Case<ActivationOp, NormOp, SoftmaxOp>([&](Operation *) -> Out {
        // One element-wise pass: nn_dataflow's EltwiseLayer with nreg = 1 (each element
        // read once and written once; a norm's or softmax's row statistics stay on chip).
        auto [m, e, f] = elementShape(cast<RankedTensorType>(op->getResult(0).getType()));
        return std::optional(cost::makeEltwise(name, m, e, f, 1, dimOf(op->getResult(0), 0)));
      })
      .Case([&](AttentionOp) -> Out {
        return unsupportedLayer(op, "attention is not priced yet: it is two matmuls and a "
                               "softmax, and the cost models take one layer per op; write "
                               "it as matmul, softmax, matmul");
      })
      .Default([&](Operation *) -> Out {
        return unsupportedLayer(op, "not a dataflow layer op");
      });
}

//===----------------------------------------------------------------------===//
// Schedule attributes
//===----------------------------------------------------------------------===//

MappingAttr bridge::toMappingAttr(MLIRContext *context, const cost::RowStationaryMapping &rs,
                                  int candidate) {
  const cost::ArrayFolding &f = rs.folding;
  const cost::MappingCandidate &c = rs.candidates[candidate];
  return MappingAttr::get(context, MappingStrategy::row_stationary, {f.foldH, f.foldW},
                          {f.replH, f.replW}, c.ifms, c.ofms);
}

cost::Result<int> bridge::findCandidate(MappingAttr mapping,
                                        const cost::RowStationaryMapping &rs) {
  const cost::ArrayFolding &f = rs.folding;
  auto pair = [](int64_t a, int64_t b) {
    return "[" + std::to_string(a) + ", " + std::to_string(b) + "]";
  };
  auto mismatch = [](const std::string &what) {
    return cost::Status::error(cost::StatusCode::InvalidArgument, what);
  };
  if (mapping.getFold() != ArrayRef<int64_t>{f.foldH, f.foldW})
    return mismatch("mapping fold " + pair(mapping.getFold()[0], mapping.getFold()[1]) +
                    " differs from the row-stationary folding " + pair(f.foldH, f.foldW) +
                    " of this layer on this array");
  if (mapping.getRepl() != ArrayRef<int64_t>{f.replH, f.replW})
    return mismatch("mapping repl " + pair(mapping.getRepl()[0], mapping.getRepl()[1]) +
                    " differs from the row-stationary replication " + pair(f.replH, f.replW) +
                    " of this layer on this array");
  std::string options;
  for (const cost::MappingCandidate &c : rs.candidates) {
    if (c.ifms == mapping.getIfmaps() && c.ofms == mapping.getOfmaps())
      return c.index;
    options += (options.empty() ? "" : ", ") + std::to_string(c.ifms) + "x" +
               std::to_string(c.ofms);
  }
  return mismatch("mapping ifmaps x ofmaps = " + std::to_string(mapping.getIfmaps()) + "x" +
                  std::to_string(mapping.getOfmaps()) +
                  " is not a processing pass of this layer; candidates: " + options);
}

/// Loops of a level outermost first, from the cost model's positions (0 = innermost).
static SmallVector<int64_t, 3> outermostFirst(const cost::LoopOrder &order) {
  SmallVector<int64_t, 3> loops(cost::kNumLoops);
  for (int l = 0; l < cost::kNumLoops; ++l)
    loops[cost::kNumLoops - 1 - order[l]] = l;
  return loops;
}

static cost::LoopOrder positions(ArrayRef<int64_t> outermostFirst) {
  cost::LoopOrder order{};
  for (int i = 0; i < cost::kNumLoops; ++i)
    order[outermostFirst[i]] = cost::kNumLoops - 1 - i;
  return order;
}

BlockingAttr bridge::toBlockingAttr(MLIRContext *context, const cost::LoopBlocking &blocking,
                                    std::optional<std::array<bool, cost::kNumData>> stored) {
  int64_t bypass = BlockingAttr::kBypassUndecided;
  if (stored) {
    bypass = 0;
    for (int d = 0; d < cost::kNumData; ++d)
      if (!(*stored)[d])
        bypass |= int64_t(1) << d;
  }
  auto t = [&](int k) { return ArrayRef<int64_t>(blocking.t[k]); };
  return BlockingAttr::get(context, t(0), t(1), t(2), outermostFirst(blocking.order[0]),
                           outermostFirst(blocking.order[1]), bypass);
}

cost::LoopBlocking bridge::toLoopBlocking(BlockingAttr blocking) {
  cost::LoopBlocking result;
  for (int k = 0; k < cost::kNumBlockingLevels; ++k)
    for (int l = 0; l < cost::kNumLoops; ++l)
      result.t[k][l] = blocking.getFactors(k)[l];
  result.order = {positions(blocking.getDramOrder()), positions(blocking.getGbufOrder())};
  return result;
}

void bridge::addPins(BlockingAttr blocking, cost::SchedulePins &pins) {
  for (int k = 0; k < cost::kNumBlockingLevels; ++k)
    for (int l = 0; l < cost::kNumLoops; ++l)
      pins.factors[k][l] = blocking.getFactors(k)[l];
  if (!blocking.getDramOrder().empty())
    pins.orders[0] = positions(blocking.getDramOrder());
  if (!blocking.getGbufOrder().empty())
    pins.orders[1] = positions(blocking.getGbufOrder());
}

std::optional<std::array<bool, cost::kNumData>> bridge::toGbufStored(BlockingAttr blocking) {
  if (!blocking.hasBypass())
    return std::nullopt;
  std::array<bool, cost::kNumData> stored{};
  for (int d = 0; d < cost::kNumData; ++d)
    stored[d] = !blocking.bypasses(d);
  return stored;
}

CostAttr bridge::toCostAttr(MLIRContext *context, const cost::SchemeCost &scheme,
                            double utilization) {
  const cost::EnergyBreakdown &e = scheme.energy;
  const cost::TimeBreakdown &t = scheme.time;
  auto level = [&](int m) {
    return SmallVector<APFloat, 3>{APFloat(scheme.access[m][0]), APFloat(scheme.access[m][1]),
                                   APFloat(scheme.access[m][2])};
  };
  SmallVector<APFloat, 3> dram = level(cost::kDram), gbuf = level(cost::kGbuf),
                          itcn = level(cost::kItcn), regf = level(cost::kRegf);
  return CostAttr::get(context, APFloat(e.total), APFloat(e.mac), APFloat(e.regf),
                       APFloat(e.itcn), APFloat(e.gbuf), APFloat(e.dram), APFloat(e.noc),
                       APFloat(e.stat), t.total, t.proc, t.bus, t.dram, APFloat(scheme.ops),
                       APFloat(utilization), dram, gbuf, itcn, regf);
}

bool bridge::isSlicedLayer(Operation *op) {
  if (auto pool = dyn_cast<PoolOp>(op))
    return pool.getWindow().size() != 2;
  if (auto conv = dyn_cast<ConvOp>(op))
    return conv.getKernel().size() != 2 ||
           llvm::any_of(conv.getDilation(), [](int64_t d) { return d != 1; });
  return false;
}
