// Dilated and 3-D convolutions and 3-D pooling on one row-stationary node, as exact sums of
// independent 2-D slices (docs/cost-model.md "Dilated and 3-D convolution"):
// - a 3x3 conv with dilation 2 and a 6x6 output is 2x2 = 4 phase convolutions of 3x3 outputs,
//   each reading its own 5x5 input phase: the same loop nest, and so the same cost bit for
//   bit, as a 4-group conv of 2 -> 2 channels per group on a 5x5 input. MACs (hand-checked):
//   2 x 2 x 3x3 x 6x6 = 1296;
// - a 3x3x3 conv with output depth 4 is 4 x 3 = 12 2-D convolutions (one per output slice and
//   kernel slice), the same as a 12-group conv: 12 x 2 x 2 x 3x3 x 6x6 = 15552 MACs;
// - a 2x2x2 max pool of a 2x4x6x6 input: 2 x 2x3x3 outputs of 8 inputs each = 288 ops.
// RUN: dataflow-opt %s --dataflow-schedule="progress=off lower=false" | FileCheck %s
// The DeepLabV3-style network (dilations 2 to 18) and C3D schedule on Eyeriss.
// RUN: dataflow-opt %examples/networks/deeplab_v3.mlir --dataflow-attach-accelerator="file=%examples/accelerators/eyeriss.mlir" --dataflow-schedule="progress=off report=%t.dl.txt report-format=table" -o /dev/null
// RUN: FileCheck %s --check-prefix=DEEPLAB < %t.dl.txt
// RUN: dataflow-opt %examples/networks/c3d.mlir --dataflow-attach-accelerator="file=%examples/accelerators/eyeriss.mlir" --dataflow-schedule="progress=off report=%t.c3d.txt report-format=table" -o /dev/null
// RUN: FileCheck %s --check-prefix=C3D < %t.c3d.txt

// DEEPLAB:   aspp_d18 conv
// DEEPLAB:   total
// C3D:       conv1a conv
// C3D:       pool5 pool
// C3D:       total

// CHECK-LABEL: func.func @dilated(
// CHECK:         dataflow.conv {{.*}} dilation [2, 2]
// CHECK-SAME:      dataflow.cost = #dataflow.cost<energy = [[E:[0-9.e+]+]], mac = 1296.0,
// CHECK-LABEL: func.func @phases_as_groups(
// CHECK:         dataflow.conv {{.*}} groups 4
// CHECK-SAME:      dataflow.cost = #dataflow.cost<energy = [[E]], mac = 1296.0,
// CHECK-LABEL: func.func @conv3d(
// CHECK:         dataflow.conv {{.*}} kernel [3, 3, 3]
// CHECK-SAME:      dataflow.cost = #dataflow.cost<energy = [[E3:[0-9.e+]+]], mac = 15552.0,
// CHECK:         dataflow.pool
// CHECK-SAME:      ops = 288.0,
// CHECK-LABEL: func.func @slices_as_groups(
// CHECK:         dataflow.conv {{.*}} groups 12
// CHECK-SAME:      dataflow.cost = #dataflow.cost<energy = [[E3]], mac = 15552.0,

dataflow.accelerator @eyeriss {
  nodes = [1, 1], pe_array = [12, 14], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
func.func @dilated(%x: tensor<1x2x6x6xi16>) -> tensor<1x2x6x6xi16> attributes {dataflow.accelerator = @eyeriss} {
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [2, 2, 2, 2] dilation [2, 2] groups 1 {name = "d"} : tensor<1x2x6x6xi16> -> tensor<1x2x6x6xi16>
  return %0 : tensor<1x2x6x6xi16>
}
func.func @phases_as_groups(%x: tensor<1x8x5x5xi16>) -> tensor<1x8x3x3xi16> attributes {dataflow.accelerator = @eyeriss} {
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 4 {name = "d"} : tensor<1x8x5x5xi16> -> tensor<1x8x3x3xi16>
  return %0 : tensor<1x8x3x3xi16>
}
func.func @conv3d(%x: tensor<1x2x4x6x6xi16>) -> tensor<1x2x2x3x3xi16> attributes {dataflow.accelerator = @eyeriss} {
  %0 = dataflow.conv %x kernel [3, 3, 3] stride [1, 1, 1] pad [1, 1, 1, 1, 1, 1] dilation [1, 1, 1] groups 1 {name = "c"} : tensor<1x2x4x6x6xi16> -> tensor<1x2x4x6x6xi16>
  %1 = dataflow.pool max %0 window [2, 2, 2] stride [2, 2, 2] pad [0, 0, 0, 0, 0, 0] {name = "p"} : tensor<1x2x4x6x6xi16> -> tensor<1x2x2x3x3xi16>
  return %1 : tensor<1x2x2x3x3xi16>
}
func.func @slices_as_groups(%x: tensor<1x24x6x6xi16>) -> tensor<1x24x6x6xi16> attributes {dataflow.accelerator = @eyeriss} {
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 12 {name = "c"} : tensor<1x24x6x6xi16> -> tensor<1x24x6x6xi16>
  return %0 : tensor<1x24x6x6xi16>
}
