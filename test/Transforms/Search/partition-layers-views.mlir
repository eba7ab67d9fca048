// Views, slices and token concats on a node grid (docs/cost-model.md "Views, slices and token
// concats on a grid"): in a layer-by-layer schedule every layer writes its ofmap to DRAM, so a
// value the grid cannot lay out (a view other than a head split or channels last, a
// dataflow.slice, a concat along tokens) is read back from the DRAM region as an external fmap
// of its own shape (T x D: batch T, channels D), laid out like the network input by the input
// partition projected onto the DRAM region. 2-D memory on a 2x2 grid: every node is a DRAM node.
//
// @tokens, hand-checked: a 2x2/2 patch conv writes 8 channels x 2x2 patches; the token view
// (1x8x2x2 -> 1x4x8, a permutation), the class-token concat (along tokens) and the flattening
// view make the 5 x 8 token matrix, which the fc reads from DRAM as batch 5 x 8 channels = 40
// words. The input partition is OFMP 2x2; projected onto the 1x1 token "rows and columns" the
// floor splits [0,0) and [0,1) put all 40 words on node (1,1). The fc runs OUTP 2x2 (every
// node needs all 40 words): IFM unit hops = 40 x (2 + 1 + 1 + 0) = 160 (dram_access ifmap:
// 40 words x 4 nodes = 160; filters 8 x 8 = 64; ofmap 5 x 8 = 40). On a 2x2 grid a word all
// four nodes read costs 4 hops wherever it lies, so 160 checks the words read (batch 5 x 8,
// not the network's batch 1 x 8 = 32 hops); unittests/CostModel/MultiNode/ExternalBatchTest.cpp
// checks the layout on a row of four nodes (240 hops from one node, 200 split by channels).
//
// @shuffle, a ShuffleNetV2-style channel split: the two dataflow.slice halves of stem's 8
// channels are read back from DRAM as 4-channel 4x4 fmaps, split OFMP 2x2 like the input;
// branch and mix run OFMP 2x2 with 1x1 kernels, so every node reads only its own quadrant:
// 0 IFM unit hops, and mix's concat (left from DRAM, branch's ofmap) is still a channel concat.
//
// @video: a 3-D conv and a global 3-D pool, then the N x C x 1 x 1 x 1 -> N x C flatten (a
// 5-D view): the fc reads 1 x 4 channels from DRAM, all on node (1,1) as above, OUTP 2x2:
// 4 x (2 + 1 + 1 + 0) = 16 IFM unit hops.
//
// @boxes, torchvision's ViT encoder: a LayerNorm over 1 x 5 x 8 tokens is priced as batch 1 x 5
// channels x 8 rows, but the fc reads its 5 x 8 view (batch 5), and the residual add over a
// 1 x 5 x 8 view of the fc's 5 x 8 output is in the head layout (batch 5 x 8 channels): both
// read the norm's output back from DRAM as 5 x 8 (40 words, proj: 160 hops on the 2x2 grid as
// above; res: 2 x 40 = 80 element-wise ops).
//
// @windows, Swin's window attention: the batched matmul's lhs is a window partition of the q
// projection (8 x 16 -> 4 windows x 4 tokens x 8, no head split), read from DRAM in the head
// layout: batch 4 (rows) x 4 x 8 channels. With the input partition OUTP 2x2 node k holds
// channels [8k, 8k + 8) of it, which is exactly window k's lhs on the matmul's OUTP 2x2
// (one window per node): 0 IFM unit hops, the 128 lhs words read once from DRAM.
//
// @nhwc: a norm over a channels-last view is priced as the N x C x H x W value it views and
// follows the conv (0 hops on OFMP 2x2); an add over the N x H x W x C values (the norm's output
// and the view itself) reads them back from DRAM as 1 x 4 channels x 4 x 8, and the view back
// to N x C x H x W of the add's output is read from DRAM too.
//
// @bias: an add over heads (a bias or mask over scores) reads its other operand, a function
// argument of 2 heads x 4 rows x 8, in the head layout too: batch 4 x 16 channels, 2 x 64 = 128
// element-wise ops (read as batch 2, the add would be refused: partition-layers-views-invalid).
//
// RUN: dataflow-opt %s --dataflow-schedule="progress=off hybrid=true lower=false" | FileCheck %s
// RUN: dataflow-opt %s --dataflow-schedule="progress=off hybrid=true lower=false" | dataflow-opt --dataflow-cost | FileCheck %s
// RUN: dataflow-opt %examples/networks/vit_b16.mlir --dataflow-attach-accelerator="file=%examples/accelerators/tetris_t16.mlir" --dataflow-schedule="progress=off hybrid=true lower=false report=%t.vit.txt report-format=table" -o /dev/null
// RUN: FileCheck %s --check-prefix=VIT < %t.vit.txt

