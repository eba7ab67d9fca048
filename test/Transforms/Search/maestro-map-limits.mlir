// dataflow-maestro-map takes max-candidates and time-limit like the other searches: a layer
// whose mapping space is larger than max-candidates is a located error with the count, before
// any mapping is priced; once time-limit has passed, a search keeps the best mapping found so
// far as soon as it holds one (here the limit passes before any search starts, so the outcome
// is deterministic), warns, and marks the layer dataflow.search_incomplete. Bad values are
// errors on the module.
// RUN: dataflow-opt %s -split-input-file -verify-diagnostics --dataflow-maestro-map="max-candidates=100"
// RUN: dataflow-opt %s -split-input-file --dataflow-maestro-map="time-limit=1e-9" 2>&1 | FileCheck %s --check-prefix=TIME
// RUN: not dataflow-opt %s -split-input-file --dataflow-maestro-map="max-candidates=-1" 2>&1 | FileCheck %s --check-prefix=NEG
// RUN: not dataflow-opt %s -split-input-file --dataflow-maestro-map="time-limit=-2" 2>&1 | FileCheck %s --check-prefix=NEGTIME
//
// Limits that do not fire change nothing.
// RUN: dataflow-opt %s -split-input-file --dataflow-maestro-map="max-candidates=0" -o %t.unlimited.mlir
// RUN: dataflow-opt %s -split-input-file --dataflow-maestro-map="time-limit=3600 max-candidates=1000000" -o %t.limited.mlir
// RUN: diff %t.unlimited.mlir %t.limited.mlir
// RUN: not grep search_incomplete %t.limited.mlir

// TIME: warning: layer 'CONV13': time-limit stopped its search after {{[0-9]+}} mapping{{s?}}; the directives are the best found so far, not proven optimal
// TIME-LABEL: func.func @conv13
// TIME: dataflow.conv
// TIME-SAME: dataflow.directives = #dataflow.directives<SpatialMap(
// TIME-SAME: dataflow.search_incomplete
// NEG: error: max-candidates must be >= 0 and time-limit between 0 and 1e9 seconds, got -1 and 0
// NEGTIME: error: max-candidates must be >= 0 and time-limit between 0 and 1e9 seconds, got 1000000000 and -2

dataflow.accelerator @accelerator_1 {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 100, gbuf_bytes = 3000, word_bits = 8,
  memory = "3D", dram_bandwidth = 50.0, bus_width = 1000,
  energy = #dataflow.energy<mac = 1.0, regf = 1.68, itcn = 0.0, gbuf = 18.61, dram = 0.0,
                            noc_hop = 0.0, static_per_cycle = 0.0>
}

func.func @conv13(%x: tensor<1x512x14x14xi8>) -> tensor<1x512x12x12xi8>
    attributes {dataflow.accelerator = @accelerator_1} {
  // expected-error @+1 {{layer 'CONV13' has too large a MAESTRO mapping search: 156808 candidate mappings, more than the limit of 100 (max-candidates); raise max-candidates (0 = no limit) or give the layer dataflow.directives}}
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "CONV13"} : tensor<1x512x14x14xi8> -> tensor<1x512x12x12xi8>
  return %0 : tensor<1x512x12x12xi8>
}
