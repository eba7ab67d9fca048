// dataflow-block-loops searches blocking factors and loop orders and writes their cost.
// RUN: dataflow-opt %S/../Inputs/conv1.mlir --dataflow-attach-accelerator="file=%examples/accelerators/eyeriss.mlir" --dataflow-block-loops="disable-bypass=i,o,f" | FileCheck %s --check-prefix=NOBYPASS
// RUN: dataflow-opt %S/../Inputs/conv1.mlir --dataflow-attach-accelerator="file=%examples/accelerators/eyeriss.mlir" --dataflow-block-loops | FileCheck %s --check-prefix=BYPASS
// RUN: dataflow-opt %S/../Inputs/conv1.mlir --dataflow-attach-accelerator="file=%examples/accelerators/eyeriss.mlir" --dataflow-block-loops="method=solver" | FileCheck %s --check-prefix=SOLVER
// RUN: dataflow-opt %s --dataflow-block-loops="disable-bypass=i,o,f" | FileCheck %s --check-prefix=PINNED
// RUN: dataflow-opt %s --dataflow-block-loops="disable-bypass=i,o,f goal=d" | FileCheck %s --check-prefix=DELAY

// Without bypass, nn_dataflow's own choice for conv1 and its figures (docs/cost-model.md
// §7): t_I = (1,1,3), t_O = (3,16,1), t_B = (64,1,1), DRAM accesses (1115136,
// 2702208, 2323200), 5575680 cycles. The bypass stays undecided for dataflow-solve-bypass.
// NOBYPASS: dataflow.blocking = #dataflow.blocking<dram = [1, 3, 64], gbuf = [1, 16, 1], regf = [3, 1, 1], dram_order = [I, B, O], gbuf_order = [B, I, O]>
// NOBYPASS-SAME: dataflow.cost = #dataflow.cost<energy = 5578247424.0, mac = 843321600.0, regf = 3373286400.0,
// NOBYPASS-SAME: cycles = 5575680, proc_cycles = 5575680, bus_cycles = 0, dram_cycles = 0, ops = 843321600.0, utilization = 0.5908203125, dram_access = [1115136.0, 2702208.0, 2323200.0]
// NOBYPASS-SAME: dataflow.mapping = #dataflow.mapping<row_stationary, fold = [1, 4], repl = [1, 1], ifmaps = 1, ofmaps = 1>

// With bypass allowed (nn_dataflow's CLI default) the filters stay in DRAM-order once and
// ifmaps/ofmaps stream past the buffer: less energy, same time.
// BYPASS: dataflow.blocking = #dataflow.blocking<dram = [1, 1, 1], gbuf = [1, 48, 16], regf = [3, 1, 4], dram_order = [B, O, I], gbuf_order = [I, B, O]>
// BYPASS-SAME: energy = 5300116608.0
// BYPASS-SAME: cycles = 5575680
// BYPASS-SAME: dram_access = [17424.0, 2702208.0, 2323200.0]

// The TETRIS solver reaches the same energy on conv1 with a different blocking.
// SOLVER: dataflow.blocking = #dataflow.blocking<dram = [1, 1, 16], gbuf = [1, 48, 1], regf = [3, 1, 4], dram_order = [I, O, B], gbuf_order = [B, I, O]>
// SOLVER-SAME: energy = 5300116608.0

dataflow.accelerator @eyeriss {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}

// Pinned decisions are kept and the search fills in the rest: here the batch is pinned
// whole into the DRAM level and the GBUF order is fixed.
// PINNED-LABEL: func.func @pinned
// PINNED: dataflow.blocking = #dataflow.blocking<dram = [{{[0-9]+}}, {{[0-9]+}}, 16], gbuf = [{{[0-9]+}}, {{[0-9]+}}, 1], regf = [{{[0-9]+}}, {{[0-9]+}}, 1], dram_order = [{{[IOB], [IOB], [IOB]}}], gbuf_order = [O, I, B]>
// PINNED-SAME: dataflow.mapping = #dataflow.mapping<row_stationary, fold = [1, 1], repl = [5, 1], ifmaps = 5, ofmaps = 1>, name = "pinned_conv"
// A pinned mapping fixes the processing pass: 1 ifmap x 5 ofmaps, where the search alone
// prefers 5 ifmaps x 1 ofmap (dataflow-map-array's answer for the same layer above).
// PINNED: dataflow.mapping = #dataflow.mapping<row_stationary, fold = [1, 1], repl = [5, 1], ifmaps = 1, ofmaps = 5>
// PINNED-SAME: name = "pinned_mapping"
func.func @pinned(%x: tensor<16x32x16x16xi16>) -> (tensor<16x32x14x14xi16>, tensor<16x32x14x14xi16>)
    attributes {dataflow.accelerator = @eyeriss} {
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {
    dataflow.blocking = #dataflow.blocking<dram = [?, ?, 16], gbuf = [?, ?, 1], regf = [?, ?, 1], gbuf_order = [O, I, B]>,
    name = "pinned_conv"} : tensor<16x32x16x16xi16> -> tensor<16x32x14x14xi16>
  %1 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {
    dataflow.mapping = #dataflow.mapping<row_stationary, fold = [1, 1], repl = [5, 1], ifmaps = 1, ofmaps = 5>,
    name = "pinned_mapping"} : tensor<16x32x16x16xi16> -> tensor<16x32x14x14xi16>
  return %0, %1 : tensor<16x32x14x14xi16>, tensor<16x32x14x14xi16>
}

// With a 2-byte (one-word) per cycle DRAM link the FC layer is bound by DRAM traffic:
// its cycles are its DRAM cycles, far above the array's processing cycles. (The goal
// ranking itself is unit-tested in unittests/CostModel/Eyeriss/SearchApiTest.cpp.)
// DELAY-LABEL: func.func @dram_bound
// DELAY: cycles = [[CYCLES:[0-9]+]], proc_cycles = 262144, bus_cycles = 0, dram_cycles = [[CYCLES]]
dataflow.accelerator @slow_dram {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = 2.0, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
func.func @dram_bound(%x: tensor<16x4096xi16>) -> tensor<16x1000xi16> attributes {dataflow.accelerator = @slow_dram} {
  %0 = dataflow.fc %x {name = "fc"} : tensor<16x4096xi16> -> tensor<16x1000xi16>
  return %0 : tensor<16x1000xi16>
}
