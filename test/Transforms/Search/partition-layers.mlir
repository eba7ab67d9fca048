// dataflow-partition-layers splits every layer over the node grid (nn_dataflow's network
// search, producers' layouts flowing to consumers) and writes partition, per-node mapping
// and blocking, cost with the NoC, and the input layout. One RUN per option.
// RUN: dataflow-opt %S/../Inputs/mesh2x2.mlir --dataflow-partition-layers | FileCheck %s --check-prefix=NAIVE
// RUN: dataflow-opt %S/../Inputs/mesh2x2.mlir --dataflow-partition-layers="hybrid=true" | FileCheck %s --check-prefix=HYBRID
// RUN: dataflow-opt %S/../Inputs/mesh2x2.mlir --dataflow-partition-layers="hybrid=true batch-partition=true" | FileCheck %s --check-prefix=BATP
// RUN: dataflow-opt %S/../Inputs/mesh2x2.mlir --dataflow-partition-layers="hybrid=true ifmaps-partition=true" | FileCheck %s --check-prefix=INPP
// RUN: dataflow-opt %S/../Inputs/mesh2x2.mlir --dataflow-partition-layers="access-forwarding=true" | FileCheck %s --check-prefix=AF
// RUN: dataflow-opt %S/../Inputs/mesh2x2.mlir --dataflow-partition-layers="hybrid=true buffer-sharing=true" | FileCheck %s --check-prefix=BS
// RUN: dataflow-opt %s --dataflow-partition-layers | FileCheck %s --check-prefix=PINNED
// RUN: dataflow-opt %S/../Inputs/conv1.mlir --dataflow-attach-accelerator="file=%examples/accelerators/eyeriss.mlir" --dataflow-partition-layers | FileCheck %s --check-prefix=ONENODE

// Naive (no hybrid): conv and pool layers split their ofmaps (OFMP), the fc its output
// channels (OUTP). The input layout is recorded on the function; the NoC figures beside the cost.
// NAIVE: dataflow.input_partition = #dataflow.partition<order = [outp, batp, inpp, ofmp], outp = [1, 1], ofmp = [2, 2], batp = [1, 1], inpp = [1, 1]>
// NAIVE: dataflow.conv
// NAIVE-SAME: energy = 2713600.0
// NAIVE-SAME: noc = 15360.0
// NAIVE-SAME: dataflow.noc = #dataflow.noc<unit_hops = [0.0, 1536.0, 0.0], mem_hops = [0.0, 1536.0, 0.0], node_hops = [0.0, 0.0, 0.0], total_hops = [0.0, 1536.0, 0.0], access_divisor = [1.0, 1.0, 1.0]>
// NAIVE-SAME: dataflow.partition = #dataflow.partition<order = [outp, batp, inpp, ofmp], outp = [1, 1], ofmp = [2, 2], batp = [1, 1], inpp = [1, 1]>, name = "conv1"
// NAIVE: dataflow.partition = #dataflow.partition<order = [outp, batp, inpp, ofmp], outp = [1, 1], ofmp = [2, 2], batp = [1, 1], inpp = [1, 1]>, name = "pool1"
// NAIVE: dataflow.partition = #dataflow.partition<order = [ofmp, batp, inpp, outp], outp = [2, 2], ofmp = [1, 1], batp = [1, 1], inpp = [1, 1]>, name = "fc"

// Hybrid: conv2 mixes OUTP and OFMP and gets cheaper (1226240 -> 1170432).
// HYBRID: energy = 1170432.0
// HYBRID-SAME: dataflow.partition = #dataflow.partition<order = [batp, inpp, outp, ofmp], outp = [1, 2], ofmp = [2, 1], batp = [1, 1], inpp = [1, 1]>, name = "conv2"

// Batch partitioning: conv1 splits the batch over all four nodes (BATP).
// BATP: energy = 2483200.0
// BATP-SAME: dataflow.partition = #dataflow.partition<order = [outp, ofmp, inpp, batp], outp = [1, 1], ofmp = [1, 1], batp = [2, 2], inpp = [1, 1]>, name = "conv1"
// BATP: dataflow.partition = #dataflow.partition<order = [ofmp, inpp, batp, outp], outp = [1, 2], ofmp = [1, 1], batp = [2, 1], inpp = [1, 1]>, name = "conv2"

// Input-channel partitioning: the fc splits its input channels (INPP).
// INPP: dataflow.partition = #dataflow.partition<order = [outp, batp, inpp, ofmp], outp = [1, 1], ofmp = [2, 1], batp = [1, 1], inpp = [1, 2]>, name = "conv1"
// INPP: energy = 1208192.0
// INPP-SAME: dataflow.partition = #dataflow.partition<order = [outp, ofmp, batp, inpp], outp = [1, 1], ofmp = [1, 1], batp = [1, 1], inpp = [2, 2]>, name = "fc"

// Access forwarding: same partitions, fewer DRAM accesses (conv1 2713600 -> 2368000).
// AF: energy = 2368000.0
// AF-SAME: access_forwarding = true>, name = "conv1"

