// dataflow-partition-layers: a layer whose blocking schemes over all its partitions
// outnumber max-candidates is a located error that says how many, over how many partitions,
// and how to narrow the search, before any scheme is costed; bad limit values are errors on
// the module.
// RUN: dataflow-opt %s -split-input-file -verify-diagnostics --dataflow-partition-layers="hybrid=true max-candidates=1000"
// RUN: not dataflow-opt %s -split-input-file --dataflow-partition-layers="max-candidates=-1" 2>&1 | FileCheck %s --check-prefix=NEG
// RUN: not dataflow-opt %s -split-input-file --dataflow-partition-layers="time-limit=-2" 2>&1 | FileCheck %s --check-prefix=NEGTIME

// NEG: error: max-candidates must be >= 0 and time-limit between 0 and 1e9 seconds, got -1 and 0
// NEGTIME: error: max-candidates must be >= 0 and time-limit between 0 and 1e9 seconds, got 1000000000 and -2

dataflow.accelerator @mesh2x2 {
  nodes = [2, 2], pe_array = [4, 4],
  regf_bytes = 64, gbuf_bytes = 4096, word_bits = 16,
  memory = "2D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 0.0>
}
func.func @small(%x: tensor<4x8x10x10xi16>) -> tensor<4x8x8x8xi16> attributes {dataflow.accelerator = @mesh2x2} {
  // expected-error @+1 {{layer 'conv1' has too large a search space: up to 16740 candidate blocking schemes over 4 partitions of the 2x2 nodes, more than the limit of 1000 (max-candidates); narrow it: pin a dataflow.partition (with a per-node dataflow.mapping or blocking) on the layer, turn off hybrid, batch-partition or ifmaps-partition, use method=solver, or raise max-candidates (0 = no limit)}}
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "conv1"} : tensor<4x8x10x10xi16> -> tensor<4x8x8x8xi16>
  return %0 : tensor<4x8x8x8xi16>
}

// -----

// A pinned partition narrows the count to that partition's per-node space.
dataflow.accelerator @mesh2x2 {
  nodes = [2, 2], pe_array = [4, 4],
  regf_bytes = 64, gbuf_bytes = 4096, word_bits = 16,
  memory = "2D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 0.0>
}
func.func @pinned(%x: tensor<4x8x10x10xi16>) -> tensor<4x8x8x8xi16> attributes {dataflow.accelerator = @mesh2x2} {
  // expected-error @+1 {{layer 'conv1' has too large a search space: up to 5400 candidate blocking schemes over 1 partition of the 2x2 nodes, more than the limit of 1000}}
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "conv1", dataflow.partition = #dataflow.partition<order = [outp, batp, inpp, ofmp], outp = [1, 1], ofmp = [2, 2], batp = [1, 1], inpp = [1, 1]>} : tensor<4x8x10x10xi16> -> tensor<4x8x8x8xi16>
  return %0 : tensor<4x8x8x8xi16>
}
