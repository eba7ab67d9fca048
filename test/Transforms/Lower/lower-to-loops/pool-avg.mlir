// Padded average pooling (the divisor counts the padding: R x S).
// Scheduled on Eyeriss as the search chooses it, then with every category kept in the global
// buffer (disable-bypass=i,o,f); each lowered to loops, run, and compared with the untiled
// reference nest on pseudo-random data.
// RUN: dataflow-opt %s --dataflow-attach-accelerator=file=%examples/accelerators/eyeriss.mlir --dataflow-schedule --dataflow-lower-to-schedule --dataflow-lower-to-loops="harness=true executable-only=true" | %lower-to-llvm | %run-main | FileCheck %s
// RUN: dataflow-opt %s --dataflow-attach-accelerator=file=%examples/accelerators/eyeriss.mlir --dataflow-schedule="disable-bypass=i,o,f" --dataflow-lower-to-schedule --dataflow-lower-to-loops="harness=true executable-only=true" | %lower-to-llvm | %run-main | FileCheck %s

// CHECK: poolavg: outputs 784 mismatches 0 max_abs_error 0
// CHECK: poolavg: gbuf peak {{[0-9]+}} of 65536 words, regf peak {{[0-9]+}} of 256 words per PE: fits
func.func @net(%x: tensor<2x8x13x13xi16>) -> tensor<2x8x7x7xi16> {
  %y = dataflow.pool avg %x window [3, 3] stride [2, 2] pad [1, 1, 1, 1] {name = "poolavg"} : tensor<2x8x13x13xi16> -> tensor<2x8x7x7xi16>
  return %y : tensor<2x8x7x7xi16>
}
