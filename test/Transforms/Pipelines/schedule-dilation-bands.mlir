// A dilated convolution whose phases differ in size (7 rows, dilation 2: phases of 4 and 3
// rows) through dataflow-schedule on one node, a 2x2 grid and a systolic array: the pipeline
// splits it into bands of equal phases (dataflow-split-dilated-conv,
// test/Transforms/Prepare/split-dilated-conv.mlir), each priced as a layer; an element-wise
// consumer reads the stitched output (on the grid from DRAM, docs/cost-model.md "Views,
// slices and token concats on a grid"). With interlayer=true the grid network schedules too.
// Hand-checked: band 0 is 6 x 8 outputs, 6 x 8 x 9 x 4 x 4 = 6912 MACs; band 1 one row,
// 8 x 9 x 4 x 4 = 1152; together the original's 7 x 8 x 9 x 16 = 8064.
// Band 1 on one node: 2 column phases (8 / 2) of 1 x 4 outputs; each re-reads the 4 x 4 x 9
// = 144 filter words (288) and reads its phase's ifmap, 4 ch x 3 x 6 (nn_dataflow's ifmap
// extent (E - 1) + R, (F - 1) + S) = 72 words (144), and writes 4 x 4 = 16 outputs (32).
// On the array the same band is 2 runs of 36 cycles (72).
// Strided dilation (P = d / gcd(s, d) phases of stride s / gcd(s, d), docs/cost-model.md
// "Dilated and 3-D convolution"): @even, stride 2 and dilation 2 on a 9x9 ofmap, is one
// stride-1 phase over the even inputs: 9 x 9 x 9 x 16 = 11664 MACs; on one node it reads the
// 144 filter words, its (9 - 1) + 3 = 11 x 11 x 4 = 484-word input phase, writes 324.
// @odd, stride 2 and dilation 3 on 10x10, is 3 phases of stride 2 per dimension (4, 3, 3
// outputs), split into bands of 9 and 1: 81, 9, 9 and 1 outputs x 144 = 11664, 1296, 1296,
// 144 MACs (14400 in all).
// RUN: dataflow-opt %s --dataflow-schedule="progress=off hybrid=true lower=false" | FileCheck %s
// RUN: dataflow-opt %s --dataflow-schedule="progress=off hybrid=true lower=false" | dataflow-opt --dataflow-cost | FileCheck %s
// RUN: dataflow-opt %s --dataflow-schedule="progress=off hybrid=true lower=false interlayer=true" | FileCheck %s --check-prefix=PIPE

// CHECK-LABEL: func.func @one(
// CHECK:         mac = 6912.0, {{.*}}name = "c.band_0_0"
// CHECK:         mac = 1152.0, {{.*}}dram_access = [288.0, 144.0, 32.0], {{.*}}name = "c.band_1_0"
// CHECK:         name = "sum"
// CHECK-LABEL: func.func @grid(
// CHECK:         mac = 6912.0, {{.*}}name = "c.band_0_0"
// CHECK:         mac = 1152.0, {{.*}}name = "c.band_1_0"
// CHECK:         name = "sum"
// CHECK-LABEL: func.func @array(
// CHECK:         dataflow.systolic = #dataflow.systolic<{{.*}}name = "c.band_0_0"
// CHECK:         dataflow.systolic = #dataflow.systolic<{{.*}}cycles = 72.0, {{.*}}name = "c.band_1_0"

// CHECK-LABEL: func.func @even(
// CHECK:         mac = 11664.0, {{.*}}dram_access = [144.0, 484.0, 324.0], {{.*}}name = "e"
// CHECK-LABEL: func.func @odd(
// CHECK:         mac = 11664.0, {{.*}}name = "o.band_0_0"
// CHECK:         mac = 1296.0, {{.*}}name = "o.band_0_1"
// CHECK:         mac = 1296.0, {{.*}}name = "o.band_1_0"
// CHECK:         mac = 144.0, {{.*}}name = "o.band_1_1"
// CHECK-LABEL: func.func @odd_grid(
// CHECK:         mac = 11664.0, {{.*}}name = "o.band_0_0"
// CHECK:         mac = 144.0, {{.*}}name = "o.band_1_1"
// CHECK-LABEL: func.func @odd_array(
// CHECK:         name = "o.band_0_0"
// CHECK:         name = "o.band_1_1"

