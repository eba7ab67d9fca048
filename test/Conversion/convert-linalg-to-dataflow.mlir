// RUN: dataflow-opt %s -split-input-file --convert-linalg-to-dataflow | FileCheck %s
// RUN: dataflow-opt %s -split-input-file --convert-linalg-to-dataflow --verify-roundtrip > /dev/null

// torch-mlir's conv + bias + ReLU: tensor.pad feeding conv_2d_nchw_fchw whose init is the
// broadcast bias, then a ReLU generic. The pad folds into the conv, the weights and the
// bias init are absorbed and erased, the ReLU has no layer meaning and stays.
// CHECK-LABEL: func.func @torch_conv_bias_relu
// CHECK-SAME: (%[[X:.*]]: tensor<1x3x32x32xf32>)
// CHECK-NOT: tensor.pad
// CHECK-NOT: arith.constant dense
// CHECK: %[[C:.*]] = dataflow.conv %[[X]] kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 : tensor<1x3x32x32xf32> -> tensor<1x8x32x32xf32>
// CHECK: %[[R:.*]] = linalg.generic {{.*}} ins(%[[C]] : tensor<1x8x32x32xf32>)
// CHECK: arith.maximumf
// CHECK: return %[[R]]
#map = affine_map<(d0, d1, d2, d3) -> (d1)>
#map1 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
func.func @torch_conv_bias_relu(%x: tensor<1x3x32x32xf32>) -> tensor<1x8x32x32xf32> {
  %w = arith.constant dense<1.0> : tensor<8x3x3x3xf32>
  %b = arith.constant dense<0.5> : tensor<8xf32>
  %zero = arith.constant 0.0 : f32
  %padded = tensor.pad %x low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i: index, %j: index, %k: index, %l: index):
    tensor.yield %zero : f32
  } : tensor<1x3x32x32xf32> to tensor<1x3x34x34xf32>
  %empty = tensor.empty() : tensor<1x8x32x32xf32>
  %bias = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%b : tensor<8xf32>) outs(%empty : tensor<1x8x32x32xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<1x8x32x32xf32>
  %conv = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded, %w : tensor<1x3x34x34xf32>, tensor<8x3x3x3xf32>) outs(%bias : tensor<1x8x32x32xf32>) -> tensor<1x8x32x32xf32>
  %relu = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv : tensor<1x8x32x32xf32>) outs(%empty : tensor<1x8x32x32xf32>) {
  ^bb0(%in: f32, %out: f32):
    %m = arith.maximumf %in, %zero : f32
    linalg.yield %m : f32
  } -> tensor<1x8x32x32xf32>
  return %relu : tensor<1x8x32x32xf32>
}

// -----

// Strides and dilations carry over; without a tensor.pad the conv has no padding.
// CHECK-LABEL: func.func @strided_dilated_conv
// CHECK: dataflow.conv %{{.*}} kernel [3, 3] stride [2, 2] pad [0, 0, 0, 0] dilation [2, 2] groups 1 : tensor<2x4x17x17xf32> -> tensor<2x6x7x7xf32>
func.func @strided_dilated_conv(%x: tensor<2x4x17x17xf32>, %init: tensor<2x6x7x7xf32>) -> tensor<2x6x7x7xf32> {
  %w = arith.constant dense<1.0> : tensor<6x4x3x3xf32>
  %conv = linalg.conv_2d_nchw_fchw {dilations = dense<2> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%x, %w : tensor<2x4x17x17xf32>, tensor<6x4x3x3xf32>) outs(%init : tensor<2x6x7x7xf32>) -> tensor<2x6x7x7xf32>
  return %conv : tensor<2x6x7x7xf32>
}

// -----

