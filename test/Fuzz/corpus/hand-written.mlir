// dataflow-cost prices the schedule the IR holds, searched or hand-written.
// A searched schedule, stripped of its cost and re-costed, gets the search's figures back bit
// for bit (the same text):
// RUN: dataflow-opt %examples/networks/alexnet.mlir --dataflow-attach-accelerator="file=%examples/accelerators/eyeriss.mlir" --dataflow-schedule="lower=false" -o %t.searched.mlir
// RUN: grep -o 'dataflow.cost = #dataflow.cost<[^>]*>' %t.searched.mlir > %t.search-costs
// RUN: sed -e 's/dataflow.cost = #dataflow.cost<[^>]*>, //' %t.searched.mlir | dataflow-opt --dataflow-cost | grep -o 'dataflow.cost = #dataflow.cost<[^>]*>' > %t.recosts
// RUN: diff %t.search-costs %t.recosts
// RUN: count 19 < %t.recosts
// A hand-written schedule:
// RUN: dataflow-opt %s --dataflow-cost | FileCheck %s

dataflow.accelerator @eyeriss {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}

// nn_dataflow's scheme for conv1 written by hand costs exactly what nn_dataflow reports:
// 5578247424 energy units, 5575680 cycles (eyeriss_isca16_alexnet_b16.json, conv1_a).
// CHECK-LABEL: func.func @hand_written
// CHECK: dataflow.cost = #dataflow.cost<energy = 5578247424.0, mac = 843321600.0, regf = 3373286400.0, itcn = 96687360.0, gbuf = 36843264.0, dram = 1228108800.0, noc = 0.0, static = 0.0, cycles = 5575680, proc_cycles = 5575680, bus_cycles = 0, dram_cycles = 0, ops = 843321600.0, utilization = 0.5908203125, dram_access = [1115136.0, 2702208.0, 2323200.0], gbuf_access = [1115136.0, 2702208.0, 2323200.0], itcn_access = [15611904.0, 6711936.0, 26019840.0], regf_access = [843321600.0, 843321600.0, 1686643200.0]>
func.func @hand_written(%x: tensor<16x3x224x224xi16>) -> tensor<16x48x55x55xi16> attributes {dataflow.accelerator = @eyeriss} {
  %0 = dataflow.conv %x kernel [11, 11] stride [4, 4] pad [1, 1, 2, 2] dilation [1, 1] groups 1 {
    dataflow.mapping = #dataflow.mapping<row_stationary, fold = [1, 4], repl = [1, 1], ifmaps = 1, ofmaps = 1>,
    dataflow.blocking = #dataflow.blocking<dram = [1, 3, 64], gbuf = [1, 16, 1], regf = [3, 1, 1], dram_order = [I, B, O], gbuf_order = [B, I, O], bypass = []>
  } : tensor<16x3x224x224xi16> -> tensor<16x48x55x55xi16>
  return %0 : tensor<16x48x55x55xi16>
}

// The same blocking with the filters bypassing the buffer. Filters are fetched as often
// from DRAM as into the register files (fetch 64 at both levels), so DRAM filter reads stay
// 1115136; the 1115136 buffer accesses vanish, and the array bus is still charged
// (docs/cost-model.md, the tool's traps). Energy: 5578247424 - 6 * 1115136 = 5571556608.
// CHECK-LABEL: func.func @hand_bypass
// CHECK: energy = 5571556608.0
// CHECK-SAME: dram_access = [1115136.0, 2702208.0, 2323200.0], gbuf_access = [0.0, 2702208.0, 2323200.0], itcn_access = [15611904.0, 6711936.0, 26019840.0]
func.func @hand_bypass(%x: tensor<16x3x224x224xi16>) -> tensor<16x48x55x55xi16> attributes {dataflow.accelerator = @eyeriss} {
  %0 = dataflow.conv %x kernel [11, 11] stride [4, 4] pad [1, 1, 2, 2] dilation [1, 1] groups 1 {
    dataflow.mapping = #dataflow.mapping<row_stationary, fold = [1, 4], repl = [1, 1], ifmaps = 1, ofmaps = 1>,
    dataflow.blocking = #dataflow.blocking<dram = [1, 3, 64], gbuf = [1, 16, 1], regf = [3, 1, 1], dram_order = [I, B, O], gbuf_order = [B, I, O], bypass = [fil]>
  } : tensor<16x3x224x224xi16> -> tensor<16x48x55x55xi16>
  return %0 : tensor<16x48x55x55xi16>
}
