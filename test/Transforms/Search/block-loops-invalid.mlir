// A layer that fits no schedule, or whose pinned decisions contradict each other, is a
// located error naming the layer and what is short; the pass fails, writing no partial
// schedule.
// RUN: dataflow-opt %s -split-input-file -verify-diagnostics --dataflow-block-loops="disable-bypass=i,o,f"

dataflow.accelerator @tiny_regf {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 4, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
// An 11-tap filter row needs 11 filter + 11 ifmap + 1 psum words in every PE.
func.func @regf(%x: tensor<16x3x224x224xi16>) -> tensor<16x48x55x55xi16> attributes {dataflow.accelerator = @tiny_regf} {
  // expected-error @+1 {{layer 'conv1' fits no schedule on accelerator @tiny_regf: register file too small: one processing pass needs at least 23 words per PE, the PE has 2}}
  %0 = dataflow.conv %x kernel [11, 11] stride [4, 4] pad [1, 1, 2, 2] dilation [1, 1] groups 1 {name = "conv1"} : tensor<16x3x224x224xi16> -> tensor<16x48x55x55xi16>
  return %0 : tensor<16x48x55x55xi16>
}

// -----

dataflow.accelerator @tiny_gbuf {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 64, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
// With bypass disabled the filter, ifmap and ofmap tiles of one pass must all fit.
func.func @gbuf(%x: tensor<16x3x224x224xi16>) -> tensor<16x48x55x55xi16> attributes {dataflow.accelerator = @tiny_gbuf} {
  // expected-error @+1 {{layer 'conv1' fits no schedule on accelerator @tiny_gbuf: global buffer too small: the data that may not bypass it needs at least 15192 words, the buffer has 32 (allow bypass, or give it more space)}}
  %0 = dataflow.conv %x kernel [11, 11] stride [4, 4] pad [1, 1, 2, 2] dilation [1, 1] groups 1 {name = "conv1"} : tensor<16x3x224x224xi16> -> tensor<16x48x55x55xi16>
  return %0 : tensor<16x48x55x55xi16>
}

// -----

dataflow.accelerator @eyeriss {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
// conv1 has 3 input channels: no pinned factors can multiply to 2 along I.
func.func @pin_not_dividing(%x: tensor<16x3x224x224xi16>) -> tensor<16x48x55x55xi16> attributes {dataflow.accelerator = @eyeriss} {
  // expected-error @+1 {{layer 'conv1' fits no schedule on accelerator @eyeriss: the pinned factors of loop I multiply to 2, which does not divide its trip count 3 (processing pass 1x1)}}
  %0 = dataflow.conv %x kernel [11, 11] stride [4, 4] pad [1, 1, 2, 2] dilation [1, 1] groups 1 {name = "conv1",
    dataflow.blocking = #dataflow.blocking<dram = [2, ?, ?], gbuf = [?, ?, ?], regf = [?, ?, ?]>} : tensor<16x3x224x224xi16> -> tensor<16x48x55x55xi16>
  return %0 : tensor<16x48x55x55xi16>
}

// -----

dataflow.accelerator @eyeriss {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
// The mapping is not what row stationary gives for this layer on a 16x16 array.
func.func @mapping_mismatch(%x: tensor<16x3x224x224xi16>) -> tensor<16x48x55x55xi16> attributes {dataflow.accelerator = @eyeriss} {
  // expected-error @+1 {{layer 'conv1' has a contradictory schedule: mapping fold [1, 2] differs from the row-stationary folding [1, 4] of this layer on this array}}
  %0 = dataflow.conv %x kernel [11, 11] stride [4, 4] pad [1, 1, 2, 2] dilation [1, 1] groups 1 {name = "conv1",
    dataflow.mapping = #dataflow.mapping<row_stationary, fold = [1, 2], repl = [1, 1], ifmaps = 1, ofmaps = 1>} : tensor<16x3x224x224xi16> -> tensor<16x48x55x55xi16>
  return %0 : tensor<16x48x55x55xi16>
}

// -----

dataflow.accelerator @eyeriss {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
func.func @not_a_pass(%x: tensor<16x32x16x16xi16>) -> tensor<16x32x14x14xi16> attributes {dataflow.accelerator = @eyeriss} {
  // expected-error @+1 {{layer 'c' has a contradictory schedule: mapping ifmaps x ofmaps = 2x2 is not a processing pass of this layer; candidates: 1x5, 5x1}}
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "c",
    dataflow.mapping = #dataflow.mapping<row_stationary, fold = [1, 1], repl = [5, 1], ifmaps = 2, ofmaps = 2>} : tensor<16x32x16x16xi16> -> tensor<16x32x14x14xi16>
  return %0 : tensor<16x32x14x14xi16>
}

// -----

dataflow.accelerator @eyeriss {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
// A bypass decision can only be pinned with the rest of the schedule.
func.func @bypass_on_partial(%x: tensor<16x32x16x16xi16>) -> tensor<16x32x14x14xi16> attributes {dataflow.accelerator = @eyeriss} {
  // expected-error @+1 {{layer 'c' pins a bypass on an incomplete schedule: give the mapping, every blocking factor and both orders, or leave bypass out}}
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "c",
    dataflow.blocking = #dataflow.blocking<dram = [?, ?, ?], gbuf = [?, ?, ?], regf = [?, ?, ?], bypass = [ifm]>} : tensor<16x32x16x16xi16> -> tensor<16x32x14x14xi16>
  return %0 : tensor<16x32x14x14xi16>
}

// -----

// A network must name its accelerator before it can be scheduled.
// expected-error @+1 {{network @unbound names no accelerator; add {dataflow.accelerator = @name} or run --dataflow-attach-accelerator}}
func.func @unbound(%x: tensor<1x4xi16>) -> tensor<1x2xi16> {
  %y = dataflow.fc %x : tensor<1x4xi16> -> tensor<1x2xi16>
  return %y : tensor<1x2xi16>
}

// -----

dataflow.accelerator @eyeriss {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
// Layers the row-stationary model cannot price yet say so instead of getting a wrong cost:
// dilated and 3-D convolutions are priced as independent 2-D slices only when those are exact
// (docs/cost-model.md "Dilated and 3-D convolution").
func.func @unsupported(%x: tensor<1x8x8x8xi16>, %v: tensor<1x4x4x8x8xi16>) -> (tensor<1x8x16x16xi16>, tensor<1x4x4x8x8xi16>, tensor<1x8x5x5xi16>, tensor<1x8x5x5xi16>)
    attributes {dataflow.accelerator = @eyeriss} {
  // expected-error @+1 {{'dataflow.deconv' layer 'up': transposed convolution must be decomposed into convolutions first}}
  %0 = dataflow.deconv %x kernel [4, 4] stride [2, 2] pad [1, 1, 1, 1] output_padding [0, 0] dilation [1, 1] groups 1 {name = "up"} : tensor<1x8x8x8xi16> -> tensor<1x8x16x16xi16>
  // A depth dilation is priced (its D T slices read other input slices): no error.
  %1 = dataflow.conv %v kernel [1, 1, 1] stride [1, 1, 1] pad [0, 0, 0, 0, 0, 0] dilation [2, 1, 1] groups 1 {name = "c3d"} : tensor<1x4x4x8x8xi16> -> tensor<1x4x4x8x8xi16>
  // expected-error @+1 {{'dataflow.conv' layer 'dilated': dilated convolution: output extent 5 with dilation 3 has phases of 2 and 1 outputs (2 and 1 of them); the row-stationary model prices one phase shape per layer (dataflow-split-dilated-conv, which dataflow-schedule runs, splits it into bands of equal phases)}}
  %2 = dataflow.conv %x kernel [2, 2] stride [1, 1] pad [0, 0, 0, 0] dilation [3, 3] groups 1 {name = "dilated"} : tensor<1x8x8x8xi16> -> tensor<1x8x5x5xi16>
  // Stride 2, dilation 3: P = 3 / gcd(2, 3) = 3 phases of stride 2 over 5 outputs, 2 and 1.
  // expected-error @+1 {{'dataflow.conv' layer 'strided': dilated convolution: output extent 5 with dilation 3 and stride 2 has phases of 2 and 1 outputs (2 and 1 of them); the row-stationary model prices one phase shape per layer (dataflow-split-dilated-conv, which dataflow-schedule runs, splits it into bands of equal phases)}}
  %3 = dataflow.conv %x kernel [2, 2] stride [2, 2] pad [2, 2, 2, 2] dilation [3, 3] groups 1 {name = "strided"} : tensor<1x8x8x8xi16> -> tensor<1x8x5x5xi16>
  return %0, %1, %2, %3 : tensor<1x8x16x16xi16>, tensor<1x4x4x8x8xi16>, tensor<1x8x5x5xi16>, tensor<1x8x5x5xi16>
}

// -----

// #24: figures int64 cannot hold are located errors naming the figure, never wrapped
// numbers (a 1e22-MAC layer once reported a wrapped, plausible cycle count with exit 0).
dataflow.accelerator @eyeriss {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
func.func @macs(%x: tensor<1x100000000x1000x1000xi16>, %v: tensor<100000x100000000xi16>) -> (tensor<1x100000000x1000x1000xi16>, tensor<100000x100000000xi16>) attributes {dataflow.accelerator = @eyeriss} {
  // expected-error @+1 {{conv layer 'conv': the MAC count M*E*F*R*S*C*batch*groups = 1e+22 does not fit in a signed 64-bit integer (at most 9223372036854775807)}}
  %y = dataflow.conv %x kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "conv"} : tensor<1x100000000x1000x1000xi16> -> tensor<1x100000000x1000x1000xi16>
  // expected-error @+1 {{layer 'fc' has an invalid shape: the MAC count M*E*F*R*S*C*batch*groups = 1e+21 does not fit in a signed 64-bit integer (at most 9223372036854775807)}}
  %w = dataflow.fc %v {name = "fc"} : tensor<100000x100000000xi16> -> tensor<100000x100000000xi16>
  return %y, %w : tensor<1x100000000x1000x1000xi16>, tensor<100000x100000000xi16>
}

// -----

// The slowest DRAM the verifier accepts, and a layer whose every word crossing it once
// already takes more than 2^63 cycles (a DRAM bandwidth of 1e-20 once gave INT64_MIN).
dataflow.accelerator @slow {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 4194304, word_bits = 16,
  memory = "3D", dram_bandwidth = 1.0e-6, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
func.func @dram(%x: tensor<1x2097152x2048x2048xi16>) -> tensor<1x1x2048x2048xi16> attributes {dataflow.accelerator = @slow} {
  // expected-error @+1 {{layer 'big' fits no schedule on accelerator @slow: its DRAM time does not fit in a signed 64-bit integer: at least 8.8e+12 words at 5e-07 words per cycle take 1.76e+19 cycles (raise dram_bandwidth)}}
  %y = dataflow.conv %x kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "big"} : tensor<1x2097152x2048x2048xi16> -> tensor<1x1x2048x2048xi16>
  return %y : tensor<1x1x2048x2048xi16>
}
