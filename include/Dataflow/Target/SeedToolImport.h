//===- SeedToolImport.h - MAESTRO / dMazeRunner files -> dataflow IR -*- C++ -*-===//
//
// The importers behind dataflow-translate --import-maestro / --import-dmazerunner
// (docs/import-and-embed.md). Each builds a module with one dataflow.accelerator and one
// func.func of layer ops bound to it (one argument per layer: the tools list layers,
// not a graph), with the tool's own mapping attached as a verified attribute when the
// input carries one. Malformed input is an error located at the offending file and line.
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_TARGET_SEEDTOOLIMPORT_H
#define DATAFLOW_TARGET_SEEDTOOLIMPORT_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"
#include "llvm/Support/SourceMgr.h"

#include <string>

namespace dataflow {

struct MaestroImportOptions {
  /// MAESTRO's hardware file (num_pes, l1_size_cstr, ...); required, the model and
  /// mapping files carry no hardware.
  std::string hardwareFile;
};

/// A MAESTRO model file (layers) or mapping file (layers with Dataflow blocks, attached
/// as dataflow.directives). Layers: CONV -> dataflow.conv, DSCONV -> depthwise
/// dataflow.conv, GEMM -> dataflow.fc; 8-bit words (MAESTRO compares element counts
/// with byte sizes); unit energies mac 1, regf (L1) 1.68, gbuf (L2) 18.61.
mlir::OwningOpRef<mlir::ModuleOp> importMaestro(llvm::SourceMgr &sourceMgr,
                                                mlir::MLIRContext *context,
                                                const MaestroImportOptions &options);

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

#endif // DATAFLOW_TARGET_SEEDTOOLIMPORT_H
