// Branching networks on a 4x4 mesh: a small GoogLeNet-like inception block (four branches
// concatenated) and a ResNet basic block with its shortcut (an element-wise add).
dataflow.accelerator @mesh4x4 {
  nodes = [4, 4], pe_array = [4, 4],
  regf_bytes = 64, gbuf_bytes = 8192, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 1.0>
}
func.func @inception(%x: tensor<4x16x8x8xi16>) -> tensor<4x16xi16> attributes {dataflow.accelerator = @mesh4x4} {
  %b1 = dataflow.conv %x kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "b1_1x1"} : tensor<4x16x8x8xi16> -> tensor<4x8x8x8xi16>
  %r2 = dataflow.conv %x kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "b2_reduce"} : tensor<4x16x8x8xi16> -> tensor<4x8x8x8xi16>
  %b2 = dataflow.conv %r2 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "b2_3x3"} : tensor<4x8x8x8xi16> -> tensor<4x16x8x8xi16>
  %r3 = dataflow.conv %x kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "b3_reduce"} : tensor<4x16x8x8xi16> -> tensor<4x4x8x8xi16>
  %b3 = dataflow.conv %r3 kernel [5, 5] stride [1, 1] pad [2, 2, 2, 2] dilation [1, 1] groups 1 {name = "b3_5x5"} : tensor<4x4x8x8xi16> -> tensor<4x8x8x8xi16>
  %p4 = dataflow.pool max %x window [3, 3] stride [1, 1] pad [1, 1, 1, 1] {name = "b4_pool"} : tensor<4x16x8x8xi16> -> tensor<4x16x8x8xi16>
  %b4 = dataflow.conv %p4 kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "b4_proj"} : tensor<4x16x8x8xi16> -> tensor<4x8x8x8xi16>
  %cat = dataflow.concat %b1, %b2, %b3, %b4 {name = "cat"} : tensor<4x8x8x8xi16>, tensor<4x16x8x8xi16>, tensor<4x8x8x8xi16>, tensor<4x8x8x8xi16> -> tensor<4x40x8x8xi16>
  %fc = dataflow.fc %cat {name = "fc"} : tensor<4x40x8x8xi16> -> tensor<4x16xi16>
  return %fc : tensor<4x16xi16>
}
func.func @resnet(%x: tensor<4x16x8x8xi16>) -> tensor<4x16xi16> attributes {dataflow.accelerator = @mesh4x4} {
  %c0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "stem"} : tensor<4x16x8x8xi16> -> tensor<4x16x8x8xi16>
  %a = dataflow.conv %c0 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "res_a"} : tensor<4x16x8x8xi16> -> tensor<4x16x8x8xi16>
  %b = dataflow.conv %a kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "res_b"} : tensor<4x16x8x8xi16> -> tensor<4x16x8x8xi16>
  %s = dataflow.eltwise add %b, %c0 {name = "res_add"} : tensor<4x16x8x8xi16>, tensor<4x16x8x8xi16> -> tensor<4x16x8x8xi16>
  %fc = dataflow.fc %s {name = "fc"} : tensor<4x16x8x8xi16> -> tensor<4x16xi16>
  return %fc : tensor<4x16xi16>
}
