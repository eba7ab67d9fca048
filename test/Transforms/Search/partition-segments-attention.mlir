// An attention block in inter-layer pipeline segments (interlayer=true; docs/cost-model.md §6
// "Order-only dependencies"): QK^T reads K^T, and AV reads V, from DRAM like FC weights, so
// k's and v's segments run before the matmuls that read them; within a segment fmaps stay on
// chip and are never written to DRAM. Here q and k share the input in one spatial segment,
// QK^T and the softmax follow as segment 1, v is segment 2 and AV segment 3. Without the
// order-only edges nn_dataflow's depth-first order put k after QK^T, and the IR verifier
// refused the schedule ("reads layer 'k' (segment 3 ...), which runs after it").
// dataflow-cost re-prices what the search wrote. MACs: the FCs 8 x 32 x 32 = 8192 each,
// QK^T and AV 2 heads x 8 x 8 x 16 = 2048 each.
// RUN: dataflow-opt %s --dataflow-schedule="progress=off hybrid=true interlayer=true lower=false" -o %t.mlir
// RUN: FileCheck %s --input-file=%t.mlir
// RUN: dataflow-opt %t.mlir --dataflow-cost -o %t.recost.mlir
// RUN: diff %t.mlir %t.recost.mlir
// BERT-base and the GPT-2 decoder (prefill, and decode against a KV cache) on T-16, every MAC.
// RUN: dataflow-opt %examples/networks/bert_base.mlir --dataflow-attach-accelerator="file=%examples/accelerators/tetris_t16.mlir" --dataflow-schedule="progress=off hybrid=true interlayer=true lower=false report=%t.bert.txt report-format=table" -o /dev/null
// RUN: FileCheck %s --check-prefix=BERT < %t.bert.txt
// RUN: dataflow-opt %examples/networks/gpt2_decode.mlir --dataflow-attach-accelerator="file=%examples/accelerators/tetris_t16.mlir" --dataflow-schedule="progress=off hybrid=true interlayer=true lower=false report=%t.decode.txt report-format=table" -o /dev/null
// RUN: FileCheck %s --check-prefix=DECODE < %t.decode.txt

dataflow.accelerator @mesh2x2 {
  nodes = [2, 2], pe_array = [8, 8], regf_bytes = 128, gbuf_bytes = 32768, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 1.0>
}

// CHECK-LABEL: func.func @attention
// CHECK:       dataflow.fc {{.*}} mac = 8192.0, {{.*}} dataflow.segment = #dataflow.segment<index = 0, kind = spatial, spatial = 0, {{.*}} name = "q"
// CHECK:       dataflow.fc {{.*}} mac = 8192.0, {{.*}} dataflow.segment = #dataflow.segment<index = 0, kind = spatial, spatial = 1, {{.*}} name = "k"
// CHECK:       dataflow.fc {{.*}} mac = 8192.0, {{.*}} dataflow.segment = #dataflow.segment<index = 2, kind = single, {{.*}} name = "v"
// CHECK:       dataflow.matmul {{.*}} mac = 2048.0, {{.*}} dataflow.segment = #dataflow.segment<index = 1, kind = temporal, spatial = 0, temporal = 0, {{.*}} name = "qk"
// CHECK:       dataflow.softmax {{.*}} dataflow.segment = #dataflow.segment<index = 1, kind = temporal, spatial = 0, temporal = 1, {{.*}} name = "softmax"
// CHECK:       dataflow.matmul {{.*}} mac = 2048.0, {{.*}} dataflow.segment = #dataflow.segment<index = 3, kind = single, {{.*}} name = "av"
// CHECK:       dataflow.fc {{.*}} mac = 8192.0, {{.*}} dataflow.segment = #dataflow.segment<index = 4, kind = single, {{.*}} name = "proj"
func.func @attention(%x: tensor<8x32xi16>) -> tensor<8x32xi16> attributes {dataflow.accelerator = @mesh2x2} {
  %q = dataflow.fc %x {name = "q"} : tensor<8x32xi16> -> tensor<8x32xi16>
  %k = dataflow.fc %x {name = "k"} : tensor<8x32xi16> -> tensor<8x32xi16>
  %v = dataflow.fc %x {name = "v"} : tensor<8x32xi16> -> tensor<8x32xi16>
  %qh = dataflow.view %q {name = "q_heads"} : tensor<8x32xi16> -> tensor<2x8x16xi16>
  %kt = dataflow.view %k {name = "k_heads_t"} : tensor<8x32xi16> -> tensor<2x16x8xi16>
  %vh = dataflow.view %v {name = "v_heads"} : tensor<8x32xi16> -> tensor<2x8x16xi16>
  %s = dataflow.matmul %qh, %kt {name = "qk"} : tensor<2x8x16xi16>, tensor<2x16x8xi16> -> tensor<2x8x8xi16>
  %p = dataflow.softmax %s {name = "softmax"} : tensor<2x8x8xi16> -> tensor<2x8x8xi16>
  %a = dataflow.matmul %p, %vh {name = "av"} : tensor<2x8x8xi16>, tensor<2x8x16xi16> -> tensor<2x8x16xi16>
  %m = dataflow.view %a {name = "merge_heads"} : tensor<2x8x16xi16> -> tensor<8x32xi16>
  %o = dataflow.fc %m {name = "proj"} : tensor<8x32xi16> -> tensor<8x32xi16>
  return %o : tensor<8x32xi16>
}

// BERT:       l0.attn.k
// BERT:       l0.attn.qk
// BERT:       coverage: 11.17e9 MACs scheduled
// BERT:       pipeline: {{[0-9]+}} segments
// DECODE:     l0.attn.qk
// DECODE:     coverage: 125.9e6 MACs scheduled
// DECODE:     pipeline: {{[0-9]+}} segments
