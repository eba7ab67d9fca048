// The schedule attributes round-trip, complete or partial, with every figure exact.
// RUN: dataflow-opt %s --verify-roundtrip | FileCheck %s

// A complete schedule: nn_dataflow's choice for AlexNet conv1 on Eyeriss (the hand check of
// docs/cost-model.md §7). Counts print in full, and no digit is lost.
// CHECK-LABEL: func.func @complete
// CHECK: dataflow.blocking = #dataflow.blocking<dram = [1, 3, 64], gbuf = [1, 16, 1], regf = [3, 1, 1], dram_order = [I, B, O], gbuf_order = [B, I, O], bypass = []>
// CHECK-SAME: dataflow.cost = #dataflow.cost<energy = 5578247424.0, mac = 843321600.0, regf = 3373286400.0, itcn = 96687360.0, gbuf = 36843264.0, dram = 1228108800.0, noc = 0.0, static = 0.0, cycles = 5575680, proc_cycles = 5575680, bus_cycles = 0, dram_cycles = 0, ops = 843321600.0, utilization = 0.5908203125, dram_access = [1115136.0, 2702208.0, 2323200.0], gbuf_access = [1115136.0, 2702208.0, 2323200.0], itcn_access = [15611904.0, 6711936.0, 26019840.0], regf_access = [843321600.0, 843321600.0, 1686643200.0]>
// CHECK-SAME: dataflow.mapping = #dataflow.mapping<row_stationary, fold = [1, 4], repl = [1, 1], ifmaps = 1, ofmaps = 1>
func.func @complete(%x: tensor<16x3x227x227xi16>) -> tensor<16x48x55x55xi16> {
  %0 = dataflow.conv %x kernel [11, 11] stride [4, 4] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {
    dataflow.mapping = #dataflow.mapping<row_stationary, ofmaps = 1, ifmaps = 1, repl = [1, 1], fold = [1, 4]>,
    dataflow.blocking = #dataflow.blocking<bypass = [], gbuf_order = [B, I, O], dram_order = [I, B, O], regf = [3, 1, 1], gbuf = [1, 16, 1], dram = [1, 3, 64]>,
    dataflow.cost = #dataflow.cost<energy = 5578247424.0, mac = 843321600, regf = 3373286400, itcn = 96687360, gbuf = 36843264, dram = 1228108800, noc = 0, static = 0, cycles = 5575680, proc_cycles = 5575680, bus_cycles = 0, dram_cycles = 0, ops = 843321600, utilization = 0.5908203125, dram_access = [1115136, 2702208, 2323200], gbuf_access = [1115136, 2702208, 2323200], itcn_access = [15611904, 6711936, 26019840], regf_access = [843321600, 843321600, 1686643200]>
  } : tensor<16x3x227x227xi16> -> tensor<16x48x55x55xi16>
  return %0 : tensor<16x48x55x55xi16>
}

// A partial blocking pins what it gives: `?` factors, no orders and an undecided bypass.
// CHECK-LABEL: func.func @partial
// CHECK: dataflow.blocking = #dataflow.blocking<dram = [?, ?, 16], gbuf = [?, ?, ?], regf = [?, 1, ?]>
// CHECK: dataflow.blocking = #dataflow.blocking<dram = [?, ?, ?], gbuf = [?, ?, ?], regf = [?, ?, ?], gbuf_order = [O, B, I], bypass = [fil, ofm]>
func.func @partial(%x: tensor<16x48x55x55xi16>) -> tensor<16x48x27x27xi16> {
  %0 = dataflow.pool max %x window [3, 3] stride [2, 2] pad [0, 0, 0, 0] {
    dataflow.blocking = #dataflow.blocking<dram = [?, ?, 16], gbuf = [?, ?, ?], regf = [?, 1, ?]>
  } : tensor<16x48x55x55xi16> -> tensor<16x48x27x27xi16>
  %1 = dataflow.pool max %0 window [1, 1] stride [1, 1] pad [0, 0, 0, 0] {
    dataflow.blocking = #dataflow.blocking<dram = [?, ?, ?], gbuf = [?, ?, ?], regf = [?, ?, ?], gbuf_order = [O, B, I], bypass = [ofm, fil]>
  } : tensor<16x48x27x27xi16> -> tensor<16x48x27x27xi16>
  return %1 : tensor<16x48x27x27xi16>
}
