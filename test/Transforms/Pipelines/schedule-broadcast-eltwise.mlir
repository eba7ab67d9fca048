// Broadcast element-wise (docs/cost-model.md "Broadcast element-wise"): a squeeze-excitation
// scale x (.) s, s one value per sample and channel (1 x 8 x 1 x 1), priced as the depthwise
// 1x1 convolution it is (out[n, c, p] = x[n, c, p] s[n, c]: N C groups of one channel, s the
// filter) on one node and on a 2x2 grid (with and without inter-layer pipelining); s's
// producers run first (read from DRAM like weights). The systolic array prices GEMMs, and
// skips it like any element-wise layer. It round-trips.
// Hand-checked, one node: 8 groups x 8x8 positions = 512 multiplies; DRAM: the 8 scale
// values once, the 512 words of x once, the 512 outputs written once: [8, 512, 512].
// RUN: dataflow-opt %s --verify-roundtrip | FileCheck %s --check-prefix=IR
// RUN: dataflow-opt %s --dataflow-schedule="progress=off hybrid=true lower=false" | FileCheck %s
// RUN: dataflow-opt %s --dataflow-schedule="progress=off hybrid=true lower=false" | dataflow-opt --dataflow-cost | FileCheck %s
// RUN: dataflow-opt %s --dataflow-schedule="progress=off hybrid=true lower=false interlayer=true" | FileCheck %s --check-prefix=PIPE

// IR: dataflow.eltwise mul %{{.*}}, %{{.*}} {name = "scale"} : tensor<1x8x8x8xi16>, tensor<1x8x1x1xi16> -> tensor<1x8x8x8xi16>

// CHECK-LABEL: func.func @one(
// CHECK:         dataflow.eltwise mul {{.*}}ops = 512.0, {{.*}}dram_access = [8.0, 512.0, 512.0], {{.*}}name = "scale"
// Batch 2 on one node: one group per sample and channel (s differs per sample): 16 groups,
// DRAM [16, 1024, 1024].
// CHECK-LABEL: func.func @batch2(
// CHECK:         dataflow.eltwise add {{.*}}ops = 1024.0, {{.*}}dram_access = [16.0, 1024.0, 1024.0], {{.*}}name = "bias"
// CHECK-LABEL: func.func @grid(
// CHECK:         dataflow.eltwise mul {{.*}}ops = 512.0, {{.*}}name = "scale"
// CHECK-LABEL: func.func @array(
// CHECK:         dataflow.eltwise mul %{{.*}}, %{{.*}} {name = "scale"}

// Batch 2 on the grid: the layer's fmaps are 1 x 16 x 8 x 8 (16 groups of batch 1), the same
// DRAM words as the 2 x 8 x 8 x 8 value its producer writes and its consumer reads: both
// through DRAM (docs/cost-model.md "Views, slices and token concats on a grid"). 1024 ops.
// CHECK-LABEL: func.func @grid_batch2(
// CHECK:         ops = 1024.0, {{.*}}name = "scale"
// CHECK:         name = "after"

// PIPE-LABEL: func.func @grid(
// PIPE:         dataflow.eltwise mul {{.*}}ops = 512.0, {{.*}}name = "scale"
// PIPE-LABEL: func.func @grid_batch2(
// PIPE:         ops = 1024.0, {{.*}}name = "scale"

