// Pinned partitions survive dataflow-schedule interlayer=true: dataflow-partition-segments
// searches a layer with a dataflow.partition in that partition only (on a region of its dims)
// and the passes after it keep what it wrote. A pin no pipeline segment can keep is an error
// on the layer, not a layer scheduled alone: a segment's regions come from the section 6
// allocation of the grid, and a layer alone runs on the whole grid, which a partition over
// fewer nodes does not cover (nn_dataflow leaves no node of a segment idle).
// RUN: dataflow-opt %s -split-input-file -verify-diagnostics --dataflow-schedule="interlayer=true lower=false progress=off" | FileCheck %s

// conv1 and conv3 pinned over the whole 4x4 grid: without the pins the chain is one spatial
// segment; with them conv1 + pool1 form a temporal segment and the others run alone, conv1
// and conv3 in their pinned partitions, every layer with a per-node schedule.
// CHECK-LABEL: func.func @pinned_partitions
// CHECK-SAME: dataflow.pipeline = #dataflow.pipeline<energy = 112275008.0, static = 19520.0, time = 19520, segment_times = [6208, 6144, 6144, 1024]
// CHECK: dataflow.blocking = #dataflow.blocking<
// CHECK-SAME: dataflow.partition = #dataflow.partition<order = [outp, ofmp, batp, inpp], outp = [2, 2], ofmp = [2, 2], batp = [1, 1], inpp = [1, 1]>, dataflow.segment = #dataflow.segment<index = 0, kind = temporal, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "conv1"
// CHECK: dataflow.blocking = #dataflow.blocking<
// CHECK-SAME: dataflow.partition = #dataflow.partition<order = [outp, batp, inpp, ofmp], outp = [1, 1], ofmp = [4, 4], batp = [1, 1], inpp = [1, 1]>, dataflow.segment = #dataflow.segment<index = 0, kind = temporal, spatial = 0, temporal = 1, origin = [0, 0], dims = [4, 4]>, name = "pool1"
// CHECK: dataflow.blocking = #dataflow.blocking<
// CHECK-SAME: dataflow.partition = #dataflow.partition<order = [outp, batp, inpp, ofmp], outp = [1, 1], ofmp = [4, 4], batp = [1, 1], inpp = [1, 1]>, dataflow.segment = #dataflow.segment<index = 1, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "conv2"
// CHECK: dataflow.blocking = #dataflow.blocking<
// CHECK-SAME: dataflow.partition = #dataflow.partition<order = [batp, ofmp, outp, inpp], outp = [1, 1], ofmp = [2, 2], batp = [2, 2], inpp = [1, 1]>, dataflow.segment = #dataflow.segment<index = 2, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "conv3"
// CHECK: dataflow.blocking = #dataflow.blocking<
// CHECK-SAME: dataflow.partition = #dataflow.partition<order = [ofmp, batp, inpp, outp], outp = [4, 4], ofmp = [1, 1], batp = [1, 1], inpp = [1, 1]>, dataflow.segment = #dataflow.segment<index = 3, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "fc"

dataflow.accelerator @mesh4x4 {
  nodes = [4, 4], pe_array = [4, 4],
  regf_bytes = 64, gbuf_bytes = 8192, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 1.0>
}
func.func @pinned_partitions(%x: tensor<4x8x18x18xi16>) -> tensor<4x32xi16> attributes {dataflow.accelerator = @mesh4x4} {
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {dataflow.partition = #dataflow.partition<order = [outp, ofmp, batp, inpp], outp = [2, 2], ofmp = [2, 2], batp = [1, 1], inpp = [1, 1]>, name = "conv1"} : tensor<4x8x18x18xi16> -> tensor<4x16x16x16xi16>
  %1 = dataflow.pool max %0 window [2, 2] stride [2, 2] pad [0, 0, 0, 0] {name = "pool1"} : tensor<4x16x16x16xi16> -> tensor<4x16x8x8xi16>
  %2 = dataflow.conv %1 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "conv2"} : tensor<4x16x8x8xi16> -> tensor<4x32x8x8xi16>
  %3 = dataflow.conv %2 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.partition = #dataflow.partition<order = [batp, ofmp, outp, inpp], outp = [1, 1], ofmp = [2, 2], batp = [2, 2], inpp = [1, 1]>, name = "conv3"} : tensor<4x32x8x8xi16> -> tensor<4x16x8x8xi16>
  %4 = dataflow.fc %3 {name = "fc"} : tensor<4x16x8x8xi16> -> tensor<4x32xi16>
  return %4 : tensor<4x32xi16>
}

// -----

// A pin no segment can keep: conv1 pinned over 1x3 nodes. No section 6 allocation of this
// chain on the 4x4 grid gives conv1 a 1x3 region, and alone it would run on all 16 nodes.
dataflow.accelerator @mesh4x4 {
  nodes = [4, 4], pe_array = [4, 4],
  regf_bytes = 64, gbuf_bytes = 8192, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 1.0>
}
func.func @pin_no_segment_keeps(%x: tensor<4x8x18x18xi16>) -> tensor<4x32xi16> attributes {dataflow.accelerator = @mesh4x4} {
  // expected-error @+1 {{layer 'conv1' fits no pipelined schedule on accelerator @mesh4x4: the pinned partition order(OUTP,OFMP,BATP,INPP) OUTP=1x3 OFMP=1x1 BATP=1x1 INPP=1x1 covers 1x3 nodes, but no segment the search tried gives the layer a region of that shape (the last it tried: 1x5); pin a partition over a region a segment allocates, or remove the pin}}
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {dataflow.partition = #dataflow.partition<order = [outp, ofmp, batp, inpp], outp = [1, 3], ofmp = [1, 1], batp = [1, 1], inpp = [1, 1]>, name = "conv1"} : tensor<4x8x18x18xi16> -> tensor<4x16x16x16xi16>
  %1 = dataflow.pool max %0 window [2, 2] stride [2, 2] pad [0, 0, 0, 0] {name = "pool1"} : tensor<4x16x16x16xi16> -> tensor<4x16x8x8xi16>
  %2 = dataflow.conv %1 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "conv2"} : tensor<4x16x8x8xi16> -> tensor<4x32x8x8xi16>
  %3 = dataflow.conv %2 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "conv3"} : tensor<4x32x8x8xi16> -> tensor<4x16x8x8xi16>
  %4 = dataflow.fc %3 {name = "fc"} : tensor<4x16x8x8xi16> -> tensor<4x32xi16>
  return %4 : tensor<4x32xi16>
}
