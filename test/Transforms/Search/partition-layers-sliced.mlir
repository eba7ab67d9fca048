// Dilated and 3-D convolutions on a node grid (docs/cost-model.md "Slices on a grid"): the
// slices (dilation phases, output depth x kernel depth) run one after another on every node,
// as on one node, while the grid lays out the whole fmaps: E d x F d rows and columns, and
// C D channels (channel-major, depth-minor), which 3-D element-wise layers share.
//
// @dil, hand-checked: 4 -> 4 channels, 3x3 kernel, dilation 2, an 8x8 ofmap: 4 phases of 4x4,
// 4 x 8x8 x 4 x 9 = 9216 MACs. The search picks OUTP 1x2 (channels [2w, 2w+2) on column w)
// and OFMP 2x1 (phase rows [2h, 2h+2), i.e. full rows [4h, 4h+4) on row h); the input is laid
// out the same way in the DRAM region (here the whole 2x2 grid), 2 ch x 4 rows x 8 cols =
// 64 words per node. A dilated kernel reads (R-1) d + 1 = 5 input rows per output row, so
// nodes on row 0 need input rows [0, 3 + 5) (all 8) and nodes on row 1 rows [4, 12) (4..7):
// IFM unit hops = row 0: 2 x 64 x (0 + 1 + 1 + 2) = 512, row 1: 2 x 64 x (0 + 1) = 128,
// 640 in all (an undilated 3x3 kernel would read rows [0, 6) and [4, 8): fewer). DRAM: every
// node reads its 4 x 2 x 9 filters once per phase (4 x 72 x 4 = 1152), its per-phase input
// 4 ch x 4 x 6 per phase (4 x 96 x 4 = 1536), and the 4 x 8 x 8 = 256 ofmap words are
// written once. 2-D memory puts DRAM on every node of a 2x2 grid: filters cost no hops.
//
// @c3: 2 -> 4 channels, kernel depth 2 over input depth 3 (output depth 2), 1x1 over 4x4:
// 4 x 2 x 16 x 2 x 2 = 512 MACs in D T = 4 slices; every slice writes its partial 4x4 ofmap
// (T x 128 = 256 words, as on one node). c3b (1x1x1) reads c3's 8-channel layout and the
// residual add reads both, 4 x 2 x 16 x 2 = 256 "MACs": every element once. The 2x2x2 pool
// p3 reads them back: its one output slice pools 2 depth taps of 2x2 windows, 4 x 2x2 x 8 =
// 128 ops, the same as on one node (there its output depth is batch, here groups).
//
// @up, a transposed convolution, is priced as on one node: dataflow-schedule decomposes it
// into its 4 stride-phase convolutions (2x2 kernels over 4x4 outputs, 4 x 8 x 16 x 4 = 2048
// MACs each, 8192 in all, = 8 x 4 x 4x4 x 4x4 / 4 of the deconvolution); each phase writes its
// 4 x 4x4 ofmap to DRAM (64 words) and the pool reads the interleaved 4 x 8x8 fmap back from
// the DRAM region as an external input (a stride phase is no §5.3 box).
//
// RUN: dataflow-opt %s --dataflow-schedule="progress=off hybrid=true lower=false" | FileCheck %s
// RUN: dataflow-opt %s --dataflow-schedule="progress=off hybrid=true lower=false" | dataflow-opt --dataflow-cost | FileCheck %s
// RUN: dataflow-opt %examples/networks/deeplab_v3.mlir --dataflow-attach-accelerator="file=%examples/accelerators/tetris_t16.mlir" --dataflow-schedule="progress=off hybrid=true lower=false report=%t.t16.txt report-format=table" -o /dev/null
// RUN: FileCheck %s --check-prefix=T16 < %t.t16.txt
// RUN: dataflow-opt %examples/networks/dcgan.mlir --dataflow-attach-accelerator="file=%examples/accelerators/tetris_t16.mlir" --dataflow-schedule="progress=off hybrid=true lower=false report=%t.dcgan.txt report-format=table" -o /dev/null
// RUN: FileCheck %s --check-prefix=DCGAN < %t.dcgan.txt
// RUN: dataflow-opt %examples/networks/c3d.mlir --dataflow-attach-accelerator="file=%examples/accelerators/tetris_t16.mlir" --dataflow-schedule="progress=off hybrid=true lower=false report=%t.c3d.txt report-format=table" -o /dev/null
// RUN: FileCheck %s --check-prefix=C3D < %t.c3d.txt
// RUN: dataflow-opt %s --dataflow-schedule="progress=off hybrid=true interlayer=true lower=false" | FileCheck %s --check-prefix=SEGMENTS

// CHECK-LABEL: func.func @dil(
// CHECK:         dataflow.conv
// CHECK-SAME:      dilation [2, 2]
// CHECK-SAME:      mac = 9216.0,
// CHECK-SAME:      ops = 9216.0, {{.*}} dram_access = [1152.0, 1536.0, 256.0]
// CHECK-SAME:      dataflow.noc = #dataflow.noc<unit_hops = [0.0, 640.0, 0.0],
// CHECK-SAME:      dataflow.partition = #dataflow.partition<order = [batp, inpp, outp, ofmp], outp = [1, 2], ofmp = [2, 1], batp = [1, 1], inpp = [1, 1]>, name = "dil"
// CHECK-LABEL: func.func @c3(
// CHECK:         dataflow.conv
// CHECK-SAME:      mac = 512.0,
// CHECK-SAME:      dram_access = [128.0, 128.0, 256.0]
// CHECK-SAME:      name = "c3"
// CHECK:         dataflow.conv
// CHECK-SAME:      mac = 512.0,
// CHECK-SAME:      name = "c3b"
// CHECK:         dataflow.eltwise
// CHECK-SAME:      mac = 256.0,
// CHECK-SAME:      name = "res"
// CHECK:         dataflow.pool
// CHECK-SAME:      mac = 128.0,
// CHECK-SAME:      name = "p3"
// CHECK-LABEL: func.func @up(
// CHECK-COUNT-4: dataflow.conv {{.*}} mac = 2048.0, {{.*}} dram_access = [{{[0-9.]+}}, {{[0-9.]+}}, 64.0]
// CHECK:         dataflow.pool
// CHECK-SAME:      name = "pool"

