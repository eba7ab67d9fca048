//===- DMazeImport.h - dMazeRunner files -> dataflow IR ---------*- C++ -*-===//
//
// The importer behind dataflow-translate --import-dmazerunner (docs/import-and-embed.md). It builds a
// module with one dataflow.accelerator and one func.func of layer ops bound to it (one
// argument per layer: the tool lists layers, not a graph), with the tool's own mapping
// attached as a verified attribute when the input carries one. Malformed input is an
// error located at the offending file and line.
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_TARGET_DMAZEIMPORT_H
#define DATAFLOW_TARGET_DMAZEIMPORT_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"
#include "llvm/Support/SourceMgr.h"

#include <string>

namespace dataflow {

struct DMazeImportOptions {
  /// dMazeRunner's arch_spec.json; required.
  std::string archFile;
  /// Optional: the optimizer's report (run_optimizer.py stdout); each layer gets the
  /// execution method it reports for `objective` as dataflow.loop_tiling.
  std::string resultFile;
  std::string objective = "edp"; ///< edp, energy or cycles
};

/// A dMazeRunner model JSON (CONV, DW_CONV, GEMM sections, in file order). Each layer
/// is imported once: `instances` is not multiplied in (dMazeRunner's totals do not
/// either).
mlir::OwningOpRef<mlir::ModuleOp> importDMazeRunner(llvm::SourceMgr &sourceMgr,
                                                    mlir::MLIRContext *context,
                                                    const DMazeImportOptions &options);

} // namespace dataflow

#endif // DATAFLOW_TARGET_DMAZEIMPORT_H
