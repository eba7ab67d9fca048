// dataflow-lower-to-schedule on a multi-node accelerator: each partitioned layer gets the
// node level around its per-node nest, one node loop per partition type in the partition's
// order, and NoC transfers saying where each node's data comes from, their hops adding up
// to the layer's #dataflow.noc (the verifier checks the sums; here we check the figures).
// RUN: dataflow-opt %S/../Inputs/mesh2x2.mlir --dataflow-partition-layers --dataflow-lower-to-schedule --verify-roundtrip | FileCheck %s
// RUN: dataflow-opt %S/../Inputs/mesh2x2.mlir --dataflow-partition-layers --dataflow-lower-to-schedule --mlir-print-op-generic | dataflow-opt --verify-roundtrip | FileCheck %s
// RUN: dataflow-opt %S/../Inputs/mesh2x2.mlir --dataflow-partition-layers="access-forwarding=true" --dataflow-lower-to-schedule | FileCheck %s --check-prefix=AF
// RUN: dataflow-opt %S/../Inputs/mesh2x2.mlir --dataflow-partition-layers="hybrid=true batch-partition=true ifmaps-partition=true" --dataflow-lower-to-schedule | FileCheck %s --check-prefix=INPP
// Bad input: NoC figures that are not what the partitioned schedule re-costs to, and a
// layer whose partition is missing (the NoC depends on every producer's layout).
// RUN: dataflow-opt %S/../Inputs/mesh2x2.mlir --dataflow-partition-layers -o %t.mlir
// RUN: sed -e '0,/unit_hops = \[0.0, 1536.0/s//unit_hops = [0.0, 1537.0/' %t.mlir | not dataflow-opt --dataflow-lower-to-schedule 2>&1 | FileCheck %s --check-prefix=STALE
// RUN: sed -e '0,/dataflow.partition = #dataflow.partition<[^>]*>, /s///' %t.mlir | not dataflow-opt --dataflow-lower-to-schedule 2>&1 | FileCheck %s --check-prefix=MISSING
// RUN: dataflow-opt %examples/networks/alexnet.mlir --dataflow-attach-accelerator="file=%examples/accelerators/mesh8x8_2d_gbuf8k.mlir" --dataflow-partition-layers="hybrid=true buffer-sharing=true" --dataflow-lower-to-schedule | FileCheck %s --check-prefix=REF

// STALE: error: layer 'conv1' carries a stale cost: its partitioned schedule re-costs to #dataflow.cost<energy = 2713600.0, {{.*}}> with #dataflow.noc<unit_hops = [0.0, 1536.0, 0.0], {{.*}}>; run dataflow-cost first
// MISSING: error: layer 'conv1' has no dataflow.partition; on multi-node accelerator @mesh2x2 run dataflow-partition-layers first

// Naive partitioning (partition-layers.mlir NAIVE): conv1 splits its ofmap 2x2 (OFMP,
// innermost in its order [outp, batp, inpp, ofmp]); ifmaps come from the network input in
// DRAM over 1536 unit hops, fetched once (noc = 10 pJ x 1536 = 15360); filters and ofmaps
// stay at distance 0. The per-node nest is the single-node lowering of the 4x8x4x4 per-node
// conv; its accesses are over all four nodes, as the cost's.
// CHECK-LABEL: dataflow.schedule @small_schedule for @small {
// CHECK-NEXT:    dataflow.layer_schedule "conv1" cost <energy = 2713600.0, {{.*}}noc = 15360.0, {{.*}}> noc <unit_hops = [0.0, 1536.0, 0.0], mem_hops = [0.0, 1536.0, 0.0], node_hops = [0.0, 0.0, 0.0], total_hops = [0.0, 1536.0, 0.0], access_divisor = [1.0, 1.0, 1.0]> {
// CHECK-NEXT:      dataflow.node_loop outp grid [1, 1] {
// CHECK-NEXT:        dataflow.node_loop batp grid [1, 1] {
// CHECK-NEXT:          dataflow.node_loop inpp grid [1, 1] {
// CHECK-NEXT:            dataflow.node_loop ofmp grid [2, 2] {
// CHECK-NEXT:              dataflow.noc_transfer fil dram fills 1 unit_hops 0 hops 0.0
// CHECK-NEXT:              dataflow.noc_transfer ifm dram fills 1 unit_hops 1536 hops 1536.0
// CHECK-NEXT:              dataflow.transfer fil dram -> gbuf
// CHECK-NEXT:              dataflow.transfer ifm dram -> gbuf
// CHECK-NEXT:              dataflow.loop dram B trip 1 {
// CHECK:                           dataflow.spatial row_stationary rows 3 cols 4
// CHECK:                   dataflow.transfer ofm regf -> dram
// CHECK:                   dataflow.noc_transfer ofm dram fills 1 unit_hops 0 hops 0.0
// CHECK-NEXT:            }
// CHECK-NEXT:          }
// CHECK-NEXT:        }
// CHECK-NEXT:      }
// CHECK-NEXT:    }
// Pooling has no filters, so no filter transfer; it reads conv1's ofmap where conv1 left it
// (its own partition in its own region: 0 hops).
// CHECK-NEXT:    dataflow.layer_schedule "pool1" cost <{{.*}}> noc <unit_hops = [0.0, 0.0, 0.0], {{.*}}> {
// CHECK:               dataflow.node_loop ofmp grid [2, 2] {
// CHECK-NEXT:            dataflow.noc_transfer ifm dram fills 1 unit_hops 0 hops 0.0
// CHECK-NOT:             noc_transfer fil
// CHECK:                 dataflow.noc_transfer ofm dram fills 1 unit_hops 0 hops 0.0
// CHECK:         dataflow.layer_schedule "conv2"
// The concat is free (no schedule); the fc splits its output channels (OUTP) and every node
// reads the whole 4x16x4x4 input: 4096 unit hops (noc = 40960).
// CHECK-NOT:     "cat"
// CHECK:         dataflow.layer_schedule "add"
// CHECK:         dataflow.layer_schedule "fc" cost <{{.*}}noc = 40960.0, {{.*}}> noc <unit_hops = [0.0, 4096.0, 0.0]
// CHECK-NEXT:      dataflow.node_loop ofmp grid [1, 1] {
// CHECK-NEXT:        dataflow.node_loop batp grid [1, 1] {
// CHECK-NEXT:          dataflow.node_loop inpp grid [1, 1] {
// CHECK-NEXT:            dataflow.node_loop outp grid [2, 2] {
// CHECK-NEXT:              dataflow.noc_transfer fil dram fills 1 unit_hops 0 hops 0.0
// CHECK-NEXT:              dataflow.noc_transfer ifm dram fills 1 unit_hops 4096 hops 4096.0

