// Pinned partitions survive inter-layer pipelining: dataflow-partition-segments keeps a
// layer's dataflow.partition (the layer then runs only on a region of the partition's dims)
// and searches everything else around it, pinned segments included.
// RUN: dataflow-opt %s -split-input-file --dataflow-partition-segments | FileCheck %s

// conv1 and conv3 pinned over the whole 4x4 grid: they keep their partitions, so neither can
// share the grid with a neighbour in a spatial segment (the unpinned chain is one spatial
// segment of 68915840); conv1 + pool1 run as a temporal segment, the rest one by one.
// CHECK-LABEL: func.func @pinned_partitions
// CHECK-SAME: dataflow.pipeline = #dataflow.pipeline<energy = 112275008.0, static = 19520.0, time = 19520, segment_times = [6208, 6144, 6144, 1024]
// CHECK: dataflow.partition = #dataflow.partition<order = [outp, ofmp, batp, inpp], outp = [2, 2], ofmp = [2, 2], batp = [1, 1], inpp = [1, 1]>, dataflow.segment = #dataflow.segment<index = 0, kind = temporal, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "conv1"
// CHECK: name = "pool1"
// CHECK: name = "conv2"
// CHECK: dataflow.partition = #dataflow.partition<order = [batp, ofmp, outp, inpp], outp = [1, 1], ofmp = [2, 2], batp = [2, 2], inpp = [1, 1]>, dataflow.segment = #dataflow.segment<index = 2, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "conv3"
// CHECK: name = "fc"

// A pinned partition inside a pinned temporal segment (conv2, conv3 on the whole grid): both
// kept, the search places the other layers around them.
// CHECK-LABEL: func.func @pinned_in_segment
// CHECK-SAME: dataflow.pipeline = #dataflow.pipeline<energy = 97807424.0
// CHECK: name = "conv1"
// CHECK: dataflow.partition = #dataflow.partition<order = [outp, ofmp, batp, inpp], outp = [4, 1], ofmp = [1, 4], batp = [1, 1], inpp = [1, 1]>, dataflow.segment = #dataflow.segment<index = 1, kind = temporal, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "conv2"
// CHECK: dataflow.segment = #dataflow.segment<index = 1, kind = temporal, spatial = 0, temporal = 1, origin = [0, 0], dims = [4, 4]>, name = "conv3"

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

dataflow.accelerator @mesh4x4 {
  nodes = [4, 4], pe_array = [4, 4],
  regf_bytes = 64, gbuf_bytes = 8192, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 1.0>
}
func.func @pinned_in_segment(%x: tensor<4x8x18x18xi16>) -> tensor<4x32xi16> attributes {dataflow.accelerator = @mesh4x4} {
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "conv1"} : tensor<4x8x18x18xi16> -> tensor<4x16x16x16xi16>
  %1 = dataflow.pool max %0 window [2, 2] stride [2, 2] pad [0, 0, 0, 0] {name = "pool1"} : tensor<4x16x16x16xi16> -> tensor<4x16x8x8xi16>
  %2 = dataflow.conv %1 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.partition = #dataflow.partition<order = [outp, ofmp, batp, inpp], outp = [4, 1], ofmp = [1, 4], batp = [1, 1], inpp = [1, 1]>, dataflow.segment = #dataflow.segment<index = 0, kind = temporal, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "conv2"} : tensor<4x16x8x8xi16> -> tensor<4x32x8x8xi16>
  %3 = dataflow.conv %2 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 0, kind = temporal, spatial = 0, temporal = 1, origin = [0, 0], dims = [4, 4]>, name = "conv3"} : tensor<4x32x8x8xi16> -> tensor<4x16x8x8xi16>
  %4 = dataflow.fc %3 {name = "fc"} : tensor<4x16x8x8xi16> -> tensor<4x32xi16>
  return %4 : tensor<4x32xi16>
}
