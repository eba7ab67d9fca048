// An element type other than the accelerator's word: priced at the word size with a remark
// (default), refused with strict-word-size=true. The check runs where a network is bound.
// RUN: dataflow-opt %s -split-input-file --dataflow-attach-accelerator -verify-diagnostics | FileCheck %s
// The strict check's errors: attach-accelerator-strict-invalid.mlir.

dataflow.accelerator @acc {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
// CHECK-LABEL: func.func @f32_export
// CHECK-SAME: attributes {dataflow.accelerator = @acc}
// expected-remark @+1 {{priced at accelerator @acc's 16-bit words: argument #0 has 32-bit elements (strict-word-size=true refuses it)}}
func.func @f32_export(%x: tensor<1x4xf32>) -> tensor<1x2xf32> {
  %y = dataflow.fc %x : tensor<1x4xf32> -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}

// -----

dataflow.accelerator @acc {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
// A layer's result counts too.
// expected-remark @+1 {{priced at accelerator @acc's 16-bit words: result of 'dataflow.fc' has 8-bit elements (strict-word-size=true refuses it)}}
func.func @narrow_result() -> tensor<1x2xi8> {
  %x = tensor.empty() : tensor<1x4xi8>
  %y = dataflow.fc %x : tensor<1x4xi8> -> tensor<1x2xi8>
  return %y : tensor<1x2xi8>
}

// -----

dataflow.accelerator @acc {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
// The accelerator's own word: no remark.
// CHECK-LABEL: func.func @words
func.func @words(%x: tensor<1x4xi16>) -> tensor<1x2xi16> {
  %y = dataflow.fc %x : tensor<1x4xi16> -> tensor<1x2xi16>
  return %y : tensor<1x2xi16>
}
