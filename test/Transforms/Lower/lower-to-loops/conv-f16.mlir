// f16 words run as f32 and compare to 1e-5 relative: a grouped, strided conv with
// asymmetric padding.
// Scheduled on Eyeriss as the search chooses it, then with every category kept in the global
// buffer (disable-bypass=i,o,f); each lowered to loops, run, and compared with the untiled
// reference nest on pseudo-random data.
// RUN: dataflow-opt %s --dataflow-attach-accelerator=file=%examples/accelerators/eyeriss.mlir --dataflow-schedule --dataflow-lower-to-schedule --dataflow-lower-to-loops="harness=true executable-only=true" | %lower-to-llvm | %run-main | FileCheck %s
// RUN: dataflow-opt %s --dataflow-attach-accelerator=file=%examples/accelerators/eyeriss.mlir --dataflow-schedule="disable-bypass=i,o,f" --dataflow-lower-to-schedule --dataflow-lower-to-loops="harness=true executable-only=true" | %lower-to-llvm | %run-main | FileCheck %s

// CHECK: convf: outputs 1200 mismatches 0 max_abs_error {{.*}}
// CHECK: convf: gbuf peak {{[0-9]+}} of 65536 words, regf peak {{[0-9]+}} of 256 words per PE: fits
func.func @net(%x: tensor<1x8x20x20xf16>) -> tensor<1x12x10x10xf16> {
  %y = dataflow.conv %x kernel [5, 5] stride [2, 2] pad [2, 2, 1, 1] dilation [1, 1] groups 2 {name = "convf"} : tensor<1x8x20x20xf16> -> tensor<1x12x10x10xf16>
  return %y : tensor<1x12x10x10xf16>
}
