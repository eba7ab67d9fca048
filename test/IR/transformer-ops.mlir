// The transformer layer kinds (issue #18) round-trip through the custom and generic forms.
// RUN: dataflow-opt %s --verify-roundtrip | FileCheck %s
// RUN: dataflow-opt %s --mlir-print-op-generic | dataflow-opt --verify-roundtrip | FileCheck %s

// CHECK-LABEL: func.func @block
func.func @block(%x: tensor<8x32xi16>, %img: tensor<2x16x4x4xi16>, %tok: tensor<1x32xi16>,
                 %cache: tensor<9x32xi16>)
    -> (tensor<8x32xi16>, tensor<2x16x4x4xi16>, tensor<1x32xi16>, tensor<4x8x8xi16>) {
  // CHECK: %[[LN:.*]] = dataflow.norm layer_norm %{{.*}} {name = "ln"} : tensor<8x32xi16> -> tensor<8x32xi16>
  %ln = dataflow.norm layer_norm %x {name = "ln"} : tensor<8x32xi16> -> tensor<8x32xi16>
  // CHECK: %[[RMS:.*]] = dataflow.norm rms_norm %[[LN]] : tensor<8x32xi16> -> tensor<8x32xi16>
  %rms = dataflow.norm rms_norm %ln : tensor<8x32xi16> -> tensor<8x32xi16>
  // CHECK: %[[BN:.*]] = dataflow.norm batch_norm %{{.*}} : tensor<2x16x4x4xi16> -> tensor<2x16x4x4xi16>
  %bn = dataflow.norm batch_norm %img : tensor<2x16x4x4xi16> -> tensor<2x16x4x4xi16>
  // CHECK: %[[RELU:.*]] = dataflow.activation relu %[[BN]] : tensor<2x16x4x4xi16> -> tensor<2x16x4x4xi16>
  %relu = dataflow.activation relu %bn : tensor<2x16x4x4xi16> -> tensor<2x16x4x4xi16>
  // CHECK: %[[GELU:.*]] = dataflow.activation gelu %[[RMS]] : tensor<8x32xi16> -> tensor<8x32xi16>
  %gelu = dataflow.activation gelu %rms : tensor<8x32xi16> -> tensor<8x32xi16>
  // CHECK: %[[SILU:.*]] = dataflow.activation silu %[[GELU]] : tensor<8x32xi16> -> tensor<8x32xi16>
  %silu = dataflow.activation silu %gelu : tensor<8x32xi16> -> tensor<8x32xi16>
  // CHECK: %[[SIG:.*]] = dataflow.activation sigmoid %[[SILU]] : tensor<8x32xi16> -> tensor<8x32xi16>
  %sig = dataflow.activation sigmoid %silu : tensor<8x32xi16> -> tensor<8x32xi16>
  // CHECK: %[[TANH:.*]] = dataflow.activation tanh %[[SIG]] : tensor<8x32xi16> -> tensor<8x32xi16>
  %tanh = dataflow.activation tanh %sig : tensor<8x32xi16> -> tensor<8x32xi16>
  // Prefill: 8 queries against their own 8 keys, causal.
  // CHECK: %[[ATT:.*]] = dataflow.attention %[[TANH]], %[[LN]], %[[RMS]] heads 4 causal : tensor<8x32xi16>, tensor<8x32xi16>, tensor<8x32xi16> -> tensor<8x32xi16>
  %att = dataflow.attention %tanh, %ln, %rms heads 4 causal
         : tensor<8x32xi16>, tensor<8x32xi16>, tensor<8x32xi16> -> tensor<8x32xi16>
  // Decode: one query against 9 cached keys and values.
  // CHECK: %[[DEC:.*]] = dataflow.attention %{{.*}}, %{{.*}}, %{{.*}} heads 4 {name = "decode"} : tensor<1x32xi16>, tensor<9x32xi16>, tensor<9x32xi16> -> tensor<1x32xi16>
  %dec = dataflow.attention %tok, %cache, %cache heads 4 {name = "decode"}
         : tensor<1x32xi16>, tensor<9x32xi16>, tensor<9x32xi16> -> tensor<1x32xi16>
  // The head split as views, then attention as batched matmuls and a softmax.
  // CHECK: %[[QH:.*]] = dataflow.view %[[LN]] : tensor<8x32xi16> -> tensor<4x8x8xi16>
  %qh = dataflow.view %ln : tensor<8x32xi16> -> tensor<4x8x8xi16>
  // CHECK: %[[KT:.*]] = dataflow.view %[[RMS]] {name = "kt"} : tensor<8x32xi16> -> tensor<4x8x8xi16>
  %kt = dataflow.view %rms {name = "kt"} : tensor<8x32xi16> -> tensor<4x8x8xi16>
  // CHECK: %[[S:.*]] = dataflow.matmul %[[QH]], %[[KT]] : tensor<4x8x8xi16>, tensor<4x8x8xi16> -> tensor<4x8x8xi16>
  %s = dataflow.matmul %qh, %kt : tensor<4x8x8xi16>, tensor<4x8x8xi16> -> tensor<4x8x8xi16>
  // CHECK: %[[P:.*]] = dataflow.softmax %[[S]] : tensor<4x8x8xi16> -> tensor<4x8x8xi16>
  %p = dataflow.softmax %s : tensor<4x8x8xi16> -> tensor<4x8x8xi16>
  return %att, %relu, %dec, %p
      : tensor<8x32xi16>, tensor<2x16x4x4xi16>, tensor<1x32xi16>, tensor<4x8x8xi16>
}
