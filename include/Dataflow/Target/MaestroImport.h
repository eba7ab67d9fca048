//===- MaestroImport.h - MAESTRO files -> dataflow IR -----------*- C++ -*-===//
//
// The importer behind dataflow-translate --import-maestro (docs/import-and-embed.md). It builds a
// module with one dataflow.accelerator and one func.func of layer ops bound to it (one
// argument per layer: the tool lists layers, not a graph), with the tool's own mapping
// attached as a verified attribute when the input carries one. Malformed input is an
// error located at the offending file and line.
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_TARGET_MAESTROIMPORT_H
#define DATAFLOW_TARGET_MAESTROIMPORT_H

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

} // namespace dataflow

#endif // DATAFLOW_TARGET_MAESTROIMPORT_H