// A weight that is a function argument (not a constant) is dropped all the same: our
// conv's filter is implicit.
// CHECK-LABEL: func.func @filter_argument
// CHECK-SAME: (%[[X:.*]]: tensor<1x4x8x8xf32>, %{{.*}}: tensor<4x4x1x1xf32>
// CHECK: dataflow.conv %[[X]] kernel [1, 1]
func.func @filter_argument(%x: tensor<1x4x8x8xf32>, %w: tensor<4x4x1x1xf32>, %init: tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32> {
  %conv = linalg.conv_2d_nchw_fchw ins(%x, %w : tensor<1x4x8x8xf32>, tensor<4x4x1x1xf32>) outs(%init : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  return %conv : tensor<1x4x8x8xf32>
}

// -----

// An asymmetric pad (TF "SAME" with stride 2) folds begins then ends.
// CHECK-LABEL: func.func @asymmetric_pad
// CHECK: dataflow.conv %{{.*}} kernel [3, 3] stride [2, 2] pad [0, 0, 1, 1] dilation [1, 1] groups 1 : tensor<1x2x8x8xf32> -> tensor<1x2x4x4xf32>
func.func @asymmetric_pad(%x: tensor<1x2x8x8xf32>, %init: tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32> {
  %w = arith.constant dense<1.0> : tensor<2x2x3x3xf32>
  %zero = arith.constant 0.0 : f32
  %padded = tensor.pad %x low[0, 0, 0, 0] high[0, 0, 1, 1] {
  ^bb0(%i: index, %j: index, %k: index, %l: index):
    tensor.yield %zero : f32
  } : tensor<1x2x8x8xf32> to tensor<1x2x9x9xf32>
  %conv = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%padded, %w : tensor<1x2x9x9xf32>, tensor<2x2x3x3xf32>) outs(%init : tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32>
  return %conv : tensor<1x2x4x4xf32>
}

// -----

// A pad of 1.0 is not a convolution's zero padding: the conv reads the padded tensor.
// CHECK-LABEL: func.func @negative_pad_nonzero
// CHECK: %[[P:.*]] = tensor.pad
// CHECK: dataflow.conv %[[P]] kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0]
func.func @negative_pad_nonzero(%x: tensor<1x2x8x8xf32>, %init: tensor<1x2x8x8xf32>) -> tensor<1x2x8x8xf32> {
  %w = arith.constant dense<1.0> : tensor<2x2x3x3xf32>
  %one = arith.constant 1.0 : f32
  %padded = tensor.pad %x low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i: index, %j: index, %k: index, %l: index):
    tensor.yield %one : f32
  } : tensor<1x2x8x8xf32> to tensor<1x2x10x10xf32>
  %conv = linalg.conv_2d_nchw_fchw ins(%padded, %w : tensor<1x2x10x10xf32>, tensor<2x2x3x3xf32>) outs(%init : tensor<1x2x8x8xf32>) -> tensor<1x2x8x8xf32>
  return %conv : tensor<1x2x8x8xf32>
}

// -----

// NHWC convolutions (HWCF and FHWC filters) run in NCHW between linalg.transposes. In a
// chain of two, the transposes between the layers cancel: only the boundary keeps them.
// CHECK-LABEL: func.func @nhwc_chain
// CHECK-SAME: (%[[X:.*]]: tensor<1x16x16x3xf32>
// CHECK: %[[IN:.*]] = linalg.transpose ins(%[[X]] : tensor<1x16x16x3xf32>) outs(%{{.*}} : tensor<1x3x16x16xf32>) permutation = [0, 3, 1, 2]
// CHECK: %[[C1:.*]] = dataflow.conv %[[IN]] kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 : tensor<1x3x16x16xf32> -> tensor<1x8x16x16xf32>
// CHECK-NOT: linalg.transpose
// CHECK: %[[C2:.*]] = dataflow.conv %[[C1]] kernel [1, 1] stride [2, 2] pad [0, 0, 0, 0] dilation [1, 1] groups 1 : tensor<1x8x16x16xf32> -> tensor<1x4x8x8xf32>
// CHECK: %[[OUT:.*]] = linalg.transpose ins(%[[C2]] : tensor<1x4x8x8xf32>) outs(%{{.*}} : tensor<1x8x8x4xf32>) permutation = [0, 2, 3, 1]
// CHECK: return %[[OUT]]
func.func @nhwc_chain(%x: tensor<1x16x16x3xf32>, %i1: tensor<1x16x16x8xf32>, %i2: tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32> {
  %w1 = arith.constant dense<1.0> : tensor<3x3x3x8xf32>
  %w2 = arith.constant dense<1.0> : tensor<4x1x1x8xf32>
  %zero = arith.constant 0.0 : f32
  %padded = tensor.pad %x low[0, 1, 1, 0] high[0, 1, 1, 0] {
  ^bb0(%i: index, %j: index, %k: index, %l: index):
    tensor.yield %zero : f32
  } : tensor<1x16x16x3xf32> to tensor<1x18x18x3xf32>
  %c1 = linalg.conv_2d_nhwc_hwcf ins(%padded, %w1 : tensor<1x18x18x3xf32>, tensor<3x3x3x8xf32>) outs(%i1 : tensor<1x16x16x8xf32>) -> tensor<1x16x16x8xf32>
  %c2 = linalg.conv_2d_nhwc_fhwc {strides = dense<2> : tensor<2xi64>} ins(%c1, %w2 : tensor<1x16x16x8xf32>, tensor<4x1x1x8xf32>) outs(%i2 : tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32>
  return %c2 : tensor<1x8x8x4xf32>
}

// -----

// Depthwise convolutions: one group per channel.
// CHECK-LABEL: func.func @depthwise
// CHECK: %[[D1:.*]] = dataflow.conv %{{.*}} kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 8 : tensor<1x8x14x14xf32> -> tensor<1x8x14x14xf32>
// CHECK: %[[T:.*]] = linalg.transpose ins(%{{.*}} : tensor<1x14x14x8xf32>)
// CHECK: %[[D2:.*]] = dataflow.conv %[[T]] kernel [3, 3] stride [2, 2] pad [0, 0, 0, 0] dilation [1, 1] groups 8 : tensor<1x8x14x14xf32> -> tensor<1x8x6x6xf32>
// CHECK: %[[R:.*]] = linalg.transpose ins(%[[D2]]
// CHECK: return %[[D1]], %[[R]]
func.func @depthwise(%x: tensor<1x8x14x14xf32>, %i1: tensor<1x8x14x14xf32>, %xh: tensor<1x14x14x8xf32>, %i2: tensor<1x6x6x8xf32>) -> (tensor<1x8x14x14xf32>, tensor<1x6x6x8xf32>) {
  %w1 = arith.constant dense<1.0> : tensor<8x3x3xf32>
  %w2 = arith.constant dense<1.0> : tensor<3x3x8xf32>
  %zero = arith.constant 0.0 : f32
  %padded = tensor.pad %x low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i: index, %j: index, %k: index, %l: index):
    tensor.yield %zero : f32
  } : tensor<1x8x14x14xf32> to tensor<1x8x16x16xf32>
  %d1 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%padded, %w1 : tensor<1x8x16x16xf32>, tensor<8x3x3xf32>) outs(%i1 : tensor<1x8x14x14xf32>) -> tensor<1x8x14x14xf32>
  %d2 = linalg.depthwise_conv_2d_nhwc_hwc {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%xh, %w2 : tensor<1x14x14x8xf32>, tensor<3x3x8xf32>) outs(%i2 : tensor<1x6x6x8xf32>) -> tensor<1x6x6x8xf32>
  return %d1, %d2 : tensor<1x8x14x14xf32>, tensor<1x6x6x8xf32>
}

