// The transformer kinds on a T-16 grid with hybrid partitioning (issue #18): activation, norm
// and softmax are partitioned like a one-input eltwise, the FCs as FCs. dataflow-cost
// re-prices what the search wrote.
// RUN: dataflow-opt %s --dataflow-attach-accelerator="file=%examples/accelerators/tetris_t16.mlir" --dataflow-partition-layers="hybrid=true" -o %t.mlir
// RUN: FileCheck %s --input-file=%t.mlir
// RUN: dataflow-opt %t.mlir --dataflow-cost -o %t.recost.mlir
// RUN: diff %t.mlir %t.recost.mlir

// CHECK-LABEL: func.func @block
func.func @block(%x: tensor<64x256xi16>) -> tensor<64x256xi16> {
  // CHECK: dataflow.norm layer_norm
  // CHECK-SAME: ops = 16384.0,
  // CHECK-SAME: dataflow.partition
  %n = dataflow.norm layer_norm %x {name = "ln"} : tensor<64x256xi16> -> tensor<64x256xi16>
  // CHECK: dataflow.fc
  // CHECK-SAME: dataflow.partition
  %f = dataflow.fc %n {name = "fc1"} : tensor<64x256xi16> -> tensor<64x256xi16>
  // CHECK: dataflow.activation gelu
  // CHECK-SAME: ops = 16384.0,
  // CHECK-SAME: dataflow.partition
  %g = dataflow.activation gelu %f {name = "gelu"} : tensor<64x256xi16> -> tensor<64x256xi16>
  // CHECK: dataflow.softmax
  // CHECK-SAME: ops = 16384.0,
  // CHECK-SAME: dataflow.partition
  %s = dataflow.softmax %g {name = "softmax"} : tensor<64x256xi16> -> tensor<64x256xi16>
  return %s : tensor<64x256xi16>
}
