// Grouped layers in inter-layer pipeline segments (issue #18; docs/cost-model.md "Groups on a
// grid"): the per-node scheme of one group is multiplied by the node's groups, as
// dataflow-partition-layers does, so every group is priced. dataflow-cost re-prices it.
// RUN: dataflow-opt %s --dataflow-partition-segments -o %t.mlir
// RUN: FileCheck %s --input-file=%t.mlir
// RUN: dataflow-opt %t.mlir --dataflow-cost -o %t.recost.mlir
// RUN: diff %t.mlir %t.recost.mlir

dataflow.accelerator @mesh4x4 {
  nodes = [4, 4], pe_array = [4, 4], regf_bytes = 64, gbuf_bytes = 8192, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 1.0>
}
// By hand: 4 x 8 groups x 8x8 x 3x3 = 18432 MACs (mac = 1.0: energy 18432). OFMP 4x4 gives
// each node a 2x2 ofmap tile of all 8 groups: its 4x4 ifmap tile x 8 x 4 from DRAM, 16 nodes:
// 8192 words; the ofmap 4 x 8 x 8x8 = 2048 words written once. One group's figures would be
// 1/8 of these.
// CHECK-LABEL: func.func @depthwise
// CHECK: dataflow.partition<order = [outp, batp, inpp, ofmp], outp = [1, 1], ofmp = [4, 4], batp = [1, 1], inpp = [1, 1]>
// CHECK: mac = 18432.0,
// CHECK-SAME: ops = 18432.0,
// CHECK-SAME: dram_access = [0.0, 8192.0, 2048.0]
func.func @depthwise(%x: tensor<4x8x10x10xi16>) -> tensor<4x8x8x8xi16> attributes {dataflow.accelerator = @mesh4x4} {
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 8 {name = "dw"} : tensor<4x8x10x10xi16> -> tensor<4x8x8x8xi16>
  return %0 : tensor<4x8x8x8xi16>
}