// Access forwarding (docs/cost-model.md §5.4): the four OFMP nodes of conv1 share its
// filters, so DRAM is read once per group of 4 and forwarded; the four OUTP nodes of the fc
// share its input.
// AF:       dataflow.layer_schedule "conv1"
// AF-SAME:    access_divisor = [4.0, 1.0, 1.0]
// AF:         dataflow.noc_transfer fil forwarded group 4 fills 1 unit_hops 0 hops 0.0
// AF-NEXT:    dataflow.noc_transfer ifm dram fills 1 unit_hops 1536 hops 1536.0
// AF:       dataflow.layer_schedule "fc"
// AF:         dataflow.noc_transfer ifm forwarded group 4 fills 1 unit_hops 4096 hops 4096.0

// Batch and input-channel partitioning: the fc splits its input channels over all four
// nodes (INPP), so partial sums travel back: 192 ofmap unit hops.
// INPP:     dataflow.layer_schedule "conv1"
// INPP:       dataflow.node_loop batp grid [2, 2] {
// INPP:     dataflow.layer_schedule "fc"
// INPP:       dataflow.node_loop outp grid [1, 1] {
// INPP-NEXT:    dataflow.node_loop ofmp grid [1, 1] {
// INPP-NEXT:      dataflow.node_loop batp grid [1, 1] {
// INPP-NEXT:        dataflow.node_loop inpp grid [2, 2] {
// INPP-NEXT:          dataflow.noc_transfer fil dram fills 1 unit_hops 0 hops 0.0
// INPP-NEXT:          dataflow.noc_transfer ifm dram fills 1 unit_hops 1024 hops 1024.0
// INPP:               dataflow.noc_transfer ofm dram fills 1 unit_hops 192 hops 192.0

// A reference layer: conv1_a of nn_dataflow's run mesh8x8_2D_gbuf8k_alexnet_b16_hybrid_bs
// (test/Reference). Its energy and every access figure are the tool's
// (test/Reference/data/mesh8x8_2D_gbuf8k_alexnet_b16_hybrid_bs.json: cost 6858293088,
// DRAM [278784, 3386880, 2408448], GBUF [0, 40642560, 24084480]); the ofmap is split 8x4
// (OFMP) and the output channels 1x2 (OUTP); filters are forwarded in groups of 32 and
// fetched 16 times; ifmaps are forwarded in pairs and rotate between the shared buffers of
// a subgroup of 2 (docs/cost-model.md §5.5: "conv1_a IFM: group 2, subgroup 2").
// REF:      dataflow.layer_schedule "conv1_a" cost <energy = 6858293088.0, {{.*}}dram_access = [278784.0, 3386880.0, 2408448.0], gbuf_access = [0.0, 40642560.0, 24084480.0], {{.*}}> noc <unit_hops = [557568.0, 11809392.0, 10517760.0], mem_hops = [8921088.0, 11809392.0, 10517760.0], node_hops = [0.0, 20321280.0, 0.0], total_hops = [8921088.0, 32130672.0, 10517760.0], access_divisor = [32.0, 2.0, 1.0]> {
// REF-NEXT:   dataflow.node_loop batp grid [1, 1] {
// REF-NEXT:     dataflow.node_loop inpp grid [1, 1] {
// REF-NEXT:       dataflow.node_loop ofmp grid [8, 4] {
// REF-NEXT:         dataflow.node_loop outp grid [1, 2] {
// REF-NEXT:           dataflow.noc_transfer fil forwarded group 32 fills 16 unit_hops 557568 hops 8921088.0
// REF-NEXT:           dataflow.noc_transfer ifm forwarded group 2 fills 1 unit_hops 11809392 hops 11809392.0
// REF-NEXT:           dataflow.noc_transfer ifm shared group 2 hops 20321280.0
// REF-NEXT:           dataflow.loop dram I trip 1 {
// REF-NEXT:             dataflow.loop dram B trip 16 {
// REF-NEXT:               dataflow.transfer ifm dram -> gbuf fills 1 words 3308 access(dram = 3386880.0)
// REF:                    dataflow.transfer fil dram -> regf fills 16 words 11 access(dram = 278784.0, itcn = 68124672.0)
// REF:                    dataflow.spatial row_stationary rows 6 cols 7 fold [2, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 308
// REF:                  dataflow.noc_transfer ofm dram fills 1 unit_hops 10517760 hops 10517760.0
// REF:      dataflow.layer_schedule "conv1_b"
