// dataflow.slice round-trips through the custom and generic forms and is a zero-MAC,
// non-compute layer op (like dataflow.view and dataflow.concat).
// RUN: dataflow-opt %s --verify-roundtrip | FileCheck %s
// RUN: dataflow-opt %s --mlir-print-op-generic | dataflow-opt --verify-roundtrip | FileCheck %s

// CHECK-LABEL: func.func @split
func.func @split(%x: tensor<1x116x28x28xi16>) -> tensor<1x116x28x28xi16> {
  // CHECK: %[[A:.*]] = dataflow.slice %{{.*}} axis 1 offset 0 {name = "x1"} : tensor<1x116x28x28xi16> -> tensor<1x58x28x28xi16>
  %a = dataflow.slice %x axis 1 offset 0 {name = "x1"} : tensor<1x116x28x28xi16> -> tensor<1x58x28x28xi16>
  // CHECK: %[[B:.*]] = dataflow.slice %{{.*}} axis 1 offset 58 : tensor<1x116x28x28xi16> -> tensor<1x58x28x28xi16>
  %b = dataflow.slice %x axis 1 offset 58 : tensor<1x116x28x28xi16> -> tensor<1x58x28x28xi16>
  // CHECK: dataflow.concat %[[A]], %[[B]]
  %c = dataflow.concat %a, %b : tensor<1x58x28x28xi16>, tensor<1x58x28x28xi16> -> tensor<1x116x28x28xi16>
  return %c : tensor<1x116x28x28xi16>
}

// Any axis of a rank-1 to rank-5 tensor.
// CHECK-LABEL: func.func @tokens
// CHECK: dataflow.slice %{{.*}} axis 0 offset 1 : tensor<197x768xi16> -> tensor<196x768xi16>
func.func @tokens(%x: tensor<197x768xi16>) -> tensor<196x768xi16> {
  %y = dataflow.slice %x axis 0 offset 1 : tensor<197x768xi16> -> tensor<196x768xi16>
  return %y : tensor<196x768xi16>
}
