//===- Workload.cpp - The networks of a sweep as cost-model layers --------===//

#include "Workload.h"
#include "PipelineRunner.h"

#include "Dataflow/Bridge/EyerissBridge.h"
#include "Dataflow/Bridge/SystolicBridge.h"
#include "Dataflow/IR/BoundNetworks.h"
#include "Dataflow/IR/DataflowDialect.h"
#include "Dataflow/IR/DataflowOps.h"
#include "Dataflow/IR/KeyedSyntax.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/Parser/Parser.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"

#include <algorithm>
#include <tuple>

using namespace mlir;
using namespace dataflow;
using namespace dataflow::dse;

namespace {

// Eyeriss (ISCA'16 Fig. 10), as examples/accelerators/eyeriss.mlir: nn_dataflow's
// verification setup (docs/cost-model.md §7).
constexpr const char *kDefaultAccelerator = R"mlir(
dataflow.accelerator @eyeriss {
  nodes = [1, 1], pe_array = [16, 16],
  regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>,
  energy_unit = "relative", clock_ghz = 0.2
}
)mlir";

/// Everything the search depends on in a layer (not its name).
auto shapeKey(const cost::Layer &l) {
  return std::make_tuple(int(l.kind), l.C, l.M, l.E, l.F, l.R, l.S, l.U, l.V, l.nreg,
                         l.batch, l.groups);
}
using ShapeKey = decltype(shapeKey(cost::Layer()));

OwningOpRef<ModuleOp> parseFile(const std::string &path, MLIRContext &context) {
  auto buffer = llvm::MemoryBuffer::getFile(path);
  if (!buffer) {
    emitError(FileLineColLoc::get(&context, path, 0, 0))
        << "cannot read '" << path << "': " << buffer.getError().message();
    return {};
  }
  llvm::SourceMgr sourceMgr;
  sourceMgr.AddNewSourceBuffer(std::move(*buffer), llvm::SMLoc());
  ParserConfig config(&context);
  return parseSourceFile<ModuleOp>(sourceMgr, config);
}

/// The *.mlir files of a directory in name order, or the path itself.
bool expandPath(const std::string &path, MLIRContext &context,
                std::vector<std::string> &files) {
  if (!llvm::sys::fs::is_directory(path)) {
    files.push_back(path);
    return true;
  }
  std::vector<std::string> found;
  std::error_code ec;
  for (llvm::sys::fs::directory_iterator it(path, ec), end; it != end && !ec;
       it.increment(ec))
    if (llvm::sys::path::extension(it->path()) == ".mlir")
      found.push_back(it->path());
  if (ec) {
    emitError(FileLineColLoc::get(&context, path, 0, 0))
        << "cannot list directory '" << path << "': " << ec.message();
    return false;
  }
  if (found.empty()) {
    emitError(FileLineColLoc::get(&context, path, 0, 0))
        << "directory '" << path << "' holds no .mlir file";
    return false;
  }
  std::sort(found.begin(), found.end());
  files.insert(files.end(), found.begin(), found.end());
  return true;
}

/// `op` alone in `func.func @layer(operands) -> results`, named "layer", as text.
std::string oneLayerFunc(Operation *op) {
  MLIRContext *context = op->getContext();
  OpBuilder b(context);
  Location loc = UnknownLoc::get(context);
  OwningOpRef<ModuleOp> holder = ModuleOp::create(loc);
  b.setInsertionPointToEnd(holder->getBody());
  auto fn = func::FuncOp::create(b, loc, "layer",
                                 b.getFunctionType(op->getOperandTypes(), op->getResultTypes()));
  Block *entry = fn.addEntryBlock();
  b.setInsertionPointToStart(entry);
  IRMapping map;
  for (auto [operand, arg] : llvm::zip(op->getOperands(), entry->getArguments()))
    map.map(operand, arg);
  Operation *clone = b.clone(*op, map);
  clone->setAttr("name", b.getStringAttr("layer"));
  func::ReturnOp::create(b, loc, clone->getResults());
  std::string text;
  llvm::raw_string_ostream os(text);
  fn->print(os);
  return text;
}

} // namespace

