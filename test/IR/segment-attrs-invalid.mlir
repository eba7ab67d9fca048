// Every parse error and verifier rule of #dataflow.segment and #dataflow.pipeline: the
// attributes alone, where they may be attached, and the segments of a network against
// each other and the node grid (overlapping regions, a region outside the grid, a
// non-consecutive segment, positions, kinds, numbering, the pipeline's segment count).
// RUN: dataflow-opt %s -split-input-file -verify-diagnostics

// expected-error @+1 {{unknown segment kind 'pipelined'; expected single, spatial or temporal}}
#s = #dataflow.segment<index = 0, kind = pipelined, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>

// -----

// expected-error @+1 {{segment is missing field 'dims'}}
#s = #dataflow.segment<index = 0, kind = single, spatial = 0, temporal = 0, origin = [0, 0]>

// -----

// expected-error @+1 {{segment 'index' must be non-negative, got -1}}
#s = #dataflow.segment<index = -1, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>

// -----

// expected-error @+1 {{a single segment holds one layer at spatial = 0, temporal = 0, got spatial = 1, temporal = 0}}
#s = #dataflow.segment<index = 0, kind = single, spatial = 1, temporal = 0, origin = [0, 0], dims = [4, 4]>

// -----

// expected-error @+1 {{a temporal segment has one vertex (spatial = 0), got spatial = 1}}
#s = #dataflow.segment<index = 0, kind = temporal, spatial = 1, temporal = 0, origin = [0, 0], dims = [4, 4]>

// -----

// expected-error @+1 {{segment 'dims' must be positive, got [0, 4]}}
#s = #dataflow.segment<index = 0, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [0, 4]>

// -----

// expected-error @+1 {{segment 'origin' and 'dims' must be [h, w], got 3 and 2 values}}
#s = #dataflow.segment<index = 0, kind = single, spatial = 0, temporal = 0, origin = [0, 0, 0], dims = [4, 4]>

// -----

// expected-error @+1 {{segment 'fold' = [4, 5] needs wtot > 0 and 0 < |wbeg| <= wtot}}
#s = #dataflow.segment<index = 0, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [1, 9], fold = [4, 5]>

// -----

// expected-error @+1 {{segment field 'kind' is given twice}}
#s = #dataflow.segment<index = 0, kind = single, kind = spatial, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>

// -----

// expected-error @+1 {{pipeline 'segment_times' and 'critical_times' need one entry per segment, got 2 and 1}}
#p = #dataflow.pipeline<energy = 1.0, static = 0.0, time = 3, segment_times = [1, 2], critical_times = [1]>

// -----

// expected-error @+1 {{pipeline 'time' must be non-negative, got -3}}
#p = #dataflow.pipeline<energy = 1.0, static = 0.0, time = -3, segment_times = [1], critical_times = [1]>

// -----

// expected-error @+1 {{pipeline 'energy' must be finite and non-negative}}
#p = #dataflow.pipeline<energy = -1.0, static = 0.0, time = 3, segment_times = [1], critical_times = [1]>

// -----

dataflow.accelerator @t16 {
  nodes = [4, 4], pe_array = [4, 4],
  regf_bytes = 64, gbuf_bytes = 4096, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 0.0>
}
func.func @f(%x: tensor<4x8x8x8xi16>) -> tensor<4x16x8x8xi16> attributes {dataflow.accelerator = @t16} {
  // expected-error @+1 {{'dataflow.segment' belongs on a layer op, not on 'dataflow.concat'}}
  %0 = dataflow.concat %x, %x {dataflow.segment = #dataflow.segment<index = 0, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>} : tensor<4x8x8x8xi16>, tensor<4x8x8x8xi16> -> tensor<4x16x8x8xi16>
  return %0 : tensor<4x16x8x8xi16>
}

// -----

dataflow.accelerator @t16 {
  nodes = [4, 4], pe_array = [4, 4],
  regf_bytes = 64, gbuf_bytes = 4096, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 0.0>
}
func.func @f(%x: tensor<4x8x8x8xi16>) -> tensor<4x8x8x8xi16> attributes {dataflow.accelerator = @t16} {
  // expected-error @+1 {{'dataflow.segment' must be a #dataflow.segment attribute, got 3 : i64}}
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = 3, name = "conv1"} : tensor<4x8x8x8xi16> -> tensor<4x8x8x8xi16>
  return %0 : tensor<4x8x8x8xi16>
}

// -----

