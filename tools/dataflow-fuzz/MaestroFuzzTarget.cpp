//===- MaestroFuzzTarget.cpp - arbitrary text through the MAESTRO importer -===//
//
// Issue 24 item 5: `dataflow-translate --import-maestro` as a fuzz target. The input is a
// MAESTRO model/mapping file (.m), imported with the repository's fixed hardware file
// (unittests/CostModel/data/maestro/accelerator_1.m) and verified; the same text also goes
// through the hardware parser, so the hardware door is fuzzed too. Any input must give a
// result or a diagnostic, never a crash, a hang or a sanitizer report.
//
//===----------------------------------------------------------------------===//

#include "Dataflow/Target/Maestro/MaestroParser.h"
#include "Dataflow/Target/MaestroImport.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const std::string text(reinterpret_cast<const char *>(data), size);
  (void)dataflow::cost::maestro::parseMaestroHardware(text, "fuzz-hw.m");

  // The importer loads the dialects it builds.
  mlir::MLIRContext context(mlir::MLIRContext::Threading::DISABLED);
  context.printOpOnDiagnostic(false);
  mlir::ScopedDiagnosticHandler quiet(&context, [](mlir::Diagnostic &) {
    return mlir::success();
  });
  llvm::SourceMgr sourceMgr;
  sourceMgr.AddNewSourceBuffer(llvm::MemoryBuffer::getMemBufferCopy(text, "fuzz.m"),
                               llvm::SMLoc());
  dataflow::MaestroImportOptions options;
  options.hardwareFile = DATAFLOW_FUZZ_SOURCE_DIR
      "/unittests/CostModel/data/maestro/accelerator_1.m";
  mlir::OwningOpRef<mlir::ModuleOp> module =
      dataflow::importMaestro(sourceMgr, &context, options);
  if (module)
    (void)mlir::verify(*module);
  return 0;
}
