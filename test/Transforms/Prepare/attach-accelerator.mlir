// dataflow-attach-accelerator imports an accelerator and binds the networks to it.
// RUN: dataflow-opt %s --dataflow-attach-accelerator="file=%examples/accelerators/eyeriss.mlir" --verify-roundtrip | FileCheck %s
// RUN: dataflow-opt %s --dataflow-attach-accelerator="file=%S/../Inputs/two-accelerators.mlir name=big override=true" | FileCheck %s --check-prefix=OVERRIDE
// RUN: dataflow-opt %s --dataflow-attach-accelerator="file=%S/../Inputs/two-accelerators.mlir name=big" --dataflow-attach-accelerator="file=%S/../Inputs/two-accelerators.mlir name=big" | FileCheck %s --check-prefix=TWICE

// CHECK:       dataflow.accelerator @eyeriss {
// CHECK-NEXT:    nodes = [1, 1], pe_array = [16, 16],
// CHECK:       dataflow.accelerator @mine

// OVERRIDE:     dataflow.accelerator @big {
// OVERRIDE-NOT: dataflow.accelerator @small
// OVERRIDE:     dataflow.accelerator @mine

// Importing the same accelerator twice keeps one copy.
// TWICE-COUNT-1: dataflow.accelerator @big
// TWICE-NOT:     dataflow.accelerator @big

dataflow.accelerator @mine {
  nodes = [1, 1], pe_array = [12, 14], regf_bytes = 522, gbuf_bytes = 110592, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1, regf = 1, itcn = 2, gbuf = 6, dram = 200, noc_hop = 0, static_per_cycle = 0>
}

// An unbound network gets the imported accelerator.
// CHECK-LABEL:    func.func @unbound
// CHECK-SAME:     attributes {dataflow.accelerator = @eyeriss}
// OVERRIDE-LABEL: func.func @unbound
// OVERRIDE-SAME:  attributes {dataflow.accelerator = @big}
func.func @unbound(%x: tensor<1x4xi16>) -> tensor<1x2xi16> {
  %y = dataflow.fc %x : tensor<1x4xi16> -> tensor<1x2xi16>
  return %y : tensor<1x2xi16>
}

// A network that already names its accelerator keeps it unless override=true.
// CHECK-LABEL:    func.func @bound
// CHECK-SAME:     attributes {dataflow.accelerator = @mine}
// OVERRIDE-LABEL: func.func @bound
// OVERRIDE-SAME:  attributes {dataflow.accelerator = @big}
func.func @bound(%x: tensor<1x4xi16>) -> tensor<1x2xi16> attributes {dataflow.accelerator = @mine} {
  %y = dataflow.fc %x : tensor<1x4xi16> -> tensor<1x2xi16>
  return %y : tensor<1x2xi16>
}

// A function without layers is not a network and stays unbound.
// CHECK-LABEL: func.func @negative_no_layers
// CHECK-NOT:   dataflow.accelerator =
// CHECK:       return
func.func @negative_no_layers(%x: tensor<1x4xi16>) -> tensor<1x4xi16> {
  return %x : tensor<1x4xi16>
}
