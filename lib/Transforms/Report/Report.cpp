//===- Report.cpp - dataflow-report: the report as JSON, a table or HTML --===//
//
// Builds the report model once (ReportModel.h) and hands it to the JSON, table or HTML writer.
//
//===----------------------------------------------------------------------===//

#include "ReportModel.h"

#include "Dataflow/Transforms/Passes.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/ToolOutputFile.h"

#include <chrono>
#include <cstdio>

namespace dataflow {
#define GEN_PASS_DEF_REPORTPASS
#include "Dataflow/Transforms/Passes.h.inc"
} // namespace dataflow

using namespace mlir;
using namespace dataflow;
using namespace dataflow::report;

namespace {

struct ReportPass : public dataflow::impl::ReportPassBase<ReportPass> {
  using Base::Base;

  /// Called once when the pass manager starts, before any pass of the pipeline runs:
  /// search_seconds counts from here.
  LogicalResult initialize(MLIRContext *) override {
    start = std::chrono::steady_clock::now();
    return success();
  }

  void runOnOperation() override {
    double searchSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    ModuleOp module = getOperation();
    if (!(minCoverage >= 0 && minCoverage <= 1)) {
      char value[32];
      std::snprintf(value, sizeof(value), "%g", minCoverage.getValue());
      module.emitError() << "min-coverage must be a fraction in [0, 1], got " << value;
      return signalPassFailure();
    }
    FailureOr<std::vector<NetworkEntry>> networks = collectNetworks(module);
    if (failed(networks))
      return signalPassFailure();
    if (networks->empty()) {
      module.emitError() << "no scheduled network to report: no function bound to an "
                            "accelerator holds a layer (run dataflow-attach-accelerator and "
                            "dataflow-schedule first)";
      return signalPassFailure();
    }
    if (failed(checkCoverage(module, *networks)))
      return signalPassFailure();
    // Removed again unless keep() is reached, so a failed report leaves no partial file.
    std::error_code error;
    auto out = std::make_unique<llvm::ToolOutputFile>(file, error, llvm::sys::fs::OF_None);
    if (error) {
      module.emitError() << "cannot write the report to '" << file << "': " << error.message();
      return signalPassFailure();
    }
    if (format == ReportFormat::Json)
      writeJson(out->os(), *networks, searchSeconds);
    else if (format == ReportFormat::Html)
      writeHtml(out->os(), *networks, searchSeconds);
    else
      writeTable(out->os(), *networks, searchSeconds);
    out->os().flush();
    if (out->os().has_error()) {
      module.emitError() << "cannot write the report to '" << file
                         << "': " << out->os().error().message();
      out->os().clear_error();
      return signalPassFailure();
    }
    out->keep();
    markAllAnalysesPreserved();
  }

private:
  /// min-coverage: every network with a model count (dataflow.coverage) schedules at
  /// least that fraction of the model's MACs; an error on each function below it.
  LogicalResult checkCoverage(ModuleOp module, ArrayRef<NetworkEntry> networks) {
    bool ok = true;
    for (const NetworkEntry &network : networks) {
      std::optional<double> f = network.coverage.fraction();
      if (!f || *f >= minCoverage)
        continue;
      Operation *func = SymbolTable::lookupSymbolIn(module, network.name);
      char percent[32], threshold[32];
      std::snprintf(percent, sizeof(percent), "%.1f", 100 * *f);
      std::snprintf(threshold, sizeof(threshold), "%g", minCoverage.getValue());
      InFlightDiagnostic diag = (func ? func->emitError() : module.emitError())
                                << "network @" << network.name << " schedules "
                                << percent << "% of its model's MACs ("
                                << network.coverage.scheduledMacs << " of "
                                << *network.coverage.modelMacs << "), below min-coverage=" << threshold;
      for (const LeftOut &l : network.coverage.leftOut)
        if (l.macs > 0)
          diag.attachNote() << "left out: " << l.name << " (" << l.op << ", " << l.macs
                            << " MACs): " << l.reason;
      ok = false;
    }
    return success(ok);
  }

  std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now();
};

} // namespace
