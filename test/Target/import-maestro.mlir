// --import-maestro reads MAESTRO's model and mapping files with a hardware file: a
// one-node accelerator (8-bit words, MAESTRO's unit energies), one layer op per Layer,
// the Dataflow block as verified #dataflow.directives; the output reads back.
// RUN: dataflow-translate --import-maestro %maestro_data/vgg16_ckp_ws.m --maestro-hw=%maestro_data/accelerator_1.m \
// RUN:   | dataflow-opt --verify-roundtrip | FileCheck %s
// RUN: dataflow-translate --import-maestro %maestro_data/vgg16_model.m --maestro-hw=%maestro_data/accelerator_1.m \
// RUN:   | dataflow-opt | FileCheck %s --check-prefix=MODEL

// accelerator_1.m: 256 PEs, L1 100 B, L2 3000 B, NoC 1000 and off-chip 50 elements/cycle.
// CHECK:      dataflow.accelerator @accelerator_1 {
// CHECK-NEXT:   nodes = [1, 1], pe_array = [16, 16],
// CHECK-NEXT:   regf_bytes = 100, gbuf_bytes = 3000, word_bits = 8,
// CHECK-NEXT:   memory = "3D", dram_bandwidth = 50.0, bus_width = 1000,
// CHECK-NEXT:   energy = #dataflow.energy<mac = 1.0, regf = 1.68, itcn = 0.0, gbuf = 18.61, dram = 0.0, noc_hop = 0.0, static_per_cycle = 0.0>
// CHECK:      func.func @vgg16(%arg0: tensor<1x3x224x224xi8>, %arg1: tensor<1x64x224x224xi8>
// CHECK-SAME:   attributes {dataflow.accelerator = @accelerator_1}
// CHECK:      dataflow.conv %arg0 kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1
// CHECK-SAME:   dataflow.directives = #dataflow.directives<SpatialMap(1, 1) C, TemporalMap(64, 64) K, TemporalMap(3, 3) R, TemporalMap(3, 3) S, TemporalMap(1, 1) "Y'", TemporalMap(1, 1) "X'", Cluster(64, P), SpatialMap(1, 1) K, TemporalMap(3, 3) R, TemporalMap(3, 3) S>
// CHECK-SAME:   name = "CONV1"
// CHECK-SAME:   : tensor<1x3x224x224xi8> -> tensor<1x64x222x222xi8>
// CHECK-COUNT-12: dataflow.conv
// CHECK-NOT:  dataflow.conv
// CHECK:      return

// The model file has no Dataflow blocks: the layers come without directives.
// MODEL:     func.func @vgg16
// MODEL-NOT: dataflow.directives
// MODEL:     name = "CONV13"
