// A matmul on a multi-node accelerator is partitioned like the FC it is priced as (rows =
// batch, K input and N output channels; naive partitioning: output channels only): its lhs
// flows from its producer's layout, its rhs is read like FC weights from the nearest DRAM
// channel. The same product written as an fc gets the same partition and cost, bit for bit;
// dataflow-cost re-costs it and it lowers to the node-level schedule IR.
// RUN: dataflow-opt %s --dataflow-partition-layers | FileCheck %s
// RUN: dataflow-opt %s --dataflow-partition-layers --dataflow-cost --dataflow-lower-to-schedule | FileCheck %s --check-prefix=LOWER

// CHECK-LABEL: func.func @mlp(
// CHECK:         dataflow.fc
// CHECK:         dataflow.matmul
// CHECK-SAME:      dataflow.cost = #dataflow.cost<energy = [[E:[0-9.]+]], [[REST:.*]]>, dataflow.mapping
// CHECK-SAME:      dataflow.partition = #dataflow.partition<order = [ofmp, batp, inpp, outp], outp = [2, 2], ofmp = [1, 1], batp = [1, 1], inpp = [1, 1]>, name = "mm"
// CHECK-LABEL: func.func @mlp_as_fc(
// CHECK:         dataflow.fc
// CHECK:         dataflow.fc
// CHECK-SAME:      dataflow.cost = #dataflow.cost<energy = [[E]], [[REST]]>, dataflow.mapping
// CHECK-SAME:      dataflow.partition = #dataflow.partition<order = [ofmp, batp, inpp, outp], outp = [2, 2], ofmp = [1, 1], batp = [1, 1], inpp = [1, 1]>, name = "mm"

// LOWER-LABEL: dataflow.schedule @mlp_schedule for @mlp {
// LOWER:         dataflow.layer_schedule "mm"
// LOWER:             dataflow.node_loop outp grid [2, 2] {
// LOWER-NEXT:          dataflow.noc_transfer fil dram fills
// LOWER-NEXT:          dataflow.noc_transfer ifm dram fills

dataflow.accelerator @mesh2x2 {
  nodes = [2, 2], pe_array = [4, 4],
  regf_bytes = 64, gbuf_bytes = 4096, word_bits = 16,
  memory = "2D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 0.0>
}
func.func @mlp(%x: tensor<4x64xi16>, %w: tensor<32x16xi16>) -> tensor<4x16xi16> attributes {dataflow.accelerator = @mesh2x2} {
  %0 = dataflow.fc %x {name = "fc1"} : tensor<4x64xi16> -> tensor<4x32xi16>
  %1 = dataflow.matmul %0, %w {name = "mm"} : tensor<4x32xi16>, tensor<32x16xi16> -> tensor<4x16xi16>
  return %1 : tensor<4x16xi16>
}
func.func @mlp_as_fc(%x: tensor<4x64xi16>, %w: tensor<32x16xi16>) -> tensor<4x16xi16> attributes {dataflow.accelerator = @mesh2x2} {
  %0 = dataflow.fc %x {name = "fc1"} : tensor<4x64xi16> -> tensor<4x32xi16>
  %1 = dataflow.fc %0 {name = "mm"} : tensor<4x32xi16> -> tensor<4x16xi16>
  return %1 : tensor<4x16xi16>
}
