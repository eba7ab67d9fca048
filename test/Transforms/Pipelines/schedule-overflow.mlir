// #24: a layer whose figures int64 cannot hold stops the whole pipeline with a located
// error naming the figure; no report is written (a 9e32-MAC layer once wrote one with a
// negative energy) and the exit status is a failure, for the exhaustive search and the
// solver alike, also with the limits lifted.
// RUN: rm -f %t.json
// RUN: not dataflow-opt %s --dataflow-schedule="report=%t.json max-candidates=0" -o /dev/null 2>&1 | FileCheck %s
// RUN: not test -e %t.json
// RUN: not dataflow-opt %s --dataflow-schedule="report=%t.json method=solver" -o /dev/null 2>&1 | FileCheck %s
// RUN: not test -e %t.json

// CHECK: error: conv layer 'big': the MAC count M*E*F*R*S*C*batch*groups = 9e+32 does not fit in a signed 64-bit integer (at most 9223372036854775807)
// CHECK-NOT: error

dataflow.accelerator @eyeriss {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
func.func @n(%x: tensor<1000000x1000000000x10000x10000xi16>) -> tensor<1000000x1000000000x10000x10000xi16> attributes {dataflow.accelerator = @eyeriss} {
  %y = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "big"} : tensor<1000000x1000000000x10000x10000xi16> -> tensor<1000000x1000000000x10000x10000xi16>
  return %y : tensor<1000000x1000000000x10000x10000xi16>
}
