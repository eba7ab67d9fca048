// time-limit bounds the set-up of dataflow-partition-layers too (#24): on a 64x64 grid with
// every partitioning flag a layer has hundreds of partitions whose set-up (sharing groups,
// NoC hops) took minutes before the first search; past the limit a partition is set up
// only when it is searched, so after the first one holds a scheme the rest cost nothing,
// and the network search stops trying input partitions. (This ran past 60 s before.)
// RUN: dataflow-opt %s -verify-diagnostics --dataflow-partition-layers="hybrid=true batch-partition=true ifmaps-partition=true access-forwarding=true buffer-sharing=true time-limit=1e-9 threads=1" | FileCheck %s

dataflow.accelerator @grid64 {
  nodes = [64, 64], pe_array = [14, 14],
  regf_bytes = 512, gbuf_bytes = 133032, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 2.0e-12, regf = 0.6e-12, itcn = 4.0e-12, gbuf = 14.0e-12, dram = 80.0e-12, noc_hop = 40.0e-12, static_per_cycle = 200.0e-12>
}
func.func @one(%x: tensor<16x96x27x27xi16>) -> tensor<16x256x27x27xi16> attributes {dataflow.accelerator = @grid64} {
  // expected-warning @+1 {{layer 'conv2': time-limit stopped its search after 1 scheme in 1 of 680 partitions; the schedule is the best found so far, not proven optimal}}
  %0 = dataflow.conv %x kernel [5, 5] stride [1, 1] pad [2, 2, 2, 2] dilation [1, 1] groups 1 {name = "conv2"} : tensor<16x96x27x27xi16> -> tensor<16x256x27x27xi16>
  return %0 : tensor<16x256x27x27xi16>
}

// CHECK: dataflow.conv
// CHECK-SAME: dataflow.partition
// CHECK-SAME: dataflow.search_incomplete