// -----

// torch-mlir's max pool pads with -inf (folded: any constant suits a max); its average
// pool is a sum pool followed by a division, which has no layer meaning and stays.
// CHECK-LABEL: func.func @pools
// CHECK: %[[M:.*]] = dataflow.pool max %{{.*}} window [3, 3] stride [2, 2] pad [1, 1, 1, 1] : tensor<1x4x16x16xf32> -> tensor<1x4x8x8xf32>
// CHECK: %[[S:.*]] = dataflow.pool avg %[[M]] window [2, 2] stride [2, 2] pad [0, 0, 0, 0] : tensor<1x4x8x8xf32> -> tensor<1x4x4x4xf32>
// CHECK: linalg.generic {{.*}} ins(%[[S]]
// CHECK: arith.divf
func.func @pools(%x: tensor<1x4x16x16xf32>) -> tensor<1x4x4x4xf32> {
  %ninf = arith.constant 0xFF800000 : f32
  %zero = arith.constant 0.0 : f32
  %four = arith.constant 4.0 : f32
  %padded = tensor.pad %x low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i: index, %j: index, %k: index, %l: index):
    tensor.yield %ninf : f32
  } : tensor<1x4x16x16xf32> to tensor<1x4x18x18xf32>
  %w3 = tensor.empty() : tensor<3x3xf32>
  %e1 = tensor.empty() : tensor<1x4x8x8xf32>
  %f1 = linalg.fill ins(%ninf : f32) outs(%e1 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %max = linalg.pooling_nchw_max {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%padded, %w3 : tensor<1x4x18x18xf32>, tensor<3x3xf32>) outs(%f1 : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %w2 = tensor.empty() : tensor<2x2xf32>
  %e2 = tensor.empty() : tensor<1x4x4x4xf32>
  %f2 = linalg.fill ins(%zero : f32) outs(%e2 : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  %sum = linalg.pooling_nchw_sum {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%max, %w2 : tensor<1x4x8x8xf32>, tensor<2x2xf32>) outs(%f2 : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  %avg = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%sum : tensor<1x4x4x4xf32>) outs(%e2 : tensor<1x4x4x4xf32>) {
  ^bb0(%in: f32, %out: f32):
    %d = arith.divf %in, %four : f32
    linalg.yield %d : f32
  } -> tensor<1x4x4x4xf32>
  return %avg : tensor<1x4x4x4xf32>
}

// -----

// NHWC pools, between transposes.
// CHECK-LABEL: func.func @nhwc_pools
// CHECK: %[[T:.*]] = linalg.transpose
// CHECK: %[[M:.*]] = dataflow.pool max %[[T]] window [2, 2] stride [2, 2] pad [0, 0, 0, 0] : tensor<1x4x8x8xf32> -> tensor<1x4x4x4xf32>
// CHECK: dataflow.pool avg %[[M]] window [2, 2] stride [2, 2] pad [0, 0, 0, 0] : tensor<1x4x4x4xf32> -> tensor<1x4x2x2xf32>
func.func @nhwc_pools(%x: tensor<1x8x8x4xf32>, %i1: tensor<1x4x4x4xf32>, %i2: tensor<1x2x2x4xf32>) -> tensor<1x2x2x4xf32> {
  %w = tensor.empty() : tensor<2x2xf32>
  %m = linalg.pooling_nhwc_max {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%x, %w : tensor<1x8x8x4xf32>, tensor<2x2xf32>) outs(%i1 : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  %s = linalg.pooling_nhwc_sum {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%m, %w : tensor<1x4x4x4xf32>, tensor<2x2xf32>) outs(%i2 : tensor<1x2x2x4xf32>) -> tensor<1x2x2x4xf32>
  return %s : tensor<1x2x2x4xf32>
}

// -----

// torch-mlir's nn.Linear after a flatten: collapse_shape, the weight transposed from a
// constant, matmul, and a broadcast bias add. The fc reads the 4-D tensor (nn_dataflow's
// FC layer), the weights are dropped and the bias add is part of the fc.
// CHECK-LABEL: func.func @torch_linear
// CHECK-SAME: (%[[X:.*]]: tensor<2x16x2x2xf32>)
// CHECK-NEXT: %[[FC:.*]] = dataflow.fc %[[X]] : tensor<2x16x2x2xf32> -> tensor<2x10xf32>
// CHECK-NEXT: return %[[FC]]
func.func @torch_linear(%x: tensor<2x16x2x2xf32>) -> tensor<2x10xf32> {
  %w = arith.constant dense<1.0> : tensor<10x64xf32>
  %b = arith.constant dense<1.0> : tensor<10xf32>
  %zero = arith.constant 0.0 : f32
  %flat = tensor.collapse_shape %x [[0], [1, 2, 3]] : tensor<2x16x2x2xf32> into tensor<2x64xf32>
  %et = tensor.empty() : tensor<64x10xf32>
  %wt = linalg.transpose ins(%w : tensor<10x64xf32>) outs(%et : tensor<64x10xf32>) permutation = [1, 0]
  %e = tensor.empty() : tensor<2x10xf32>
  %fill = linalg.fill ins(%zero : f32) outs(%e : tensor<2x10xf32>) -> tensor<2x10xf32>
  %mm = linalg.matmul ins(%flat, %wt : tensor<2x64xf32>, tensor<64x10xf32>) outs(%fill : tensor<2x10xf32>) -> tensor<2x10xf32>
  %add = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%mm, %b : tensor<2x10xf32>, tensor<10xf32>) outs(%e : tensor<2x10xf32>) {
  ^bb0(%in: f32, %in_0: f32, %out: f32):
    %s = arith.addf %in, %in_0 : f32
    linalg.yield %s : f32
  } -> tensor<2x10xf32>
  return %add : tensor<2x10xf32>
}

// -----

// A matmul whose B is read transposed through indexing maps (the weight as N x K).
// CHECK-LABEL: func.func @matmul_transposed_weight
// CHECK: dataflow.fc %{{.*}} : tensor<4x8xf32> -> tensor<4x3xf32>
func.func @matmul_transposed_weight(%x: tensor<4x8xf32>, %init: tensor<4x3xf32>) -> tensor<4x3xf32> {
  %w = arith.constant dense<1.0> : tensor<3x8xf32>
  %mm = linalg.matmul indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (n, k)>, affine_map<(m, n, k) -> (m, n)>] ins(%x, %w : tensor<4x8xf32>, tensor<3x8xf32>) outs(%init : tensor<4x3xf32>) -> tensor<4x3xf32>
  return %mm : tensor<4x3xf32>
}

// -----

// Products of two activations (attention) stay products: matmul and batch_matmul.
// CHECK-LABEL: func.func @activation_products
// CHECK: dataflow.matmul %{{.*}}, %{{.*}} : tensor<4x8xf32>, tensor<8x5xf32> -> tensor<4x5xf32>
// CHECK: dataflow.matmul %{{.*}}, %{{.*}} : tensor<2x4x8xf32>, tensor<2x8x5xf32> -> tensor<2x4x5xf32>
func.func @activation_products(%a: tensor<4x8xf32>, %b: tensor<8x5xf32>, %i: tensor<4x5xf32>, %ba: tensor<2x4x8xf32>, %bb: tensor<2x8x5xf32>, %bi: tensor<2x4x5xf32>) -> (tensor<4x5xf32>, tensor<2x4x5xf32>) {
  %mm = linalg.matmul ins(%a, %b : tensor<4x8xf32>, tensor<8x5xf32>) outs(%i : tensor<4x5xf32>) -> tensor<4x5xf32>
  %bmm = linalg.batch_matmul ins(%ba, %bb : tensor<2x4x8xf32>, tensor<2x8x5xf32>) outs(%bi : tensor<2x4x5xf32>) -> tensor<2x4x5xf32>
  return %mm, %bmm : tensor<4x5xf32>, tensor<2x4x5xf32>
}

// -----

// Residual add and gating multiply written as generics over whole tensors.
// CHECK-LABEL: func.func @generic_add_mul
// CHECK-SAME: (%[[A:.*]]: tensor<1x4x8x8xf32>, %[[B:.*]]: tensor<1x4x8x8xf32>)
// CHECK: %[[S:.*]] = dataflow.eltwise add %[[A]], %[[B]] : tensor<1x4x8x8xf32>, tensor<1x4x8x8xf32> -> tensor<1x4x8x8xf32>
// CHECK: dataflow.eltwise mul %[[S]], %[[A]] : tensor<1x4x8x8xf32>, tensor<1x4x8x8xf32> -> tensor<1x4x8x8xf32>
#id = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
func.func @generic_add_mul(%a: tensor<1x4x8x8xf32>, %b: tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32> {
  %e = tensor.empty() : tensor<1x4x8x8xf32>
  %s = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%a, %b : tensor<1x4x8x8xf32>, tensor<1x4x8x8xf32>) outs(%e : tensor<1x4x8x8xf32>) {
  ^bb0(%x: f32, %y: f32, %o: f32):
    %r = arith.addf %x, %y : f32
    linalg.yield %r : f32
  } -> tensor<1x4x8x8xf32>
  %m = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s, %a : tensor<1x4x8x8xf32>, tensor<1x4x8x8xf32>) outs(%e : tensor<1x4x8x8xf32>) {
  ^bb0(%x: f32, %y: f32, %o: f32):
    %r = arith.mulf %x, %y : f32
    linalg.yield %r : f32
  } -> tensor<1x4x8x8xf32>
  return %m : tensor<1x4x8x8xf32>
}

