// dataflow-partition-segments rejects what it cannot keep, on the layer: per-node pins beside
// the segment search, pinned partitions larger than the grid or not fitting the layer, pinned
// regions other than the section 6 allocation, pinned segments the section 6 rules reject or
// that skip layers of the execution order; a one-node network gets a remark. Bad options name
// the option.
// RUN: dataflow-opt %s -split-input-file -verify-diagnostics --dataflow-partition-segments
// RUN: not dataflow-opt %S/../Inputs/mesh4x4-chain.mlir --dataflow-partition-segments="beam-width=0" 2>&1 | FileCheck %s --check-prefix=BEAM
// RUN: not dataflow-opt %S/../Inputs/mesh4x4-chain.mlir --dataflow-partition-segments="max-time-overhead=-0.5" 2>&1 | FileCheck %s --check-prefix=OVERHEAD
// RUN: not dataflow-opt %S/../Inputs/mesh4x4-chain.mlir --dataflow-partition-segments="ifmaps-partition=true" 2>&1 | FileCheck %s --check-prefix=INPP
// RUN: not dataflow-opt %S/../Inputs/mesh4x4-chain.mlir --dataflow-partition-segments="beam-width=2147483648" 2>&1 | FileCheck %s --check-prefix=BEAMBIG
// BEAM: error: beam-width must be at least 1 and at most 1000, got 0
// BEAMBIG: error: beam-width must be at least 1 and at most 1000, got 2147483648
// OVERHEAD: error: max-time-overhead must be non-negative (a fraction of the segment's time), got -0.5
// INPP: error: ifmaps-partition needs hybrid

