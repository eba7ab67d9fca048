// dataflow-decompose-deconv: a deconvolution becomes stride-phase convolutions
// interleaved by strided tensor.insert_slice (split), or one convolution with
// s^d times the channels whose phases are sliced back out (combine=true).
// RUN: dataflow-opt %s --dataflow-decompose-deconv --verify-roundtrip | FileCheck %s
// RUN: dataflow-opt %s --dataflow-decompose-deconv=combine=true --verify-roundtrip | FileCheck %s --check-prefix=COMB
// RUN: dataflow-opt %s --dataflow-decompose-deconv=combine=false | FileCheck %s

// DCGAN's 4x4 stride-2 kernel: four 2x2 phases, each 4x4 outputs, one every
// second row/column from (1,1), (1,0), (0,1), (0,0).
// CHECK-LABEL: func.func @even_kernel
// CHECK: %[[E:.*]] = tensor.empty() : tensor<1x4x8x8xi16>
// CHECK: %[[P00:.*]] = dataflow.conv %arg0 kernel [2, 2] stride [1, 1] pad [0, 0, 1, 1] dilation [1, 1] groups 1 {name = "up.phase_0_0"} : tensor<1x8x4x4xi16> -> tensor<1x4x4x4xi16>
// CHECK: %[[I0:.*]] = tensor.insert_slice %[[P00]] into %[[E]][0, 0, 1, 1] [1, 4, 4, 4] [1, 1, 2, 2]
// CHECK: dataflow.conv %arg0 kernel [2, 2] {{.*}} pad [0, 1, 1, 0] {{.*}} {name = "up.phase_0_1"}
// CHECK: tensor.insert_slice {{.*}}[0, 0, 1, 0] [1, 4, 4, 4] [1, 1, 2, 2]
// CHECK: dataflow.conv %arg0 kernel [2, 2] {{.*}} pad [1, 0, 0, 1] {{.*}} {name = "up.phase_1_0"}
// CHECK: tensor.insert_slice {{.*}}[0, 0, 0, 1] [1, 4, 4, 4] [1, 1, 2, 2]
// CHECK: dataflow.conv %arg0 kernel [2, 2] {{.*}} pad [1, 1, 0, 0] {{.*}} {name = "up.phase_1_1"}
// CHECK: %[[LAST:.*]] = tensor.insert_slice {{.*}}[0, 0, 0, 0] [1, 4, 4, 4] [1, 1, 2, 2]
// CHECK-NOT: dataflow.deconv
// CHECK: return %[[LAST]]
// COMB-LABEL: func.func @even_kernel
// COMB: %[[ALL:.*]] = dataflow.conv %arg0 kernel [2, 2] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "up.phases"} : tensor<1x8x4x4xi16> -> tensor<1x16x5x5xi16>
// COMB: tensor.extract_slice %[[ALL]][0, 0, 1, 1] [1, 4, 4, 4] [1, 1, 1, 1]
// COMB: tensor.extract_slice %[[ALL]][0, 4, 1, 0] [1, 4, 4, 4] [1, 1, 1, 1]
// COMB: tensor.extract_slice %[[ALL]][0, 8, 0, 1] [1, 4, 4, 4] [1, 1, 1, 1]
// COMB: tensor.extract_slice %[[ALL]][0, 12, 0, 0] [1, 4, 4, 4] [1, 1, 1, 1]
func.func @even_kernel(%x: tensor<1x8x4x4xi16>) -> tensor<1x4x8x8xi16> {
  %y = dataflow.deconv %x kernel [4, 4] stride [2, 2] pad [1, 1, 1, 1] output_padding [0, 0] dilation [1, 1] groups 1 {name = "up"} : tensor<1x8x4x4xi16> -> tensor<1x4x8x8xi16>
  return %y : tensor<1x4x8x8xi16>
}