// expected-error @+1 {{'dataflow.pipeline' belongs on a function bound to an accelerator, not on 'func.func'}}
func.func @f() attributes {dataflow.pipeline = #dataflow.pipeline<energy = 1.0, static = 0.0, time = 3, segment_times = [1], critical_times = [1]>} {
  return
}

// -----

// Two vertices of one spatial segment on overlapping regions.
dataflow.accelerator @t16 {
  nodes = [4, 4], pe_array = [4, 4],
  regf_bytes = 64, gbuf_bytes = 4096, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 0.0>
}
func.func @net(%x: tensor<4x8x8x8xi16>) -> tensor<4x16xi16> attributes {dataflow.accelerator = @t16} {
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 0, kind = spatial, spatial = 0, temporal = 0, origin = [0, 0], dims = [2, 4]>, name = "conv1"} : tensor<4x8x8x8xi16> -> tensor<4x8x8x8xi16>
  // expected-error @+1 {{layer 'conv2' and layer 'conv1' of segment 0 have overlapping regions (both use node [1, 0])}}
  %1 = dataflow.conv %0 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 0, kind = spatial, spatial = 1, temporal = 0, origin = [1, 0], dims = [2, 4]>, name = "conv2"} : tensor<4x8x8x8xi16> -> tensor<4x8x8x8xi16>
  %2 = dataflow.conv %1 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 1, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "conv3"} : tensor<4x8x8x8xi16> -> tensor<4x8x8x8xi16>
  %3 = dataflow.fc %2 {dataflow.segment = #dataflow.segment<index = 2, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "fc"} : tensor<4x8x8x8xi16> -> tensor<4x16xi16>
  return %3 : tensor<4x16xi16>
}

// -----

// A region reaching past the 4x4 grid.
dataflow.accelerator @t16 {
  nodes = [4, 4], pe_array = [4, 4],
  regf_bytes = 64, gbuf_bytes = 4096, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 0.0>
}
func.func @net(%x: tensor<4x8x8x8xi16>) -> tensor<4x16xi16> attributes {dataflow.accelerator = @t16} {
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 0, kind = spatial, spatial = 0, temporal = 0, origin = [0, 0], dims = [2, 4]>, name = "conv1"} : tensor<4x8x8x8xi16> -> tensor<4x8x8x8xi16>
  // expected-error @+1 {{layer 'conv2' has a region reaching node [2, 4], outside the 4x4 node grid of accelerator @t16}}
  %1 = dataflow.conv %0 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 0, kind = spatial, spatial = 1, temporal = 0, origin = [2, 1], dims = [2, 4]>, name = "conv2"} : tensor<4x8x8x8xi16> -> tensor<4x8x8x8xi16>
  %2 = dataflow.conv %1 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 1, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "conv3"} : tensor<4x8x8x8xi16> -> tensor<4x8x8x8xi16>
  %3 = dataflow.fc %2 {dataflow.segment = #dataflow.segment<index = 2, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "fc"} : tensor<4x8x8x8xi16> -> tensor<4x16xi16>
  return %3 : tensor<4x16xi16>
}

// -----

// A folded region winding past the last row.
dataflow.accelerator @t16 {
  nodes = [4, 4], pe_array = [4, 4],
  regf_bytes = 64, gbuf_bytes = 4096, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 0.0>
}
func.func @net(%x: tensor<4x8x8x8xi16>) -> tensor<4x16xi16> attributes {dataflow.accelerator = @t16} {
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 0, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "conv1"} : tensor<4x8x8x8xi16> -> tensor<4x8x8x8xi16>
  // expected-error @+1 {{layer 'conv2' has a region reaching node [4, 3], outside the 4x4 node grid of accelerator @t16}}
  %1 = dataflow.conv %0 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 1, kind = single, spatial = 0, temporal = 0, origin = [3, 0], dims = [1, 6], fold = [4, 4]>, name = "conv2"} : tensor<4x8x8x8xi16> -> tensor<4x8x8x8xi16>
  %2 = dataflow.conv %1 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 2, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "conv3"} : tensor<4x8x8x8xi16> -> tensor<4x8x8x8xi16>
  %3 = dataflow.fc %2 {dataflow.segment = #dataflow.segment<index = 3, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "fc"} : tensor<4x8x8x8xi16> -> tensor<4x16xi16>
  return %3 : tensor<4x16xi16>
}

// -----

