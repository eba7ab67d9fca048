//===- Passes.td - passes of dataflow-opt -------------------*- tablegen -*-===//

#ifndef DATAFLOW_TRANSFORMS_PASSES_TD
#define DATAFLOW_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

def AttachAcceleratorPass : Pass<"dataflow-attach-accelerator", "::mlir::ModuleOp"> {
  let summary = "Bind the networks of a module to an accelerator";
  let description = [{
    Networks and accelerators usually live in separate files. This pass copies the
    `dataflow.accelerator` named `name` from the file `file` into the module (or, with no
    `file`, uses one already in it) and binds every function holding layer ops that names
    no accelerator yet (or every such function, with `override=true`).

    Before, with `file=eyeriss.mlir`:
    ```mlir
    func.func @net(%x: tensor<1x3x8x8xi16>) -> tensor<1x4x8x8xi16> { ... }
    ```
    After:
    ```mlir
    dataflow.accelerator @eyeriss { ... }
    func.func @net(%x: tensor<1x3x8x8xi16>) -> tensor<1x4x8x8xi16>
        attributes {dataflow.accelerator = @eyeriss} { ... }
    ```
  }];
  let options = [
    Option<"file", "file", "std::string", /*default=*/"\"\"",
           "MLIR file holding the dataflow.accelerator to import">,
    Option<"name", "name", "std::string", /*default=*/"\"\"",
           "accelerator symbol to use (default: the only one in the file or module)">,
    Option<"overrideExisting", "override", "bool", /*default=*/"false",
           "rebind functions that already name an accelerator">,
  ];
  let dependentDialects = ["::dataflow::DataflowDialect"];
}

#endif // DATAFLOW_TRANSFORMS_PASSES_TD
