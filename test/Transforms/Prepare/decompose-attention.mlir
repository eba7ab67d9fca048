// dataflow-decompose-attention: multi-head attention as views, two batched matmuls over the
// heads and a softmax (issue #18); the dataflow-schedule pipeline runs it first.
// RUN: dataflow-opt %s --dataflow-decompose-attention --verify-roundtrip | FileCheck %s
// The MACs after the rewrite are the op's 2 x Lq x Lk x D (LayerOpInterfaceTest checks the
// op's count by hand), summed by the report over the scheduled layers:
// RUN: dataflow-opt %s --dataflow-attach-accelerator="file=%examples/accelerators/eyeriss.mlir" --dataflow-schedule="progress=off report=-" | FileCheck %s --check-prefix=MACS
// On the systolic array the heads are the runs of each batched matmul:
// RUN: dataflow-opt %s --dataflow-attach-accelerator="file=%examples/accelerators/systolic16.mlir" --dataflow-schedule="progress=off" | FileCheck %s --check-prefix=SYS
// No attention is left for the searches to refuse:
// RUN: dataflow-opt %s --dataflow-attach-accelerator="file=%examples/accelerators/eyeriss.mlir" --dataflow-schedule="progress=off" | FileCheck %s --check-prefix=GONE

// Prefill, causal: the masked scores keep their place in the dense extents.
// CHECK-LABEL: func.func @net
// CHECK:      %[[QH:.*]] = dataflow.view %arg0 {name = "prefill.q_heads"} : tensor<8x32xi16> -> tensor<4x8x8xi16>
// CHECK-NEXT: %[[KT:.*]] = dataflow.view %arg0 {name = "prefill.k_heads_t"} : tensor<8x32xi16> -> tensor<4x8x8xi16>
// CHECK-NEXT: %[[VH:.*]] = dataflow.view %arg0 {name = "prefill.v_heads"} : tensor<8x32xi16> -> tensor<4x8x8xi16>
// CHECK-NEXT: %[[S:.*]] = dataflow.matmul %[[QH]], %[[KT]] {name = "prefill.qk"} : tensor<4x8x8xi16>, tensor<4x8x8xi16> -> tensor<4x8x8xi16>
// CHECK-NEXT: %[[P:.*]] = dataflow.softmax %[[S]] {name = "prefill.softmax"} : tensor<4x8x8xi16> -> tensor<4x8x8xi16>
// CHECK-NEXT: %[[A:.*]] = dataflow.matmul %[[P]], %[[VH]] {name = "prefill.av"} : tensor<4x8x8xi16>, tensor<4x8x8xi16> -> tensor<4x8x8xi16>
// CHECK-NEXT: %[[O:.*]] = dataflow.view %[[A]] {name = "prefill.merge_heads"} : tensor<4x8x8xi16> -> tensor<8x32xi16>
// Decode against a KV cache of 9 (unnamed: the parts are named after "attention"):
// CHECK-NEXT: %[[DQ:.*]] = dataflow.view %arg1 {name = "attention.q_heads"} : tensor<1x32xi16> -> tensor<4x1x8xi16>
// CHECK-NEXT: %[[DK:.*]] = dataflow.view %arg2 {name = "attention.k_heads_t"} : tensor<9x32xi16> -> tensor<4x8x9xi16>
// CHECK-NEXT: %[[DV:.*]] = dataflow.view %arg2 {name = "attention.v_heads"} : tensor<9x32xi16> -> tensor<4x9x8xi16>
// CHECK-NEXT: %[[DS:.*]] = dataflow.matmul %[[DQ]], %[[DK]] {name = "attention.qk"} : tensor<4x1x8xi16>, tensor<4x8x9xi16> -> tensor<4x1x9xi16>
// CHECK-NEXT: %[[DP:.*]] = dataflow.softmax %[[DS]] {name = "attention.softmax"} : tensor<4x1x9xi16> -> tensor<4x1x9xi16>
// CHECK-NEXT: %[[DA:.*]] = dataflow.matmul %[[DP]], %[[DV]] {name = "attention.av"} : tensor<4x1x9xi16>, tensor<4x9x8xi16> -> tensor<4x1x8xi16>
// CHECK-NEXT: %[[DO:.*]] = dataflow.view %[[DA]] {name = "attention.merge_heads"} : tensor<4x1x8xi16> -> tensor<1x32xi16>
// CHECK-NEXT: return %[[O]], %[[DO]]
// CHECK-NOT:  dataflow.attention

// MACS:      "coverage": {
// MACS-NEXT:   "scheduled_macs": [[#mul(2,mul(8,mul(8,32))) + mul(2,mul(1,mul(9,32)))]],

// Prefill QK^T by hand (docs/seed-tools.md §3.2; 12.8 words per cycle): per head 8x8 . 8x8,
// 512 MACs / (256 PEs x util 8x8/(16x16)) = 8 cycles; ofmap 64 + ifmap 64, + ofmap 64 +
// weights 64 = 256 words, / 12.8 = 20 cycles; 4 heads: 32 compute, 80 memory, 1024 words.
// SYS: dataflow.matmul {{.*}}cycles = 80.0, compute_cycles = 32.0, memory_cycles = 80.0, transfer = 1024.0, utilization = 0.25, energy = {{[0-9.e+-]+}}>, name = "prefill.qk"
// SYS: dataflow.matmul {{.*}}dataflow.systolic{{.*}}name = "prefill.av"
// SYS: dataflow.matmul {{.*}}dataflow.systolic{{.*}}name = "attention.qk"
// SYS: dataflow.matmul {{.*}}dataflow.systolic{{.*}}name = "attention.av"

// GONE-NOT: dataflow.attention
// GONE:     dataflow.matmul {{.*}}name = "prefill.qk"
// GONE-NOT: dataflow.attention
func.func @net(%q: tensor<8x32xi16>, %t: tensor<1x32xi16>, %k: tensor<9x32xi16>)
    -> (tensor<8x32xi16>, tensor<1x32xi16>) {
  %a = dataflow.attention %q, %q, %q heads 4 causal {name = "prefill"}
       : tensor<8x32xi16>, tensor<8x32xi16>, tensor<8x32xi16> -> tensor<8x32xi16>
  %d = dataflow.attention %t, %k, %k heads 4
       : tensor<1x32xi16>, tensor<9x32xi16>, tensor<9x32xi16> -> tensor<1x32xi16>
  return %a, %d : tensor<8x32xi16>, tensor<1x32xi16>
}
