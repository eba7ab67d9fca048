//===- MaestroBridge.cpp - IR <-> MAESTRO structs ---------------------------===//

#include "Dataflow/Bridge/MaestroBridge.h"
#include "Dataflow/Bridge/EyerissBridge.h"
#include "LayerSupport.h"
#include "llvm/ADT/TypeSwitch.h"
#include <algorithm>
#include <cmath>
#include <limits>

using namespace mlir;
using namespace dataflow;
namespace maestro = dataflow::cost::maestro;
using cost::Result;
using cost::Status;
using cost::StatusCode;

/// A transfer no layer fills: ceil(v / bw) stays 1 for any volume that fits an int64.
static constexpr int64_t kUnlimitedBandwidth = std::numeric_limits<int64_t>::max() / 4;

Result<maestro::HardwareDesc> bridge::toMaestroHardware(AcceleratorOp accel) {
  if (accel.isSystolic())
    return Status::error(StatusCode::InvalidHardware,
                         "MAESTRO models a PE array with L1/L2 buffers; accelerator @" +
                             accel.getSymName().str() + " is systolic");
  if ((*accel.getNodes())[0] * (*accel.getNodes())[1] != 1)
    return Status::error(StatusCode::InvalidHardware,
                         "MAESTRO models one node; accelerator @" + accel.getSymName().str() +
                             " has a node grid");
  int64_t wordBytes = accel.wordBits() / 8;
  maestro::HardwareDesc hw;
  hw.numPes = (*accel.getPeArray())[0] * (*accel.getPeArray())[1];
  hw.l1Size = accel.regfBytes() / wordBytes;
  hw.l2Size = accel.gbufBytes() / wordBytes;
  hw.nocBw = accel.getBusWidthAttr() ? accel.getBusWidthAttr().getInt() : kUnlimitedBandwidth;
  if (std::optional<APFloat> bw = accel.getDramBandwidth()) {
    double words = bw->convertToDouble() / double(wordBytes);
    if (words != std::floor(words) || words < 1)
      return Status::error(StatusCode::InvalidHardware,
                           "MAESTRO's off-chip bandwidth is a whole number of words per cycle; "
                           "accelerator @" +
                               accel.getSymName().str() + " has " + std::to_string(words));
    hw.offchipBw = static_cast<int64_t>(words);
  } else {
    hw.offchipBw = kUnlimitedBandwidth;
  }
  return hw;
}

