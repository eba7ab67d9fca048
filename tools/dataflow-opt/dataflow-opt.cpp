//===- dataflow-opt.cpp - the dataflow-opt driver -------------------------===//
//
// An mlir-opt-style driver with the dataflow dialect, its passes and the few upstream
// dialects we read. Options LLVM's backends register at load time are hidden so that
// --help lists what matters here (docs/toolchain.md §6.7).
//
//===----------------------------------------------------------------------===//

#include "Dataflow/Registration/InitAllDataflow.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "mlir/Transforms/Passes.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/CommandLine.h"

#include <vector>

static void hideForeignOptions() {
  static const char *const keep[] = {"help", "help-hidden", "help-list", "version",
                                     "color"};
  for (auto &entry : llvm::cl::getRegisteredOptions()) {
    if (llvm::is_contained(keep, entry.first))
      continue;
    entry.second->setHiddenFlag(llvm::cl::ReallyHidden);
  }
}

int main(int argc, char **argv) {
  // A diagnostic names the layer and carries its location; dumping the whole op in generic
  // form after it (MLIR's default) buries the message. --mlir-print-op-on-diagnostic
  // brings the dump back.
  std::vector<char *> args(argv, argv + argc);
  static char quietDiagnostics[] = "--mlir-print-op-on-diagnostic=false";
  if (llvm::none_of(args, [](const char *arg) {
        return llvm::StringRef(arg).contains("mlir-print-op-on-diagnostic");
      }))
    args.insert(args.begin() + 1, quietDiagnostics);
  argc = static_cast<int>(args.size());
  argv = args.data();

  hideForeignOptions();
  mlir::registerCanonicalizerPass();
  mlir::registerCSEPass();
  mlir::registerSymbolDCEPass();
  dataflow::registerAllDataflowPasses();

  mlir::DialectRegistry registry;
  dataflow::registerAllDataflowDialects(registry);
  return mlir::asMainReturnCode(mlir::MlirOptMain(
      argc, argv,
      "dataflow-opt: schedules DNN layer graphs onto spatial dataflow accelerators\n",
      registry));
}
