// Dilated convolutions in inter-layer pipeline segments (interlayer=true; docs/cost-model.md
// §6 "Sliced layers"): a sliced layer (dilated or 3-D convolution, 3-D pooling) runs in a
// one-layer segment, priced as dataflow-partition-layers prices it ("Slices on a grid");
// the segment search puts it with no other layer, and the other layers still pipeline (here
// c1 and c2 side by side). dil's vertex would hold the residual sum (a weight-less layer
// merged into its producer): it is split, so sum runs alone too. Every MAC is scheduled:
// c0 and dil 8 x 8x8 x 8 x 9 = 36864 each (dil: 4 phases of 4x4), c1 and c2 8 x 64 x 8 =
// 4096 each, 81920 in all. dataflow-cost re-prices what the search wrote.
// RUN: dataflow-opt %s --dataflow-schedule="progress=off hybrid=true interlayer=true lower=false report=%t.txt report-format=table" -o %t.mlir
// RUN: FileCheck %s --input-file=%t.mlir
// RUN: FileCheck %s --check-prefix=TABLE < %t.txt
// RUN: dataflow-opt %t.mlir --dataflow-cost -o %t.recost.mlir
// RUN: diff %t.mlir %t.recost.mlir
// DeepLabV3 (dilations 2 to 18) on T-16 with interlayer=true: all 12.18e9 MACs.
// RUN: dataflow-opt %examples/networks/deeplab_v3.mlir --dataflow-attach-accelerator="file=%examples/accelerators/tetris_t16.mlir" --dataflow-schedule="progress=off hybrid=true interlayer=true lower=false report=%t.t16.txt report-format=table" -o /dev/null
// RUN: FileCheck %s --check-prefix=T16 < %t.t16.txt

dataflow.accelerator @mesh2x2 {
  nodes = [2, 2], pe_array = [8, 8], regf_bytes = 128, gbuf_bytes = 32768, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 1.0>
}

// CHECK-LABEL: func.func @aspp
// CHECK:       dataflow.conv {{.*}} dilation [1, 1] {{.*}} mac = 36864.0, {{.*}} dataflow.segment = #dataflow.segment<index = 0, kind = single, {{.*}} name = "c0"
// CHECK:       dataflow.conv {{.*}} dilation [2, 2] {{.*}} mac = 36864.0, {{.*}} dataflow.segment = #dataflow.segment<index = 1, kind = single, {{.*}} name = "dil"
// CHECK:       dataflow.eltwise {{.*}} dataflow.segment = #dataflow.segment<index = 2, kind = single, {{.*}} name = "sum"
// CHECK:       dataflow.conv {{.*}} mac = 4096.0, {{.*}} dataflow.segment = #dataflow.segment<index = 3, kind = spatial, spatial = 0, {{.*}} name = "c1"
// CHECK:       dataflow.conv {{.*}} mac = 4096.0, {{.*}} dataflow.segment = #dataflow.segment<index = 3, kind = spatial, spatial = 1, {{.*}} name = "c2"
func.func @aspp(%x: tensor<1x8x8x8xi16>) -> tensor<1x8x8x8xi16> attributes {dataflow.accelerator = @mesh2x2} {
  %c0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "c0"} : tensor<1x8x8x8xi16> -> tensor<1x8x8x8xi16>
  %d = dataflow.conv %c0 kernel [3, 3] stride [1, 1] pad [2, 2, 2, 2] dilation [2, 2] groups 1 {name = "dil"} : tensor<1x8x8x8xi16> -> tensor<1x8x8x8xi16>
  %s = dataflow.eltwise add %c0, %d {name = "sum"} : tensor<1x8x8x8xi16>, tensor<1x8x8x8xi16> -> tensor<1x8x8x8xi16>
  %c1 = dataflow.conv %s kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "c1"} : tensor<1x8x8x8xi16> -> tensor<1x8x8x8xi16>
  %c2 = dataflow.conv %c1 kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "c2"} : tensor<1x8x8x8xi16> -> tensor<1x8x8x8xi16>
  return %c2 : tensor<1x8x8x8xi16>
}

// TABLE:      coverage: 81.92e3 MACs scheduled
// TABLE:      pipeline: 4 segments
// TABLE:      1  single {{.*}} dil@0.0[0,0:2x2]
// TABLE:      3  spatial {{.*}} c1@0.0[0,0:2x1+2,1] c2@1.0[0,1:2x1+2,1]

// T16:        layer3_a conv
// T16:        aspp_d18 conv
// T16:        coverage: 12.18e9 MACs scheduled
// T16:        pipeline: {{[0-9]+}} segments
