// dataflow-maestro-cost / -map errors: directives that do not fit the layer, layers MAESTRO
// cannot price, hardware it cannot model, bad options. Each is located on the layer.
// RUN: dataflow-opt %s -split-input-file --dataflow-maestro-cost -verify-diagnostics
// RUN: not dataflow-opt %s -split-input-file --dataflow-maestro-map="goal=fast" 2>&1 | FileCheck %s --check-prefix=GOAL
// GOAL: for the --goal option: 'fast' is not a value of this option; it takes runtime, energy or edp

dataflow.accelerator @accelerator_1 {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 100, gbuf_bytes = 3000, word_bits = 8,
  memory = "3D", dram_bandwidth = 50.0, bus_width = 1000,
  energy = #dataflow.energy<mac = 1.0, regf = 1.68, itcn = 0.0, gbuf = 18.61, dram = 0.0,
                            noc_hop = 0.0, static_per_cycle = 0.0>
}

func.func @misaligned(%x: tensor<1x4x8x8xi8>) -> tensor<1x4x6x6xi8> attributes {dataflow.accelerator = @accelerator_1} {
  // expected-error @+1 {{layer 'c' has directives MAESTRO rejects: map on input Y (2,1) is smaller than the R window: a window split over PEs is modelled as MAESTRO's row stationary template only, SpatialMap(1,1) Y with SpatialMap(1,1) R (or X with S) in one cluster level}}
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "c",
    dataflow.directives = #dataflow.directives<TemporalMap(2, 1) Y>} : tensor<1x4x8x8xi8> -> tensor<1x4x6x6xi8>
  return %0 : tensor<1x4x6x6xi8>
}

// -----

dataflow.accelerator @accelerator_1 {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 100, gbuf_bytes = 3000, word_bits = 8,
  memory = "3D", dram_bandwidth = 50.0, bus_width = 1000,
  energy = #dataflow.energy<mac = 1.0, regf = 1.68, itcn = 0.0, gbuf = 18.61, dram = 0.0,
                            noc_hop = 0.0, static_per_cycle = 0.0>
}

func.func @dilated(%x: tensor<1x4x8x8xi8>) -> tensor<1x4x4x4xi8> attributes {dataflow.accelerator = @accelerator_1} {
  // expected-error @+1 {{'dataflow.conv' layer 'd': MAESTRO has no dilated convolution}}
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [2, 2] groups 1 {name = "d",
    dataflow.directives = #dataflow.directives<SpatialMap(1, 1) K>} : tensor<1x4x8x8xi8> -> tensor<1x4x4x4xi8>
  return %0 : tensor<1x4x4x4xi8>
}

// -----

dataflow.accelerator @accelerator_1 {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 100, gbuf_bytes = 3000, word_bits = 8,
  memory = "3D", dram_bandwidth = 50.0, bus_width = 1000,
  energy = #dataflow.energy<mac = 1.0, regf = 1.68, itcn = 0.0, gbuf = 18.61, dram = 0.0,
                            noc_hop = 0.0, static_per_cycle = 0.0>
}

func.func @cluster(%x: tensor<1x64xi8>) -> tensor<1x10xi8> attributes {dataflow.accelerator = @accelerator_1} {
  // expected-error @+1 {{layer 'fc' has directives MAESTRO rejects: layer 'fc': Cluster sizes exceed num_pes 256}}
  %0 = dataflow.fc %x {name = "fc", dataflow.directives = #dataflow.directives<SpatialMap(1, 1) M, Cluster(512, P), SpatialMap(1, 1) N>} : tensor<1x64xi8> -> tensor<1x10xi8>
  return %0 : tensor<1x10xi8>
}

// -----

dataflow.accelerator @grid {
  nodes = [2, 2], pe_array = [16, 16], regf_bytes = 100, gbuf_bytes = 3000, word_bits = 8,
  memory = "3D", dram_bandwidth = 50.0, bus_width = 1000,
  energy = #dataflow.energy<mac = 1.0, regf = 1.68, itcn = 0.0, gbuf = 18.61, dram = 0.0,
                            noc_hop = 0.0, static_per_cycle = 0.0>
}

func.func @on_grid(%x: tensor<1x64xi8>) -> tensor<1x10xi8> attributes {dataflow.accelerator = @grid} {
  // expected-error @+1 {{MAESTRO models one node; accelerator @grid has a node grid}}
  %0 = dataflow.fc %x {name = "fc", dataflow.directives = #dataflow.directives<SpatialMap(1, 1) N>} : tensor<1x64xi8> -> tensor<1x10xi8>
  return %0 : tensor<1x10xi8>
}
