// The transformer kinds on the systolic array (issue #18): the FCs (GEMMs) are scheduled;
// activation, norm, softmax and views are not priced, like pool and eltwise.
// RUN: dataflow-opt %s --dataflow-attach-accelerator="file=%examples/accelerators/systolic16.mlir" --dataflow-schedule-systolic | FileCheck %s

// CHECK-LABEL: func.func @mlp
func.func @mlp(%x: tensor<64x256xi16>) -> tensor<64x256xi16> {
  // CHECK: dataflow.norm layer_norm
  // CHECK-NOT: dataflow.systolic
  // CHECK-SAME: name = "ln"
  %n = dataflow.norm layer_norm %x {name = "ln"} : tensor<64x256xi16> -> tensor<64x256xi16>
  // CHECK: dataflow.fc
  // CHECK-SAME: dataflow.systolic
  %f = dataflow.fc %n {name = "fc1"} : tensor<64x256xi16> -> tensor<64x1024xi16>
  // CHECK: dataflow.activation gelu
  // CHECK-NOT: dataflow.systolic
  // CHECK-SAME: name = "gelu"
  %g = dataflow.activation gelu %f {name = "gelu"} : tensor<64x1024xi16> -> tensor<64x1024xi16>
  // CHECK: dataflow.fc
  // CHECK-SAME: dataflow.systolic
  %o = dataflow.fc %g {name = "fc2"} : tensor<64x1024xi16> -> tensor<64x256xi16>
  // CHECK: dataflow.softmax
  // CHECK-NOT: dataflow.systolic
  // CHECK-SAME: name = "softmax"
  %s = dataflow.softmax %o {name = "softmax"} : tensor<64x256xi16> -> tensor<64x256xi16>
  return %s : tensor<64x256xi16>
}
