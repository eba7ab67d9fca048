// A small chain on a 4x4 mesh with DRAM on every node (3D memory): conv - pool - conv - conv
// - fc, small enough to search every segment in well under a second.
dataflow.accelerator @mesh4x4 {
  nodes = [4, 4], pe_array = [4, 4],
  regf_bytes = 64, gbuf_bytes = 8192, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 1.0>
}
func.func @chain(%x: tensor<4x8x18x18xi16>) -> tensor<4x32xi16> attributes {dataflow.accelerator = @mesh4x4} {
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "conv1"} : tensor<4x8x18x18xi16> -> tensor<4x16x16x16xi16>
  %1 = dataflow.pool max %0 window [2, 2] stride [2, 2] pad [0, 0, 0, 0] {name = "pool1"} : tensor<4x16x16x16xi16> -> tensor<4x16x8x8xi16>
  %2 = dataflow.conv %1 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "conv2"} : tensor<4x16x8x8xi16> -> tensor<4x32x8x8xi16>
  %3 = dataflow.conv %2 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "conv3"} : tensor<4x32x8x8xi16> -> tensor<4x16x8x8xi16>
  %4 = dataflow.fc %3 {name = "fc"} : tensor<4x16x8x8xi16> -> tensor<4x32xi16>
  return %4 : tensor<4x32xi16>
}
