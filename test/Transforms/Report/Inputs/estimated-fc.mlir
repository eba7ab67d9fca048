dataflow.accelerator @t16 {
  nodes = [4, 4], pe_array = [14, 14], regf_bytes = 512, gbuf_bytes = 133032, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = estimated, technology = 45, dram_type = "3D", clock_ghz = 1.0
}
func.func @n(%x: tensor<1x16xi16>) -> tensor<1x8xi16> attributes {dataflow.accelerator = @t16} {
  %y = dataflow.fc %x {name = "fc"} : tensor<1x16xi16> -> tensor<1x8xi16>
  return %y : tensor<1x8xi16>
}
