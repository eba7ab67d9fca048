//===- PipelineRunner.cpp - A whole network priced by dataflow-opt's passes ----===//

#include "PipelineRunner.h"

#include "Dataflow/IR/DataflowDialect.h"
#include "Dataflow/IR/DataflowOps.h"
#include "Dataflow/IR/KeyedSyntax.h"
#include "Dataflow/IR/LayerOpInterface.h"
#include "Dataflow/Transforms/Passes.h"
#include "Dataflow/Transforms/Pipelines.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"

using namespace mlir;
using namespace dataflow;
using namespace dataflow::dse;

namespace {

std::string bandwidthAttr(double value, bool integral) {
  if (std::isinf(value))
    return "unlimited";
  return integral ? std::to_string(int64_t(value)) : formatExactDouble(value);
}

/// A diagnostic as one status line (newlines flattened).
std::string firstLine(const std::string &text) {
  std::string out = text;
  for (char &c : out)
    if (c == '\n' || c == '\r')
      c = ' ';
  return out;
}

} // namespace

bool dse::estimatedEnergies(const HardwarePoint &point, const PipelineBase &base) {
  return point.energy.empty() ? base.estimated : point.energy == "estimated";
}

std::string dse::acceleratorText(const HardwarePoint &p, const PipelineBase &base) {
  // An estimated point asks for the base's kind of estimate, or joules on an explicit base
  // (`energy = estimated` in the spec).
  const bool estimated = estimatedEnergies(p, base);
  const std::string estimate = base.estimated ? base.energy : "estimated";
  if (p.kind == Kind::Systolic) {
    // The systolic-array optimizer's array (docs/seed-tools.md §3); a 1 GHz clock and the
    // buffer partition searched, as its exhaustive method does. On a base with estimated
    // (joule) energies the array's are estimated too, at the point's node and DRAM type.
    std::string text =
        "dataflow.accelerator @dse_point {\n  kind = systolic, array_size = " +
        std::to_string(p.arraySize) + ", buffer_bytes = " + std::to_string(p.bufferBytes) +
        ", partition = searched, bandwidth_gbs = " + formatExactDouble(p.bandwidthGbs) +
        ", clock_ghz = 1.0, word_bits = " + std::to_string(base.wordBits) +
        ", dataflow = output_stationary";
    if (estimated && estimate == "estimated") {
      text += ",\n  energy = estimated, technology = " + std::to_string(p.technology);
      if (!p.dramType.empty())
        text += ", dram_type = \"" + p.dramType + "\"";
    }
    return text + "\n}\n";
  }
  const bool grid = p.kind == Kind::Eyeriss;
  std::string text =
      "dataflow.accelerator @dse_point {\n  nodes = [" + std::to_string(grid ? p.nodesH : 1) +
      ", " + std::to_string(grid ? p.nodesW : 1) + "], pe_array = [" + std::to_string(p.peH) +
      ", " + std::to_string(p.peW) + "], regf_bytes = " + std::to_string(p.regfBytes) +
      ", gbuf_bytes = " + std::to_string(p.gbufBytes) +
      ", word_bits = " + std::to_string(base.wordBits) + ",\n  memory = \"" + base.memory +
      "\", dram_bandwidth = " + bandwidthAttr(p.dramBandwidth, false) +
      ", bus_width = " + bandwidthAttr(p.busWidth, true) +
      ",\n  energy = " + (estimated ? estimate : base.energy);
  if (estimated) {
    text += ", technology = " + std::to_string(p.technology);
    if (!p.dramType.empty())
      text += ", dram_type = \"" + p.dramType + "\"";
    if (!base.clockGhz.empty())
      text += ", clock_ghz = " + base.clockGhz;
  }
  text += "\n}";
  if (p.kind == Kind::DMaze)
    // dMazeRunner's default DMA model (its arch_spec: 32 SPM banks, 291 cycles to start a
    // transfer, 0.24 cycles per byte at 3.2 GHz, a 500 MHz accelerator).
    text += " attributes {dataflow.spm_dma = #dataflow.spm_dma<banks = 32, dma_init_cycles = "
            "291.0, dma_cycles_per_byte = 0.24, dma_mhz = 3200.0, accel_mhz = 500.0>}";
  return text + "\n";
}

