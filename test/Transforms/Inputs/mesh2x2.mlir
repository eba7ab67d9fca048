// A small network on a 2x2 mesh with DRAM on the corners (2D memory): every partition
// kind has room (batch 4, 8 channels, 8x8 fmaps).
dataflow.accelerator @mesh2x2 {
  nodes = [2, 2], pe_array = [4, 4],
  regf_bytes = 64, gbuf_bytes = 4096, word_bits = 16,
  memory = "2D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 0.0>
}
func.func @small(%x: tensor<4x8x10x10xi16>) -> tensor<4x16xi16> attributes {dataflow.accelerator = @mesh2x2} {
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "conv1"} : tensor<4x8x10x10xi16> -> tensor<4x8x8x8xi16>
  %1 = dataflow.pool max %0 window [2, 2] stride [2, 2] pad [0, 0, 0, 0] {name = "pool1"} : tensor<4x8x8x8xi16> -> tensor<4x8x4x4xi16>
  %2 = dataflow.conv %1 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "conv2"} : tensor<4x8x4x4xi16> -> tensor<4x8x4x4xi16>
  %3 = dataflow.concat %1, %2 {name = "cat"} : tensor<4x8x4x4xi16>, tensor<4x8x4x4xi16> -> tensor<4x16x4x4xi16>
  %4 = dataflow.eltwise add %3, %3 {name = "add"} : tensor<4x16x4x4xi16>, tensor<4x16x4x4xi16> -> tensor<4x16x4x4xi16>
  %5 = dataflow.fc %4 {name = "fc"} : tensor<4x16x4x4xi16> -> tensor<4x16xi16>
  return %5 : tensor<4x16xi16>
}
