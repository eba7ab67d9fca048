// A dilation that does not divide the ofmap because it is at least its extent (DeepLabV3's
// ASPP, dilations 12/24/36 on a 4x4 or 8x8 output) on one row-stationary node
// (docs/cost-model.md "Dilated and 3-D convolution"). Along an extent E with dilation d,
// phase p < d has ceil((E - p) / d) outputs: d >= E leaves E phases of one output each.
// - @beyond: a 3x3 conv of dilation 12 on a 4x4 ofmap (pad 12), 2 -> 2 channels: 4 x 4 = 16
//   phases of 1x1 outputs, each reading its own 3x3 input phase: the same loop nest, and so
//   the same cost bit for bit, as a 16-group conv of 2 -> 2 channels per group on a 3x3
//   input. MACs (hand-checked): 16 x 1x1 x 3x3 x 2 x 2 = 576 = 4x4 x 9 x 2 x 2. DRAM: each
//   phase reads the 2 x 2 x 9 = 36 filter words and its 2 x 3x3 = 18 input words once and
//   writes 2 outputs: [16 x 36, 16 x 18, 16 x 2] = [576, 288, 32], 896 x 200 = 179200.
// - @mixed: dilation 2 x 6 on the same ofmap (pad 2 x 6): 2 phases of 2 rows times 4 phases of
//   1 column, 8 phases of 2x1, each reading a 4x3 input phase: the 8-group conv of 2x1
//   outputs, 8 x 2x1 x 9 x 2 x 2 = 576 MACs; DRAM [8 x 36, 8 x 2 x 4x3, 8 x 2 x 2x1] =
//   [288, 192, 32], 512 x 200 = 102400.
// Phases of two sizes (E mod d != 0 with d < E) are a located error (block-loops-invalid.mlir).
// RUN: dataflow-opt %s --dataflow-schedule="progress=off lower=false" | FileCheck %s

// CHECK-LABEL: func.func @beyond(
// CHECK:         dataflow.conv {{.*}} dilation [12, 12]
// CHECK-SAME:      dataflow.cost = #dataflow.cost<energy = [[E:[0-9.e+]+]], mac = 576.0, {{.*}} dram = 179200.0, {{.*}} dram_access = [576.0, 288.0, 32.0]
// CHECK-LABEL: func.func @beyond_as_groups(
// CHECK:         dataflow.conv {{.*}} groups 16
// CHECK-SAME:      dataflow.cost = #dataflow.cost<energy = [[E]], mac = 576.0,
// CHECK-LABEL: func.func @mixed(
// CHECK:         dataflow.conv {{.*}} dilation [2, 6]
// CHECK-SAME:      dataflow.cost = #dataflow.cost<energy = [[EM:[0-9.e+]+]], mac = 576.0, {{.*}} dram = 102400.0, {{.*}} dram_access = [288.0, 192.0, 32.0]
// CHECK-LABEL: func.func @mixed_as_groups(
// CHECK:         dataflow.conv {{.*}} groups 8
// CHECK-SAME:      dataflow.cost = #dataflow.cost<energy = [[EM]], mac = 576.0,

dataflow.accelerator @eyeriss {
  nodes = [1, 1], pe_array = [12, 14], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
func.func @beyond(%x: tensor<1x2x4x4xi16>) -> tensor<1x2x4x4xi16> attributes {dataflow.accelerator = @eyeriss} {
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [12, 12, 12, 12] dilation [12, 12] groups 1 {name = "d"} : tensor<1x2x4x4xi16> -> tensor<1x2x4x4xi16>
  return %0 : tensor<1x2x4x4xi16>
}
func.func @beyond_as_groups(%x: tensor<1x32x3x3xi16>) -> tensor<1x32x1x1xi16> attributes {dataflow.accelerator = @eyeriss} {
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 16 {name = "d"} : tensor<1x32x3x3xi16> -> tensor<1x32x1x1xi16>
  return %0 : tensor<1x32x1x1xi16>
}
func.func @mixed(%x: tensor<1x2x4x4xi16>) -> tensor<1x2x4x4xi16> attributes {dataflow.accelerator = @eyeriss} {
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [2, 6, 2, 6] dilation [2, 6] groups 1 {name = "d"} : tensor<1x2x4x4xi16> -> tensor<1x2x4x4xi16>
  return %0 : tensor<1x2x4x4xi16>
}
func.func @mixed_as_groups(%x: tensor<1x16x4x3xi16>) -> tensor<1x16x2x1xi16> attributes {dataflow.accelerator = @eyeriss} {
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 8 {name = "d"} : tensor<1x16x4x3xi16> -> tensor<1x16x2x1xi16>
  return %0 : tensor<1x16x2x1xi16>
}
