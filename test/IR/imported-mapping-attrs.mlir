// The seed tools' mapping attributes round-trip: MAESTRO directives in MAESTRO's own
// spelling, a dMazeRunner execution method (conv and GEMM loop names), and the SPM / DMA
// figures dMazeRunner adds to an accelerator.
// RUN: dataflow-opt %s --verify-roundtrip | FileCheck %s

// CHECK: dataflow.accelerator @dmaze
// CHECK: } attributes {dataflow.spm_dma = #dataflow.spm_dma<banks = 32, dma_init_cycles = 291.0, dma_cycles_per_byte = 0.24, dma_mhz = 3200.0, accel_mhz = 500.0>
dataflow.accelerator @dmaze {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 65536, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 0.075, regf = 0.96, itcn = 2.0, gbuf = 13.5, dram = 200.0,
                            noc_hop = 0.0, static_per_cycle = 0.0>
} attributes {dataflow.spm_dma = #dataflow.spm_dma<accel_mhz = 500, dma_mhz = 3200, banks = 32, dma_init_cycles = 291, dma_cycles_per_byte = 0.24>}

// VGG-16 CONV1 of MAESTRO's vgg16_ckp_ws.m; primed dimensions print as strings, a
// logical cluster as L.
// CHECK-LABEL: func.func @maestro
// CHECK: dataflow.directives = #dataflow.directives<SpatialMap(1, 1) C, TemporalMap(64, 64) K, TemporalMap(3, 3) R, TemporalMap(3, 3) S, TemporalMap(1, 1) "Y'", TemporalMap(1, 1) "X'", Cluster(64, P), SpatialMap(1, 1) K, TemporalMap(3, 3) R, TemporalMap(3, 3) S>
// CHECK: dataflow.directives = #dataflow.directives<SpatialMap(1, 1) K, TemporalMap(3, 3) Y, Cluster(4, L), SpatialMap(1, 1) C>
func.func @maestro(%x: tensor<1x3x224x224xi8>) -> (tensor<1x64x222x222xi8>, tensor<1x64x222x222xi8>) {
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {
    dataflow.directives = #dataflow.directives<SpatialMap(1,1) C, TemporalMap(64,64) K,
      TemporalMap(3,3) R, TemporalMap(3,3) S, TemporalMap(1,1) "Y'", TemporalMap(1,1) "X'",
      Cluster(64, P), SpatialMap(1,1) K, TemporalMap(3,3) R, TemporalMap(3,3) S>
  } : tensor<1x3x224x224xi8> -> tensor<1x64x222x222xi8>
  %1 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {
    dataflow.directives = #dataflow.directives<SpatialMap(1, 1) K, TemporalMap(3, 3) Y, Cluster(4, L), SpatialMap(1, 1) C>
  } : tensor<1x3x224x224xi8> -> tensor<1x64x222x222xi8>
  return %0, %1 : tensor<1x64x222x222xi8>, tensor<1x64x222x222xi8>
}

// dMazeRunner's min-EDP method for ResNet-18 CONV_2_1a and a GEMM method (X Y K).
// CHECK-LABEL: func.func @dmazerunner
// CHECK: dataflow.loop_tiling = #dataflow.loop_tiling<dram = [1, 1, 16, 8, 1, 1, 1], spm = [1, 1, 4, 1, 1, 1, 1], rf = [1, 1, 1, 7, 14, 3, 3], spatial = [1, 64, 1, 1, 4, 1, 1], dram_order = [N, Fy, Fx, Oy, Ox, M, C], spm_order = [N, Fy, Fx, Oy, Ox, M, C]>
// CHECK: dataflow.loop_tiling = #dataflow.loop_tiling<dram = [1, 1, 392], spm = [1, 4, 1], rf = [1, 1, 64], spatial = [1, 250, 1], dram_order = [K, X, Y], spm_order = [Y, K, X]>
func.func @dmazerunner(%x: tensor<1x64x58x58xi16>, %y: tensor<1x25088xi16>) -> (tensor<1x64x56x56xi16>, tensor<1x1000xi16>)
    attributes {dataflow.accelerator = @dmaze} {
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {
    dataflow.loop_tiling = #dataflow.loop_tiling<spm_order = [N, Fy, Fx, Oy, Ox, M, C],
      dram = [1, 1, 16, 8, 1, 1, 1], spm = [1, 1, 4, 1, 1, 1, 1], rf = [1, 1, 1, 7, 14, 3, 3],
      spatial = [1, 64, 1, 1, 4, 1, 1], dram_order = [N, Fy, Fx, Oy, Ox, M, C]>
  } : tensor<1x64x58x58xi16> -> tensor<1x64x56x56xi16>
  %1 = dataflow.fc %y {dataflow.loop_tiling = #dataflow.loop_tiling<dram = [1, 1, 392], spm = [1, 4, 1], rf = [1, 1, 64], spatial = [1, 250, 1], dram_order = [K, X, Y], spm_order = [Y, K, X]>}
    : tensor<1x25088xi16> -> tensor<1x1000xi16>
  return %0, %1 : tensor<1x64x56x56xi16>, tensor<1x1000xi16>
}
