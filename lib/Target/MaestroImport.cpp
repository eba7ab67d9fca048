//===- MaestroImport.cpp - MAESTRO .m files -> dataflow IR ----------------===//
//
// MAESTRO's model / mapping file (docs/seed-tools.md §1.1) through the cost model's
// parser, its hardware file as a one-node accelerator (docs/import-and-embed.md,
// "MAESTRO"). Each layer's Dataflow block is checked the way dataflow-maestro-cost will
// read it (toProblem + toMapping) so that a bad directive is reported at its line now.
//
//===----------------------------------------------------------------------===//

#include "Dataflow/Target/MaestroImport.h"
#include "ImportSupport.h"

#include "Dataflow/Bridge/MaestroBridge.h"
#include "Dataflow/CostModel/Maestro/MaestroModel.h"
#include "Dataflow/Target/Maestro/MaestroParser.h"
#include "Dataflow/IR/DataflowDialect.h"

#include "mlir/IR/BuiltinTypes.h"
#include "llvm/Support/MemoryBuffer.h"

#include <limits>

using namespace mlir;
using namespace dataflow;
namespace maestro = dataflow::cost::maestro;

namespace {

/// MAESTRO's on-screen energy (docs/seed-tools.md §1.2 item 6) in MAC units: a MAC 1,
/// an L1 access 1.68, an L2 access 18.61; MAESTRO prices no DRAM or NoC energy.
constexpr double kMacEnergy = 1.0, kL1Energy = 1.68, kL2Energy = 18.61;
/// MAESTRO sizes buffers in bytes and compares element counts with them: one element is
/// one byte, so the import uses 8-bit words.
constexpr int64_t kWordBits = 8;

AcceleratorOp buildAccelerator(OpBuilder &b, Location loc, StringRef name,
                               const maestro::HardwareDesc &hw) {
  auto [h, w] = import::squarestGrid(hw.numPes);
  EnergyAttr energy = EnergyAttr::get(b.getContext(), kMacEnergy, kL1Energy, 0.0, kL2Energy, 0.0,
                                      0.0, 0.0);
  return AcceleratorOp::create(b, loc, b.getStringAttr(name), b.getDenseI64ArrayAttr({1, 1}),
                               b.getDenseI64ArrayAttr({h, w}), b.getI64IntegerAttr(hw.l1Size),
                               b.getI64IntegerAttr(hw.l2Size), b.getI64IntegerAttr(kWordBits),
                               MemoryTypeAttr::get(b.getContext(), MemoryType::Stacked3D),
                               b.getF64FloatAttr(double(hw.offchipBw)),
                               b.getI64IntegerAttr(hw.nocBw), energy, /*kind=*/{},
                               /*array_size=*/{}, /*buffer_bytes=*/{}, /*partition=*/{},
                               /*bandwidth_gbs=*/{}, /*clock_ghz=*/{}, /*dataflow=*/{},
                               /*technology=*/{}, /*dram_type=*/{},
                               /*energy_estimate=*/{}, /*energy_unit=*/b.getStringAttr("relative"));
}

/// One layer as an op; null (error emitted) when MAESTRO's description does not fit.
Operation *buildLayer(import::NetworkBuilder &net, const maestro::LayerDesc &L,
                      const maestro::Problem &P, Location loc) {
  MLIRContext *ctx = loc.getContext();
  Type elem = IntegerType::get(ctx, kWordBits);
  OpBuilder &b = net.builder();
  using namespace maestro;
  if (L.type == "GEMM") { // M x K times K x N: a fully connected layer over M rows
    Value in = net.addInput(RankedTensorType::get({P.size[DY], P.size[DC]}, elem));
    auto out = RankedTensorType::get({P.size[DY], P.size[DK]}, elem);
    return FCOp::create(b, loc, out, in, b.getStringAttr(L.name));
  }
  if (L.type == "TRCONV") {
    // MAESTRO's TRCONV: its parser gives the layer an inner stride of 2 (hard-coded,
    // DFSL_parser.hpp) that its analysis never reads. The layer it describes is the
    // 2x-upsampling transposed convolution of the input Y x X (U-Net's up-convolutions): a
    // dataflow.deconv with stride 2; the bridge hands it back to the model as MAESTRO's
    // TRCONV, priced as MAESTRO prices it (a CONV over the same Y and X).
    Value in = net.addInput(RankedTensorType::get(
        {P.size[DN], P.size[DC], P.loadedRows(), P.loadedCols()}, elem));
    auto out = RankedTensorType::get({P.size[DN], P.size[DK], (P.loadedRows() - 1) * 2 + P.size[DR],
                                      (P.loadedCols() - 1) * 2 + P.size[DS]},
                                     elem);
    return DeconvOp::create(b, loc, out, in, b.getDenseI64ArrayAttr({P.size[DR], P.size[DS]}),
                            b.getDenseI64ArrayAttr({2, 2}), b.getDenseI64ArrayAttr({0, 0, 0, 0}),
                            b.getDenseI64ArrayAttr({0, 0}), b.getDenseI64ArrayAttr({1, 1}),
                            b.getI64IntegerAttr(1), b.getStringAttr(L.name));
  }
  bool depthwise = P.type == OpType::DsConv;
  // NGCONV: G groups of K filters over C channels, a conv with groups = G.
  int64_t groups = depthwise ? P.size[DC] : P.size[DG];
  int64_t channelsOut = depthwise ? P.size[DC] : P.size[DG] * P.size[DK];
  // MAESTRO has no padding: the input is as large as the output and window need, except
  // an input smaller than the filter, zero-padded up to it (toProblem).
  Value in = net.addInput(RankedTensorType::get(
      {P.size[DN], P.size[DG] * P.size[DC], P.loadedRows(), P.loadedCols()}, elem));
  auto out = RankedTensorType::get({P.size[DN], channelsOut, P.size[DY], P.size[DX]}, elem);
  return ConvOp::create(b, loc, out, in, b.getDenseI64ArrayAttr({P.size[DR], P.size[DS]}),
                        b.getDenseI64ArrayAttr({P.strideY, P.strideX}),
                        b.getDenseI64ArrayAttr({P.padY / 2, P.padX / 2, P.padY - P.padY / 2,
                                                P.padX - P.padX / 2}),
                        b.getDenseI64ArrayAttr({1, 1}),
                        b.getI64IntegerAttr(groups), b.getStringAttr(L.name));
}

/// FC and POOL: MAESTRO's parser has the type names but no layer or model for them (it stops
/// with a parse error there), so they are imported as the ops they name, unpriced: FC (K
/// outputs of C x Y x X inputs; R, S, if given, equal to Y, X) as dataflow.fc, POOL (a C x R x S
/// window over Y x X, Stride) as a max dataflow.pool. Null (error emitted) when malformed.
Operation *buildUnpriced(import::NetworkBuilder &net, const maestro::LayerDesc &L, Location loc,
                         StringRef file) {
  MLIRContext *ctx = loc.getContext();
  auto dim = [&](const char *k, int64_t def) {
    auto it = L.dims.find(k);
    return it == L.dims.end() ? def : it->second;
  };
  auto fail = [&](const std::string &m) {
    import::emitAt(ctx, file, L.line) << "layer '" << L.name << "': " << m;
    return nullptr;
  };
  for (const auto &[name, v] : L.dims)
    if (v > std::numeric_limits<int32_t>::max())
      return fail("dimension " + name + " = " + std::to_string(v) +
                  " is past 2^31 - 1, the largest MAESTRO reads");
  if (L.dims.count("Y'") || L.dims.count("X'") || L.dims.count("G") || L.dims.count("M"))
    return fail("type " + L.type + " takes N, K, C, R, S, Y and X only");
  Type elem = IntegerType::get(ctx, kWordBits);
  OpBuilder &b = net.builder();
  int64_t n = dim("N", 1), c = dim("C", 0), y = dim("Y", 1), x = dim("X", 1);
  if (!c)
    return fail("type " + L.type + " needs C in Dimensions");
  if (L.type == "FC") {
    if (!L.dims.count("K"))
      return fail("an FC layer needs K (its outputs) in Dimensions");
    if (dim("R", y) != y || dim("S", x) != x)
      return fail("an FC layer's R and S, if given, are its Y and X (one window over the input)");
    SmallVector<int64_t> inShape{n, c};
    if (L.dims.count("Y") || L.dims.count("X"))
      inShape.append({y, x});
    Value in = net.addInput(RankedTensorType::get(inShape, elem));
    return FCOp::create(b, loc, RankedTensorType::get({n, dim("K", 1)}, elem), in,
                        b.getStringAttr(L.name));
  }
  if (L.dims.count("K") && dim("K", 1) != c)
    return fail("a POOL layer keeps its channels: K, if given, is C");
  int64_t r = dim("R", 1), sz = dim("S", 1);
  if (r > y || sz > x)
    return fail("a POOL window R x S larger than its input Y x X");
  Value in = net.addInput(RankedTensorType::get({n, c, y, x}, elem));
  auto out = RankedTensorType::get(
      {n, c, (y - r) / L.strideY + 1, (x - sz) / L.strideX + 1}, elem);
  return PoolOp::create(b, loc, out, PoolKind::max, in, ArrayRef<int64_t>{r, sz},
                        ArrayRef<int64_t>{L.strideY, L.strideX}, ArrayRef<int64_t>{0, 0, 0, 0},
                        b.getStringAttr(L.name));
}

} // namespace