// -----

// The named element-wise ops: linalg.add, linalg.mul and linalg.elementwise.
// CHECK-LABEL: func.func @named_add_mul
// CHECK: %[[S:.*]] = dataflow.eltwise add
// CHECK: %[[M:.*]] = dataflow.eltwise mul %[[S]]
// CHECK: dataflow.eltwise add %[[M]], %[[S]] : tensor<2x16xi16>, tensor<2x16xi16> -> tensor<2x16xi16>
func.func @named_add_mul(%a: tensor<2x16xi16>, %b: tensor<2x16xi16>, %i: tensor<2x16xi16>) -> tensor<2x16xi16> {
  %s = linalg.add ins(%a, %b : tensor<2x16xi16>, tensor<2x16xi16>) outs(%i : tensor<2x16xi16>) -> tensor<2x16xi16>
  %m = linalg.mul ins(%s, %b : tensor<2x16xi16>, tensor<2x16xi16>) outs(%i : tensor<2x16xi16>) -> tensor<2x16xi16>
  %e = linalg.elementwise kind=#linalg.elementwise_kind<add> ins(%m, %s : tensor<2x16xi16>, tensor<2x16xi16>) outs(%i : tensor<2x16xi16>) -> tensor<2x16xi16>
  return %e : tensor<2x16xi16>
}