// DeepLabV3 (dilations 2, 4, 6, 12, 18) on T-16: every conv, all 12.18e9 MACs.
// T16:      layer3_a conv
// T16:      aspp_d18 conv
// T16:      total
// T16:      coverage: 12.18e9 MACs scheduled

// DCGAN's four deconvolutions on T-16, 16 phase convolutions: all 639.0e6 MACs.
// DCGAN:    deconv1.phase_0_0 conv
// DCGAN:    deconv4.phase_1_1 conv
// DCGAN:    coverage: 639.0e6 MACs scheduled

// C3D (3-D convolutions and pools) on T-16: all 38.55e9 MACs, as on one node.
// C3D:      conv1a conv
// C3D:      pool5 pool
// C3D:      coverage: 38.55e9 MACs scheduled

// With interlayer=true every sliced layer is a one-layer segment (docs/cost-model.md §6
// "Sliced layers"), priced as above: the same hand-checked figures.
// SEGMENTS-LABEL: func.func @dil(
// SEGMENTS:         dataflow.conv
// SEGMENTS-SAME:      ops = 9216.0, {{.*}} dram_access = [1152.0, 1536.0, 256.0]
// SEGMENTS-SAME:      dataflow.noc = #dataflow.noc<unit_hops = [0.0, 640.0, 0.0],
// SEGMENTS-SAME:      dataflow.segment = #dataflow.segment<index = 0, kind = single,
// SEGMENTS-LABEL: func.func @c3(
// SEGMENTS:         dataflow.conv
// SEGMENTS-SAME:      mac = 512.0, {{.*}} dram_access = [128.0, 128.0, 256.0]
// SEGMENTS-SAME:      dataflow.segment = #dataflow.segment<index = 0, kind = single,
// SEGMENTS:         dataflow.conv {{.*}} mac = 512.0, {{.*}} dataflow.segment = #dataflow.segment<index = 1, kind = single,
// SEGMENTS:         dataflow.eltwise {{.*}} mac = 256.0,
// SEGMENTS:         dataflow.pool {{.*}} mac = 128.0, {{.*}} dataflow.segment = #dataflow.segment<index = 3, kind = single,

dataflow.accelerator @mesh2x2 {
  nodes = [2, 2], pe_array = [4, 4],
  regf_bytes = 64, gbuf_bytes = 4096, word_bits = 16,
  memory = "2D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 0.0>
}
func.func @dil(%x: tensor<1x4x8x8xi16>) -> tensor<1x4x8x8xi16> attributes {dataflow.accelerator = @mesh2x2} {
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [2, 2, 2, 2] dilation [2, 2] groups 1 {name = "dil"} : tensor<1x4x8x8xi16> -> tensor<1x4x8x8xi16>
  return %0 : tensor<1x4x8x8xi16>
}
func.func @c3(%v: tensor<1x2x3x4x4xi16>) -> tensor<1x4x1x2x2xi16> attributes {dataflow.accelerator = @mesh2x2} {
  %0 = dataflow.conv %v kernel [2, 1, 1] stride [1, 1, 1] pad [0, 0, 0, 0, 0, 0] dilation [1, 1, 1] groups 1 {name = "c3"} : tensor<1x2x3x4x4xi16> -> tensor<1x4x2x4x4xi16>
  %1 = dataflow.conv %0 kernel [1, 1, 1] stride [1, 1, 1] pad [0, 0, 0, 0, 0, 0] dilation [1, 1, 1] groups 1 {name = "c3b"} : tensor<1x4x2x4x4xi16> -> tensor<1x4x2x4x4xi16>
  %2 = dataflow.eltwise add %0, %1 {name = "res"} : tensor<1x4x2x4x4xi16>, tensor<1x4x2x4x4xi16> -> tensor<1x4x2x4x4xi16>
  %3 = dataflow.pool max %2 window [2, 2, 2] stride [2, 2, 2] pad [0, 0, 0, 0, 0, 0] {name = "p3"} : tensor<1x4x2x4x4xi16> -> tensor<1x4x1x2x2xi16>
  return %3 : tensor<1x4x1x2x2xi16>
}
func.func @up(%x: tensor<1x8x4x4xi16>) -> tensor<1x4x4x4xi16> attributes {dataflow.accelerator = @mesh2x2} {
  %y = dataflow.deconv %x kernel [4, 4] stride [2, 2] pad [1, 1, 1, 1] output_padding [0, 0] dilation [1, 1] groups 1 {name = "up"} : tensor<1x8x4x4xi16> -> tensor<1x4x8x8xi16>
  %p = dataflow.pool max %y window [2, 2] stride [2, 2] pad [0, 0, 0, 0] {name = "pool"} : tensor<1x4x8x8xi16> -> tensor<1x4x4x4xi16>
  return %p : tensor<1x4x4x4xi16>
}