// Buffer sharing (implies forwarding; written alone).
// BS: energy = 2169344.0
// BS-SAME: dataflow.partition = #dataflow.partition<order = [batp, inpp, outp, ofmp], outp = [1, 2], ofmp = [2, 1], batp = [1, 1], inpp = [1, 1], buffer_sharing = true>, name = "conv1"

// One node: the pass writes the trivial partition and leaves the rest to the single-node passes.
// ONENODE: dataflow.partition = #dataflow.partition<order = [outp, ofmp, batp, inpp], outp = [1, 1], ofmp = [1, 1], batp = [1, 1], inpp = [1, 1]>
// ONENODE-NOT: dataflow.cost

// A pinned partition is kept (its per-node schedule searched); the other layer is searched.
// PINNED-LABEL: func.func @pinned
// PINNED: dataflow.partition = #dataflow.partition<order = [outp, ofmp, batp, inpp], outp = [2, 2], ofmp = [1, 1], batp = [1, 1], inpp = [1, 1]>, name = "conv1"
// PINNED: dataflow.partition = #dataflow.partition<order = [outp, batp, inpp, ofmp], outp = [1, 1], ofmp = [2, 2], batp = [1, 1], inpp = [1, 1]>, name = "pool1"
dataflow.accelerator @mesh2x2 {
  nodes = [2, 2], pe_array = [4, 4],
  regf_bytes = 64, gbuf_bytes = 4096, word_bits = 16,
  memory = "2D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 0.0>
}
func.func @pinned(%x: tensor<4x8x10x10xi16>) -> tensor<4x8x4x4xi16> attributes {dataflow.accelerator = @mesh2x2} {
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {dataflow.partition = #dataflow.partition<order = [outp, ofmp, batp, inpp], outp = [2, 2], ofmp = [1, 1], batp = [1, 1], inpp = [1, 1]>, name = "conv1"} : tensor<4x8x10x10xi16> -> tensor<4x8x8x8xi16>
  %1 = dataflow.pool max %0 window [2, 2] stride [2, 2] pad [0, 0, 0, 0] {name = "pool1"} : tensor<4x8x8x8xi16> -> tensor<4x8x4x4xi16>
  return %1 : tensor<4x8x4x4xi16>
}

// Partial per-node pins with a pinned partition: conv1 pins its batch loop at the DRAM level
// (the search alone picks dram = [1, 1, 1]) and, in PINNEDREGF, no output-channel loop at the
// register files, which costs more (4551936 -> 4776960); pool1 pins its per-node mapping.
// The search fills in the rest and keeps every pin.
// PINNED-LABEL: func.func @partial_pins
// PINNED:       dataflow.blocking = #dataflow.blocking<dram = [1, 1, 2], gbuf = [8, 1, 1], regf = [1, 2, 4], dram_order = [O, I, B], gbuf_order = [B, O, I], bypass = [ifm, ofm]>, dataflow.cost = #dataflow.cost<energy = 4551936.0
// PINNED-SAME:  name = "conv1"
// PINNED:       dataflow.mapping = #dataflow.mapping<row_stationary, fold = [1, 1], repl = [2, 2], ifmaps = 1, ofmaps = 4>
// PINNED-SAME:  name = "pool1"
// RUN: sed -e 's/regf = \[?, ?, ?\]>, name = "conv1"/regf = [?, 1, ?]>, name = "conv1"/' %s | dataflow-opt --dataflow-partition-layers | FileCheck %s --check-prefix=PINNEDREGF
// PINNEDREGF-LABEL: func.func @partial_pins
// PINNEDREGF:       dataflow.blocking = #dataflow.blocking<dram = [2, 1, 2], gbuf = [1, 2, 4], regf = [4, 1, 1], {{.*}}>, dataflow.cost = #dataflow.cost<energy = 4776960.0
func.func @partial_pins(%x: tensor<4x8x10x10xi16>) -> tensor<4x8x4x4xi16> attributes {dataflow.accelerator = @mesh2x2} {
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {dataflow.partition = #dataflow.partition<order = [outp, ofmp, batp, inpp], outp = [2, 2], ofmp = [1, 1], batp = [1, 1], inpp = [1, 1]>, dataflow.blocking = #dataflow.blocking<dram = [?, ?, 2], gbuf = [?, ?, ?], regf = [?, ?, ?]>, name = "conv1"} : tensor<4x8x10x10xi16> -> tensor<4x8x8x8xi16>
  %1 = dataflow.pool max %0 window [2, 2] stride [2, 2] pad [0, 0, 0, 0] {dataflow.partition = #dataflow.partition<order = [outp, batp, inpp, ofmp], outp = [1, 1], ofmp = [2, 2], batp = [1, 1], inpp = [1, 1]>, dataflow.mapping = #dataflow.mapping<row_stationary, fold = [1, 1], repl = [2, 2], ifmaps = 1, ofmaps = 4>, name = "pool1"} : tensor<4x8x8x8xi16> -> tensor<4x8x4x4xi16>
  return %1 : tensor<4x8x4x4xi16>
}

// The partitioned schedules lower to the schedule IR's node level:
// lower-to-schedule-partitioned.mlir.
