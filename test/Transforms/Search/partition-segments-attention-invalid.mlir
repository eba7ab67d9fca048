// Pinned segments that break the order-only and sliced-layer rules of docs/cost-model.md §6:
// a matmul and the layer that wrote its rhs in one segment (the rhs is read from DRAM, and a
// segment keeps its fmaps on chip), and a dilated conv pinned with another layer. Each is a
// located error on the layer.
// RUN: dataflow-opt %s -split-input-file -verify-diagnostics --dataflow-partition-segments="hybrid=true"

dataflow.accelerator @mesh2x2 {
  nodes = [2, 2], pe_array = [8, 8], regf_bytes = 128, gbuf_bytes = 32768, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 1.0>
}
func.func @rhs_in_segment(%x: tensor<8x32xi16>) -> tensor<2x8x8xi16> attributes {dataflow.accelerator = @mesh2x2} {
  %q = dataflow.fc %x {dataflow.segment = #dataflow.segment<index = 0, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [2, 2]>, name = "q"} : tensor<8x32xi16> -> tensor<8x32xi16>
  %k = dataflow.fc %x {dataflow.segment = #dataflow.segment<index = 1, kind = spatial, spatial = 0, temporal = 0, origin = [0, 0], dims = [2, 1]>, name = "k"} : tensor<8x32xi16> -> tensor<8x32xi16>
  %qh = dataflow.view %q {name = "q_heads"} : tensor<8x32xi16> -> tensor<2x8x16xi16>
  %kt = dataflow.view %k {name = "k_heads_t"} : tensor<8x32xi16> -> tensor<2x16x8xi16>
  // expected-error @+1 {{layer 'qk' reads the ofmaps of 'k' from DRAM (a matmul's rhs), but both are in segment 1; a segment keeps its fmaps on chip, so 'k' must run in an earlier segment (docs/cost-model.md section 6)}}
  %s = dataflow.matmul %qh, %kt {dataflow.segment = #dataflow.segment<index = 1, kind = spatial, spatial = 1, temporal = 0, origin = [0, 1], dims = [2, 1]>, name = "qk"} : tensor<2x8x16xi16>, tensor<2x16x8xi16> -> tensor<2x8x8xi16>
  return %s : tensor<2x8x8xi16>
}

// -----

dataflow.accelerator @mesh2x2 {
  nodes = [2, 2], pe_array = [8, 8], regf_bytes = 128, gbuf_bytes = 32768, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 1.0>
}
func.func @dilated_in_segment(%x: tensor<1x8x8x8xi16>) -> tensor<1x8x8x8xi16> attributes {dataflow.accelerator = @mesh2x2} {
  %c0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 0, kind = spatial, spatial = 0, temporal = 0, origin = [0, 0], dims = [2, 1]>, name = "c0"} : tensor<1x8x8x8xi16> -> tensor<1x8x8x8xi16>
  // expected-error @+1 {{layer 'dil' is a dilated or 3-D layer in segment 0 with 1 other layer(s); such a layer runs in a segment of its own (docs/cost-model.md section 6)}}
  %d = dataflow.conv %c0 kernel [3, 3] stride [1, 1] pad [2, 2, 2, 2] dilation [2, 2] groups 1 {dataflow.segment = #dataflow.segment<index = 0, kind = spatial, spatial = 1, temporal = 0, origin = [0, 1], dims = [2, 1]>, name = "dil"} : tensor<1x8x8x8xi16> -> tensor<1x8x8x8xi16>
  return %d : tensor<1x8x8x8xi16>
}