// PIPE-LABEL: func.func @grid(
// PIPE:         mac = 6912.0, {{.*}}name = "c.band_0_0"
// PIPE:         mac = 1152.0, {{.*}}name = "c.band_1_0"
// PIPE:         name = "sum"

dataflow.accelerator @node {
  nodes = [1, 1], pe_array = [12, 14], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
dataflow.accelerator @mesh2x2 {
  nodes = [2, 2], pe_array = [4, 4],
  regf_bytes = 64, gbuf_bytes = 4096, word_bits = 16,
  memory = "2D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 0.0>
}
dataflow.accelerator @sa {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = searched,
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary
}
func.func @one(%x: tensor<1x4x7x8xi16>) -> tensor<1x4x7x8xi16> attributes {dataflow.accelerator = @node} {
  %y = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [2, 2, 2, 2] dilation [2, 2] groups 1 {name = "c"} : tensor<1x4x7x8xi16> -> tensor<1x4x7x8xi16>
  %z = dataflow.eltwise add %y, %y {name = "sum"} : tensor<1x4x7x8xi16>, tensor<1x4x7x8xi16> -> tensor<1x4x7x8xi16>
  return %z : tensor<1x4x7x8xi16>
}
func.func @grid(%x: tensor<1x4x7x8xi16>) -> tensor<1x4x7x8xi16> attributes {dataflow.accelerator = @mesh2x2} {
  %y = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [2, 2, 2, 2] dilation [2, 2] groups 1 {name = "c"} : tensor<1x4x7x8xi16> -> tensor<1x4x7x8xi16>
  %z = dataflow.eltwise add %y, %y {name = "sum"} : tensor<1x4x7x8xi16>, tensor<1x4x7x8xi16> -> tensor<1x4x7x8xi16>
  return %z : tensor<1x4x7x8xi16>
}
func.func @array(%x: tensor<1x4x7x8xi16>) -> tensor<1x4x7x8xi16> attributes {dataflow.accelerator = @sa} {
  %y = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [2, 2, 2, 2] dilation [2, 2] groups 1 {name = "c"} : tensor<1x4x7x8xi16> -> tensor<1x4x7x8xi16>
  return %y : tensor<1x4x7x8xi16>
}
func.func @even(%x: tensor<1x4x17x17xi16>) -> tensor<1x4x9x9xi16> attributes {dataflow.accelerator = @node} {
  %y = dataflow.conv %x kernel [3, 3] stride [2, 2] pad [2, 2, 2, 2] dilation [2, 2] groups 1 {name = "e"} : tensor<1x4x17x17xi16> -> tensor<1x4x9x9xi16>
  return %y : tensor<1x4x9x9xi16>
}
func.func @odd(%x: tensor<1x4x20x20xi16>) -> tensor<1x4x10x10xi16> attributes {dataflow.accelerator = @node} {
  %y = dataflow.conv %x kernel [3, 3] stride [2, 2] pad [3, 3, 3, 3] dilation [3, 3] groups 1 {name = "o"} : tensor<1x4x20x20xi16> -> tensor<1x4x10x10xi16>
  return %y : tensor<1x4x10x10xi16>
}
func.func @odd_grid(%x: tensor<1x4x20x20xi16>) -> tensor<1x4x10x10xi16> attributes {dataflow.accelerator = @mesh2x2} {
  %y = dataflow.conv %x kernel [3, 3] stride [2, 2] pad [3, 3, 3, 3] dilation [3, 3] groups 1 {name = "o"} : tensor<1x4x20x20xi16> -> tensor<1x4x10x10xi16>
  return %y : tensor<1x4x10x10xi16>
}
func.func @odd_array(%x: tensor<1x4x20x20xi16>) -> tensor<1x4x10x10xi16> attributes {dataflow.accelerator = @sa} {
  %y = dataflow.conv %x kernel [3, 3] stride [2, 2] pad [3, 3, 3, 3] dilation [3, 3] groups 1 {name = "o"} : tensor<1x4x20x20xi16> -> tensor<1x4x10x10xi16>
  return %y : tensor<1x4x10x10xi16>
}
