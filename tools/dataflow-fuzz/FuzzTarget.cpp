//===- FuzzTarget.cpp - arbitrary text through parse, verify, schedule ----===//
//
// The libFuzzer entry point (issue 11): any input must come out of the parser, the
// verifier and the whole dataflow-schedule pipeline without a crash, a hang or a sanitizer
// report. Diagnostics are expected and swallowed.
//
//===----------------------------------------------------------------------===//

#include "Dataflow/Registration/InitAllDataflow.h"
#include "Dataflow/Transforms/Pipelines.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static const mlir::DialectRegistry *registry = [] {
    auto *r = new mlir::DialectRegistry();
    dataflow::registerAllDataflowDialects(*r);
    return r;
  }();
  mlir::MLIRContext context(*registry, mlir::MLIRContext::Threading::DISABLED);
  context.printOpOnDiagnostic(false);
  mlir::ScopedDiagnosticHandler quiet(&context, [](mlir::Diagnostic &) {
    return mlir::success();
  });
  // MLIR's lexer relies on a NUL after the buffer; libFuzzer's data has none.
  const std::string text(reinterpret_cast<const char *>(data), size);
  mlir::OwningOpRef<mlir::ModuleOp> module =
      mlir::parseSourceString<mlir::ModuleOp>(text, &context);
  if (!module || mlir::failed(mlir::verify(*module)))
    return 0;
  mlir::PassManager pm(&context);
  dataflow::SchedulePipelineOptions options;
  options.progress = dataflow::ProgressMode::Off;
  options.threads = 1;
  dataflow::buildDataflowSchedulePipeline(pm, options);
  (void)pm.run(*module);
  return 0;
}