bool dse::loadWorkload(const std::vector<std::string> &paths, MLIRContext &context,
                       Workload &workload) {
  std::vector<std::string> files;
  for (const std::string &path : paths)
    if (!expandPath(path, context, files))
      return false;
  std::map<ShapeKey, int> shapeIds;
  std::map<std::string, int> funcIds;
  std::map<std::string, std::string> fileOf; // network name -> file, for duplicates
  bool ok = true;
  for (const std::string &file : files) {
    OwningOpRef<ModuleOp> module = parseFile(file, context);
    if (!module)
      return false; // the parser reported where
    size_t before = workload.networks.size();
    for (BoundNetwork &bound : networksOf(*module)) {
      func::FuncOp func = bound.func;
      NetworkLayers net;
      net.name = func.getSymName().str();
      net.file = file;
      for (Operation *op : bound.layers) {
        auto [f, freshFunc] = funcIds.emplace(oneLayerFunc(op), int(workload.layerFuncs.size()));
        if (freshFunc)
          workload.layerFuncs.push_back(f->first);
        net.opNames.push_back(dataflow::layerName(op));
        net.opFuncs.push_back(f->second);
        cost::Result<std::optional<cost::Layer>> layer = bridge::toLayer(op);
        if (!layer) {
          op->emitError() << layer.status().message();
          ok = false;
          continue;
        }
        if (!*layer) // concat: free
          continue;
        cost::Status valid = cost::validateLayer(**layer);
        if (!valid) {
          op->emitError() << "layer '" << dataflow::layerName(op)
                          << "' has an invalid shape: " << valid.message();
          ok = false;
          continue;
        }
        auto [it, inserted] = shapeIds.emplace(shapeKey(**layer), int(workload.shapes.size()));
        if (inserted)
          workload.shapes.push_back(**layer);
        net.layerNames.push_back(dataflow::layerName(op));
        net.layerShapes.push_back(it->second);
      }
      if (net.layerShapes.empty())
        continue;
      {
        func->removeAttr(DataflowDialect::kAcceleratorAttrName);
        llvm::raw_string_ostream os(net.text);
        func->print(os);
      }
      auto [prev, fresh] = fileOf.emplace(net.name, file);
      if (!fresh) {
        func.emitError() << "network @" << net.name << " is also defined in '" << prev->second
                         << "'; network names must be unique across a sweep";
        ok = false;
        continue;
      }
      workload.networks.push_back(std::move(net));
    }
    if (ok && workload.networks.size() == before) {
      emitError(FileLineColLoc::get(&context, file, 0, 0))
          << "'" << file << "' holds no network (no function with dataflow layer ops)";
      ok = false;
    }
  }
  return ok;
}

bool dse::loadBaseAccelerator(const std::string &file, MLIRContext &context,
                              cost::Hardware &hardware, int64_t &wordBits,
                              HardwarePoint &base, PipelineBase &pipelineBase) {
  OwningOpRef<ModuleOp> module =
      file.empty() ? parseSourceString<ModuleOp>(kDefaultAccelerator, &context, "eyeriss")
                   : parseFile(file, context);
  if (!module)
    return false;
  auto accels = llvm::to_vector(module->getOps<AcceleratorOp>());
  if (accels.size() != 1) {
    emitError(module->getLoc()) << "the base accelerator file must hold exactly one "
                                   "dataflow.accelerator, found "
                                << accels.size();
    return false;
  }
  AcceleratorOp accel = accels.front();
  if (accel.isSystolic()) {
    accel.emitError() << "dataflow-dse sweeps Eyeriss-kind accelerators; @"
                      << accel.getSymName() << " is systolic";
    return false;
  }
  ArrayRef<int64_t> nodes = *accel.getNodes(), pes = *accel.getPeArray();
  if (nodes[0] * nodes[1] != 1) {
    accel.emitError() << "the base accelerator must be a single node; @" << accel.getSymName()
                      << " has " << nodes[0] << "x" << nodes[1]
                      << " nodes (sweep node grids with 'nodes = " << nodes[0] << "x"
                      << nodes[1] << "' in the spec)";
    return false;
  }
  hardware = bridge::toHardware(accel);
  pipelineBase.wordBits = accel.wordBits();
  pipelineBase.memory = *accel.getMemory() == MemoryType::Planar2D ? "2D" : "3D";
  pipelineBase.energy.clear();
  pipelineBase.estimated = accel.hasEstimatedEnergy();
  // The clock estimated points price leakage over (an explicit base's too: its points may
  // ask for estimates with `energy = estimated`).
  pipelineBase.clockGhz.clear();
  pipelineBase.clockGhzValue = 0;
  if (mlir::FloatAttr clock = accel.getClockGhzAttr()) {
    pipelineBase.clockGhz = formatExactDouble(clock.getValueAsDouble());
    pipelineBase.clockGhzValue = clock.getValueAsDouble();
  }
  // The unit of its explicit energies, as the report reads it (the CSV's energy_unit).
  pipelineBase.energyUnit.clear();
  if (mlir::StringAttr unit = accel.getEnergyUnitAttr())
    pipelineBase.energyUnit = unit.str();
  if (pipelineBase.estimated) {
    // The estimator's inputs: the node and DRAM type are the point's (the base's unless
    // swept), the clock the base's (docs/design-space-sweeps.md).
    pipelineBase.energy = accel.hasRelativeEstimate() ? "estimated_relative" : "estimated";
    base.technology = accel.getTechnologyAttr().getInt();
    if (mlir::StringAttr dram = accel.getDramTypeAttr())
      base.dramType = dram.getValue().str();
  } else if (accel.getEnergyAttr()) {
    llvm::raw_string_ostream os(pipelineBase.energy);
    mlir::Attribute(accel.getEnergyAttr()).print(os);
  }
  wordBits = accel.wordBits();
  base.peH = pes[0];
  base.peW = pes[1];
  base.regfBytes = accel.regfBytes();
  base.gbufBytes = accel.gbufBytes();
  base.dramBandwidth = accel.getDramBandwidthAttr()
                           ? accel.getDramBandwidthAttr().getValueAsDouble()
                           : kUnlimited;
  base.busWidth = accel.getBusWidthAttr() ? double(accel.getBusWidthAttr().getInt())
                                          : kUnlimited;
  return true;
}

