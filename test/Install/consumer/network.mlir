// A torch-mlir-shaped network (i16 words): padded 3x3 conv with its bias init, then a
// 2x2 max pool. The consumer imports it and prices each layer on Eyeriss.
dataflow.accelerator @eyeriss {
  nodes = [1, 1], pe_array = [16, 16],
  regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
func.func @net(%x: tensor<1x3x32x32xi16>) -> tensor<1x16x16x16xi16> attributes {dataflow.accelerator = @eyeriss} {
  %w = arith.constant dense<1> : tensor<16x3x3x3xi16>
  %zero = arith.constant 0 : i16
  %min = arith.constant -32768 : i16
  %padded = tensor.pad %x low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i: index, %j: index, %k: index, %l: index):
    tensor.yield %zero : i16
  } : tensor<1x3x32x32xi16> to tensor<1x3x34x34xi16>
  %e = tensor.empty() : tensor<1x16x32x32xi16>
  %init = linalg.fill ins(%zero : i16) outs(%e : tensor<1x16x32x32xi16>) -> tensor<1x16x32x32xi16>
  %conv = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded, %w : tensor<1x3x34x34xi16>, tensor<16x3x3x3xi16>) outs(%init : tensor<1x16x32x32xi16>) -> tensor<1x16x32x32xi16>
  %window = tensor.empty() : tensor<2x2xi16>
  %pe = tensor.empty() : tensor<1x16x16x16xi16>
  %pinit = linalg.fill ins(%min : i16) outs(%pe : tensor<1x16x16x16xi16>) -> tensor<1x16x16x16xi16>
  %pool = linalg.pooling_nchw_max {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%conv, %window : tensor<1x16x32x32xi16>, tensor<2x2xi16>) outs(%pinit : tensor<1x16x16x16xi16>) -> tensor<1x16x16x16xi16>
  return %pool : tensor<1x16x16x16xi16>
}
