// dataflow-partition-layers takes the search limits of the single-node passes. time-limit:
// once it has passed, a layer's partitions not yet started are skipped as soon as one holds
// a scheme, and that one keeps its first valid scheme (here the limit passes before any
// search starts and one thread searches, so the outcome is deterministic); each such layer
// gets a warning and dataflow.search_incomplete, which the report repeats.
// RUN: dataflow-opt %s -verify-diagnostics --dataflow-partition-layers="hybrid=true time-limit=1e-9 threads=1" | FileCheck %s
// RUN: dataflow-opt %s --dataflow-schedule="hybrid=true time-limit=1e-9 threads=1 lower=false report=- report-format=table" -o /dev/null 2>/dev/null | FileCheck %s --check-prefix=TABLE
//
// dataflow-partition-segments takes time-limit too: it cuts the per-layer searches inside
// the segment search the same way, and the segment enumeration and search themselves (the
// network warns; max-candidates does not apply there).
// RUN: dataflow-opt %S/../Inputs/mesh2x2.mlir --dataflow-partition-segments="time-limit=1e-9 threads=1" -o %t.seg.mlir 2>&1 | FileCheck %s --check-prefix=SEG
// RUN: FileCheck %s --check-prefix=SEGIR < %t.seg.mlir
// RUN: dataflow-opt %examples/networks/alexnet.mlir --dataflow-attach-accelerator="file=%examples/accelerators/tetris_t16.mlir" --dataflow-partition-segments="hybrid=true" -o %t.seg.default.mlir
// RUN: dataflow-opt %examples/networks/alexnet.mlir --dataflow-attach-accelerator="file=%examples/accelerators/tetris_t16.mlir" --dataflow-partition-segments="hybrid=true time-limit=3600" -o %t.seg.limited.mlir
// RUN: diff %t.seg.default.mlir %t.seg.limited.mlir
// RUN: not grep search_incomplete %t.seg.default.mlir
// SEG: warning: layer 'conv1': time-limit stopped its search after 1 scheme in 1 of
// SEG: warning: layer 'fc': time-limit stopped its search
// SEG: warning: network @small: time-limit stopped the segment search after {{[0-9]+}} segment candidates
// SEGIR: dataflow.search_incomplete
// SEGIR-SAME: name = "conv1"
//
// A limit that does not fire changes nothing: AlexNet on TETRIS T-16 (hybrid) is
// byte-identical with time-limit=3600 and max-candidates at its default, and with no limits.
// RUN: dataflow-opt %examples/networks/alexnet.mlir --dataflow-attach-accelerator="file=%examples/accelerators/tetris_t16.mlir" --dataflow-partition-layers="hybrid=true" -o %t.default.mlir
// RUN: dataflow-opt %examples/networks/alexnet.mlir --dataflow-attach-accelerator="file=%examples/accelerators/tetris_t16.mlir" --dataflow-partition-layers="hybrid=true time-limit=3600" -o %t.limited.mlir
// RUN: dataflow-opt %examples/networks/alexnet.mlir --dataflow-attach-accelerator="file=%examples/accelerators/tetris_t16.mlir" --dataflow-partition-layers="hybrid=true max-candidates=0" -o %t.unlimited.mlir
// RUN: diff %t.default.mlir %t.limited.mlir
// RUN: diff %t.default.mlir %t.unlimited.mlir
// RUN: not grep search_incomplete %t.default.mlir

// The small network of Inputs/mesh2x2.mlir, with the warnings expected on its layers.
dataflow.accelerator @mesh2x2 {
  nodes = [2, 2], pe_array = [4, 4],
  regf_bytes = 64, gbuf_bytes = 4096, word_bits = 16,
  memory = "2D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 0.0>
}
func.func @small(%x: tensor<4x8x10x10xi16>) -> tensor<4x16xi16> attributes {dataflow.accelerator = @mesh2x2} {
  // expected-warning @+1 {{layer 'conv1': time-limit stopped its search after 1 scheme in 1 of 4 partitions; the schedule is the best found so far, not proven optimal}}
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "conv1"} : tensor<4x8x10x10xi16> -> tensor<4x8x8x8xi16>
  // expected-warning @+1 {{layer 'pool1': time-limit stopped its search after 1 scheme in 1 of 4 partitions}}
  %1 = dataflow.pool max %0 window [2, 2] stride [2, 2] pad [0, 0, 0, 0] {name = "pool1"} : tensor<4x8x8x8xi16> -> tensor<4x8x4x4xi16>
  // expected-warning @+1 {{layer 'conv2': time-limit stopped its search after 1 scheme in 1 of 4 partitions}}
  %2 = dataflow.conv %1 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "conv2"} : tensor<4x8x4x4xi16> -> tensor<4x8x4x4xi16>
  %3 = dataflow.concat %1, %2 {name = "cat"} : tensor<4x8x4x4xi16>, tensor<4x8x4x4xi16> -> tensor<4x16x4x4xi16>
  // expected-warning @+1 {{layer 'add': time-limit stopped its search after 1 scheme in 1 of 4 partitions}}
  %4 = dataflow.eltwise add %3, %3 {name = "add"} : tensor<4x16x4x4xi16>, tensor<4x16x4x4xi16> -> tensor<4x16x4x4xi16>
  // expected-warning @+1 {{layer 'fc': time-limit stopped its search after 1 scheme in 1 of 1 partition}}
  %5 = dataflow.fc %4 {name = "fc"} : tensor<4x16x4x4xi16> -> tensor<4x16xi16>
  return %5 : tensor<4x16xi16>
}

// CHECK: dataflow.conv
// CHECK-SAME: dataflow.search_incomplete
// CHECK-SAME: name = "conv1"
// CHECK: dataflow.pool
// CHECK-SAME: dataflow.search_incomplete
// CHECK: dataflow.conv
// CHECK-SAME: dataflow.search_incomplete
// CHECK-SAME: name = "conv2"
// CHECK: dataflow.concat
// CHECK-NOT: search_incomplete
// CHECK-SAME: name = "cat"
// CHECK: dataflow.eltwise
// CHECK-SAME: dataflow.search_incomplete
// CHECK: dataflow.fc
// CHECK-SAME: dataflow.search_incomplete

// TABLE: not proven optimal (a time limit stopped their search): conv1 pool1 conv2 add fc