OwningOpRef<ModuleOp> dataflow::importMaestro(llvm::SourceMgr &sourceMgr, MLIRContext *context,
                                              const MaestroImportOptions &options) {
  context->loadDialect<DataflowDialect, func::FuncDialect>();
  const llvm::MemoryBuffer *main = sourceMgr.getMemoryBuffer(sourceMgr.getMainFileID());
  std::string file = main->getBufferIdentifier().str();
  std::optional<std::string> hwText =
      import::readSideFile(context, options.hardwareFile, "maestro-hw");
  if (!hwText)
    return {};
  cost::Result<maestro::HardwareDesc> hw =
      maestro::parseMaestroHardware(*hwText, options.hardwareFile);
  if (!hw) {
    import::emitFileError(context, hw.status().message());
    return {};
  }
  if (hw->nocHops * hw->hopLatency != 1 || hw->simdLanes != 1) {
    // A dataflow.accelerator has no NoC latency or SIMD width: they are options of the
    // MAESTRO passes.
    import::emitAt(context, options.hardwareFile, 1)
        << "a NoC latency of " << hw->nocHops * hw->hopLatency << " cycles (NoC_NumHops x "
        << "noc_hop_latency) and " << hw->simdLanes << " SIMD lanes have no place in a "
        << "dataflow.accelerator; import with both 1 and pass noc-latency="
        << hw->nocHops * hw->hopLatency << " simd-lanes=" << hw->simdLanes
        << " to dataflow-maestro-cost and dataflow-maestro-map";
    return {};
  }
  cost::Result<maestro::NetworkDesc> net = maestro::parseMaestroNetwork(main->getBuffer().str(), file);
  if (!net) {
    import::emitFileError(context, net.status().message());
    return {};
  }
  if (net->layers.empty()) {
    import::emitAt(context, file, 1) << "no Layer in the network";
    return {};
  }

  Location fileLoc = FileLineColLoc::get(context, file, 1, 1);
  OwningOpRef<ModuleOp> module = ModuleOp::create(fileLoc);
  OpBuilder top = OpBuilder::atBlockEnd(module->getBody());
  AcceleratorOp accel =
      buildAccelerator(top, FileLineColLoc::get(context, options.hardwareFile, 1, 1),
                       import::symbolFromPath(options.hardwareFile, "maestro"), *hw);
  import::NetworkBuilder builder(*module, accel, net->name.empty() ? "network" : net->name);
  bool ok = true;
  for (const maestro::LayerDesc &L : net->layers) {
    Location loc = FileLineColLoc::get(context, file, L.line, 1);
    if (L.type == "TRCONV" && (L.strideX != 1 || L.strideY != 1 || L.dims.count("Y'") ||
                               L.dims.count("X'"))) {
      // The deconv's stride is MAESTRO's inner stride 2; an outer stride (which MAESTRO
      // would apply as a CONV's) or an output size has no place in it.
      import::emitAt(context, file, L.line)
          << "layer '" << L.name << "': a TRCONV is imported as the stride-2 transposed "
          << "convolution of its input Y and X; give it without Stride and Y'/X'";
      ok = false;
      continue;
    }
    if (L.type == "FC" || L.type == "POOL") {
      Operation *op = buildUnpriced(builder, L, loc, file);
      if (!op) {
        ok = false;
        continue;
      }
      builder.addResult(op->getResult(0));
      if (!L.dataflow.empty())
        mlir::emitWarning(FileLineColLoc::get(context, file, L.dataflow.front().line, 1))
            << "layer '" << L.name << "': its Dataflow is not imported: MAESTRO prices no "
            << L.type << " layer (its parser stops there)";
      continue;
    }
    if (L.type != "CONV" && L.type != "DSCONV" && L.type != "NGCONV" && L.type != "GEMM" &&
        L.type != "TRCONV") {
      import::emitAt(context, file, L.line)
          << "layer '" << L.name << "': type " << L.type
          << " is not imported (CONV, DSCONV, NGCONV, TRCONV, GEMM, FC and POOL are; MAESTRO "
          << "defines no dimensions for it)";
      ok = false;
      continue;
    }
    cost::Result<maestro::Problem> P = maestro::toProblem(L, file);
    if (!P) {
      import::emitFileError(context, P.status().message());
      ok = false;
      continue;
    }
    Operation *op = buildLayer(builder, L, *P, loc);
    builder.addResult(op->getResult(0));
    if (L.dataflow.empty())
      continue;
    cost::Result<maestro::Mapping> M = maestro::toMapping(L, *P, *hw, file);
    if (!M) {
      import::emitFileError(context, M.status().message());
      ok = false;
      continue;
    }
    // An NGCONV that maps no G: MAESTRO adds TemporalMap(G,G) G after the top level's maps
    // (UnrollMissingDirectives). Written out, it keeps the layer an NGCONV in the IR, where a
    // conv of 1 group, or of 1 x 1 channels per group, would read back as a CONV or DSCONV.
    std::vector<maestro::Directive> dataflow = L.dataflow;
    if (L.type == "NGCONV" &&
        llvm::none_of(dataflow, [](const maestro::Directive &d) { return d.dim == "G"; })) {
      maestro::Directive g;
      g.size = g.offset = P->size[maestro::DG];
      g.dim = "G";
      g.line = dataflow.front().line;
      auto top = llvm::find_if(dataflow, [](const maestro::Directive &d) {
        return d.kind == maestro::Directive::Cluster;
      });
      dataflow.insert(top, g);
    }
    DirectivesAttr directives = bridge::toDirectivesAttr(context, dataflow, loc);
    if (!directives) {
      ok = false;
      continue;
    }
    op->setAttr(DataflowDialect::kDirectivesAttrName, directives);
  }
  builder.finish();
  if (!ok)
    return {};
  return module;
}
