// dataflow-lower-to-schedule refuses layers without a complete, up-to-date schedule, with a
// located error naming the layer and what to run.
// RUN: dataflow-opt %s --dataflow-lower-to-schedule -split-input-file -verify-diagnostics

dataflow.accelerator @eyeriss {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
// A layer never scheduled, and every layer is reported, not just the first.
func.func @unscheduled(%x: tensor<16x3x227x227xi16>) -> tensor<16x48x27x27xi16> attributes {dataflow.accelerator = @eyeriss} {
  // expected-error @+1 {{layer 'conv1' has no complete schedule: run dataflow-map-array, dataflow-block-loops and dataflow-solve-bypass first}}
  %0 = dataflow.conv %x kernel [11, 11] stride [4, 4] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "conv1"} : tensor<16x3x227x227xi16> -> tensor<16x48x55x55xi16>
  // expected-error @+1 {{layer 'pool1' has no complete schedule: run dataflow-map-array, dataflow-block-loops and dataflow-solve-bypass first}}
  %1 = dataflow.pool max %0 window [3, 3] stride [2, 2] pad [0, 0, 0, 0] {name = "pool1"} : tensor<16x48x55x55xi16> -> tensor<16x48x27x27xi16>
  return %1 : tensor<16x48x27x27xi16>
}

// -----