cost::Hardware dse::toHardware(const cost::Hardware &base, int64_t wordBits,
                               const HardwarePoint &point) {
  // The conversions of bridge::toHardware, so a point prices like the same accelerator op.
  const int64_t wordBytes = wordBits / 8;
  cost::Hardware hw = base;
  hw.arrayH = point.peH;
  hw.arrayW = point.peW;
  hw.regfWords = point.regfBytes / wordBytes;
  hw.gbufWords = point.gbufBytes / wordBytes;
  hw.arrayBusWidth = point.busWidth;
  hw.dramBandwidth = point.dramBandwidth / double(wordBytes);
  return hw;
}

namespace {

/// The point's accelerator op parsed as dataflow-opt reads it; null with `error` set (the
/// first diagnostic) when it is rejected.
mlir::OwningOpRef<mlir::ModuleOp> parsePointAccelerator(const HardwarePoint &point,
                                                        const PipelineBase &pipelineBase,
                                                        mlir::MLIRContext &context,
                                                        std::string &error) {
  std::string text = acceleratorText(point, pipelineBase);
  std::string message;
  mlir::ScopedDiagnosticHandler handler(&context, [&](mlir::Diagnostic &diag) {
    if (message.empty())
      message = diag.str();
    return mlir::success();
  });
  mlir::OwningOpRef<mlir::ModuleOp> module =
      mlir::parseSourceString<mlir::ModuleOp>(text, mlir::ParserConfig(&context));
  if (!module)
    error = message.empty() ? "the point's accelerator does not parse" : message;
  return module;
}

} // namespace

bool dse::estimatedSystolicArea(const HardwarePoint &point, const PipelineBase &pipelineBase,
                                mlir::MLIRContext &context, double &areaMm2,
                                std::string &error) {
  mlir::OwningOpRef<mlir::ModuleOp> module =
      parsePointAccelerator(point, pipelineBase, context, error);
  if (!module)
    return false;
  AcceleratorOp accel = *module->getOps<AcceleratorOp>().begin();
  if (!accel.hasEstimatedEnergy())
    return true; // a relative estimate: no systolic energies, no area (an empty cell)
  cost::Result<cost::tech::SystolicTable> table = bridge::estimateSystolicTable(accel);
  if (!table) {
    error = table.status().message();
    return false;
  }
  areaMm2 = table->areaMm2; // as dataflow-cost writes dataflow.estimated_area_mm2
  return true;
}

bool dse::estimatedUnitCosts(const HardwarePoint &point, const PipelineBase &pipelineBase,
                             mlir::MLIRContext &context, cost::UnitCosts &costs,
                             double &areaMm2, std::string &error) {
  // The point's accelerator op, estimated by the bridge as dataflow-opt estimates it.
  mlir::OwningOpRef<mlir::ModuleOp> module =
      parsePointAccelerator(point, pipelineBase, context, error);
  if (!module)
    return false;
  AcceleratorOp accel = *module->getOps<AcceleratorOp>().begin();
  cost::Result<cost::tech::EnergyTable> table = bridge::estimateEnergies(accel);
  if (!table) {
    error = table.status().message();
    return false;
  }
  areaMm2 = table->chipAreaMm2; // as dataflow-cost writes dataflow.estimated_area_mm2
  // As bridge::unitEnergies turns the table into the accelerator's energies.
  costs = bridge::toUnitCosts(EnergyAttr::get(&context, table->mac, table->regf, table->itcn,
                                              table->gbuf, table->dram, table->nocHop,
                                              table->staticPerCycle));
  return true;
}