// Non-consecutive: conv1 and conv3 in segment 0, conv2 between them in segment 1.
dataflow.accelerator @t16 {
  nodes = [4, 4], pe_array = [4, 4],
  regf_bytes = 64, gbuf_bytes = 4096, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 0.0>
}
func.func @net(%x: tensor<4x8x8x8xi16>) -> tensor<4x16xi16> attributes {dataflow.accelerator = @t16} {
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 0, kind = spatial, spatial = 0, temporal = 0, origin = [0, 0], dims = [2, 4]>, name = "conv1"} : tensor<4x8x8x8xi16> -> tensor<4x8x8x8xi16>
  %1 = dataflow.conv %0 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 1, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "conv2"} : tensor<4x8x8x8xi16> -> tensor<4x8x8x8xi16>
  // expected-error @+1 {{layer 'conv3' (segment 0, spatial 1, temporal 0) reads layer 'conv2' (segment 1, spatial 0, temporal 0), which runs after it; a segment must be a consecutive run of the network in execution order}}
  %2 = dataflow.conv %1 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 0, kind = spatial, spatial = 1, temporal = 0, origin = [2, 0], dims = [2, 4]>, name = "conv3"} : tensor<4x8x8x8xi16> -> tensor<4x8x8x8xi16>
  %3 = dataflow.fc %2 {dataflow.segment = #dataflow.segment<index = 2, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "fc"} : tensor<4x8x8x8xi16> -> tensor<4x16xi16>
  return %3 : tensor<4x16xi16>
}

// -----

// A vertex reading from a later vertex of its own segment.
dataflow.accelerator @t16 {
  nodes = [4, 4], pe_array = [4, 4],
  regf_bytes = 64, gbuf_bytes = 4096, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 0.0>
}
func.func @net(%x: tensor<4x8x8x8xi16>) -> tensor<4x16xi16> attributes {dataflow.accelerator = @t16} {
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 0, kind = spatial, spatial = 1, temporal = 0, origin = [0, 0], dims = [2, 4]>, name = "conv1"} : tensor<4x8x8x8xi16> -> tensor<4x8x8x8xi16>
  // expected-error @+1 {{layer 'conv2' (segment 0, spatial 0, temporal 0) reads layer 'conv1' (segment 0, spatial 1, temporal 0), which runs after it}}
  %1 = dataflow.conv %0 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 0, kind = spatial, spatial = 0, temporal = 0, origin = [2, 0], dims = [2, 4]>, name = "conv2"} : tensor<4x8x8x8xi16> -> tensor<4x8x8x8xi16>
  %2 = dataflow.conv %1 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 1, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "conv3"} : tensor<4x8x8x8xi16> -> tensor<4x8x8x8xi16>
  %3 = dataflow.fc %2 {dataflow.segment = #dataflow.segment<index = 2, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "fc"} : tensor<4x8x8x8xi16> -> tensor<4x16xi16>
  return %3 : tensor<4x16xi16>
}

// -----

// Two layers at the same position.
dataflow.accelerator @t16 {
  nodes = [4, 4], pe_array = [4, 4],
  regf_bytes = 64, gbuf_bytes = 4096, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 0.0>
}
func.func @net(%x: tensor<4x8x8x8xi16>) -> tensor<4x16xi16> attributes {dataflow.accelerator = @t16} {
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 0, kind = temporal, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "conv1"} : tensor<4x8x8x8xi16> -> tensor<4x8x8x8xi16>
  // expected-error @+1 {{layer 'conv2' and layer 'conv1' both take spatial = 0, temporal = 0 of segment 0}}
  %1 = dataflow.conv %0 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 0, kind = temporal, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "conv2"} : tensor<4x8x8x8xi16> -> tensor<4x8x8x8xi16>
  %2 = dataflow.conv %1 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 1, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "conv3"} : tensor<4x8x8x8xi16> -> tensor<4x8x8x8xi16>
  %3 = dataflow.fc %2 {dataflow.segment = #dataflow.segment<index = 2, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "fc"} : tensor<4x8x8x8xi16> -> tensor<4x16xi16>
  return %3 : tensor<4x16xi16>
}

// -----