dataflow.accelerator @node {
  nodes = [1, 1], pe_array = [12, 14], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
dataflow.accelerator @mesh2x2 {
  nodes = [2, 2], pe_array = [4, 4],
  regf_bytes = 64, gbuf_bytes = 4096, word_bits = 16,
  memory = "2D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 0.0>
}
dataflow.accelerator @sa {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = searched,
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary
}
func.func @one(%x: tensor<1x8x8x8xi16>) -> tensor<1x8x8x8xi16> attributes {dataflow.accelerator = @node} {
  %y = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "c"} : tensor<1x8x8x8xi16> -> tensor<1x8x8x8xi16>
  %p = dataflow.pool avg %y window [8, 8] stride [8, 8] pad [0, 0, 0, 0] {name = "p"} : tensor<1x8x8x8xi16> -> tensor<1x8x1x1xi16>
  %f = dataflow.conv %p kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "f"} : tensor<1x8x1x1xi16> -> tensor<1x8x1x1xi16>
  %s = dataflow.activation sigmoid %f {name = "s"} : tensor<1x8x1x1xi16> -> tensor<1x8x1x1xi16>
  %z = dataflow.eltwise mul %y, %s {name = "scale"} : tensor<1x8x8x8xi16>, tensor<1x8x1x1xi16> -> tensor<1x8x8x8xi16>
  return %z : tensor<1x8x8x8xi16>
}
func.func @batch2(%x: tensor<2x8x8x8xi16>, %s: tensor<2x8x1x1xi16>) -> tensor<2x8x8x8xi16> attributes {dataflow.accelerator = @node} {
  %z = dataflow.eltwise add %s, %x {name = "bias"} : tensor<2x8x1x1xi16>, tensor<2x8x8x8xi16> -> tensor<2x8x8x8xi16>
  return %z : tensor<2x8x8x8xi16>
}
func.func @grid(%x: tensor<1x8x8x8xi16>) -> tensor<1x8x8x8xi16> attributes {dataflow.accelerator = @mesh2x2} {
  %y = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "c"} : tensor<1x8x8x8xi16> -> tensor<1x8x8x8xi16>
  %p = dataflow.pool avg %y window [8, 8] stride [8, 8] pad [0, 0, 0, 0] {name = "p"} : tensor<1x8x8x8xi16> -> tensor<1x8x1x1xi16>
  %f = dataflow.conv %p kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "f"} : tensor<1x8x1x1xi16> -> tensor<1x8x1x1xi16>
  %s = dataflow.activation sigmoid %f {name = "s"} : tensor<1x8x1x1xi16> -> tensor<1x8x1x1xi16>
  %z = dataflow.eltwise mul %y, %s {name = "scale"} : tensor<1x8x8x8xi16>, tensor<1x8x1x1xi16> -> tensor<1x8x8x8xi16>
  return %z : tensor<1x8x8x8xi16>
}
func.func @array(%x: tensor<1x8x8x8xi16>) -> tensor<1x8x8x8xi16> attributes {dataflow.accelerator = @sa} {
  %y = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "c"} : tensor<1x8x8x8xi16> -> tensor<1x8x8x8xi16>
  %p = dataflow.pool avg %y window [8, 8] stride [8, 8] pad [0, 0, 0, 0] {name = "p"} : tensor<1x8x8x8xi16> -> tensor<1x8x1x1xi16>
  %f = dataflow.conv %p kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "f"} : tensor<1x8x1x1xi16> -> tensor<1x8x1x1xi16>
  %s = dataflow.activation sigmoid %f {name = "s"} : tensor<1x8x1x1xi16> -> tensor<1x8x1x1xi16>
  %z = dataflow.eltwise mul %y, %s {name = "scale"} : tensor<1x8x8x8xi16>, tensor<1x8x1x1xi16> -> tensor<1x8x8x8xi16>
  return %z : tensor<1x8x8x8xi16>
}
func.func @grid_batch2(%x: tensor<2x8x8x8xi16>) -> tensor<2x8x8x8xi16> attributes {dataflow.accelerator = @mesh2x2} {
  %y = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "c"} : tensor<2x8x8x8xi16> -> tensor<2x8x8x8xi16>
  %p = dataflow.pool avg %y window [8, 8] stride [8, 8] pad [0, 0, 0, 0] {name = "p"} : tensor<2x8x8x8xi16> -> tensor<2x8x1x1xi16>
  %z = dataflow.eltwise mul %y, %p {name = "scale"} : tensor<2x8x8x8xi16>, tensor<2x8x1x1xi16> -> tensor<2x8x8x8xi16>
  %o = dataflow.conv %z kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "after"} : tensor<2x8x8x8xi16> -> tensor<2x8x8x8xi16>
  return %o : tensor<2x8x8x8xi16>
}
