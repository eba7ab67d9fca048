//===- CostModelBridge.cpp - IR <-> cost-model structs --------------------===//

#include "Dataflow/Bridge/CostModelBridge.h"

#include "mlir/IR/Location.h"
#include "llvm/ADT/TypeSwitch.h"

#include <cmath>
#include <limits>

using namespace mlir;
using namespace dataflow;
using namespace dataflow::bridge;

static constexpr double kUnlimited = std::numeric_limits<double>::infinity();

cost::UnitCosts bridge::toUnitCosts(EnergyAttr energy) {
  cost::UnitCosts costs;
  costs.macOp = energy.getMac().convertToDouble();
  // nn_dataflow --hier-cost order: DRAM, GBUF, ITCN, REGF (nn_dataflow-model §1).
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

cost::Hardware bridge::toHardware(AcceleratorOp accel) {
  int64_t wordBytes = accel.wordBits() / 8;
  cost::Hardware hw;
  hw.nodesH = accel.getNodes()[0];
  hw.nodesW = accel.getNodes()[1];
  hw.arrayH = accel.getPeArray()[0];
  hw.arrayW = accel.getPeArray()[1];
  hw.gbufWords = accel.gbufBytes() / wordBytes;
  hw.regfWords = accel.regfBytes() / wordBytes;
  hw.arrayBusWidth = accel.getBusWidthAttr()
                         ? static_cast<double>(accel.getBusWidthAttr().getInt())
                         : kUnlimited;
  hw.dramBandwidth = accel.getDramBandwidthAttr()
                         ? accel.getDramBandwidthAttr().getValueAsDouble() / wordBytes
                         : kUnlimited;
  hw.cost = toUnitCosts(accel.getEnergy());
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
      toEnergyAttr(builder.getContext(), hw.cost));
}

std::string bridge::layerName(Operation *op) {
  if (auto name = op->getAttrOfType<StringAttr>("name"))
    return name.str();
  if (auto loc = dyn_cast<NameLoc>(op->getLoc()))
    return loc.getName().str();
  std::string result = op->getName().stripDialect().str();
  if (auto loc = dyn_cast<FileLineColLoc>(op->getLoc()))
    result += "@" + std::to_string(loc.getLine());
  return result;
}

static cost::Status unsupported(Operation *op, const std::string &what) {
  return cost::Status::error(cost::StatusCode::InvalidLayer,
                             "'" + op->getName().getStringRef().str() + "' layer '" +
                                 bridge::layerName(op) + "': " + what);
}

static int64_t dim(Value value, unsigned index) {
  return cast<RankedTensorType>(value.getType()).getDimSize(index);
}

cost::Result<std::optional<cost::Layer>> bridge::toLayer(Operation *op) {
  using Out = cost::Result<std::optional<cost::Layer>>;
  std::string name = layerName(op);
  return llvm::TypeSwitch<Operation *, Out>(op)
      .Case([&](ConvOp conv) -> Out {
        if (conv.getKernel().size() != 2)
          return unsupported(op, "3-D convolution is not in the row-stationary model yet");
        if (llvm::any_of(conv.getDilation(), [](int64_t d) { return d != 1; }))
          return unsupported(op, "dilated convolution is not in the row-stationary model "
                                 "yet");
        Value in = conv.getInput(), out = conv.getOutput();
        cost::Result<cost::Layer> layer = cost::makeGroupedConv(
            name, dim(in, 1), dim(out, 1), dim(out, 2), dim(out, 3), conv.getKernel()[0],
            conv.getKernel()[1], conv.getStride()[0], conv.getStride()[1], dim(in, 0),
            conv.getGroups());
        if (!layer)
          return layer.status();
        return std::optional(std::move(layer).value());
      })
      .Case([&](FCOp fc) -> Out {
        Value in = fc.getInput();
        bool spatial = cast<RankedTensorType>(in.getType()).getRank() == 4;
        return std::optional(cost::makeFC(name, dim(in, 1), dim(fc.getOutput(), 1),
                                          spatial ? dim(in, 2) : 1, spatial ? dim(in, 3) : 1,
                                          dim(in, 0)));
      })
      .Case([&](PoolOp pool) -> Out {
        if (pool.getWindow().size() != 2)
          return unsupported(op, "3-D pooling is not in the row-stationary model yet");
        Value out = pool.getOutput();
        return std::optional(cost::makePool(name, dim(out, 1), dim(out, 2), dim(out, 3),
                                            pool.getWindow()[0], pool.getWindow()[1],
                                            pool.getStride()[0], pool.getStride()[1],
                                            dim(out, 0)));
      })
      .Case([&](EltwiseOp eltwise) -> Out {
        // N x C [x E [x F]]: the spatial extent is whatever follows the channels.
        auto type = eltwise.getOutput().getType();
        if (type.getRank() > 4)
          return unsupported(op, "3-D element-wise layers are not in the row-stationary "
                                 "model yet");
        int64_t e = type.getRank() > 2 ? type.getDimSize(2) : 1;
        int64_t f = type.getRank() > 3 ? type.getDimSize(3) : 1;
        return std::optional(cost::makeEltwise(
            name, type.getDimSize(1), e, f, static_cast<int64_t>(eltwise.getInputs().size()),
            type.getDimSize(0)));
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
        return unsupported(op, "transposed convolution must be decomposed into "
                               "convolutions first");
      })
      .Case([&](ConcatOp) -> Out { return std::optional<cost::Layer>(); })
      .Default([&](Operation *) -> Out {
        return unsupported(op, "not a dataflow layer op");
      });
}