// A per-node schedule pinned beside the search: only segments and partitions may be pinned.
dataflow.accelerator @mesh4x4 {
  nodes = [4, 4], pe_array = [4, 4], regf_bytes = 64, gbuf_bytes = 8192, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 1.0>
}
func.func @pinned_mapping(%x: tensor<4x8x10x10xi16>) -> tensor<4x8x8x8xi16> attributes {dataflow.accelerator = @mesh4x4} {
  // expected-error @+1 {{layer 'conv1' pins a per-node schedule (dataflow.mapping or dataflow.blocking); dataflow-partition-segments searches it with the segments: pin only dataflow.segment and dataflow.partition, or re-cost a complete schedule with dataflow-cost}}
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {dataflow.partition = #dataflow.partition<order = [outp, ofmp, batp, inpp], outp = [1, 1], ofmp = [4, 4], batp = [1, 1], inpp = [1, 1]>, dataflow.mapping = #dataflow.mapping<row_stationary, fold = [1, 4], repl = [1, 1], ifmaps = 1, ofmaps = 1>, name = "conv1"} : tensor<4x8x10x10xi16> -> tensor<4x8x8x8xi16>
  return %0 : tensor<4x8x8x8xi16>
}

// -----

// A pinned partition over more nodes than the grid holds.
dataflow.accelerator @mesh4x4 {
  nodes = [4, 4], pe_array = [4, 4], regf_bytes = 64, gbuf_bytes = 8192, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 1.0>
}
func.func @pinned_partition_too_large(%x: tensor<4x8x10x10xi16>) -> tensor<4x8x8x8xi16> attributes {dataflow.accelerator = @mesh4x4} {
  // expected-error @+1 {{layer 'conv1' has a partition over 8x4 nodes, more than the 4x4 node grid of accelerator @mesh4x4 holds}}
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {dataflow.partition = #dataflow.partition<order = [outp, ofmp, batp, inpp], outp = [1, 1], ofmp = [8, 4], batp = [1, 1], inpp = [1, 1]>, name = "conv1"} : tensor<4x8x10x10xi16> -> tensor<4x8x8x8xi16>
  return %0 : tensor<4x8x8x8xi16>
}

// -----

// Pinned partitions no segment can hold together: conv1's 1x5 region exists only in the
// spatial segment of the whole chain, where conv3 also gets a 1x5 region, not its 4x4.
dataflow.accelerator @mesh4x4 {
  nodes = [4, 4], pe_array = [4, 4], regf_bytes = 64, gbuf_bytes = 8192, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 1.0>
}
func.func @pinned_partitions_conflict(%x: tensor<4x8x18x18xi16>) -> tensor<4x32xi16> attributes {dataflow.accelerator = @mesh4x4} {
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {dataflow.partition = #dataflow.partition<order = [outp, ofmp, batp, inpp], outp = [1, 5], ofmp = [1, 1], batp = [1, 1], inpp = [1, 1]>, name = "conv1"} : tensor<4x8x18x18xi16> -> tensor<4x16x16x16xi16>
  %1 = dataflow.pool max %0 window [2, 2] stride [2, 2] pad [0, 0, 0, 0] {name = "pool1"} : tensor<4x16x16x16xi16> -> tensor<4x16x8x8xi16>
  %2 = dataflow.conv %1 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "conv2"} : tensor<4x16x8x8xi16> -> tensor<4x32x8x8xi16>
  // expected-error @+1 {{layer 'conv3' fits no pipelined schedule on accelerator @mesh4x4: the pinned partition order(BATP,OFMP,OUTP,INPP) OUTP=1x1 OFMP=2x2 BATP=2x2 INPP=1x1 covers 4x4 nodes, but no segment the search tried gives the layer a region of that shape (the last it tried: 1x5); pin a partition over a region a segment allocates, or remove the pin}}
  %3 = dataflow.conv %2 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.partition = #dataflow.partition<order = [batp, ofmp, outp, inpp], outp = [1, 1], ofmp = [2, 2], batp = [2, 2], inpp = [1, 1]>, name = "conv3"} : tensor<4x32x8x8xi16> -> tensor<4x16x8x8xi16>
  %4 = dataflow.fc %3 {name = "fc"} : tensor<4x16x8x8xi16> -> tensor<4x32xi16>
  return %4 : tensor<4x32xi16>
}

// -----

// A pinned partition that does not fit the layer (a batch split that does not divide it).
dataflow.accelerator @mesh4x4 {
  nodes = [4, 4], pe_array = [4, 4], regf_bytes = 64, gbuf_bytes = 8192, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 1.0>
}
func.func @pinned_partition_misfit(%x: tensor<4x8x10x10xi16>) -> tensor<4x8x8x8xi16> attributes {dataflow.accelerator = @mesh4x4} {
  // expected-error @+1 {{layer 'conv1' has a partition that does not fit it: batp = [1, 3] does not divide the batch of 4}}
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {dataflow.partition = #dataflow.partition<order = [outp, ofmp, batp, inpp], outp = [1, 1], ofmp = [1, 1], batp = [1, 3], inpp = [1, 1]>, name = "conv1"} : tensor<4x8x10x10xi16> -> tensor<4x8x8x8xi16>
  return %0 : tensor<4x8x8x8xi16>
}

// -----

// A pinned spatial segment on regions other than the section 6 allocation (equal ops:
// two 4x2 halves).
dataflow.accelerator @mesh4x4 {
  nodes = [4, 4], pe_array = [4, 4], regf_bytes = 64, gbuf_bytes = 8192, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 1.0>
}
func.func @region(%x: tensor<4x16x8x8xi16>) -> tensor<4x16x8x8xi16> attributes {dataflow.accelerator = @mesh4x4} {
  // expected-error @+1 {{layer 'conv2' runs on the region origin [0, 0], dims [2, 4], but the section 6 allocation of segment 0 gives it origin [0, 0], dims [4, 2], fold [4, 2]}}
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 0, kind = spatial, spatial = 0, temporal = 0, origin = [0, 0], dims = [2, 4]>, name = "conv2"} : tensor<4x16x8x8xi16> -> tensor<4x32x8x8xi16>
  // expected-error @+1 {{layer 'conv3' runs on the region origin [2, 0], dims [2, 4], but the section 6 allocation of segment 0 gives it origin [0, 2], dims [4, 2], fold [4, 2]}}
  %1 = dataflow.conv %0 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 0, kind = spatial, spatial = 1, temporal = 0, origin = [2, 0], dims = [2, 4]>, name = "conv3"} : tensor<4x32x8x8xi16> -> tensor<4x16x8x8xi16>
  return %1 : tensor<4x16x8x8xi16>
}

// -----

// A pinned segment the section 6 rules reject: res_add would read two neighbour vertices.
dataflow.accelerator @mesh4x4 {
  nodes = [4, 4], pe_array = [4, 4], regf_bytes = 64, gbuf_bytes = 8192, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 1.0>
}
func.func @invalid_segment(%x: tensor<4x16x8x8xi16>) -> tensor<4x16x8x8xi16> attributes {dataflow.accelerator = @mesh4x4} {
  // expected-error @+1 {{layer 'stem' starts segment 0 [stem, res_a, res_b, res_add], which is not a valid pipeline segment on accelerator @mesh4x4: its on-chip dependencies or its node allocation break the rules of docs/cost-model.md section 6}}
  %c0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 0, kind = spatial, spatial = 0, temporal = 0, origin = [0, 0], dims = [1, 4]>, name = "stem"} : tensor<4x16x8x8xi16> -> tensor<4x16x8x8xi16>
  %a = dataflow.conv %c0 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 0, kind = spatial, spatial = 1, temporal = 0, origin = [1, 0], dims = [1, 4]>, name = "res_a"} : tensor<4x16x8x8xi16> -> tensor<4x16x8x8xi16>
  %b = dataflow.conv %a kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 0, kind = spatial, spatial = 2, temporal = 0, origin = [2, 0], dims = [1, 4]>, name = "res_b"} : tensor<4x16x8x8xi16> -> tensor<4x16x8x8xi16>
  %s = dataflow.eltwise add %b, %c0 {dataflow.segment = #dataflow.segment<index = 0, kind = spatial, spatial = 3, temporal = 0, origin = [3, 0], dims = [1, 4]>, name = "res_add"} : tensor<4x16x8x8xi16>, tensor<4x16x8x8xi16> -> tensor<4x16x8x8xi16>
  return %s : tensor<4x16x8x8xi16>
}