// A gap in the temporal positions.
dataflow.accelerator @t16 {
  nodes = [4, 4], pe_array = [4, 4],
  regf_bytes = 64, gbuf_bytes = 4096, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 0.0>
}
func.func @net(%x: tensor<4x8x8x8xi16>) -> tensor<4x16xi16> attributes {dataflow.accelerator = @t16} {
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 0, kind = temporal, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "conv1"} : tensor<4x8x8x8xi16> -> tensor<4x8x8x8xi16>
  // expected-error @+1 {{layer 'conv2' is at temporal position 2 of vertex 0 in segment 0, but that vertex has no layer at temporal position 1; positions must be consecutive from 0}}
  %1 = dataflow.conv %0 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 0, kind = temporal, spatial = 0, temporal = 2, origin = [0, 0], dims = [4, 4]>, name = "conv2"} : tensor<4x8x8x8xi16> -> tensor<4x8x8x8xi16>
  %2 = dataflow.conv %1 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 1, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "conv3"} : tensor<4x8x8x8xi16> -> tensor<4x8x8x8xi16>
  %3 = dataflow.fc %2 {dataflow.segment = #dataflow.segment<index = 2, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "fc"} : tensor<4x8x8x8xi16> -> tensor<4x16xi16>
  return %3 : tensor<4x16xi16>
}

// -----

// A gap in the spatial positions.
dataflow.accelerator @t16 {
  nodes = [4, 4], pe_array = [4, 4],
  regf_bytes = 64, gbuf_bytes = 4096, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 0.0>
}
func.func @net(%x: tensor<4x8x8x8xi16>) -> tensor<4x16xi16> attributes {dataflow.accelerator = @t16} {
  // expected-error @+1 {{segment 0 has no layer at spatial position 1; positions must be consecutive from 0}}
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 0, kind = spatial, spatial = 0, temporal = 0, origin = [0, 0], dims = [2, 4]>, name = "conv1"} : tensor<4x8x8x8xi16> -> tensor<4x8x8x8xi16>
  %1 = dataflow.conv %0 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 0, kind = spatial, spatial = 2, temporal = 0, origin = [2, 0], dims = [2, 4]>, name = "conv2"} : tensor<4x8x8x8xi16> -> tensor<4x8x8x8xi16>
  %2 = dataflow.conv %1 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 1, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "conv3"} : tensor<4x8x8x8xi16> -> tensor<4x8x8x8xi16>
  %3 = dataflow.fc %2 {dataflow.segment = #dataflow.segment<index = 2, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "fc"} : tensor<4x8x8x8xi16> -> tensor<4x16xi16>
  return %3 : tensor<4x16xi16>
}

// -----

// A kind that does not match the shape: one vertex of two layers is temporal.
dataflow.accelerator @t16 {
  nodes = [4, 4], pe_array = [4, 4],
  regf_bytes = 64, gbuf_bytes = 4096, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 0.0>
}
func.func @net(%x: tensor<4x8x8x8xi16>) -> tensor<4x16xi16> attributes {dataflow.accelerator = @t16} {
  // expected-error @+1 {{layer 'conv1' says segment 0 is spatial, but its 2 layer(s) in 1 vertex(es) make it temporal}}
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 0, kind = spatial, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "conv1"} : tensor<4x8x8x8xi16> -> tensor<4x8x8x8xi16>
  %1 = dataflow.conv %0 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 0, kind = spatial, spatial = 0, temporal = 1, origin = [0, 0], dims = [4, 4]>, name = "conv2"} : tensor<4x8x8x8xi16> -> tensor<4x8x8x8xi16>
  %2 = dataflow.conv %1 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 1, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "conv3"} : tensor<4x8x8x8xi16> -> tensor<4x8x8x8xi16>
  %3 = dataflow.fc %2 {dataflow.segment = #dataflow.segment<index = 2, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "fc"} : tensor<4x8x8x8xi16> -> tensor<4x16xi16>
  return %3 : tensor<4x16xi16>
}

// -----

// Two layers of one vertex on different regions.
dataflow.accelerator @t16 {
  nodes = [4, 4], pe_array = [4, 4],
  regf_bytes = 64, gbuf_bytes = 4096, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 0.0>
}
func.func @net(%x: tensor<4x8x8x8xi16>) -> tensor<4x16xi16> attributes {dataflow.accelerator = @t16} {
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 0, kind = temporal, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "conv1"} : tensor<4x8x8x8xi16> -> tensor<4x8x8x8xi16>
  // expected-error @+1 {{layer 'conv2' runs on another region than 'conv1', but both are in vertex 0 of segment 0, which shares one region}}
  %1 = dataflow.conv %0 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 0, kind = temporal, spatial = 0, temporal = 1, origin = [0, 0], dims = [2, 4]>, name = "conv2"} : tensor<4x8x8x8xi16> -> tensor<4x8x8x8xi16>
  %2 = dataflow.conv %1 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 1, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "conv3"} : tensor<4x8x8x8xi16> -> tensor<4x8x8x8xi16>
  %3 = dataflow.fc %2 {dataflow.segment = #dataflow.segment<index = 2, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "fc"} : tensor<4x8x8x8xi16> -> tensor<4x16xi16>
  return %3 : tensor<4x16xi16>
}

