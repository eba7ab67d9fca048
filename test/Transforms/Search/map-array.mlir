// dataflow-map-array writes the row-stationary mapping of the best schedule.
// RUN: dataflow-opt %s --dataflow-map-array="disable-bypass=i,o,f" | FileCheck %s

dataflow.accelerator @eyeriss {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}

// CHECK-LABEL: func.func @net
func.func @net(%x: tensor<16x3x224x224xi16>, %v: tensor<16x256x6x6xi16>)
    -> (tensor<16x48x27x27xi16>, tensor<16x4096xi16>) attributes {dataflow.accelerator = @eyeriss} {
  // conv1: an 11 x 55 logical PE set folds 4 times over 16 columns (docs/cost-model.md
  // §7: fold (1, 4), repl (1, 1)); only the mapping is written.
  // CHECK: dataflow.conv
  // CHECK-SAME: {dataflow.mapping = #dataflow.mapping<row_stationary, fold = [1, 4], repl = [1, 1], ifmaps = 1, ofmaps = 1>, name = "conv1"}
  %c = dataflow.conv %x kernel [11, 11] stride [4, 4] pad [1, 1, 2, 2] dilation [1, 1] groups 1 {name = "conv1"}
       : tensor<16x3x224x224xi16> -> tensor<16x48x55x55xi16>
  // pool1: the 3 x 27 set could replicate 5 times down the rows but needs 2 folds across
  // the columns; nn_dataflow trades k = min(5, 2) replications for folds, leaving fold
  // (1, 1) and repl (2, 1): one pass covers 2 channels.
  // CHECK: dataflow.pool
  // CHECK-SAME: dataflow.mapping = #dataflow.mapping<row_stationary, fold = [1, 1], repl = [2, 1], ifmaps = 1, ofmaps = 2>
  %p = dataflow.pool max %c window [3, 3] stride [2, 2] pad [0, 0, 0, 0]
       : tensor<16x48x55x55xi16> -> tensor<16x48x27x27xi16>
  // An FC layer is a conv whose filter covers the input: 6 x 1 replicated 2 x 16, and the
  // best processing pass spends the replication on 1 ifmap x 32 ofmaps.
  // CHECK: dataflow.fc
  // CHECK-SAME: dataflow.mapping = #dataflow.mapping<row_stationary, fold = [1, 1], repl = [2, 16], ifmaps = 1, ofmaps = 32>
  %f = dataflow.fc %v : tensor<16x256x6x6xi16> -> tensor<16x4096xi16>
  // CHECK-NOT: dataflow.blocking
  // CHECK-NOT: dataflow.cost
  return %p, %f : tensor<16x48x27x27xi16>, tensor<16x4096xi16>
}
