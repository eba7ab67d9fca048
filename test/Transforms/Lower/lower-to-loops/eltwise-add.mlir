// Element-wise add of two maps (nreg = 2): the register files hold one window word of each
// input; the global buffer holds both inputs' blocks (nn_dataflow counts one input per
// output channel, so that buffer is nreg x the transfer's words, see docs/lower-to-loops.md).
// RUN: dataflow-opt %s --dataflow-attach-accelerator=file=%examples/accelerators/eyeriss.mlir --dataflow-schedule --dataflow-lower-to-schedule --dataflow-lower-to-loops="harness=true executable-only=true" | %lower-to-llvm | %run-main | FileCheck %s
// RUN: dataflow-opt %s --dataflow-attach-accelerator=file=%examples/accelerators/eyeriss.mlir --dataflow-schedule="disable-bypass=i,o,f" --dataflow-lower-to-schedule --dataflow-lower-to-loops="harness=true executable-only=true" | %lower-to-llvm | %run-main | FileCheck %s

// CHECK: add: outputs 6272 mismatches 0 max_abs_error 0
// CHECK: add: gbuf peak {{[0-9]+}} of 65536 words, regf peak {{[0-9]+}} of 256 words per PE: fits
func.func @net(%a: tensor<2x16x14x14xi16>, %b: tensor<2x16x14x14xi16>) -> tensor<2x16x14x14xi16> {
  %y = dataflow.eltwise add %a, %b {name = "add"} : tensor<2x16x14x14xi16>, tensor<2x16x14x14xi16> -> tensor<2x16x14x14xi16>
  return %y : tensor<2x16x14x14xi16>
}
