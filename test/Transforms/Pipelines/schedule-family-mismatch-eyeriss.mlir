// family=systolic on a network bound to an Eyeriss-kind accelerator: a located error
// naming the kind and the family that schedules it (see schedule-family-mismatch.mlir).
// RUN: dataflow-opt %s -verify-diagnostics --dataflow-schedule="family=systolic lower=false progress=off"

// expected-note @+1 {{accelerator @acc is defined here}}
dataflow.accelerator @acc {
  nodes = [1, 1], pe_array = [4, 4], regf_bytes = 512, gbuf_bytes = 65536, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}

// expected-error @+1 {{family=systolic does not schedule network @net: its accelerator @acc is kind eyeriss, which family=eyeriss (or auto) schedules}}
func.func @net(%x: tensor<1x8x10x10xi16>) -> tensor<1x8x8x8xi16> attributes {dataflow.accelerator = @acc} {
  %y = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "c1"} : tensor<1x8x10x10xi16> -> tensor<1x8x8x8xi16>
  return %y : tensor<1x8x8x8xi16>
}
