//===- DMazeFuzzTarget.cpp - arbitrary text through the dMazeRunner importer ===//
//
// Issue 24 item 5: `dataflow-translate --import-dmazerunner` as a fuzz target. The input is
// a dMazeRunner model JSON, imported with the repository's bundled arch_spec
// (test/Target/Inputs/arch_spec.json) and verified. Any input must give a result or a
// diagnostic, never a crash, a hang or a sanitizer report.
//
//===----------------------------------------------------------------------===//

#include "Dataflow/Target/DMazeImport.h"

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
  // The importer loads the dialects it builds.
  mlir::MLIRContext context(mlir::MLIRContext::Threading::DISABLED);
  context.printOpOnDiagnostic(false);
  mlir::ScopedDiagnosticHandler quiet(&context, [](mlir::Diagnostic &) {
    return mlir::success();
  });
  llvm::SourceMgr sourceMgr;
  sourceMgr.AddNewSourceBuffer(llvm::MemoryBuffer::getMemBufferCopy(text, "fuzz.json"),
                               llvm::SMLoc());
  dataflow::DMazeImportOptions options;
  options.archFile = DATAFLOW_FUZZ_SOURCE_DIR "/test/Target/Inputs/arch_spec.json";
  mlir::OwningOpRef<mlir::ModuleOp> module =
      dataflow::importDMazeRunner(sourceMgr, &context, options);
  if (module)
    (void)mlir::verify(*module);
  return 0;
}
