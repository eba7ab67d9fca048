// #dataflow.segment and #dataflow.pipeline print and parse back unchanged (custom and
// generic form), on a segmented network that the verifier accepts: a temporal segment
// (conv1 + pool1 one after the other on the whole 4x4 grid), a spatial one whose two
// vertices wind over the grid (9 + 7 nodes, zig-zag), and a single layer.
// RUN: dataflow-opt %s --verify-roundtrip | FileCheck %s
// RUN: dataflow-opt %s --mlir-print-op-generic | dataflow-opt | FileCheck %s

dataflow.accelerator @t16 {
  nodes = [4, 4], pe_array = [4, 4],
  regf_bytes = 64, gbuf_bytes = 4096, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 0.0>
}
// CHECK-LABEL: func.func @net
// CHECK-SAME: dataflow.pipeline = #dataflow.pipeline<energy = 1000.5, static = 0.0, time = 300, segment_times = [100, 150, 50], critical_times = [100, 120, 50]>
// CHECK: dataflow.segment = #dataflow.segment<index = 0, kind = temporal, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "conv1"
// CHECK: dataflow.segment = #dataflow.segment<index = 0, kind = temporal, spatial = 0, temporal = 1, origin = [0, 0], dims = [4, 4]>, name = "pool1"
// CHECK: dataflow.segment = #dataflow.segment<index = 1, kind = spatial, spatial = 0, temporal = 0, origin = [0, 0], dims = [1, 9], fold = [4, 4]>, name = "conv2"
// CHECK: dataflow.segment = #dataflow.segment<index = 1, kind = spatial, spatial = 1, temporal = 0, origin = [2, 1], dims = [1, 7], fold = [4, 3]>, name = "conv3"
// CHECK: dataflow.segment = #dataflow.segment<index = 2, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "fc"
func.func @net(%x: tensor<4x8x10x10xi16>) -> tensor<4x16xi16> attributes {dataflow.accelerator = @t16, dataflow.pipeline = #dataflow.pipeline<energy = 1000.5, static = 0.0, time = 300, segment_times = [100, 150, 50], critical_times = [100, 120, 50]>} {
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 0, kind = temporal, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "conv1"} : tensor<4x8x10x10xi16> -> tensor<4x8x8x8xi16>
  %1 = dataflow.pool max %0 window [2, 2] stride [2, 2] pad [0, 0, 0, 0] {dataflow.segment = #dataflow.segment<index = 0, kind = temporal, spatial = 0, temporal = 1, origin = [0, 0], dims = [4, 4]>, name = "pool1"} : tensor<4x8x8x8xi16> -> tensor<4x8x4x4xi16>
  %2 = dataflow.conv %1 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 1, kind = spatial, spatial = 0, temporal = 0, origin = [0, 0], dims = [1, 9], fold = [4, 4]>, name = "conv2"} : tensor<4x8x4x4xi16> -> tensor<4x8x4x4xi16>
  %3 = dataflow.conv %2 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 1, kind = spatial, spatial = 1, temporal = 0, origin = [2, 1], dims = [1, 7], fold = [4, 3]>, name = "conv3"} : tensor<4x8x4x4xi16> -> tensor<4x16x4x4xi16>
  %4 = dataflow.fc %3 {dataflow.segment = #dataflow.segment<index = 2, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "fc"} : tensor<4x16x4x4xi16> -> tensor<4x16xi16>
  return %4 : tensor<4x16xi16>
}