// -----

// A per-channel scale on an activation that no layer produced: a one-input eltwise (the
// scale, a constant, is a parameter like weights).
// CHECK-LABEL: func.func @broadcast_scale
// CHECK-SAME: (%[[X:.*]]: tensor<1x4x8x8xf32>)
// CHECK: dataflow.eltwise mul %[[X]] : tensor<1x4x8x8xf32> -> tensor<1x4x8x8xf32>
func.func @broadcast_scale(%x: tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32> {
  %s = arith.constant dense<2.0> : tensor<4xf32>
  %e = tensor.empty() : tensor<1x4x8x8xf32>
  %m = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%x, %s : tensor<1x4x8x8xf32>, tensor<4xf32>) outs(%e : tensor<1x4x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.mulf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<1x4x8x8xf32>
  return %m : tensor<1x4x8x8xf32>
}

// -----

// Ops with no layer meaning pass through untouched, and so do the IR's other dialects.
// CHECK-LABEL: func.func @negative_pass_through
// CHECK: tensor.collapse_shape
// CHECK: linalg.fill
// CHECK: linalg.copy
// CHECK: linalg.generic
// CHECK: math.tanh
// CHECK-NOT: dataflow.
func.func @negative_pass_through(%x: tensor<2x4x1x1xf32>) -> tensor<2x4xf32> {
  %zero = arith.constant 0.0 : f32
  %flat = tensor.collapse_shape %x [[0], [1, 2, 3]] : tensor<2x4x1x1xf32> into tensor<2x4xf32>
  %e = tensor.empty() : tensor<2x4xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<2x4xf32>) -> tensor<2x4xf32>
  %c = linalg.copy ins(%flat : tensor<2x4xf32>) outs(%f : tensor<2x4xf32>) -> tensor<2x4xf32>
  %t = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%c : tensor<2x4xf32>) outs(%e : tensor<2x4xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = math.tanh %a : f32
    linalg.yield %r : f32
  } -> tensor<2x4xf32>
  return %t : tensor<2x4xf32>
}