RowResult dse::priceWholeNetwork(const DialectRegistry &registry, const std::string &networkText,
                                 const HardwarePoint &p, const PipelineBase &base) {
  RowResult row;
  row.feasible = false;
  if (base.estimated && (p.kind == Kind::Maestro || p.kind == Kind::DMaze)) {
    row.status = "unsupported: the base accelerator's energies are estimated; give explicit "
                 "energies to sweep this kind";
    return row;
  }
  MLIRContext context(registry, MLIRContext::Threading::DISABLED);
  context.printOpOnDiagnostic(false);
  std::string firstError, firstRemark;
  ScopedDiagnosticHandler handler(&context, [&](Diagnostic &diag) {
    std::string &slot =
        diag.getSeverity() == DiagnosticSeverity::Error ? firstError : firstRemark;
    if (slot.empty() && diag.getSeverity() != DiagnosticSeverity::Note)
      slot = firstLine(diag.str());
    return success();
  });
  OwningOpRef<ModuleOp> module = parseSourceString<ModuleOp>(
      acceleratorText(p, base) + networkText, &context, "dse-point");
  if (!module) {
    row.status = "error: cannot build the point's module: " + firstError;
    return row;
  }
  auto funcs = llvm::to_vector(module->getOps<func::FuncOp>());
  if (funcs.size() != 1) {
    row.status = "error: expected one network function";
    return row;
  }
  func::FuncOp func = funcs.front();
  func->setAttr(DataflowDialect::kAcceleratorAttrName,
                FlatSymbolRefAttr::get(&context, "dse_point"));

  // The point's kind names its model family (Transforms/AcceleratorFamilies.h); the
  // schedule pipeline runs that family's passes, as dataflow-opt does.
  SchedulePipelineOptions options;
  std::optional<FamilyChoice> family = symbolizeFamilyChoice(kindName(p.kind));
  std::optional<MaestroGoal> maestroGoal =
      p.kind == Kind::Maestro ? symbolizeMaestroGoal(p.mapGoal) : MaestroGoal::Runtime;
  std::optional<DMazeGoal> dmazeGoal =
      p.kind == Kind::DMaze ? symbolizeDMazeGoal(p.mapGoal) : DMazeGoal::Edp;
  // The spec parser accepts only these words; empty = the method's auto choice.
  std::optional<SystolicMethodChoice> systolicMethod =
      p.kind == Kind::Systolic && !p.systolicMethod.empty()
          ? symbolizeSystolicMethodChoice(p.systolicMethod)
          : SystolicMethodChoice::Auto;
  if (!family || !maestroGoal || !dmazeGoal || !systolicMethod) {
    row.status = "error: kind " + std::string(kindName(p.kind)) + " with map_goal '" +
                 p.mapGoal + "' and systolic_method '" + p.systolicMethod +
                 "' names no model family and engine";
    return row;
  }
  options.family = *family;
  options.maestroGoal = *maestroGoal;
  options.dmazeGoal = *dmazeGoal;
  options.goal = base.goal;
  options.method = base.method;
  options.disableBypass = base.disableBypass;
  options.progress = ProgressMode::Off;
  options.threads = 1;
  options.lower = false;
  const std::string &part = p.partitioning;
  auto has = [&](const char *what) {
    return ("+" + part + "+").find(std::string("+") + what + "+") != std::string::npos;
  };
  options.hybrid = has("hybrid");
  options.batchPartition = has("batch");
  options.ifmapsPartition = has("ifmaps");
  options.accessForwarding = has("forwarding");
  options.bufferSharing = has("sharing");
  options.interlayer = p.interlayer;
  options.systolicMethod = *systolicMethod;
  PassManager pm(&context);
  buildDataflowSchedulePipeline(pm, options);
  if (failed(pm.run(*module))) {
    row.status = "infeasible: " + (firstError.empty() ? std::string("the search failed")
                                                      : firstError);
    return row;
  }

  // The report's totals (lib/Transforms/Report/ReportModel.cpp), in layer order.
  std::string missing;
  size_t layers = 0;
  bool systolicWithoutEnergy = false; // a systolic array that gives no energies
  func.walk<WalkOrder::PreOrder>([&](Operation *op) {
    if (!isComputeLayer(op) || !missing.empty())
      return;
    if (p.kind == Kind::Systolic) {
      if (auto s = op->getAttrOfType<SystolicScheduleAttr>("dataflow.systolic")) {
        row.cycles += s.getCycles().convertToDouble();
        if (mlir::FloatAttr e = s.getEnergy())
          row.energy += e.getValueAsDouble();
        else
          systolicWithoutEnergy = true;
        ++layers;
      }
      return;
    }
    auto cost = op->getAttrOfType<CostAttr>("dataflow.cost");
    if (!cost) {
      auto name = op->getAttrOfType<StringAttr>("name");
      missing = "layer '" + (name ? name.str() : op->getName().getStringRef().str()) + "'";
      return;
    }
    row.energy += cost.getEnergy().convertToDouble();
    row.cycles += double(cost.getCycles());
    ++layers;
  });
  if (!missing.empty()) {
    row.status = "unsupported: " + (firstRemark.empty()
                                        ? missing + " has no " + kindName(p.kind) + " cost"
                                        : firstRemark);
    return row;
  }
  if (auto pipeline = func->getAttrOfType<PipelineAttr>("dataflow.pipeline")) {
    row.energy = pipeline.getEnergy().convertToDouble();
    row.cycles = double(pipeline.getTime());
  }
  row.hasEnergy = p.kind != Kind::Systolic || (layers > 0 && !systolicWithoutEnergy);
  row.feasible = true;
  row.status = "ok";
  return row;
}
