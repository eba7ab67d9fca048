// dataflow-cost and dataflow-solve-bypass need a complete, consistent schedule.
// RUN: dataflow-opt %s -split-input-file -verify-diagnostics --dataflow-cost="disable-bypass=i,o,f"
// RUN: dataflow-opt %s -split-input-file -verify-diagnostics --dataflow-solve-bypass="disable-bypass=i,o,f"

dataflow.accelerator @eyeriss {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
func.func @unscheduled(%x: tensor<1x4xi16>) -> tensor<1x2xi16> attributes {dataflow.accelerator = @eyeriss} {
  // expected-error @+1 {{layer 'fc' has no complete schedule: it needs a dataflow.mapping and a dataflow.blocking with every factor and both orders (run dataflow-map-array and dataflow-block-loops)}}
  %y = dataflow.fc %x {name = "fc"} : tensor<1x4xi16> -> tensor<1x2xi16>
  return %y : tensor<1x2xi16>
}

// -----

dataflow.accelerator @eyeriss {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
// The bypass blocking of conv1 keeps all 48 x 16 ifmap/ofmap tiles on chip; without
// bypass they must fit in the global buffer, and they do not.
func.func @needs_bypass(%x: tensor<16x3x224x224xi16>) -> tensor<16x48x55x55xi16> attributes {dataflow.accelerator = @eyeriss} {
  // expected-error @+1 {{layer 'conv@27' has an invalid schedule: global buffer too small: the FIL, IFM, OFM it holds need 5128656 words, it has 65536}}
  %0 = dataflow.conv %x kernel [11, 11] stride [4, 4] pad [1, 1, 2, 2] dilation [1, 1] groups 1 {
    dataflow.mapping = #dataflow.mapping<row_stationary, fold = [1, 4], repl = [1, 1], ifmaps = 1, ofmaps = 1>,
    dataflow.blocking = #dataflow.blocking<dram = [1, 1, 1], gbuf = [1, 48, 16], regf = [3, 1, 4], dram_order = [B, O, I], gbuf_order = [I, B, O]>
  } : tensor<16x3x224x224xi16> -> tensor<16x48x55x55xi16>
  return %0 : tensor<16x48x55x55xi16>
}

// -----

dataflow.accelerator @eyeriss {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
// Factors must cover each loop exactly: I has 3 iterations, 1 x 1 x 2 is not 3.
func.func @wrong_cover(%x: tensor<16x3x224x224xi16>) -> tensor<16x48x55x55xi16> attributes {dataflow.accelerator = @eyeriss} {
  // expected-error @+1 {{layer 'conv@44' has an invalid schedule: blocking factors of loop I (1, 1, 2) must be positive and cover its 3 iterations}}
  %0 = dataflow.conv %x kernel [11, 11] stride [4, 4] pad [1, 1, 2, 2] dilation [1, 1] groups 1 {
    dataflow.mapping = #dataflow.mapping<row_stationary, fold = [1, 4], repl = [1, 1], ifmaps = 1, ofmaps = 1>,
    dataflow.blocking = #dataflow.blocking<dram = [1, 3, 64], gbuf = [1, 16, 1], regf = [2, 1, 1], dram_order = [I, B, O], gbuf_order = [B, I, O]>
  } : tensor<16x3x224x224xi16> -> tensor<16x48x55x55xi16>
  return %0 : tensor<16x48x55x55xi16>
}

// -----

dataflow.accelerator @eyeriss {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
// #24: B's factors multiply to 2^62 x 4 x 4 = 2^66, which wraps to 0 in int64; the
// product is checked, so this is an overflow, not a wrapped "does not cover" or a cost.
func.func @factor_overflow(%x: tensor<16x3x224x224xi16>) -> tensor<16x48x55x55xi16> attributes {dataflow.accelerator = @eyeriss} {
  // expected-error @+1 {{layer 'conv@62' has an invalid schedule: a figure of the schedule (blocking-factor product, fetch count, cycles or energy) does not fit in a signed 64-bit integer / double}}
  %0 = dataflow.conv %x kernel [11, 11] stride [4, 4] pad [1, 1, 2, 2] dilation [1, 1] groups 1 {
    dataflow.mapping = #dataflow.mapping<row_stationary, fold = [1, 4], repl = [1, 1], ifmaps = 1, ofmaps = 1>,
    dataflow.blocking = #dataflow.blocking<dram = [1, 1, 4611686018427387904], gbuf = [1, 48, 4], regf = [3, 1, 4], dram_order = [B, O, I], gbuf_order = [I, B, O]>
  } : tensor<16x3x224x224xi16> -> tensor<16x48x55x55xi16>
  return %0 : tensor<16x48x55x55xi16>
}
