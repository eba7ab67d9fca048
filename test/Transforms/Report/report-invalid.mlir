// Errors of dataflow-report. A layer without a cost is an error on that layer (every such
// layer is named, and nothing is written); the other errors concern the whole module.
// RUN: dataflow-opt %s --split-input-file --verify-diagnostics --dataflow-report="file=%t.json"
// RUN: not test -e %t.json
// RUN: not dataflow-opt %S/report.mlir --dataflow-report="format=xml" -o /dev/null 2>&1 | FileCheck %s --check-prefix=FORMAT
// RUN: not dataflow-opt %S/report.mlir --dataflow-report="file=%t.missing-dir/report.json" -o /dev/null 2>&1 | FileCheck %s --check-prefix=FILE
// RUN: not dataflow-opt %S/report.mlir --dataflow-report="file=%S" -o /dev/null 2>&1 | FileCheck %s --check-prefix=DIR
// RUN: echo "func.func @unbound(%%x: tensor<1x4xi16>) -> tensor<1x2xi16> { %%y = dataflow.fc %%x : tensor<1x4xi16> -> tensor<1x2xi16> return %%y : tensor<1x2xi16> }" | not dataflow-opt --dataflow-report -o /dev/null 2>&1 | FileCheck %s --check-prefix=NONE

// FORMAT: for the --format option: 'xml' is not a value of this option; it takes json, table or html
// FILE: error: cannot write the report to '{{.*}}missing-dir/report.json': {{.*}}No such file or directory
// DIR: error: cannot write the report to '{{.*}}Report': {{.*}}s a directory
// NONE: error: no scheduled network to report: no function bound to an accelerator holds a layer (run dataflow-attach-accelerator and dataflow-schedule first)

dataflow.accelerator @acc {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}

// Mapped and blocked but not costed: every such layer is named.
func.func @unscheduled(%x: tensor<2x4x8x8xi16>) -> tensor<2x10xi16> attributes {dataflow.accelerator = @acc} {
  // expected-error@+1 {{layer 'conv1' has no cost: run dataflow-schedule (or dataflow-cost) first}}
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "conv1",
    dataflow.mapping = #dataflow.mapping<row_stationary, fold = [1, 2], repl = [1, 1], ifmaps = 1, ofmaps = 2>
  } : tensor<2x4x8x8xi16> -> tensor<2x8x8x8xi16>
  // expected-error@+1 {{layer 'fc@}}
  %1 = dataflow.fc %0 : tensor<2x8x8x8xi16> -> tensor<2x10xi16>
  return %1 : tensor<2x10xi16>
}

// -----

dataflow.accelerator @acc {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}

// One costed layer does not excuse another that is not.
func.func @half(%x: tensor<1x4xi16>) -> tensor<1x2xi16> attributes {dataflow.accelerator = @acc} {
  %0 = dataflow.fc %x {name = "fc1",
    dataflow.cost = #dataflow.cost<energy = 1.0, mac = 1.0, regf = 0.0, itcn = 0.0, gbuf = 0.0, dram = 0.0, noc = 0.0, static = 0.0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 8.0, utilization = 1.0, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]>
  } : tensor<1x4xi16> -> tensor<1x4xi16>
  // expected-error@+1 {{layer 'fc2' has no cost: run dataflow-schedule (or dataflow-cost) first}}
  %1 = dataflow.fc %0 {name = "fc2"} : tensor<1x4xi16> -> tensor<1x2xi16>
  return %1 : tensor<1x2xi16>
}

// -----

// Cycle totals that do not fit a 64-bit count are refused, on the layer that overflows.
dataflow.accelerator @acc {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}

func.func @overflow(%x: tensor<1x4xi16>) -> tensor<1x4xi16> attributes {dataflow.accelerator = @acc} {
  %0 = dataflow.fc %x {name = "a",
    dataflow.cost = #dataflow.cost<energy = 1.0, mac = 1.0, regf = 0.0, itcn = 0.0, gbuf = 0.0, dram = 0.0, noc = 0.0, static = 0.0, cycles = 9000000000000000000, proc_cycles = 9000000000000000000, bus_cycles = 0, dram_cycles = 0, ops = 8.0, utilization = 1.0, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]>
  } : tensor<1x4xi16> -> tensor<1x4xi16>
  // expected-error@+1 {{layer 'b': the network's total cycles overflow a 64-bit count}}
  %1 = dataflow.fc %0 {name = "b",
    dataflow.cost = #dataflow.cost<energy = 1.0, mac = 1.0, regf = 0.0, itcn = 0.0, gbuf = 0.0, dram = 0.0, noc = 0.0, static = 0.0, cycles = 9000000000000000000, proc_cycles = 9000000000000000000, bus_cycles = 0, dram_cycles = 0, ops = 8.0, utilization = 1.0, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]>
  } : tensor<1x4xi16> -> tensor<1x4xi16>
  return %1 : tensor<1x4xi16>
}
