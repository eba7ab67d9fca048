// A matmul [16 x 64] x [64 x 32] is an FC with batch = rows (cost model makeMatmul): the
// rhs K x N is read through a transposed view as the M x C filter.
// RUN: dataflow-opt %s --dataflow-attach-accelerator=file=%examples/accelerators/eyeriss.mlir --dataflow-schedule --dataflow-lower-to-schedule --dataflow-lower-to-loops="harness=true executable-only=true" | %lower-to-llvm | %run-main | FileCheck %s
// RUN: dataflow-opt %s --dataflow-attach-accelerator=file=%examples/accelerators/eyeriss.mlir --dataflow-schedule="disable-bypass=i,o,f" --dataflow-lower-to-schedule --dataflow-lower-to-loops="harness=true executable-only=true" | %lower-to-llvm | %run-main | FileCheck %s

// CHECK: mm: outputs 512 mismatches 0 max_abs_error 0
// CHECK: mm: gbuf peak {{[0-9]+}} of 65536 words, regf peak {{[0-9]+}} of 256 words per PE: fits
func.func @net(%a: tensor<16x64xi16>, %b: tensor<64x32xi16>) -> tensor<16x32xi16> {
  %y = dataflow.matmul %a, %b {name = "mm"} : tensor<16x64xi16>, tensor<64x32xi16> -> tensor<16x32xi16>
  return %y : tensor<16x32xi16>
}
