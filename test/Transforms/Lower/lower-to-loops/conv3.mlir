// AlexNet conv3 shape (3x3, pad 1 over 13x13), batch 2, 32 -> 48 channels: 48 output
// channels in groups of ofmaps = 5 leave a partial last O tile.
// Scheduled on Eyeriss as the search chooses it, then with every category kept in the global
// buffer (disable-bypass=i,o,f); each lowered to loops, run, and compared with the untiled
// reference nest on pseudo-random data.
// RUN: dataflow-opt %s --dataflow-attach-accelerator=file=%examples/accelerators/eyeriss.mlir --dataflow-schedule --dataflow-lower-to-schedule --dataflow-lower-to-loops="harness=true executable-only=true" | %lower-to-llvm | %run-main | FileCheck %s
// RUN: dataflow-opt %s --dataflow-attach-accelerator=file=%examples/accelerators/eyeriss.mlir --dataflow-schedule="disable-bypass=i,o,f" --dataflow-lower-to-schedule --dataflow-lower-to-loops="harness=true executable-only=true" | %lower-to-llvm | %run-main | FileCheck %s

// CHECK: conv3: outputs 16224 mismatches 0 max_abs_error 0
// CHECK: conv3: gbuf peak {{[0-9]+}} of 65536 words, regf peak {{[0-9]+}} of 256 words per PE: fits
func.func @net(%x: tensor<2x32x13x13xi16>) -> tensor<2x48x13x13xi16> {
  %y = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "conv3"} : tensor<2x32x13x13xi16> -> tensor<2x48x13x13xi16>
  return %y : tensor<2x48x13x13xi16>
}