// -----

// An NHWC residual block: the add after a converted layer runs in NCHW too, and the two
// transposes of the block input become one.
// CHECK-LABEL: func.func @nhwc_residual
// CHECK-SAME: (%[[X:[^:]*]]: tensor<1x8x8x4xf32>
// CHECK: %[[T:.*]] = linalg.transpose ins(%[[X]]
// CHECK: %[[C:.*]] = dataflow.conv %[[T]]
// CHECK: %[[S:.*]] = dataflow.eltwise add %[[C]], %[[T]] : tensor<1x4x8x8xf32>, tensor<1x4x8x8xf32> -> tensor<1x4x8x8xf32>
// CHECK: %[[OUT:.*]] = linalg.transpose ins(%[[S]]
// CHECK-NOT: linalg.transpose
// CHECK: return %[[OUT]]
func.func @nhwc_residual(%x: tensor<1x8x8x4xf32>, %i: tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32> {
  %w = arith.constant dense<1.0> : tensor<1x1x4x4xf32>
  %c = linalg.conv_2d_nhwc_hwcf ins(%x, %w : tensor<1x8x8x4xf32>, tensor<1x1x4x4xf32>) outs(%i : tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32>
  %e = tensor.empty() : tensor<1x8x8x4xf32>
  %s = linalg.add ins(%c, %x : tensor<1x8x8x4xf32>, tensor<1x8x8x4xf32>) outs(%e : tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32>
  return %s : tensor<1x8x8x4xf32>
}

// -----

// torch-mlir's ceil-mode max pool: the end is padded past what the windows read (the output
// size is given). The unread rows are dropped from the pad: floor((7 + 0 + 1 - 3) / 2) + 1 = 3.
// CHECK-LABEL: func.func @torch_ceil_mode_pool
// CHECK: dataflow.pool max %{{.*}} window [3, 3] stride [2, 2] pad [0, 0, 1, 1] : tensor<1x8x7x7xf32> -> tensor<1x8x3x3xf32>
func.func @torch_ceil_mode_pool(%x: tensor<1x8x7x7xf32>) -> tensor<1x8x3x3xf32> {
  %ninf = arith.constant 0xFF800000 : f32
  %padded = tensor.pad %x low[0, 0, 0, 0] high[0, 0, 2, 2] {
  ^bb0(%a: index, %b: index, %c: index, %d: index):
    tensor.yield %ninf : f32
  } : tensor<1x8x7x7xf32> to tensor<1x8x9x9xf32>
  %w = tensor.empty() : tensor<3x3xf32>
  %e = tensor.empty() : tensor<1x8x3x3xf32>
  %init = linalg.fill ins(%ninf : f32) outs(%e : tensor<1x8x3x3xf32>) -> tensor<1x8x3x3xf32>
  %p = linalg.pooling_nchw_max {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%padded, %w : tensor<1x8x9x9xf32>, tensor<3x3xf32>) outs(%init : tensor<1x8x3x3xf32>) -> tensor<1x8x3x3xf32>
  return %p : tensor<1x8x3x3xf32>
}

// -----

// torch-mlir indexes batch 1 with the constant 0: a residual add reads both operands through
// (0, d1, d2, d3), a batch-1 linear bias is a 1 x 10 constant read through (0, d1). The add
// is an eltwise, the bias part of the fc; constant-only arithmetic (var + eps) is no layer.
// CHECK-LABEL: func.func @torch_batch0_maps
// CHECK-NEXT: %[[S:.*]] = dataflow.eltwise add %arg0, %arg1 : tensor<1x8x4x4xf32>, tensor<1x8x4x4xf32> -> tensor<1x8x4x4xf32>
// CHECK-NEXT: %[[F:.*]] = dataflow.fc %[[S]] : tensor<1x8x4x4xf32> -> tensor<1x10xf32>
// CHECK-NOT: dataflow.eltwise
// CHECK: return %[[F]], %{{.*}} : tensor<1x10xf32>, tensor<8xf32>
#b0 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>
#id = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#b02 = affine_map<(d0, d1) -> (0, d1)>
#id2 = affine_map<(d0, d1) -> (d0, d1)>
#id1 = affine_map<(d0) -> (d0)>
func.func @torch_batch0_maps(%x: tensor<1x8x4x4xf32>, %y: tensor<1x8x4x4xf32>) -> (tensor<1x10xf32>, tensor<8xf32>) {
  %e = tensor.empty() : tensor<1x8x4x4xf32>
  %s = linalg.generic {indexing_maps = [#b0, #b0, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%x, %y : tensor<1x8x4x4xf32>, tensor<1x8x4x4xf32>) outs(%e : tensor<1x8x4x4xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.addf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<1x8x4x4xf32>
  %flat = tensor.collapse_shape %s [[0], [1, 2, 3]] : tensor<1x8x4x4xf32> into tensor<1x128xf32>
  %w = arith.constant dense<1.0> : tensor<128x10xf32>
  %bias = arith.constant dense<0.5> : tensor<1x10xf32>
  %zero = arith.constant 0.0 : f32
  %fe = tensor.empty() : tensor<1x10xf32>
  %init = linalg.fill ins(%zero : f32) outs(%fe : tensor<1x10xf32>) -> tensor<1x10xf32>
  %mm = linalg.matmul ins(%flat, %w : tensor<1x128xf32>, tensor<128x10xf32>) outs(%init : tensor<1x10xf32>) -> tensor<1x10xf32>
  %out = linalg.generic {indexing_maps = [#b02, #b02, #id2], iterator_types = ["parallel", "parallel"]} ins(%mm, %bias : tensor<1x10xf32>, tensor<1x10xf32>) outs(%fe : tensor<1x10xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.addf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<1x10xf32>
  %var = arith.constant dense<2.0> : tensor<8xf32>
  %eps = arith.constant dense<1.0e-5> : tensor<8xf32>
  %ve = tensor.empty() : tensor<8xf32>
  %vpe = linalg.generic {indexing_maps = [#id1, #id1, #id1], iterator_types = ["parallel"]} ins(%var, %eps : tensor<8xf32>, tensor<8xf32>) outs(%ve : tensor<8xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.addf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<8xf32>
  return %out, %vpe : tensor<1x10xf32>, tensor<8xf32>
}
