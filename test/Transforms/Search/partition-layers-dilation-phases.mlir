// A dilation at least the ofmap extent on a node grid (docs/cost-model.md "Slices on a grid"):
// DeepLabV3's ASPP on small inputs. Its E x F phases of one output each run one after another
// on every node, as on one node (block-loops-dilation-phases.mlir); the grid lays out the E x F
// ofmap, and a node's kernel reads (R-1) d + 1 input rows per output row with d the kernel's
// dilation (12), not the phase count (4).
//
// @aspp, hand-checked: 4 -> 4 channels, 3x3 kernel, dilation 12, a 4x4 ofmap (pad 12): 4 x 4
// = 16 phases of 1x1, 16 x 9 x 4 x 4 = 2304 MACs. The search picks OUTP 2x2 (one out-channel
// per node; a phase has one row, which OFMP cannot split). DRAM: every node reads its 4 x 1 x 9
// = 36 filter words once per phase (4 nodes x 16 x 36 = 2304) and its phase's 4 ch x 3x3 input
// window once per phase (4 x 16 x 36 = 2304); the 4 x 4x4 = 64 ofmap words are written once.
// NoC: the 64-word input sits 16 words on each node of the 2-D memory; every node needs all of
// it (rows [0, 3 + 2 x 12 + 1), the whole map), the 3 others' 16 words at distances 1, 1, 2:
// 4 x 16 x (1 + 1 + 2) = 256 IFM unit hops; the filters and the ofmap stay on their node.
// RUN: dataflow-opt %s --dataflow-schedule="progress=off hybrid=true lower=false" | FileCheck %s
// RUN: dataflow-opt %s --dataflow-schedule="progress=off hybrid=true lower=false" | dataflow-opt --dataflow-cost | FileCheck %s

// CHECK-LABEL: func.func @aspp(
// CHECK:         dataflow.conv
// CHECK-SAME:      dilation [12, 12]
// CHECK-SAME:      mac = 2304.0,
// CHECK-SAME:      ops = 2304.0, {{.*}} dram_access = [2304.0, 2304.0, 64.0]
// CHECK-SAME:      dataflow.noc = #dataflow.noc<unit_hops = [0.0, 256.0, 0.0],
// CHECK-SAME:      dataflow.partition = #dataflow.partition<{{.*}}outp = [2, 2], ofmp = [1, 1], {{.*}}name = "aspp"

dataflow.accelerator @mesh2x2 {
  nodes = [2, 2], pe_array = [4, 4],
  regf_bytes = 64, gbuf_bytes = 4096, word_bits = 16,
  memory = "2D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 0.0>
}
func.func @aspp(%x: tensor<1x4x4x4xi16>) -> tensor<1x4x4x4xi16> attributes {dataflow.accelerator = @mesh2x2} {
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [12, 12, 12, 12] dilation [12, 12] groups 1 {name = "aspp"} : tensor<1x4x4x4xi16> -> tensor<1x4x4x4xi16>
  return %0 : tensor<1x4x4x4xi16>
}