// -----

// One node: nothing to pipeline, said so; the network is left to the other passes.
dataflow.accelerator @one {
  nodes = [1, 1], pe_array = [4, 4], regf_bytes = 64, gbuf_bytes = 8192, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 1.0>
}
// expected-remark @+1 {{network @one_node runs on one node of accelerator @one: no inter-layer pipelining (dataflow-partition-layers and the single-node passes schedule it)}}
func.func @one_node(%x: tensor<4x8x10x10xi16>) -> tensor<4x8x8x8xi16> attributes {dataflow.accelerator = @one} {
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "conv1"} : tensor<4x8x10x10xi16> -> tensor<4x8x8x8xi16>
  return %0 : tensor<4x8x8x8xi16>
}

// -----

// A pinned segment that is not a consecutive run of nn_dataflow's layer order (b1_1x1,
// b2_reduce, b2_3x3, b3_reduce, ...): b1_1x1 and b3_reduce skip the b2 branch.
dataflow.accelerator @mesh4x4 {
  nodes = [4, 4], pe_array = [4, 4], regf_bytes = 64, gbuf_bytes = 8192, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 1.0>
}
func.func @inception(%x: tensor<4x16x8x8xi16>) -> tensor<4x16xi16> attributes {dataflow.accelerator = @mesh4x4} {
  // expected-error @+1 {{layer 'b1_1x1' starts segment 0, whose layers [b1_1x1, b3_reduce] are not a consecutive run of the network's execution order ('b2_reduce' comes after 'b1_1x1'); a segment groups consecutive layers (docs/cost-model.md section 6)}}
  %b1 = dataflow.conv %x kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 0, kind = spatial, spatial = 0, temporal = 0, origin = [0, 0], dims = [2, 4]>, name = "b1_1x1"} : tensor<4x16x8x8xi16> -> tensor<4x8x8x8xi16>
  %r2 = dataflow.conv %x kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "b2_reduce"} : tensor<4x16x8x8xi16> -> tensor<4x8x8x8xi16>
  %b2 = dataflow.conv %r2 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "b2_3x3"} : tensor<4x8x8x8xi16> -> tensor<4x16x8x8xi16>
  %r3 = dataflow.conv %x kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 0, kind = spatial, spatial = 1, temporal = 0, origin = [2, 0], dims = [2, 4]>, name = "b3_reduce"} : tensor<4x16x8x8xi16> -> tensor<4x4x8x8xi16>
  %b3 = dataflow.conv %r3 kernel [5, 5] stride [1, 1] pad [2, 2, 2, 2] dilation [1, 1] groups 1 {name = "b3_5x5"} : tensor<4x4x8x8xi16> -> tensor<4x8x8x8xi16>
  %p4 = dataflow.pool max %x window [3, 3] stride [1, 1] pad [1, 1, 1, 1] {name = "b4_pool"} : tensor<4x16x8x8xi16> -> tensor<4x16x8x8xi16>
  %b4 = dataflow.conv %p4 kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "b4_proj"} : tensor<4x16x8x8xi16> -> tensor<4x8x8x8xi16>
  %cat = dataflow.concat %b1, %b2, %b3, %b4 {name = "cat"} : tensor<4x8x8x8xi16>, tensor<4x16x8x8xi16>, tensor<4x8x8x8xi16>, tensor<4x8x8x8xi16> -> tensor<4x40x8x8xi16>
  %fc = dataflow.fc %cat {name = "fc"} : tensor<4x40x8x8xi16> -> tensor<4x16xi16>
  return %fc : tensor<4x16xi16>
}
