// Layers dataflow-lower-to-loops cannot execute get a located error naming the layer and why.
// RUN: dataflow-opt %s --dataflow-schedule --dataflow-lower-to-schedule --dataflow-lower-to-loops -split-input-file -verify-diagnostics

// 64-bit floating-point words have no executable word (integers run as i32, floats up to
// 32 bits as f32).
dataflow.accelerator @wide {
  nodes = [1, 1], pe_array = [16, 16],
  regf_bytes = 2048, gbuf_bytes = 524288, word_bits = 64,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
func.func @f64_words(%x: tensor<2x16xf64>) -> tensor<2x8xf64> attributes {dataflow.accelerator = @wide} {
  // expected-error @below {{cannot lower layer 'fc64' to loops: element type 'f64' has no executable word (integers run as i32, floats up to 32 bits as f32)}}
  %y = dataflow.fc %x {name = "fc64"} : tensor<2x16xf64> -> tensor<2x8xf64>
  return %y : tensor<2x8xf64>
}

// -----

// A layer partitioned over a node grid has a node level in its schedule; only single-node
// schedules lower to loops.
dataflow.accelerator @mesh2x2 {
  nodes = [2, 2], pe_array = [4, 4],
  regf_bytes = 64, gbuf_bytes = 4096, word_bits = 16,
  memory = "2D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 0.0>
}
func.func @partitioned(%x: tensor<4x8x10x10xi16>) -> tensor<4x8x8x8xi16> attributes {dataflow.accelerator = @mesh2x2} {
  // expected-error @below {{layer 'conv1' is partitioned over a node grid; dataflow-lower-to-loops lowers single-node schedules only}}
  %y = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "conv1"} : tensor<4x8x10x10xi16> -> tensor<4x8x8x8xi16>
  return %y : tensor<4x8x8x8xi16>
}

// -----

// A squeeze-excitation scale (a per-channel broadcast input) is priced as a depthwise
// convolution; its loops are not emitted yet.
dataflow.accelerator @node {
  nodes = [1, 1], pe_array = [16, 16],
  regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
func.func @se_scale(%x: tensor<1x8x4x4xi16>, %s: tensor<1x8x1x1xi16>) -> tensor<1x8x4x4xi16> attributes {dataflow.accelerator = @node} {
  // expected-error @below {{cannot lower layer 'scale' to loops: an element-wise layer with a per-channel broadcast input (priced as a depthwise convolution, docs/cost-model.md "Broadcast element-wise") has no loop lowering yet}}
  %z = dataflow.eltwise mul %x, %s {name = "scale"} : tensor<1x8x4x4xi16>, tensor<1x8x1x1xi16> -> tensor<1x8x4x4xi16>
  return %z : tensor<1x8x4x4xi16>
}
