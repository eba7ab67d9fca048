// time-limit: once the limit has passed, each search keeps the first valid scheme it holds
// (here: the limit passes before any search starts, so the outcome is deterministic), warns
// on the layer that its schedule is not proven optimal, and marks it
// dataflow.search_incomplete, which the report repeats.
// RUN: dataflow-opt %s -verify-diagnostics --dataflow-block-loops="time-limit=1e-9" | FileCheck %s
// RUN: dataflow-opt %s --dataflow-schedule="time-limit=1e-9 lower=false report=%t.json" -o /dev/null 2>/dev/null
// RUN: FileCheck %s --check-prefix=REPORT < %t.json
// RUN: dataflow-opt %s --dataflow-schedule="time-limit=1e-9 lower=false report=- report-format=table" -o /dev/null 2>/dev/null | FileCheck %s --check-prefix=TABLE
//
// A limit that does not fire changes nothing: AlexNet's whole schedule is byte-identical with
// time-limit=3600 and max-candidates at its default, and with no limits at all.
// RUN: dataflow-opt %examples/networks/alexnet.mlir --dataflow-attach-accelerator="file=%examples/accelerators/eyeriss.mlir" --dataflow-schedule="lower=false" -o %t.default.mlir
// RUN: dataflow-opt %examples/networks/alexnet.mlir --dataflow-attach-accelerator="file=%examples/accelerators/eyeriss.mlir" --dataflow-schedule="lower=false time-limit=3600" -o %t.limited.mlir
// RUN: dataflow-opt %examples/networks/alexnet.mlir --dataflow-attach-accelerator="file=%examples/accelerators/eyeriss.mlir" --dataflow-schedule="lower=false max-candidates=0" -o %t.unlimited.mlir
// RUN: diff %t.default.mlir %t.limited.mlir
// RUN: diff %t.default.mlir %t.unlimited.mlir
// RUN: not grep search_incomplete %t.default.mlir

dataflow.accelerator @eyeriss {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
func.func @net(%x: tensor<16x192x13x13xi16>) -> tensor<16x128x6x6xi16> attributes {dataflow.accelerator = @eyeriss} {
  // expected-warning @+1 {{layer 'conv5': time-limit stopped its search after 14 schemes; the schedule is the best found so far, not proven optimal}}
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "conv5"} : tensor<16x192x13x13xi16> -> tensor<16x128x13x13xi16>
  // expected-warning @+1 {{layer 'pool3': time-limit stopped its search after 1 scheme; the schedule is the best found so far, not proven optimal}}
  %1 = dataflow.pool max %0 window [3, 3] stride [2, 2] pad [0, 0, 0, 0] {name = "pool3"} : tensor<16x128x13x13xi16> -> tensor<16x128x6x6xi16>
  return %1 : tensor<16x128x6x6xi16>
}
// CHECK: dataflow.conv
// CHECK-SAME: dataflow.search_incomplete
// CHECK: dataflow.pool
// CHECK-SAME: dataflow.search_incomplete

// REPORT: "name": "conv5"
// REPORT: "search_incomplete": true
// REPORT: "name": "pool3"
// REPORT: "search_incomplete": true

// TABLE: not proven optimal (a time limit stopped their search): conv5 pool3
