// AlexNet fc2/fc3 shape (rank-2 input), batch 2, 100 outputs (not a multiple of the tile).
// Scheduled on Eyeriss as the search chooses it, then with every category kept in the global
// buffer (disable-bypass=i,o,f); each lowered to loops, run, and compared with the untiled
// reference nest on pseudo-random data.
// RUN: dataflow-opt %s --dataflow-attach-accelerator=file=%examples/accelerators/eyeriss.mlir --dataflow-schedule --dataflow-lower-to-schedule --dataflow-lower-to-loops="harness=true executable-only=true" | %lower-to-llvm | %run-main | FileCheck %s
// RUN: dataflow-opt %s --dataflow-attach-accelerator=file=%examples/accelerators/eyeriss.mlir --dataflow-schedule="disable-bypass=i,o,f" --dataflow-lower-to-schedule --dataflow-lower-to-loops="harness=true executable-only=true" | %lower-to-llvm | %run-main | FileCheck %s

// CHECK: fc2: outputs 200 mismatches 0 max_abs_error 0
// CHECK: fc2: gbuf peak {{[0-9]+}} of 65536 words, regf peak {{[0-9]+}} of 256 words per PE: fits
func.func @net(%x: tensor<2x512xi16>) -> tensor<2x100xi16> {
  %y = dataflow.fc %x {name = "fc2"} : tensor<2x512xi16> -> tensor<2x100xi16>
  return %y : tensor<2x100xi16>
}
