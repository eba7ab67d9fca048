// linalg.softmax over the last dimension (torch-mlir's and IREE's F.softmax(x, dim=-1))
// becomes dataflow.softmax; its output init goes once nothing reads it.
// RUN: dataflow-opt %s -split-input-file --convert-linalg-to-dataflow | FileCheck %s
// RUN: dataflow-opt %s -split-input-file --convert-linalg-to-dataflow --verify-roundtrip > /dev/null

// Attention scores: QK^T, softmax over the keys, AV.
// CHECK-LABEL: func.func @scores
// CHECK-NOT: linalg.
// CHECK: %[[QK:.*]] = dataflow.matmul %{{.*}}, %{{.*}} : tensor<4x8x16xf32>, tensor<4x16x8xf32> -> tensor<4x8x8xf32>
// CHECK-NEXT: %[[P:.*]] = dataflow.softmax %[[QK]] : tensor<4x8x8xf32> -> tensor<4x8x8xf32>
// CHECK-NEXT: dataflow.matmul %[[P]], %{{.*}} : tensor<4x8x8xf32>, tensor<4x8x16xf32> -> tensor<4x8x16xf32>
// CHECK-NOT: linalg.
func.func @scores(%q: tensor<4x8x16xf32>, %kt: tensor<4x16x8xf32>, %v: tensor<4x8x16xf32>) -> tensor<4x8x16xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4x8x8xf32>
  %i = linalg.fill ins(%zero : f32) outs(%e : tensor<4x8x8xf32>) -> tensor<4x8x8xf32>
  %s = linalg.batch_matmul ins(%q, %kt : tensor<4x8x16xf32>, tensor<4x16x8xf32>) outs(%i : tensor<4x8x8xf32>) -> tensor<4x8x8xf32>
  %pe = tensor.empty() : tensor<4x8x8xf32>
  %p = linalg.softmax dimension(2) ins(%s : tensor<4x8x8xf32>) outs(%pe : tensor<4x8x8xf32>) -> tensor<4x8x8xf32>
  %oe = tensor.empty() : tensor<4x8x16xf32>
  %oi = linalg.fill ins(%zero : f32) outs(%oe : tensor<4x8x16xf32>) -> tensor<4x8x16xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<4x8x8xf32>, tensor<4x8x16xf32>) outs(%oi : tensor<4x8x16xf32>) -> tensor<4x8x16xf32>
  return %o : tensor<4x8x16xf32>
}

// -----

// A classifier's probabilities: softmax over the classes of N x K logits.
// CHECK-LABEL: func.func @classifier
// CHECK: %[[S:.*]] = dataflow.softmax %{{.*}} : tensor<2x10xf32> -> tensor<2x10xf32>
// CHECK-NEXT: return %[[S]]
func.func @classifier(%x: tensor<2x10xf32>) -> tensor<2x10xf32> {
  %e = tensor.empty() : tensor<2x10xf32>
  %s = linalg.softmax dimension(1) ins(%x : tensor<2x10xf32>) outs(%e : tensor<2x10xf32>) -> tensor<2x10xf32>
  return %s : tensor<2x10xf32>
}
