// dataflow-solve-bypass writes the global-buffer bypass decision of a complete blocking.
// RUN: dataflow-opt %s --dataflow-solve-bypass | FileCheck %s

dataflow.accelerator @eyeriss {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}

// The bypass blocking of conv1: filters are fetched from DRAM once but into the register
// files 48 times, so they stay in the buffer; ifmaps and ofmaps are fetched as often from
// DRAM as from the buffer, so they bypass it (docs/cost-model.md §4).
// CHECK-LABEL: func.func @conv1
// CHECK: dataflow.blocking = #dataflow.blocking<dram = [1, 1, 1], gbuf = [1, 48, 16], regf = [3, 1, 4], dram_order = [B, O, I], gbuf_order = [I, B, O], bypass = [ifm, ofm]>
func.func @conv1(%x: tensor<16x3x224x224xi16>) -> tensor<16x48x55x55xi16> attributes {dataflow.accelerator = @eyeriss} {
  %0 = dataflow.conv %x kernel [11, 11] stride [4, 4] pad [1, 1, 2, 2] dilation [1, 1] groups 1 {
    dataflow.mapping = #dataflow.mapping<row_stationary, fold = [1, 4], repl = [1, 1], ifmaps = 1, ofmaps = 1>,
    dataflow.blocking = #dataflow.blocking<dram = [1, 1, 1], gbuf = [1, 48, 16], regf = [3, 1, 4], dram_order = [B, O, I], gbuf_order = [I, B, O]>
  } : tensor<16x3x224x224xi16> -> tensor<16x48x55x55xi16>
  return %0 : tensor<16x48x55x55xi16>
}

// A decided bypass is never revisited, even where the rule would decide otherwise (it would
// keep the filters, fetched 48 times into the register files, in the buffer).
// CHECK-LABEL: func.func @negative_decided
// CHECK: bypass = [fil, ifm, ofm]>
func.func @negative_decided(%x: tensor<16x3x224x224xi16>) -> tensor<16x48x55x55xi16> attributes {dataflow.accelerator = @eyeriss} {
  %0 = dataflow.conv %x kernel [11, 11] stride [4, 4] pad [1, 1, 2, 2] dilation [1, 1] groups 1 {
    dataflow.mapping = #dataflow.mapping<row_stationary, fold = [1, 4], repl = [1, 1], ifmaps = 1, ofmaps = 1>,
    dataflow.blocking = #dataflow.blocking<dram = [1, 1, 1], gbuf = [1, 48, 16], regf = [3, 1, 4], dram_order = [B, O, I], gbuf_order = [I, B, O], bypass = [fil, ifm, ofm]>
  } : tensor<16x3x224x224xi16> -> tensor<16x48x55x55xi16>
  return %0 : tensor<16x48x55x55xi16>
}