Result<maestro::LayerDesc> bridge::toMaestroLayer(Operation *op, DirectivesAttr directives) {
  maestro::LayerDesc L;
  L.name = layerName(op);
  if (directives)
    L.dataflow = toDirectives(directives);
  auto gemm = [&](int64_t m, int64_t k, int64_t n) {
    L.type = "GEMM";
    L.dims = {{"M", m}, {"K", k}, {"N", n}};
    return L;
  };
  if (auto conv = dyn_cast<ConvOp>(op)) {
    ArrayRef<int64_t> in = shapeOf(conv.getInput()), out = shapeOf(conv.getOutput());
    if (conv.getKernel().size() != 2)
      return unsupportedLayer(op, "MAESTRO models 2-D convolutions only");
    if (llvm::any_of(conv.getDilation(), [](int64_t d) { return d != 1; }))
      return unsupportedLayer(op, "MAESTRO has no dilated convolution");
    int64_t groups = conv.getGroupsAttr().getInt();
    // groups = C = M is DSCONV, other groups NGCONV; directives on G make any conv an
    // NGCONV (as MAESTRO's file said: 1 group, or groups of 1 x 1 channels).
    bool mapsG = llvm::any_of(L.dataflow, [](const maestro::Directive &d) { return d.dim == "G"; });
    bool depthwise = groups > 1 && groups == in[1] && groups == out[1] && !mapsG;
    bool grouped = (groups > 1 && !depthwise) || mapsG;
    if (grouped && (in[1] % groups || out[1] % groups))
      return unsupportedLayer(op, "groups " + std::to_string(groups) +
                                  " does not divide the channels");
    L.type = depthwise ? "DSCONV" : grouped ? "NGCONV" : "CONV";
    L.strideY = conv.getStride()[0];
    L.strideX = conv.getStride()[1];
    // Output coordinates given directly: the input is taken as padded.
    L.dims = {{"N", in[0]}, {"C", in[1]}, {"R", conv.getKernel()[0]}, {"S", conv.getKernel()[1]},
              {"Y'", out[2]}, {"X'", out[3]}, {"Y", in[2]}, {"X", in[3]}};
    if (grouped) // NGCONV: G groups of K filters over C channels each
      L.dims = {{"N", in[0]}, {"G", groups}, {"C", in[1] / groups}, {"K", out[1] / groups},
                {"R", conv.getKernel()[0]}, {"S", conv.getKernel()[1]}, {"Y'", out[2]},
                {"X'", out[3]}, {"Y", in[2]}, {"X", in[3]}};
    else if (!depthwise)
      L.dims["K"] = out[1];
    return L;
  }
  if (auto deconv = dyn_cast<DeconvOp>(op)) {
    // MAESTRO's TRCONV (docs/seed-tools.md §1.1): the stride-2 transposed convolution of
    // the input Y x X, which MAESTRO prices as a CONV over the same Y and X.
    ArrayRef<int64_t> in = shapeOf(deconv.getInput()), out = shapeOf(deconv.getOutput());
    auto all = [](ArrayRef<int64_t> v, int64_t x) { return llvm::all_of(v, [&](int64_t e) { return e == x; }); };
    if (deconv.getKernel().size() != 2 || !all(deconv.getStride(), 2) || !all(deconv.getPad(), 0) ||
        !all(deconv.getOutputPadding(), 0) || !all(deconv.getDilation(), 1) ||
        deconv.getGroupsAttr().getInt() != 1)
      return unsupportedLayer(op, "MAESTRO's TRCONV is a 2-D transposed convolution with stride "
                                  "2, no padding, dilation 1 and groups 1");
    L.type = "TRCONV";
    L.dims = {{"N", in[0]}, {"K", out[1]}, {"C", in[1]}, {"R", deconv.getKernel()[0]},
              {"S", deconv.getKernel()[1]}, {"Y", in[2]}, {"X", in[3]}};
    return L;
  }
  if (auto fc = dyn_cast<FCOp>(op)) {
    ArrayRef<int64_t> in = shapeOf(fc.getInput()), out = shapeOf(fc.getOutput());
    int64_t k = 1;
    for (int64_t d : in.drop_front())
      k *= d;
    return gemm(in[0], k, out[1]);
  }
  if (auto mm = dyn_cast<MatmulOp>(op)) {
    ArrayRef<int64_t> a = shapeOf(mm.getLhs()), b = shapeOf(mm.getRhs());
    if (a.size() != 2)
      return unsupportedLayer(op, "MAESTRO models a 2-D GEMM, not a batched matmul");
    return gemm(a[0], a[1], b[1]);
  }
  return unsupportedLayer(op, "MAESTRO models CONV, DSCONV, NGCONV, TRCONV and GEMM layers only");
}

std::vector<maestro::Directive> bridge::toDirectives(DirectivesAttr attr) {
  std::vector<maestro::Directive> out;
  for (size_t i = 0; i < attr.size(); ++i) {
    maestro::Directive d;
    d.kind = static_cast<maestro::Directive::Kind>(attr.getKinds()[i]);
    d.size = attr.getSizes()[i];
    if (d.kind == maestro::Directive::Cluster)
      d.logical = attr.getOffsets()[i] != 0;
    else {
      d.offset = attr.getOffsets()[i];
      d.dim = DirectivesAttr::getDimNames()[attr.getDims()[i]].str();
    }
    out.push_back(d);
  }
  return out;
}

