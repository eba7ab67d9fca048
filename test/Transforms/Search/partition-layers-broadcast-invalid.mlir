// A per-channel broadcast element-wise layer with batch 2 on a grid: priced as one depthwise
// group per sample and channel, whose fmaps a grid lays out for batch 1 only: a located error
// (docs/cost-model.md "Broadcast element-wise"); one node prices it.
// RUN: dataflow-opt %s -verify-diagnostics --dataflow-schedule="progress=off lower=false"
dataflow.accelerator @mesh2x2 {
  nodes = [2, 2], pe_array = [4, 4],
  regf_bytes = 64, gbuf_bytes = 4096, word_bits = 16,
  memory = "2D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 0.0>
}
func.func @batch2(%x: tensor<2x8x8x8xi16>, %s: tensor<2x8x1x1xi16>) -> tensor<2x8x8x8xi16> attributes {dataflow.accelerator = @mesh2x2} {
  // expected-error @+1 {{layer 'scale' cannot be partitioned over nodes: a per-channel broadcast element-wise layer is priced as a depthwise convolution of one group per sample and channel, whose fmaps a grid lays out for a 1 x C x H x W value only, got 'tensor<2x8x8x8xi16>'; schedule it on one node}}
  %z = dataflow.eltwise mul %x, %s {name = "scale"} : tensor<2x8x8x8xi16>, tensor<2x8x1x1xi16> -> tensor<2x8x8x8xi16>
  return %z : tensor<2x8x8x8xi16>
}
