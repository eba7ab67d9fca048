// AlexNet conv1 shrunk to batch 1 and 16 filters (11x11 stride 4 over 227x227: E = 55
// folds over the 16-wide array, fold_w = 4 partial row tiles).
// Scheduled on Eyeriss as the search chooses it, then with every category kept in the global
// buffer (disable-bypass=i,o,f); each lowered to loops, run, and compared with the untiled
// reference nest on pseudo-random data.
// RUN: dataflow-opt %s --dataflow-attach-accelerator=file=%examples/accelerators/eyeriss.mlir --dataflow-schedule --dataflow-lower-to-schedule --dataflow-lower-to-loops="harness=true executable-only=true" | %lower-to-llvm | %run-main | FileCheck %s
// RUN: dataflow-opt %s --dataflow-attach-accelerator=file=%examples/accelerators/eyeriss.mlir --dataflow-schedule="disable-bypass=i,o,f" --dataflow-lower-to-schedule --dataflow-lower-to-loops="harness=true executable-only=true" | %lower-to-llvm | %run-main | FileCheck %s

// CHECK: conv1: outputs 48400 mismatches 0 max_abs_error 0
// CHECK: conv1: gbuf peak {{[0-9]+}} of 65536 words, regf peak {{[0-9]+}} of 256 words per PE: fits
func.func @net(%x: tensor<1x3x227x227xi16>) -> tensor<1x16x55x55xi16> {
  %y = dataflow.conv %x kernel [11, 11] stride [4, 4] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "conv1"} : tensor<1x3x227x227xi16> -> tensor<1x16x55x55xi16>
  return %y : tensor<1x16x55x55xi16>
}
