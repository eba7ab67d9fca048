// A layer whose blocking search is larger than max-candidates is a located error that says
// how large and how to narrow it, before any scheme is costed (the count divides loop
// trip counts, it does not enumerate); bad limit values are errors on the module.
// RUN: dataflow-opt %s -split-input-file -verify-diagnostics --dataflow-block-loops
// RUN: not dataflow-opt %s -split-input-file --dataflow-map-array="max-candidates=-1" 2>&1 | FileCheck %s --check-prefix=NEG
// RUN: not dataflow-opt %s -split-input-file --dataflow-schedule="time-limit=-2" 2>&1 | FileCheck %s --check-prefix=NEGTIME

// NEG: error: max-candidates must be >= 0 and time-limit between 0 and 1e9 seconds, got -1 and 0
// NEGTIME: error: max-candidates must be >= 0 and time-limit between 0 and 1e9 seconds, got 1000000000 and -2

dataflow.accelerator @eyeriss {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
// 720720 = 2^4 3^2 5 7 11 13 channels in and out, batch 5040: thousands of ways to split
// each loop over three levels, ten billion schemes (a quarter of an hour at ~100 ns each)
// against the default limit of 10^9.
func.func @huge_fc(%x: tensor<5040x720720xi16>) -> tensor<5040x720720xi16> attributes {dataflow.accelerator = @eyeriss} {
  // expected-error @+1 {{layer 'fc_huge' has too large a search space: up to 9884802600 candidate blocking schemes, more than the limit of 1000000000 (max-candidates); narrow it: pin a dataflow.mapping or blocking factors and orders in dataflow.blocking on the layer, use method=solver, or raise max-candidates (0 = no limit)}}
  %0 = dataflow.fc %x {name = "fc_huge"} : tensor<5040x720720xi16> -> tensor<5040x720720xi16>
  return %0 : tensor<5040x720720xi16>
}
