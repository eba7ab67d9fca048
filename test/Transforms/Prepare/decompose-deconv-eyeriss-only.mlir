// dataflow-decompose-deconv eyeriss-only=true (what dataflow-schedule runs): the
// deconvolutions of networks bound to an Eyeriss-kind accelerator (one node or a grid) become
// stride-phase convolutions; a systolic network's, and an unbound one's, stay (the systolic
// model prices deconvolutions itself: dataflow-schedule-systolic's deconv=).
// RUN: dataflow-opt %s --dataflow-decompose-deconv=eyeriss-only=true | FileCheck %s

// CHECK-LABEL: func.func @on_grid(
// CHECK-NOT:     dataflow.deconv
// CHECK:         name = "up.phase_0_0"
// CHECK-LABEL: func.func @on_array(
// CHECK:         dataflow.deconv
// CHECK-LABEL: func.func @unbound(
// CHECK:         dataflow.deconv

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
func.func @on_grid(%x: tensor<1x8x4x4xi16>) -> tensor<1x4x8x8xi16> attributes {dataflow.accelerator = @mesh2x2} {
  %y = dataflow.deconv %x kernel [4, 4] stride [2, 2] pad [1, 1, 1, 1] output_padding [0, 0] dilation [1, 1] groups 1 {name = "up"} : tensor<1x8x4x4xi16> -> tensor<1x4x8x8xi16>
  return %y : tensor<1x4x8x8xi16>
}
func.func @on_array(%x: tensor<1x8x4x4xi16>) -> tensor<1x4x8x8xi16> attributes {dataflow.accelerator = @sa} {
  %y = dataflow.deconv %x kernel [4, 4] stride [2, 2] pad [1, 1, 1, 1] output_padding [0, 0] dilation [1, 1] groups 1 {name = "up"} : tensor<1x8x4x4xi16> -> tensor<1x4x8x8xi16>
  return %y : tensor<1x4x8x8xi16>
}
func.func @unbound(%x: tensor<1x8x4x4xi16>) -> tensor<1x4x8x8xi16> {
  %y = dataflow.deconv %x kernel [4, 4] stride [2, 2] pad [1, 1, 1, 1] output_padding [0, 0] dilation [1, 1] groups 1 {name = "up"} : tensor<1x8x4x4xi16> -> tensor<1x4x8x8xi16>
  return %y : tensor<1x4x8x8xi16>
}
