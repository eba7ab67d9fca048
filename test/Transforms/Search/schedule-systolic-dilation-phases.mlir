// dataflow-schedule-systolic (docs/cost-model.md "Every layer kind on the array"):
// - a dilation at least the output extent (DeepLabV3's ASPP on small inputs) is E x F phases
//   of one output each, 16 runs of a 1x1-output convolution here;
// - a stride per spatial dimension, a 3-D stem of stride 1x2x2 (r3d_18, S3D, MViT), is
//   priced with each dimension's stride in the ifmap tile Ci prod_d (S_d t_d + K_d / 2).
// RUN: dataflow-opt %s --dataflow-schedule-systolic --verify-roundtrip | FileCheck %s
// dataflow-cost re-prices the written tilings to the same totals:
// RUN: dataflow-opt %s --dataflow-schedule-systolic --dataflow-cost | FileCheck %s

dataflow.accelerator @sa {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = searched,
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary
}

// CHECK-LABEL: func.func @beyond
// The run by hand (12.8 words per cycle; one tile, row-major): 8 -> 16 channels, a 1x1 output
// of the 3x3 kernel, 1 x 16 x 8 x 9 = 1152 MACs / (256 PEs x util 16/256) = 72 cycles;
// ofmap 16 + ifmap 8 x (1 + 3/2)^2 = 32, + ofmap 16 + weights 1152: 1216 words, / 12.8 = 95.
// CHECK: cycles = 95.0, compute_cycles = 72.0, memory_cycles = 95.0, transfer = 1216.0, {{.*}}name = "run"
// Dilation 12 on a 4x4 output: 4 x 4 phases of that run, 16 x 95 cycles, 16 x 1216 words:
// CHECK: cycles = 1520.0, compute_cycles = 1152.0, memory_cycles = 1520.0, transfer = 19456.0, {{.*}}name = "aspp"
func.func @beyond(%r: tensor<1x8x3x3xi16>, %x: tensor<1x8x4x4xi16>) attributes {dataflow.accelerator = @sa} {
  %0 = dataflow.conv %r kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "run"} : tensor<1x8x3x3xi16> -> tensor<1x16x1x1xi16>
  %1 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [12, 12, 12, 12] dilation [12, 12] groups 1 {name = "aspp"} : tensor<1x8x4x4xi16> -> tensor<1x16x4x4xi16>
  return
}

// CHECK-LABEL: func.func @stem
// By hand: 2 -> 16 channels, a 2x2x2 output (W, H, D), kernel 3x3x1, stride 2x2x1; one tile:
// ofmap 16 x 8 = 128, ifmap 2 x (2x2 + 1)(2x2 + 1)(1x2 + 0) = 100, weights 2 x 9 x 16 = 288;
// row-major (128 + 100) + (128 + 288) = 644 words, / 12.8 = 50 cycles; 8 x 16 x 18 = 2304
// MACs / (256 PEs x util 128/256) = 18 compute cycles.
// CHECK: channel_splits = 1, spatial_splits = [1, 1, 1], {{.*}}cycles = 50.0, compute_cycles = 18.0, memory_cycles = 50.0, transfer = 644.0, {{.*}}name = "stem"
func.func @stem(%v: tensor<1x2x2x4x4xi16>) attributes {dataflow.accelerator = @sa} {
  %0 = dataflow.conv %v kernel [1, 3, 3] stride [1, 2, 2] pad [0, 1, 1, 0, 1, 1] dilation [1, 1, 1] groups 1 {name = "stem"} : tensor<1x2x2x4x4xi16> -> tensor<1x16x2x2x2xi16>
  return
}
