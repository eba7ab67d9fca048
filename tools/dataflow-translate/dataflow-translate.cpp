//===- dataflow-translate.cpp - the seed tools' files -> dataflow IR ------===//
//
// An mlir-translate-style driver: --import-maestro reads a MAESTRO model or mapping
// file (.m) with --maestro-hw=FILE, --import-dmazerunner a dMazeRunner model JSON with
// --dmazerunner-arch=FILE and, to import its chosen mappings, --dmazerunner-result=FILE
// (the optimizer's report) and --dmazerunner-objective=edp|energy|cycles. The output is
// a module dataflow-opt reads (docs/import-and-embed.md).
//
//===----------------------------------------------------------------------===//

#include "Dataflow/IR/DataflowDialect.h"
#include "Dataflow/Target/DMazeImport.h"
#include "Dataflow/Target/MaestroImport.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/mlir-translate/MlirTranslateMain.h"
#include "mlir/Tools/mlir-translate/Translation.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/CommandLine.h"

#include <vector>

namespace {

llvm::cl::OptionCategory category("dataflow-translate options");

llvm::cl::opt<std::string> maestroHw("maestro-hw",
                                     llvm::cl::desc("MAESTRO hardware file for --import-maestro"),
                                     llvm::cl::value_desc("file"), llvm::cl::cat(category));
llvm::cl::opt<std::string>
    dmazeArch("dmazerunner-arch",
              llvm::cl::desc("dMazeRunner arch_spec.json for --import-dmazerunner"),
              llvm::cl::value_desc("file"), llvm::cl::cat(category));
llvm::cl::opt<std::string> dmazeResult(
    "dmazerunner-result",
    llvm::cl::desc("dMazeRunner optimizer report whose execution methods to attach"),
    llvm::cl::value_desc("file"), llvm::cl::cat(category));
llvm::cl::opt<std::string> dmazeObjective(
    "dmazerunner-objective",
    llvm::cl::desc("which reported method to attach: edp (default), energy or cycles"),
    llvm::cl::init("edp"), llvm::cl::cat(category));

void registerDialects(mlir::DialectRegistry &registry) {
  registry.insert<dataflow::DataflowDialect, mlir::func::FuncDialect>();
}

void registerImports() {
  static mlir::TranslateToMLIRRegistration maestro(
      "import-maestro", "import a MAESTRO model or mapping file (.m)",
      [](llvm::SourceMgr &sourceMgr, mlir::MLIRContext *context) -> mlir::OwningOpRef<mlir::Operation *> {
        dataflow::MaestroImportOptions options;
        options.hardwareFile = maestroHw;
        return dataflow::importMaestro(sourceMgr, context, options);
      },
      registerDialects);
  static mlir::TranslateToMLIRRegistration dmaze(
      "import-dmazerunner", "import a dMazeRunner model JSON",
      [](llvm::SourceMgr &sourceMgr, mlir::MLIRContext *context) -> mlir::OwningOpRef<mlir::Operation *> {
        dataflow::DMazeImportOptions options;
        options.archFile = dmazeArch;
        options.resultFile = dmazeResult;
        options.objective = dmazeObjective;
        return dataflow::importDMazeRunner(sourceMgr, context, options);
      },
      registerDialects);
}

/// LLVM's backends register hundreds of options at load time; --help shows ours.
void hideForeignOptions() {
  static const char *const keep[] = {"help", "help-hidden", "help-list", "version", "color",
                                     "maestro-hw", "dmazerunner-arch", "dmazerunner-result",
                                     "dmazerunner-objective"};
  for (auto &entry : llvm::cl::getRegisteredOptions()) {
    if (llvm::is_contained(keep, entry.first))
      continue;
    entry.second->setHiddenFlag(llvm::cl::ReallyHidden);
  }
}

} // namespace

int main(int argc, char **argv) {
  hideForeignOptions();
  registerImports();
  return mlir::failed(mlir::mlirTranslateMain(
             argc, argv, "dataflow-translate: MAESTRO / dMazeRunner files -> dataflow IR\n"))
             ? 1
             : 0;
}
