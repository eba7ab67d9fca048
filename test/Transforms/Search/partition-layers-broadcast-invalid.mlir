// A per-channel broadcast element-wise layer over a 5-D value on a grid: priced as one
// depthwise group per sample and channel over N x C x H x W fmaps only, a located error
// (docs/cost-model.md "Broadcast element-wise"); one node prices it.
// RUN: dataflow-opt %s -verify-diagnostics --dataflow-schedule="progress=off lower=false"
dataflow.accelerator @mesh2x2 {
  nodes = [2, 2], pe_array = [4, 4],
  regf_bytes = 64, gbuf_bytes = 4096, word_bits = 16,
  memory = "2D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 0.0>
}
func.func @video(%x: tensor<1x8x2x8x8xi16>, %s: tensor<1x8x1x1x1xi16>) -> tensor<1x8x2x8x8xi16> attributes {dataflow.accelerator = @mesh2x2} {
  // expected-error @+1 {{layer 'scale' cannot be partitioned over nodes: a per-channel broadcast element-wise layer is priced as a depthwise convolution of one group per sample and channel, whose fmaps a grid lays out for an N x C x H x W value only, got 'tensor<1x8x2x8x8xi16>'; schedule it on one node}}
  %z = dataflow.eltwise mul %x, %s {name = "scale"} : tensor<1x8x2x8x8xi16>, tensor<1x8x1x1x1xi16> -> tensor<1x8x2x8x8xi16>
  return %z : tensor<1x8x2x8x8xi16>
}