// The bundled systolic example's 5x5 kernel (odd): sub-kernels 3x3, 3x2, 2x3,
// 2x2, as the systolic tool splits it; the combined conv uses 3x3 for all.
// CHECK-LABEL: func.func @odd_kernel
// CHECK: kernel [3, 3] {{.*}} -> tensor<1x16x6x6xi16>
// CHECK: kernel [3, 2] {{.*}} -> tensor<1x16x6x6xi16>
// CHECK: kernel [2, 3] {{.*}} -> tensor<1x16x6x6xi16>
// CHECK: kernel [2, 2] {{.*}} -> tensor<1x16x6x6xi16>
// COMB-LABEL: func.func @odd_kernel
// COMB: dataflow.conv %arg0 kernel [3, 3] {{.*}} -> tensor<1x64x6x6xi16>
func.func @odd_kernel(%x: tensor<1x8x6x6xi16>) -> tensor<1x16x12x12xi16> {
  %y = dataflow.deconv %x kernel [5, 5] stride [2, 2] pad [2, 2, 2, 2] output_padding [1, 1] dilation [1, 1] groups 1 : tensor<1x8x6x6xi16> -> tensor<1x16x12x12xi16>
  return %y : tensor<1x16x12x12xi16>
}

// A 1x1 kernel with stride 2 has taps only in phase (0, 0): the other
// positions are zero, so the destination is a zero constant.
// CHECK-LABEL: func.func @kernel_smaller_than_stride
// CHECK: arith.constant dense<0> : tensor<1x2x8x8xi16>
// CHECK-COUNT-1: dataflow.conv
// CHECK-NOT: dataflow.conv
// CHECK: return
func.func @kernel_smaller_than_stride(%x: tensor<1x2x4x4xi16>) -> tensor<1x2x8x8xi16> {
  %y = dataflow.deconv %x kernel [1, 1] stride [2, 2] pad [0, 0, 0, 0] output_padding [1, 1] dilation [1, 1] groups 1 : tensor<1x2x4x4xi16> -> tensor<1x2x8x8xi16>
  return %y : tensor<1x2x8x8xi16>
}

// 3-D (rank 5): eight phases.
// CHECK-LABEL: func.func @three_d
// CHECK-COUNT-8: dataflow.conv
// COMB-LABEL: func.func @three_d
// COMB: dataflow.conv %arg0 kernel [2, 2, 2] {{.*}} -> tensor<1x16x
func.func @three_d(%x: tensor<1x4x2x4x4xi16>) -> tensor<1x2x4x8x8xi16> {
  %y = dataflow.deconv %x kernel [4, 4, 4] stride [2, 2, 2] pad [1, 1, 1, 1, 1, 1] output_padding [0, 0, 0] dilation [1, 1, 1] groups 1 : tensor<1x4x2x4x4xi16> -> tensor<1x2x4x8x8xi16>
  return %y : tensor<1x2x4x8x8xi16>
}

// Stride 1: a single phase, the full kernel (reversed), no interleaving gaps.
// CHECK-LABEL: func.func @stride_one
// CHECK: dataflow.conv %arg0 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] {{.*}} -> tensor<1x3x4x4xi16>
// CHECK: tensor.insert_slice {{.*}}[0, 0, 0, 0] [1, 3, 4, 4] [1, 1, 1, 1]
func.func @stride_one(%x: tensor<1x2x4x4xi16>) -> tensor<1x3x4x4xi16> {
  %y = dataflow.deconv %x kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] output_padding [0, 0] dilation [1, 1] groups 1 : tensor<1x2x4x4xi16> -> tensor<1x3x4x4xi16>
  return %y : tensor<1x3x4x4xi16>
}

// Layers other than deconv are left alone.
// CHECK-LABEL: func.func @negative_conv_untouched
// CHECK: dataflow.conv %arg0 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 : tensor<1x2x4x4xi16> -> tensor<1x3x4x4xi16>
// CHECK-NOT: tensor.insert_slice
// CHECK: return
func.func @negative_conv_untouched(%x: tensor<1x2x4x4xi16>) -> tensor<1x3x4x4xi16> {
  %y = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 : tensor<1x2x4x4xi16> -> tensor<1x3x4x4xi16>
  return %y : tensor<1x3x4x4xi16>
}
