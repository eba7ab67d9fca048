// dataflow-partition-layers rejects partitions that contradict the grid or the layer, and
// partial per-node pins, each on the layer.
// RUN: dataflow-opt %s -split-input-file -verify-diagnostics --dataflow-partition-layers

dataflow.accelerator @mesh2x2 {
  nodes = [2, 2], pe_array = [4, 4], regf_bytes = 64, gbuf_bytes = 4096, word_bits = 16,
  memory = "2D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 0.0>
}
func.func @grid(%x: tensor<4x8x10x10xi16>) -> tensor<4x8x8x8xi16> attributes {dataflow.accelerator = @mesh2x2} {
  // expected-error @+1 {{layer 'conv1' has a partition over 4x1 nodes, but accelerator @mesh2x2 has a 2x2 node grid}}
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {dataflow.partition = #dataflow.partition<order = [outp, ofmp, batp, inpp], outp = [4, 1], ofmp = [1, 1], batp = [1, 1], inpp = [1, 1]>, name = "conv1"} : tensor<4x8x10x10xi16> -> tensor<4x8x8x8xi16>
  return %0 : tensor<4x8x8x8xi16>
}

// -----

dataflow.accelerator @mesh2x2 {
  nodes = [2, 2], pe_array = [4, 4], regf_bytes = 64, gbuf_bytes = 4096, word_bits = 16,
  memory = "2D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 0.0>
}
func.func @outp(%x: tensor<4x8x10x10xi16>) -> tensor<4x2x8x8xi16> attributes {dataflow.accelerator = @mesh2x2} {
  // expected-error @+1 {{layer 'conv1' has a partition that does not fit it: outp = [2, 2] splits 2 output channels over 4 nodes}}
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {dataflow.partition = #dataflow.partition<order = [outp, ofmp, batp, inpp], outp = [2, 2], ofmp = [1, 1], batp = [1, 1], inpp = [1, 1]>, name = "conv1"} : tensor<4x8x10x10xi16> -> tensor<4x2x8x8xi16>
  return %0 : tensor<4x2x8x8xi16>
}

// -----

dataflow.accelerator @mesh2x2 {
  nodes = [2, 2], pe_array = [4, 4], regf_bytes = 64, gbuf_bytes = 4096, word_bits = 16,
  memory = "2D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 0.0>
}
func.func @ofmp(%x: tensor<4x16xi16>) -> tensor<4x8xi16> attributes {dataflow.accelerator = @mesh2x2} {
  // expected-error @+1 {{layer 'fc' has a partition that does not fit it: ofmp = [2, 2] splits a 1x1 ofmap into more rows or columns than it has}}
  %0 = dataflow.fc %x {dataflow.partition = #dataflow.partition<order = [outp, ofmp, batp, inpp], outp = [1, 1], ofmp = [2, 2], batp = [1, 1], inpp = [1, 1]>, name = "fc"} : tensor<4x16xi16> -> tensor<4x8xi16>
  return %0 : tensor<4x8xi16>
}

// -----

dataflow.accelerator @mesh2x2 {
  nodes = [2, 2], pe_array = [4, 4], regf_bytes = 64, gbuf_bytes = 4096, word_bits = 16,
  memory = "2D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 0.0>
}
func.func @batp(%x: tensor<6x8x10x10xi16>) -> tensor<6x8x8x8xi16> attributes {dataflow.accelerator = @mesh2x2} {
  // expected-error @+1 {{layer 'conv1' has a partition that does not fit it: batp = [2, 2] does not divide the batch of 6}}
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {dataflow.partition = #dataflow.partition<order = [outp, ofmp, batp, inpp], outp = [1, 1], ofmp = [1, 1], batp = [2, 2], inpp = [1, 1]>, name = "conv1"} : tensor<6x8x10x10xi16> -> tensor<6x8x8x8xi16>
  return %0 : tensor<6x8x8x8xi16>
}

// -----

dataflow.accelerator @mesh2x2 {
  nodes = [2, 2], pe_array = [4, 4], regf_bytes = 64, gbuf_bytes = 4096, word_bits = 16,
  memory = "2D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 0.0>
}
func.func @inpp(%x: tensor<4x8x8x8xi16>) -> tensor<4x8x4x4xi16> attributes {dataflow.accelerator = @mesh2x2} {
  // expected-error @+1 {{layer 'pool1' has a partition that does not fit it: inpp = [2, 2] splits the input channels of a pooling or element-wise layer}}
  %0 = dataflow.pool max %x window [2, 2] stride [2, 2] pad [0, 0, 0, 0] {dataflow.partition = #dataflow.partition<order = [outp, ofmp, batp, inpp], outp = [1, 1], ofmp = [1, 1], batp = [1, 1], inpp = [2, 2]>, name = "pool1"} : tensor<4x8x8x8xi16> -> tensor<4x8x4x4xi16>
  return %0 : tensor<4x8x4x4xi16>
}

// -----

dataflow.accelerator @mesh2x2 {
  nodes = [2, 2], pe_array = [4, 4], regf_bytes = 64, gbuf_bytes = 4096, word_bits = 16,
  memory = "2D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 0.0>
}
func.func @partial(%x: tensor<4x8x8x8xi16>) -> tensor<4x8x4x4xi16> attributes {dataflow.accelerator = @mesh2x2} {
  // expected-error @+1 {{layer 'pool1' has a per-node schedule (dataflow.mapping / dataflow.blocking) but no dataflow.partition; pin the partition too, or remove them}}
  %0 = dataflow.pool max %x window [2, 2] stride [2, 2] pad [0, 0, 0, 0] {dataflow.blocking = #dataflow.blocking<dram = [?, ?, 1], gbuf = [?, ?, ?], regf = [?, ?, ?]>, name = "pool1"} : tensor<4x8x8x8xi16> -> tensor<4x8x4x4xi16>
  return %0 : tensor<4x8x4x4xi16>
}

// -----

dataflow.accelerator @one {
  nodes = [1, 1], pe_array = [4, 4], regf_bytes = 64, gbuf_bytes = 4096, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 0.0>
}
func.func @one_node(%x: tensor<4x8x8x8xi16>) -> tensor<4x8x4x4xi16> attributes {dataflow.accelerator = @one} {
  // expected-error @+1 {{layer 'pool1' has a partition over 2x1 nodes, but accelerator @one has a 1x1 node grid}}
  %0 = dataflow.pool max %x window [2, 2] stride [2, 2] pad [0, 0, 0, 0] {dataflow.partition = #dataflow.partition<order = [outp, ofmp, batp, inpp], outp = [2, 1], ofmp = [1, 1], batp = [1, 1], inpp = [1, 1]>, name = "pool1"} : tensor<4x8x8x8xi16> -> tensor<4x8x4x4xi16>
  return %0 : tensor<4x8x4x4xi16>
}

// -----

// Layers pinned to pipeline segments belong to dataflow-partition-segments.
dataflow.accelerator @mesh2x2 {
  nodes = [2, 2], pe_array = [4, 4], regf_bytes = 64, gbuf_bytes = 4096, word_bits = 16,
  memory = "2D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 0.0>
}
// expected-error @+1 {{network @segmented has layers pinned to pipeline segments (dataflow.segment); schedule it with dataflow-partition-segments}}
func.func @segmented(%x: tensor<4x8x10x10xi16>) -> tensor<4x8x8x8xi16> attributes {dataflow.accelerator = @mesh2x2} {
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 0, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [2, 2]>, name = "conv1"} : tensor<4x8x10x10xi16> -> tensor<4x8x8x8xi16>
  return %0 : tensor<4x8x8x8xi16>
}

