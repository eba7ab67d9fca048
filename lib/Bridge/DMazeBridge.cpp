//===- DMazeBridge.cpp - IR <-> dMazeRunner structs -------------------------===//

#include "Dataflow/Bridge/DMazeBridge.h"
#include "Dataflow/Bridge/EyerissBridge.h"
#include "LayerSupport.h"
#include "llvm/ADT/TypeSwitch.h"
#include <algorithm>
#include <cmath>
#include <limits>

using namespace mlir;
using namespace dataflow;
namespace dmaze = dataflow::cost::dmaze;
using cost::Result;
using cost::Status;
using cost::StatusCode;

Result<dmaze::Arch> bridge::toDMazeArch(AcceleratorOp accel) {
  auto spm = accel->getAttrOfType<SpmDmaAttr>(DataflowDialect::kSpmDmaAttrName);
  if (!spm)
    return Status::error(StatusCode::InvalidHardware,
                         "accelerator @" + accel.getSymName().str() +
                             " has no 'dataflow.spm_dma' (dMazeRunner's SPM banks and DMA "
                             "timing); import it with dataflow-translate --import-dmazerunner "
                             "or add one");
  if (accel.isSystolic())
    return Status::error(StatusCode::InvalidHardware,
                         "dMazeRunner models a PE array with RF and scratchpad; accelerator @" +
                             accel.getSymName().str() + " is systolic");
  if ((*accel.getNodes())[0] * (*accel.getNodes())[1] != 1)
    return Status::error(StatusCode::InvalidHardware,
                         "dMazeRunner models one node; accelerator @" +
                             accel.getSymName().str() + " has a node grid");
  dmaze::Arch a;
  a.pes = (*accel.getPeArray())[0] * (*accel.getPeArray())[1];
  a.rfBytes = accel.regfBytes();
  a.bytesPerData = accel.wordBits() / 8;
  a.spmBanks = spm.getBanks();
  a.bankBytes = accel.gbufBytes() / spm.getBanks();
  a.dmaInitCycles = spm.getDmaInitCycles().convertToDouble();
  a.dmaCyclesPerByte = spm.getDmaCyclesPerByte().convertToDouble();
  a.dmaFreqMHz = spm.getDmaMhz().convertToDouble();
  a.accelFreqMHz = spm.getAccelMhz().convertToDouble();
  EnergyAttr e = bridge::unitEnergies(accel);
  a.eMac = e.getMac().convertToDouble();
  a.eRf = e.getRegf().convertToDouble();
  a.eNoc = e.getItcn().convertToDouble();
  a.eSpm = e.getGbuf().convertToDouble();
  a.eDram = e.getDram().convertToDouble();
  return a;
}

Result<dmaze::LoopNest> bridge::toLoopNest(Operation *op) {
  std::string name = layerName(op);
  if (auto conv = dyn_cast<ConvOp>(op)) {
    ArrayRef<int64_t> in = shapeOf(conv.getInput()), out = shapeOf(conv.getOutput());
    ArrayRef<int64_t> k = conv.getKernel(), s = conv.getStride(), pad = conv.getPad();
    if (k.size() != 2)
      return unsupportedLayer(op, "dMazeRunner models 2-D convolutions only");
    if (llvm::any_of(conv.getDilation(), [](int64_t d) { return d != 1; }))
      return unsupportedLayer(op, "dMazeRunner has no dilated convolution");
    int64_t h = in[2] + pad[0] + pad[2], w = in[3] + pad[1] + pad[3];
    if (k[0] != k[1] || s[0] != s[1] || h != w)
      return unsupportedLayer(op, "dMazeRunner models square inputs, kernels and strides only");
    int64_t groups = conv.getGroupsAttr().getInt();
    bool depthwise = groups > 1 && groups == in[1] && groups == out[1];
    if (groups != 1 && !depthwise)
      return unsupportedLayer(op, "dMazeRunner models groups = 1 (CONV) or groups = C = M "
                              "(DW_CONV), got " + std::to_string(groups));
    return depthwise ? dmaze::makeDwConv(name, in[0], in[1], h, k[0], s[0])
                     : dmaze::makeConv(name, in[0], in[1], h, out[1], k[0], s[0]);
  }
  if (auto fc = dyn_cast<FCOp>(op)) {
    ArrayRef<int64_t> in = shapeOf(fc.getInput()), out = shapeOf(fc.getOutput());
    int64_t kk = 1;
    for (int64_t d : in.drop_front())
      kk *= d;
    return dmaze::makeGemm(name, in[0], kk, out[1]);
  }
  if (auto mm = dyn_cast<MatmulOp>(op)) {
    ArrayRef<int64_t> a = shapeOf(mm.getLhs()), b = shapeOf(mm.getRhs());
    if (a.size() != 2)
      return unsupportedLayer(op, "dMazeRunner models a 2-D GEMM, not a batched matmul");
    return dmaze::makeGemm(name, a[0], a[1], b[1]);
  }
  return unsupportedLayer(op, "dMazeRunner models CONV, DW_CONV and GEMM layers only");
}

bridge::DMazeMethod bridge::toDMazeMethod(LoopTilingAttr attr) {
  DMazeMethod m;
  for (int level = 0; level < 4; ++level)
    m.tiling.f[level].assign(attr.getFactors(level).begin(), attr.getFactors(level).end());
  for (int64_t l : attr.getDramOrder())
    m.dramOrder.push_back(static_cast<int>(l));
  for (int64_t l : attr.getSpmOrder())
    m.spmOrder.push_back(static_cast<int>(l));
  return m;
}

LoopTilingAttr bridge::toLoopTilingAttr(MLIRContext *context, const dmaze::Tiling &t,
                                        const dmaze::Order &dramOrder,
                                        const dmaze::Order &spmOrder) {
  SmallVector<int64_t> d(dramOrder.begin(), dramOrder.end()), s(spmOrder.begin(), spmOrder.end());
  return LoopTilingAttr::get(context, t.f[0], t.f[1], t.f[2], t.f[3], d, s);
}

CostAttr bridge::toCostAttr(MLIRContext *context, const dmaze::Cost &c, const dmaze::LoopNest &nest,
                            const dmaze::Tiling &tiling, const dmaze::Arch &arch) {
  int64_t spatial = 1;
  for (int64_t f : tiling.f[dmaze::Spatial])
    spatial *= f;
  int64_t cycles = std::llround(c.cycles);
  SmallVector<APFloat, 3> zero(3, APFloat(0.0));
  return CostAttr::get(context, APFloat(c.energy), APFloat(c.eMac), APFloat(c.eRf), APFloat(0.0),
                       APFloat(c.eSpmPasses), APFloat(c.eDram), APFloat(0.0), APFloat(0.0), cycles,
                       cycles, 0, 0, APFloat(double(nest.macs())),
                       APFloat(double(spatial) / double(arch.pes)), zero, zero, zero, zero);
}
