// AlexNet conv2 shape (5x5, pad 2 over 27x27) with batch 2 and 16 -> 32 channels.
// Scheduled on Eyeriss as the search chooses it, then with every category kept in the global
// buffer (disable-bypass=i,o,f); each lowered to loops, run, and compared with the untiled
// reference nest on pseudo-random data.
// RUN: dataflow-opt %s --dataflow-attach-accelerator=file=%examples/accelerators/eyeriss.mlir --dataflow-schedule --dataflow-lower-to-schedule --dataflow-lower-to-loops="harness=true executable-only=true" | %lower-to-llvm | %run-main | FileCheck %s
// RUN: dataflow-opt %s --dataflow-attach-accelerator=file=%examples/accelerators/eyeriss.mlir --dataflow-schedule="disable-bypass=i,o,f" --dataflow-lower-to-schedule --dataflow-lower-to-loops="harness=true executable-only=true" | %lower-to-llvm | %run-main | FileCheck %s

// CHECK: conv2: outputs 46656 mismatches 0 max_abs_error 0
// CHECK: conv2: gbuf peak {{[0-9]+}} of 65536 words, regf peak {{[0-9]+}} of 256 words per PE: fits
func.func @net(%x: tensor<2x16x27x27xi16>) -> tensor<2x32x27x27xi16> {
  %y = dataflow.conv %x kernel [5, 5] stride [1, 1] pad [2, 2, 2, 2] dilation [1, 1] groups 1 {name = "conv2"} : tensor<2x16x27x27xi16> -> tensor<2x32x27x27xi16>
  return %y : tensor<2x32x27x27xi16>
}