// -----

// Segment numbers with a gap.
dataflow.accelerator @t16 {
  nodes = [4, 4], pe_array = [4, 4],
  regf_bytes = 64, gbuf_bytes = 4096, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 0.0>
}
func.func @net(%x: tensor<4x8x8x8xi16>) -> tensor<4x16xi16> attributes {dataflow.accelerator = @t16} {
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 0, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "conv1"} : tensor<4x8x8x8xi16> -> tensor<4x8x8x8xi16>
  %1 = dataflow.conv %0 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 1, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "conv2"} : tensor<4x8x8x8xi16> -> tensor<4x8x8x8xi16>
  // expected-error @+1 {{layer 'conv3' is in segment 3, but no layer is in segment 2; segments are numbered consecutively from 0}}
  %2 = dataflow.conv %1 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 3, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "conv3"} : tensor<4x8x8x8xi16> -> tensor<4x8x8x8xi16>
  %3 = dataflow.fc %2 {dataflow.segment = #dataflow.segment<index = 4, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "fc"} : tensor<4x8x8x8xi16> -> tensor<4x16xi16>
  return %3 : tensor<4x16xi16>
}

// -----

// The pipeline times three segments, the layers form four.
dataflow.accelerator @t16 {
  nodes = [4, 4], pe_array = [4, 4],
  regf_bytes = 64, gbuf_bytes = 4096, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 0.0>
}
// expected-error @+1 {{'dataflow.pipeline' times 3 segments, but the layers form 4}}
func.func @net(%x: tensor<4x8x8x8xi16>) -> tensor<4x16xi16> attributes {dataflow.accelerator = @t16, dataflow.pipeline = #dataflow.pipeline<energy = 1.0, static = 0.0, time = 3, segment_times = [1, 1, 1], critical_times = [1, 1, 1]>} {
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 0, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "conv1"} : tensor<4x8x8x8xi16> -> tensor<4x8x8x8xi16>
  %1 = dataflow.conv %0 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 1, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "conv2"} : tensor<4x8x8x8xi16> -> tensor<4x8x8x8xi16>
  %2 = dataflow.conv %1 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 2, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "conv3"} : tensor<4x8x8x8xi16> -> tensor<4x8x8x8xi16>
  %3 = dataflow.fc %2 {dataflow.segment = #dataflow.segment<index = 3, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "fc"} : tensor<4x8x8x8xi16> -> tensor<4x16xi16>
  return %3 : tensor<4x16xi16>
}

// -----

// A pipeline on a network without segments.
dataflow.accelerator @t16 {
  nodes = [4, 4], pe_array = [4, 4],
  regf_bytes = 64, gbuf_bytes = 4096, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 0.0>
}
// expected-error @+1 {{'dataflow.pipeline' needs layers with dataflow.segment}}
func.func @net(%x: tensor<4x8x8x8xi16>) -> tensor<4x16xi16> attributes {dataflow.accelerator = @t16, dataflow.pipeline = #dataflow.pipeline<energy = 1.0, static = 0.0, time = 3, segment_times = [1], critical_times = [1]>} {
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "conv1"} : tensor<4x8x8x8xi16> -> tensor<4x8x8x8xi16>
  %1 = dataflow.conv %0 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "conv2"} : tensor<4x8x8x8xi16> -> tensor<4x8x8x8xi16>
  %2 = dataflow.conv %1 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "conv3"} : tensor<4x8x8x8xi16> -> tensor<4x8x8x8xi16>
  %3 = dataflow.fc %2 {name = "fc"} : tensor<4x8x8x8xi16> -> tensor<4x16xi16>
  return %3 : tensor<4x16xi16>
}

// -----

// A region of [4, 4294967295] once passed and died with "LLVM ERROR: out of memory" (#24).
// expected-error @+1 {{segment 'origin' = [0, 0] and 'dims' = [4, 4294967295] must each be at most 256 (the largest node grid side)}}
#s = #dataflow.segment<index = 0, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4294967295]>

// -----

// expected-error @+1 {{segment 'origin' = [257, 0] and 'dims' = [1, 1] must each be at most 256 (the largest node grid side)}}
#s = #dataflow.segment<index = 0, kind = single, spatial = 0, temporal = 0, origin = [257, 0], dims = [1, 1]>
