// dataflow-maestro-map searches directives for layers that have none (MAESTRO itself only
// prices given ones), within the L1/L2 sizes by default; given directives are kept, and a
// layer MAESTRO does not model gets a remark. The layer is VGG-16's CONV13 on MAESTRO's
// accelerator_1.m, where the given vgg16_ckp_ws mapping takes 6,782,976 cycles
// (maestro-cost.mlir); the search finds 1,376,257 within the buffers (docs/performance.md).
// RUN: dataflow-opt %s --dataflow-maestro-map --dataflow-maestro-cost 2>&1 | FileCheck %s

dataflow.accelerator @accelerator_1 {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 100, gbuf_bytes = 3000, word_bits = 8,
  memory = "3D", dram_bandwidth = 50.0, bus_width = 1000,
  energy = #dataflow.energy<mac = 1.0, regf = 1.68, itcn = 0.0, gbuf = 18.61, dram = 0.0,
                            noc_hop = 0.0, static_per_cycle = 0.0>
}

// CHECK: remark: layer 'pool' is not a CONV, DSCONV, NGCONV or GEMM layer; MAESTRO does not map it
// CHECK-LABEL: func.func @conv13
// CHECK: dataflow.conv
// CHECK-SAME: dataflow.cost = #dataflow.cost<{{.*}}, cycles = 1376257,
// CHECK-SAME: dataflow.directives = #dataflow.directives<SpatialMap(
// CHECK-SAME: Cluster(
// CHECK-SAME: name = "CONV13"
// CHECK: dataflow.conv
// CHECK-SAME: dataflow.cost = #dataflow.cost<{{.*}}, cycles = 6782976,
// CHECK-SAME: dataflow.directives = #dataflow.directives<SpatialMap(1, 1) C, TemporalMap(64, 64) K, TemporalMap(3, 3) R, TemporalMap(3, 3) S, TemporalMap(1, 1) "Y'", TemporalMap(1, 1) "X'", Cluster(64, P), SpatialMap(1, 1) K, TemporalMap(3, 3) R, TemporalMap(3, 3) S>
// CHECK-SAME: name = "negative_given"
// CHECK: dataflow.pool
// CHECK-NOT: dataflow.directives
// CHECK: return
func.func @conv13(%x: tensor<1x512x14x14xi8>) -> (tensor<1x512x12x12xi8>, tensor<1x512x12x12xi8>, tensor<1x512x6x6xi8>)
    attributes {dataflow.accelerator = @accelerator_1} {
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "CONV13"}
    : tensor<1x512x14x14xi8> -> tensor<1x512x12x12xi8>
  %1 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "negative_given",
    dataflow.directives = #dataflow.directives<SpatialMap(1,1) C, TemporalMap(64,64) K, TemporalMap(3,3) R,
      TemporalMap(3,3) S, TemporalMap(1,1) "Y'", TemporalMap(1,1) "X'", Cluster(64, P), SpatialMap(1,1) K,
      TemporalMap(3,3) R, TemporalMap(3,3) S>}
    : tensor<1x512x14x14xi8> -> tensor<1x512x12x12xi8>
  %2 = dataflow.pool max %0 window [2, 2] stride [2, 2] pad [0, 0, 0, 0] {name = "pool"}
    : tensor<1x512x12x12xi8> -> tensor<1x512x6x6xi8>
  return %0, %1, %2 : tensor<1x512x12x12xi8>, tensor<1x512x12x12xi8>, tensor<1x512x6x6xi8>
}

// A GEMM (dataflow.fc) gets directives over M, K and N only, a depthwise convolution
// (DSCONV) over its channels; both are re-read and priced by dataflow-maestro-cost. The
// pass checks that every written mapping prices as the search found it (regression values).
// CHECK-LABEL: func.func @gemm_and_depthwise
// CHECK: dataflow.fc
// CHECK-SAME: cycles = 2113,
// CHECK-SAME: dataflow.directives = #dataflow.directives<SpatialMap(1, 1) K, TemporalMap(32, 32) N, TemporalMap(16, 16) M, Cluster(16, P), SpatialMap(1, 1) N, TemporalMap(256, 256) K, TemporalMap(16, 16) M>
// CHECK: dataflow.conv
// CHECK-SAME: cycles = 241,
// CHECK-SAME: dataflow.directives = #dataflow.directives<SpatialMap(1, 1) C,
func.func @gemm_and_depthwise(%x: tensor<16x256xi8>, %y: tensor<1x32x14x14xi8>) -> (tensor<16x128xi8>, tensor<1x32x12x12xi8>)
    attributes {dataflow.accelerator = @accelerator_1} {
  %0 = dataflow.fc %x {name = "gemm"} : tensor<16x256xi8> -> tensor<16x128xi8>
  %1 = dataflow.conv %y kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 32 {name = "dw"}
    : tensor<1x32x14x14xi8> -> tensor<1x32x12x12xi8>
  return %0, %1 : tensor<16x128xi8>, tensor<1x32x12x12xi8>
}
