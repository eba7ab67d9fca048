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
    if (format != "json" && format != "table" && format != "html") {
      module.emitError() << "unknown report format '" << format
                         << "'; expected json, table or html";
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
    // Removed again unless keep() is reached, so a failed report leaves no partial file.
    std::error_code error;
    auto out = std::make_unique<llvm::ToolOutputFile>(file, error, llvm::sys::fs::OF_None);
    if (error) {
      module.emitError() << "cannot write the report to '" << file << "': " << error.message();
      return signalPassFailure();
    }
    if (format == "json")
      writeJson(out->os(), *networks, searchSeconds);
    else if (format == "html")
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
  std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now();
};

} // namespace
