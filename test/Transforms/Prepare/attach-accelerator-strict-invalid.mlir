// strict-word-size=true: the data word of the network must be the accelerator's.
// RUN: dataflow-opt %s -split-input-file --dataflow-attach-accelerator="strict-word-size=true" -verify-diagnostics

dataflow.accelerator @acc {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
// expected-error @+1 {{'func.func' op argument #0 has 8-bit elements, but accelerator @acc has 16-bit words (strict-word-size=true)}}
func.func @net(%x: tensor<1x4xi8>) -> tensor<1x2xi8> {
  %y = dataflow.fc %x : tensor<1x4xi8> -> tensor<1x2xi8>
  return %y : tensor<1x2xi8>
}

// -----

dataflow.accelerator @acc {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
func.func @net() -> tensor<1x2xf32> {
  %x = tensor.empty() : tensor<1x4xf32>
  // expected-error @+1 {{'dataflow.fc' op result has 32-bit elements, but accelerator @acc has 16-bit words (strict-word-size=true)}}
  %y = dataflow.fc %x : tensor<1x4xf32> -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}