// CHECK-LABEL: func.func @tokens(
// CHECK-SAME:    dataflow.input_partition = #dataflow.partition<order = [outp, batp, inpp, ofmp], outp = [1, 1], ofmp = [2, 2], batp = [1, 1], inpp = [1, 1]>
// CHECK:         dataflow.conv
// CHECK-SAME:      name = "patch"
// CHECK:         dataflow.fc
// CHECK-SAME:      mac = 320.0,
// CHECK-SAME:      dram_access = [64.0, 160.0, 40.0]
// CHECK-SAME:      dataflow.noc = #dataflow.noc<unit_hops = [0.0, 160.0, 0.0],
// CHECK-SAME:      dataflow.partition = #dataflow.partition<order = [ofmp, batp, inpp, outp], outp = [2, 2], ofmp = [1, 1], batp = [1, 1], inpp = [1, 1]>, name = "head"
// CHECK-LABEL: func.func @shuffle(
// CHECK:         dataflow.conv {{.*}}name = "stem"
// CHECK:         dataflow.conv
// CHECK-SAME:      dataflow.noc = #dataflow.noc<unit_hops = [0.0, 0.0, 0.0],
// CHECK-SAME:      ofmp = [2, 2], {{.*}}name = "branch"
// CHECK:         dataflow.conv
// CHECK-SAME:      mac = 1024.0,
// CHECK-SAME:      dataflow.noc = #dataflow.noc<unit_hops = [0.0, 0.0, 0.0],
// CHECK-SAME:      ofmp = [2, 2], {{.*}}name = "mix"
// CHECK-LABEL: func.func @video(
// CHECK:         dataflow.pool {{.*}}name = "gap"
// CHECK:         dataflow.fc
// CHECK-SAME:      mac = 16.0,
// CHECK-SAME:      dataflow.noc = #dataflow.noc<unit_hops = [0.0, 16.0, 0.0],
// CHECK-SAME:      outp = [2, 2], {{.*}}name = "fc"

// CHECK-LABEL: func.func @boxes(
// CHECK:         dataflow.norm
// CHECK-SAME:      name = "ln"
// CHECK:         dataflow.fc
// CHECK-SAME:      mac = 320.0,
// CHECK-SAME:      dram_access = [64.0, 160.0, 40.0]
// CHECK-SAME:      dataflow.noc = #dataflow.noc<unit_hops = [0.0, 160.0, 0.0],
// CHECK-SAME:      name = "proj"
// CHECK:         dataflow.eltwise
// CHECK-SAME:      mac = 80.0,
// CHECK-SAME:      name = "res"
// CHECK-LABEL: func.func @windows(
// CHECK-SAME:    dataflow.input_partition = #dataflow.partition<order = [ofmp, batp, inpp, outp], outp = [2, 2], ofmp = [1, 1], batp = [1, 1], inpp = [1, 1]>
// CHECK:         dataflow.matmul
// CHECK-SAME:      mac = 512.0,
// CHECK-SAME:      dram_access = [128.0, 128.0, 64.0]
// CHECK-SAME:      dataflow.noc = #dataflow.noc<unit_hops = [0.0, 0.0, 0.0],
// CHECK-SAME:      outp = [2, 2], {{.*}}name = "scores"
// CHECK-LABEL: func.func @nhwc(
// CHECK:         dataflow.norm
// CHECK-SAME:      mac = 128.0,
// CHECK-SAME:      name = "ln"
// CHECK:         dataflow.eltwise
// CHECK-SAME:      mac = 256.0,
// CHECK-SAME:      name = "add"
// CHECK:         dataflow.conv
// CHECK-SAME:      mac = 1024.0,
// CHECK-SAME:      name = "o"

