dataflow.accelerator @eyeriss {
  nodes = [1, 1], pe_array = [16, 16],
  regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
func.func @tiny_all_ops(%input: tensor<2x3x16x16xi16>, %q: tensor<2x4x8xi16>, %k: tensor<2x8x4xi16>) -> (tensor<2x8xi16>, tensor<2x4x4xi16>) attributes {dataflow.accelerator = @eyeriss} {
  %conv1 = dataflow.conv %input kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "conv1"} : tensor<2x3x16x16xi16> -> tensor<2x8x16x16xi16>
  %dw1 = dataflow.conv %conv1 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 8 {name = "dw1"} : tensor<2x8x16x16xi16> -> tensor<2x8x16x16xi16>
  %gconv1 = dataflow.conv %dw1 kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 2 {name = "gconv1"} : tensor<2x8x16x16xi16> -> tensor<2x8x16x16xi16>
  %pool1 = dataflow.pool max %gconv1 window [2, 2] stride [2, 2] pad [0, 0, 0, 0] {name = "pool1"} : tensor<2x8x16x16xi16> -> tensor<2x8x8x8xi16>
  %branch_a = dataflow.conv %pool1 kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "branch_a"} : tensor<2x8x8x8xi16> -> tensor<2x8x8x8xi16>
  %branch_b = dataflow.conv %pool1 kernel [3, 3] stride [1, 1] pad [2, 2, 2, 2] dilation [2, 2] groups 1 {name = "branch_b"} : tensor<2x8x8x8xi16> -> tensor<2x8x8x8xi16>
  %add1 = dataflow.eltwise add %branch_a, %branch_b {name = "add1"} : tensor<2x8x8x8xi16>, tensor<2x8x8x8xi16> -> tensor<2x8x8x8xi16>
  %mul1 = dataflow.eltwise mul %add1, %pool1 {name = "mul1"} : tensor<2x8x8x8xi16>, tensor<2x8x8x8xi16> -> tensor<2x8x8x8xi16>
  %cat1 = dataflow.concat %add1, %mul1 {name = "cat1"} : tensor<2x8x8x8xi16>, tensor<2x8x8x8xi16> -> tensor<2x16x8x8xi16>
  %up1 = dataflow.deconv %cat1 kernel [4, 4] stride [2, 2] pad [1, 1, 1, 1] output_padding [0, 0] dilation [1, 1] groups 1 {name = "up1"} : tensor<2x16x8x8xi16> -> tensor<2x8x16x16xi16>
  %fuse_cat = dataflow.concat %up1, %conv1 {name = "fuse_cat"} : tensor<2x8x16x16xi16>, tensor<2x8x16x16xi16> -> tensor<2x16x16x16xi16>
  %fuse = dataflow.conv %fuse_cat kernel [3, 3] stride [2, 2] pad [0, 0, 1, 1] dilation [1, 1] groups 1 {name = "fuse"} : tensor<2x16x16x16xi16> -> tensor<2x8x8x8xi16>
  %pool2 = dataflow.pool avg %fuse window [2, 2] stride [2, 2] pad [0, 0, 0, 0] {name = "pool2"} : tensor<2x8x8x8xi16> -> tensor<2x8x4x4xi16>
  %fc1 = dataflow.fc %pool2 {name = "fc1"} : tensor<2x8x4x4xi16> -> tensor<2x16xi16>
  %fc2 = dataflow.fc %fc1 {name = "fc2"} : tensor<2x16xi16> -> tensor<2x2xi16>
  %fc3 = dataflow.fc %fc1 {name = "fc3"} : tensor<2x16xi16> -> tensor<2x8xi16>
  %mm = dataflow.matmul %fc2, %fc3 {name = "mm"} : tensor<2x2xi16>, tensor<2x8xi16> -> tensor<2x8xi16>
  %attn = dataflow.matmul %q, %k {name = "attn"} : tensor<2x4x8xi16>, tensor<2x8x4xi16> -> tensor<2x4x4xi16>
  return %mm, %attn : tensor<2x8xi16>, tensor<2x4x4xi16>
}
