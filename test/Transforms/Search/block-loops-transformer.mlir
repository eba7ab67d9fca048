// The transformer kinds on one Eyeriss-style node (issue #18): activation, norm and softmax
// are one-input element-wise (LR) layers, views are free, attention is priced as its batched
// matmuls. Hand check of the softmax: docs/cost-model.md "Transformer layer kinds".
// RUN: dataflow-opt %s --dataflow-block-loops="disable-bypass=i,o,f" | FileCheck %s

dataflow.accelerator @eyeriss {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}

// CHECK-LABEL: func.func @attention
func.func @attention(%x: tensor<8x32xi16>, %s: tensor<1x8x4xi16>)
    -> (tensor<1x8x4xi16>, tensor<8x32xi16>) attributes {dataflow.accelerator = @eyeriss} {
  // 32 ops; every element once through DRAM, GBUF, the bus and a register:
  // 32 + 96 + 128 + 384 + 12800 = 13440.
  // CHECK: dataflow.softmax
  // CHECK-SAME: dataflow.cost = #dataflow.cost<energy = 13440.0, mac = 32.0, regf = 96.0, itcn = 128.0, gbuf = 384.0, dram = 12800.0,
  // CHECK-SAME: ops = 32.0,
  // CHECK-SAME: dram_access = [0.0, 32.0, 32.0]
  %p = dataflow.softmax %s {name = "softmax"} : tensor<1x8x4xi16> -> tensor<1x8x4xi16>
  // LayerNorm and GELU over 8 tokens x 32 features: 256 ops each, the same formula.
  // CHECK: dataflow.norm layer_norm
  // CHECK-SAME: ops = 256.0,
  // CHECK-SAME: dram_access = [0.0, 256.0, 256.0]
  %n = dataflow.norm layer_norm %x {name = "ln"} : tensor<8x32xi16> -> tensor<8x32xi16>
  // CHECK: dataflow.activation gelu
  // CHECK-SAME: ops = 256.0,
  // CHECK-SAME: dram_access = [0.0, 256.0, 256.0]
  %g = dataflow.activation gelu %n {name = "gelu"} : tensor<8x32xi16> -> tensor<8x32xi16>
  // Views are free: no schedule.
  // CHECK: dataflow.view
  // CHECK-NOT: dataflow.cost
  // CHECK-SAME: name = "q_heads"
  %qh = dataflow.view %g {name = "q_heads"} : tensor<8x32xi16> -> tensor<4x8x8xi16>
  %kt = dataflow.view %n {name = "k_heads_t"} : tensor<8x32xi16> -> tensor<4x8x8xi16>
  // QK^T over 4 heads: 4 x 8 x 8 x 8 = 2048 MACs; the keys are read like FC weights, once:
  // 4 x 8 x 8 = 256 words.
  // CHECK: dataflow.matmul
  // CHECK-SAME: ops = 2048.0,
  // CHECK-SAME: dram_access = [256.0,
  %sc = dataflow.matmul %qh, %kt {name = "qk"} : tensor<4x8x8xi16>, tensor<4x8x8xi16> -> tensor<4x8x8xi16>
  %sm = dataflow.softmax %sc {name = "scores"} : tensor<4x8x8xi16> -> tensor<4x8x8xi16>
  %vh = dataflow.view %x {name = "v_heads"} : tensor<8x32xi16> -> tensor<4x8x8xi16>
  // CHECK: dataflow.matmul
  // CHECK-SAME: ops = 2048.0,
  %av = dataflow.matmul %sm, %vh {name = "av"} : tensor<4x8x8xi16>, tensor<4x8x8xi16> -> tensor<4x8x8xi16>
  %o = dataflow.view %av {name = "merge_heads"} : tensor<4x8x8xi16> -> tensor<8x32xi16>
  return %p, %o : tensor<1x8x4xi16>, tensor<8x32xi16>
}