// CHECK-LABEL: func.func @bias(
// CHECK:         dataflow.eltwise
// CHECK-SAME:      mac = 128.0,
// CHECK-SAME:      name = "bias"

// ViT-B/16 on T-16: the patch tokens, the class-token concat and the position embedding are
// read from DRAM; every layer is scheduled, all 17.56e9 MACs.
// VIT:      patch_embed       conv
// VIT-NEXT: add_pos           eltwise
// VIT:      ln_final          norm
// VIT:      coverage: 17.56e9 MACs scheduled

dataflow.accelerator @mesh2x2 {
  nodes = [2, 2], pe_array = [4, 4],
  regf_bytes = 64, gbuf_bytes = 4096, word_bits = 16,
  memory = "2D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 0.0>
}
func.func @tokens(%x: tensor<1x4x4x4xi16>, %cls: tensor<1x1x8xi16>) -> tensor<5x8xi16> attributes {dataflow.accelerator = @mesh2x2} {
  %c = dataflow.conv %x kernel [2, 2] stride [2, 2] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "patch"} : tensor<1x4x4x4xi16> -> tensor<1x8x2x2xi16>
  %t = dataflow.view %c {name = "patch_tokens"} : tensor<1x8x2x2xi16> -> tensor<1x4x8xi16>
  %w = dataflow.concat %cls, %t {name = "with_cls"} : tensor<1x1x8xi16>, tensor<1x4x8xi16> -> tensor<1x5x8xi16>
  %f = dataflow.view %w {name = "tokens"} : tensor<1x5x8xi16> -> tensor<5x8xi16>
  %o = dataflow.fc %f {name = "head"} : tensor<5x8xi16> -> tensor<5x8xi16>
  return %o : tensor<5x8xi16>
}
func.func @shuffle(%x: tensor<1x8x4x4xi16>) -> tensor<1x8x4x4xi16> attributes {dataflow.accelerator = @mesh2x2} {
  %c = dataflow.conv %x kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "stem"} : tensor<1x8x4x4xi16> -> tensor<1x8x4x4xi16>
  %l = dataflow.slice %c axis 1 offset 0 {name = "left"} : tensor<1x8x4x4xi16> -> tensor<1x4x4x4xi16>
  %r = dataflow.slice %c axis 1 offset 4 {name = "right"} : tensor<1x8x4x4xi16> -> tensor<1x4x4x4xi16>
  %b = dataflow.conv %r kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "branch"} : tensor<1x4x4x4xi16> -> tensor<1x4x4x4xi16>
  %j = dataflow.concat %l, %b {name = "join"} : tensor<1x4x4x4xi16>, tensor<1x4x4x4xi16> -> tensor<1x8x4x4xi16>
  %o = dataflow.conv %j kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "mix"} : tensor<1x8x4x4xi16> -> tensor<1x8x4x4xi16>
  return %o : tensor<1x8x4x4xi16>
}
func.func @video(%x: tensor<1x2x2x4x4xi16>) -> tensor<1x4xi16> attributes {dataflow.accelerator = @mesh2x2} {
  %c = dataflow.conv %x kernel [1, 1, 1] stride [1, 1, 1] pad [0, 0, 0, 0, 0, 0] dilation [1, 1, 1] groups 1 {name = "c3"} : tensor<1x2x2x4x4xi16> -> tensor<1x4x2x4x4xi16>
  %p = dataflow.pool avg %c window [2, 4, 4] stride [2, 4, 4] pad [0, 0, 0, 0, 0, 0] {name = "gap"} : tensor<1x4x2x4x4xi16> -> tensor<1x4x1x1x1xi16>
  %v = dataflow.view %p {name = "flatten"} : tensor<1x4x1x1x1xi16> -> tensor<1x4xi16>
  %o = dataflow.fc %v {name = "fc"} : tensor<1x4xi16> -> tensor<1x4xi16>
  return %o : tensor<1x4xi16>
}
func.func @boxes(%x: tensor<1x5x8xi16>) -> tensor<1x5x8xi16> attributes {dataflow.accelerator = @mesh2x2} {
  %n = dataflow.norm layer_norm %x {name = "ln"} : tensor<1x5x8xi16> -> tensor<1x5x8xi16>
  %f = dataflow.view %n {name = "ln_view"} : tensor<1x5x8xi16> -> tensor<5x8xi16>
  %p = dataflow.fc %f {name = "proj"} : tensor<5x8xi16> -> tensor<5x8xi16>
  %v = dataflow.view %p {name = "proj_view"} : tensor<5x8xi16> -> tensor<1x5x8xi16>
  %a = dataflow.eltwise add %v, %n {name = "res"} : tensor<1x5x8xi16>, tensor<1x5x8xi16> -> tensor<1x5x8xi16>
  return %a : tensor<1x5x8xi16>
}
func.func @windows(%x: tensor<8x16xi16>, %k: tensor<4x8x4xi16>) -> tensor<4x4x4xi16> attributes {dataflow.accelerator = @mesh2x2} {
  %q = dataflow.fc %x {name = "q"} : tensor<8x16xi16> -> tensor<8x16xi16>
  %w = dataflow.view %q {name = "q_windows"} : tensor<8x16xi16> -> tensor<4x4x8xi16>
  %s = dataflow.matmul %w, %k {name = "scores"} : tensor<4x4x8xi16>, tensor<4x8x4xi16> -> tensor<4x4x4xi16>
  return %s : tensor<4x4x4xi16>
}
func.func @nhwc(%x: tensor<1x8x4x4xi16>) -> tensor<1x8x4x4xi16> attributes {dataflow.accelerator = @mesh2x2} {
  %c = dataflow.conv %x kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "c"} : tensor<1x8x4x4xi16> -> tensor<1x8x4x4xi16>
  %l = dataflow.view %c {name = "to_last"} : tensor<1x8x4x4xi16> -> tensor<1x4x4x8xi16>
  %n = dataflow.norm layer_norm %l {name = "ln"} : tensor<1x4x4x8xi16> -> tensor<1x4x4x8xi16>
  %e = dataflow.eltwise add %n, %l {name = "add"} : tensor<1x4x4x8xi16>, tensor<1x4x4x8xi16> -> tensor<1x4x4x8xi16>
  %b = dataflow.view %e {name = "back"} : tensor<1x4x4x8xi16> -> tensor<1x8x4x4xi16>
  %o = dataflow.conv %b kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "o"} : tensor<1x8x4x4xi16> -> tensor<1x8x4x4xi16>
  return %o : tensor<1x8x4x4xi16>
}
func.func @bias(%x: tensor<4x16xi16>, %b: tensor<2x4x8xi16>) -> tensor<2x4x8xi16> attributes {dataflow.accelerator = @mesh2x2} {
  %q = dataflow.fc %x {name = "q"} : tensor<4x16xi16> -> tensor<4x16xi16>
  %qh = dataflow.view %q {name = "q_heads"} : tensor<4x16xi16> -> tensor<2x4x8xi16>
  %a = dataflow.eltwise add %qh, %b {name = "bias"} : tensor<2x4x8xi16>, tensor<2x4x8xi16> -> tensor<2x4x8xi16>
  return %a : tensor<2x4x8xi16>
}