DirectivesAttr bridge::toDirectivesAttr(MLIRContext *context,
                                        const std::vector<maestro::Directive> &directives,
                                        std::optional<Location> loc) {
  SmallVector<int64_t> kinds, sizes, offsets, dims;
  ArrayRef<StringRef> names = DirectivesAttr::getDimNames();
  for (const maestro::Directive &d : directives) {
    kinds.push_back(d.kind == maestro::Directive::Temporal  ? DirectivesAttr::Temporal
                    : d.kind == maestro::Directive::Spatial ? DirectivesAttr::Spatial
                                                            : DirectivesAttr::Cluster);
    sizes.push_back(d.size);
    bool cluster = d.kind == maestro::Directive::Cluster;
    offsets.push_back(cluster ? int64_t(d.logical) : d.offset);
    const auto *it = llvm::find(names, d.dim);
    dims.push_back(cluster || it == names.end() ? -1 : it - names.begin());
  }
  Location where = loc ? *loc : UnknownLoc::get(context);
  return DirectivesAttr::getChecked([&] { return emitError(where); }, context,
                                    ArrayRef<int64_t>(kinds), ArrayRef<int64_t>(sizes),
                                    ArrayRef<int64_t>(offsets), ArrayRef<int64_t>(dims));
}

DirectivesAttr bridge::toDirectivesAttr(MLIRContext *context, const maestro::Mapping &mapping,
                                        const maestro::Problem &problem, bool gemm) {
  std::vector<maestro::Directive> out;
  for (size_t l = 0; l < mapping.levels.size(); ++l) {
    if (l > 0) { // MAESTRO's Cluster(n) counts the PEs below it (as formatMapping writes it)
      maestro::Directive c;
      c.kind = maestro::Directive::Cluster;
      c.size = 1;
      for (size_t k = l; k < mapping.levels.size(); ++k)
        c.size *= mapping.levels[k].subUnits;
      out.push_back(c);
    }
    for (const maestro::Map &m : mapping.levels[l].maps) {
      // A GEMM has only M, K, N (Y', C, K as a CONV); its other dims have extent 1 and,
      // left out, are one whole-extent step again. Written, N would name two dims.
      if (gemm && m.dim != maestro::DY && m.dim != maestro::DC && m.dim != maestro::DK)
        continue;
      maestro::Directive d;
      d.kind = m.spatial ? maestro::Directive::Spatial : maestro::Directive::Temporal;
      // The search marks whole-extent maps with a huge size; MAESTRO clamps a map to the
      // extent (size = min(size, E), one position), so the extent itself is the same map.
      int64_t extent = problem.size[m.dim];
      d.size = std::min(m.size, extent);
      d.offset = m.size >= extent ? extent : m.offset;
      d.dim = maestro::dimName(m.dim);
      if (gemm) // GEMM as CONV: Y' = M, C = K, K = N
        d.dim = d.dim == "Y'" ? "M" : d.dim == "C" ? "K" : d.dim == "K" ? "N" : d.dim;
      out.push_back(d);
    }
  }
  return toDirectivesAttr(context, out);
}

CostAttr bridge::toCostAttr(MLIRContext *context, const maestro::Analysis &a, EnergyAttr energy,
                            int64_t numPes) {
  double eMac = energy.getMac().convertToDouble(), eL1 = energy.getRegf().convertToDouble(),
         eL2 = energy.getGbuf().convertToDouble();
  auto per = [](const maestro::TensorCounts &t, bool l2) {
    return l2 ? double(t.l2Read + t.l2Write) : double(t.l1Read + t.l1Write);
  };
  auto level = [&](bool l2) {
    return SmallVector<APFloat, 3>{APFloat(per(a.filter, l2)), APFloat(per(a.input, l2)),
                                   APFloat(per(a.output, l2))};
  };
  SmallVector<APFloat, 3> zero(3, APFloat(0.0));
  return CostAttr::get(context, APFloat(a.energyWith(eMac, eL1, eL2)),
                       APFloat(eMac * double(a.macs)), APFloat(eL1 * double(a.l1Accesses())),
                       APFloat(0.0), APFloat(eL2 * double(a.l2Accesses())), APFloat(0.0),
                       APFloat(0.0), APFloat(0.0), a.runtime, a.runtime, 0, 0,
                       APFloat(double(a.macs)), APFloat(a.avgUtilizedPes / double(numPes)), zero,
                       level(true), zero, level(false));
}
