// Groups are a partition dimension on a node grid (docs/cost-model.md "Groups on a grid"):
// OUTP splits whole groups. A depthwise 3x3 conv of 8 groups on a 2x2 grid with hybrid
// partitioning takes OUTP 2x2 (2 groups per node). Hand-checked: 8 x 8x8 x 3x3 = 4608 MACs;
// every group's 3x3 filter is read from DRAM once (8 x 9 = 72 words) and every ofmap word
// written once (8 x 8 x 8 = 512). dataflow-cost re-costs the written decision to the same
// figures. MobileNet (13 depthwise layers) schedules on T-16 and on the 8x8 mesh, MobileNetV2
// (17) on T-16.
// RUN: dataflow-opt %s --dataflow-schedule="progress=off hybrid=true lower=false" | FileCheck %s
// RUN: dataflow-opt %s --dataflow-schedule="progress=off hybrid=true lower=false" | dataflow-opt --dataflow-cost | FileCheck %s
// RUN: dataflow-opt %s --dataflow-schedule="progress=off hybrid=true" | FileCheck %s --check-prefix=LOWER
// RUN: dataflow-opt %examples/networks/mobilenet.mlir --dataflow-attach-accelerator="file=%examples/accelerators/tetris_t16.mlir" --dataflow-schedule="progress=off hybrid=true lower=false report=%t.t16.txt report-format=table" -o /dev/null
// RUN: FileCheck %s --check-prefix=T16 < %t.t16.txt
// RUN: dataflow-opt %examples/networks/mobilenet.mlir --dataflow-attach-accelerator="file=%examples/accelerators/mesh8x8_2d.mlir" --dataflow-schedule="progress=off hybrid=true lower=false report=%t.mesh.txt report-format=table" -o /dev/null
// RUN: FileCheck %s --check-prefix=MESH < %t.mesh.txt
// RUN: dataflow-opt %examples/networks/mobilenet_v2.mlir --dataflow-attach-accelerator="file=%examples/accelerators/tetris_t16.mlir" --dataflow-schedule="progress=off hybrid=true lower=false report=%t.v2.txt report-format=table" -o /dev/null
// RUN: FileCheck %s --check-prefix=V2 < %t.v2.txt

// CHECK-LABEL: func.func @dw(
// CHECK:         dataflow.conv
// CHECK-SAME:      groups 8
// CHECK-SAME:      dataflow.cost = #dataflow.cost<energy = 339328.0, mac = 4608.0,
// CHECK-SAME:      ops = 4608.0, utilization = 0.75, dram_access = [72.0, 960.0, 512.0]
// CHECK-SAME:      dataflow.partition = #dataflow.partition<order = [ofmp, batp, inpp, outp], outp = [2, 2], ofmp = [1, 1], batp = [1, 1], inpp = [1, 1]>, name = "dw"
// CHECK:         dataflow.conv
// CHECK-SAME:      groups 2
// CHECK-SAME:      mac = 4096.0,
// CHECK-SAME:      name = "pw"

// LOWER:       dataflow.layer_schedule "dw"
// LOWER:         dataflow.node_loop outp grid [2, 2] {

// T16:      conv_dw_1 {{.*}} ofmp4x4
// T16:      conv_dw_13 {{.*}} outp4x4
// T16:      total
// MESH:     conv_dw_13 {{.*}} outp8x8
// MESH:     total
// V2:       block17_dw {{.*}} outp
// V2:       total

dataflow.accelerator @mesh2x2 {
  nodes = [2, 2], pe_array = [4, 4],
  regf_bytes = 64, gbuf_bytes = 4096, word_bits = 16,
  memory = "2D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 0.0>
}
func.func @dw(%x: tensor<1x8x10x10xi16>) -> tensor<1x16x8x8xi16> attributes {dataflow.accelerator = @mesh2x2} {
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 8 {name = "dw"} : tensor<1x8x10x10xi16> -> tensor<1x8x8x8xi16>
  %1 = dataflow.conv %0 kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 2 {name = "pw"} : tensor<1x8x8x8xi16> -> tensor<1x16x8x8xi16>
  return %1 : tensor<1x16x8x8xi16>
}