dataflow.accelerator @eyeriss {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
// A partial blocking (pinned factors only) is not a schedule yet.
func.func @partial(%x: tensor<16x3x227x227xi16>) -> tensor<16x48x55x55xi16> attributes {dataflow.accelerator = @eyeriss} {
  // expected-error @+1 {{layer 'conv1' has no complete schedule: run dataflow-block-loops and dataflow-solve-bypass first}}
  %0 = dataflow.conv %x kernel [11, 11] stride [4, 4] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {
    name = "conv1",
    dataflow.mapping = #dataflow.mapping<row_stationary, fold = [1, 4], repl = [1, 1], ifmaps = 1, ofmaps = 1>,
    dataflow.blocking = #dataflow.blocking<dram = [1, ?, 64], gbuf = [1, ?, 1], regf = [3, 1, 1]>
  } : tensor<16x3x227x227xi16> -> tensor<16x48x55x55xi16>
  return %0 : tensor<16x48x55x55xi16>
}

// -----

dataflow.accelerator @eyeriss {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
// A complete blocking whose bypass is still undecided.
func.func @undecided(%x: tensor<16x3x227x227xi16>) -> tensor<16x48x55x55xi16> attributes {dataflow.accelerator = @eyeriss} {
  // expected-error @+1 {{layer 'conv1' has no complete schedule: run dataflow-block-loops and dataflow-solve-bypass first}}
  %0 = dataflow.conv %x kernel [11, 11] stride [4, 4] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {
    name = "conv1",
    dataflow.mapping = #dataflow.mapping<row_stationary, fold = [1, 4], repl = [1, 1], ifmaps = 1, ofmaps = 1>,
    dataflow.blocking = #dataflow.blocking<dram = [1, 3, 64], gbuf = [1, 16, 1], regf = [3, 1, 1], dram_order = [I, B, O], gbuf_order = [B, I, O]>
  } : tensor<16x3x227x227xi16> -> tensor<16x48x55x55xi16>
  return %0 : tensor<16x48x55x55xi16>
}

// -----

dataflow.accelerator @eyeriss {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
// A complete schedule that was never costed.
func.func @uncosted(%x: tensor<16x3x227x227xi16>) -> tensor<16x48x55x55xi16> attributes {dataflow.accelerator = @eyeriss} {
  // expected-error @+1 {{layer 'conv1' has no cost: run dataflow-cost first}}
  %0 = dataflow.conv %x kernel [11, 11] stride [4, 4] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {
    name = "conv1",
    dataflow.mapping = #dataflow.mapping<row_stationary, fold = [1, 4], repl = [1, 1], ifmaps = 1, ofmaps = 1>,
    dataflow.blocking = #dataflow.blocking<dram = [1, 3, 64], gbuf = [1, 16, 1], regf = [3, 1, 1], dram_order = [I, B, O], gbuf_order = [B, I, O], bypass = []>
  } : tensor<16x3x227x227xi16> -> tensor<16x48x55x55xi16>
  return %0 : tensor<16x48x55x55xi16>
}

// -----

dataflow.accelerator @eyeriss {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
// A cost that is not the schedule's (here the schedule bypasses filters, the cost does not):
// the schedule IR would carry a figure its transfers contradict.
func.func @stale(%x: tensor<16x3x227x227xi16>) -> tensor<16x48x55x55xi16> attributes {dataflow.accelerator = @eyeriss} {
  // expected-error @+1 {{layer 'conv1' carries a stale cost: its schedule re-costs to #dataflow.cost<energy = 5571556608.0,}}
  %0 = dataflow.conv %x kernel [11, 11] stride [4, 4] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {
    name = "conv1",
    dataflow.mapping = #dataflow.mapping<row_stationary, fold = [1, 4], repl = [1, 1], ifmaps = 1, ofmaps = 1>,
    dataflow.blocking = #dataflow.blocking<dram = [1, 3, 64], gbuf = [1, 16, 1], regf = [3, 1, 1], dram_order = [I, B, O], gbuf_order = [B, I, O], bypass = [fil]>,
    dataflow.cost = #dataflow.cost<energy = 5578247424.0, mac = 843321600, regf = 3373286400, itcn = 96687360, gbuf = 36843264, dram = 1228108800, noc = 0, static = 0, cycles = 5575680, proc_cycles = 5575680, bus_cycles = 0, dram_cycles = 0, ops = 843321600, utilization = 0.5908203125, dram_access = [1115136, 2702208, 2323200], gbuf_access = [1115136, 2702208, 2323200], itcn_access = [15611904, 6711936, 26019840], regf_access = [843321600, 843321600, 1686643200]>
  } : tensor<16x3x227x227xi16> -> tensor<16x48x55x55xi16>
  return %0 : tensor<16x48x55x55xi16>
}

// -----

dataflow.accelerator @eyeriss {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
// A mapping that is not row stationary's for this layer on this array.
func.func @wrong_mapping(%x: tensor<16x3x227x227xi16>) -> tensor<16x48x55x55xi16> attributes {dataflow.accelerator = @eyeriss} {
  // expected-error @+1 {{layer 'conv1': mapping fold [1, 2] differs from the row-stationary folding [1, 4] of this layer on this array}}
  %0 = dataflow.conv %x kernel [11, 11] stride [4, 4] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {
    name = "conv1",
    dataflow.mapping = #dataflow.mapping<row_stationary, fold = [1, 2], repl = [1, 1], ifmaps = 1, ofmaps = 1>,
    dataflow.blocking = #dataflow.blocking<dram = [1, 3, 64], gbuf = [1, 16, 1], regf = [3, 1, 1], dram_order = [I, B, O], gbuf_order = [B, I, O], bypass = []>,
    dataflow.cost = #dataflow.cost<energy = 5578247424.0, mac = 843321600, regf = 3373286400, itcn = 96687360, gbuf = 36843264, dram = 1228108800, noc = 0, static = 0, cycles = 5575680, proc_cycles = 5575680, bus_cycles = 0, dram_cycles = 0, ops = 843321600, utilization = 0.5908203125, dram_access = [1115136, 2702208, 2323200], gbuf_access = [1115136, 2702208, 2323200], itcn_access = [15611904, 6711936, 26019840], regf_access = [843321600, 843321600, 1686643200]>
  } : tensor<16x3x227x227xi16> -> tensor<16x48x55x55xi16>
  return %0 : tensor<16x48x55x55xi16>
}

// -----

dataflow.accelerator @eyeriss {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
// A schedule that does not fit: 16 output channels kept in the register files need 528
// filter words per PE alone.
func.func @overflow(%x: tensor<16x3x227x227xi16>) -> tensor<16x48x55x55xi16> attributes {dataflow.accelerator = @eyeriss} {
  // expected-error @+1 {{register file too small}}
  %0 = dataflow.conv %x kernel [11, 11] stride [4, 4] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {
    name = "conv1",
    dataflow.mapping = #dataflow.mapping<row_stationary, fold = [1, 4], repl = [1, 1], ifmaps = 1, ofmaps = 1>,
    dataflow.blocking = #dataflow.blocking<dram = [1, 3, 64], gbuf = [1, 1, 1], regf = [3, 16, 1], dram_order = [I, B, O], gbuf_order = [B, I, O], bypass = []>,
    dataflow.cost = #dataflow.cost<energy = 5578247424.0, mac = 843321600, regf = 3373286400, itcn = 96687360, gbuf = 36843264, dram = 1228108800, noc = 0, static = 0, cycles = 5575680, proc_cycles = 5575680, bus_cycles = 0, dram_cycles = 0, ops = 843321600, utilization = 0.5908203125, dram_access = [1115136, 2702208, 2323200], gbuf_access = [1115136, 2702208, 2323200], itcn_access = [15611904, 6711936, 26019840], regf_access = [843321600, 843321600, 1686643200]>
  } : tensor<16x3x227x227xi16> -> tensor<16x48x55x55xi16>
  return %0 : tensor<16x48x55x55xi16>
}

// -----

dataflow.accelerator @eyeriss {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
// A layer the row-stationary model cannot price.
func.func @dilated(%x: tensor<1x4x16x16xi16>) -> tensor<1x4x10x10xi16> attributes {dataflow.accelerator = @eyeriss} {
  // expected-error @+1 {{output extent 10 with dilation 3 has phases of 4 and 3 outputs (1 and 2 of them); the row-stationary model prices one phase shape per layer (dataflow-split-dilated-conv, which dataflow-schedule runs, splits it into bands of equal phases)}}
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [3, 3] groups 1 {name = "d"} : tensor<1x4x16x16xi16> -> tensor<1x4x10x10xi16>
  return %0 : tensor<1x4x10x10xi16>
}
