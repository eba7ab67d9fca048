// RUN: dataflow-opt %s -split-input-file --convert-tosa-to-dataflow | FileCheck %s
// RUN: dataflow-opt %s -split-input-file --convert-tosa-to-dataflow --verify-roundtrip > /dev/null

// A MobileNetV2 inverted-residual block as TFLite/IREE import it: NHWC, OHWI weights,
// padding in attributes, ReLU6 as tosa.clamp, residual tosa.add. Every layer converts;
// the transposes sink below the clamps and cancel, so the block is NCHW inside and keeps
// one transpose at each end.
// CHECK-LABEL: func.func @mobilenet_block
// CHECK-SAME: (%[[X:.*]]: tensor<1x16x16x8xf32>)
// CHECK: %[[IN:.*]] = tosa.transpose %[[X]] {perms = array<i32: 0, 3, 1, 2>} : (tensor<1x16x16x8xf32>) -> tensor<1x8x16x16xf32>
// CHECK: %[[E:.*]] = dataflow.conv %[[IN]] kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 : tensor<1x8x16x16xf32> -> tensor<1x32x16x16xf32>
// CHECK: %[[R1:.*]] = tosa.clamp %[[E]] {{.*}} : (tensor<1x32x16x16xf32>) -> tensor<1x32x16x16xf32>
// CHECK: %[[D:.*]] = dataflow.conv %[[R1]] kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 32 : tensor<1x32x16x16xf32> -> tensor<1x32x16x16xf32>
// CHECK: %[[R2:.*]] = tosa.clamp %[[D]]
// CHECK: %[[P:.*]] = dataflow.conv %[[R2]] kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 : tensor<1x32x16x16xf32> -> tensor<1x8x16x16xf32>
// CHECK: %[[S:.*]] = dataflow.eltwise add %[[P]], %[[IN]] : tensor<1x8x16x16xf32>, tensor<1x8x16x16xf32> -> tensor<1x8x16x16xf32>
// CHECK: %[[OUT:.*]] = tosa.transpose %[[S]] {perms = array<i32: 0, 2, 3, 1>}
// CHECK: return %[[OUT]]
// CHECK-NOT: tosa.const
func.func @mobilenet_block(%x: tensor<1x16x16x8xf32>) -> tensor<1x16x16x8xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %we = "tosa.const"() <{values = dense<1.0> : tensor<32x1x1x8xf32>}> : () -> tensor<32x1x1x8xf32>
  %be = "tosa.const"() <{values = dense<0.0> : tensor<32xf32>}> : () -> tensor<32xf32>
  %wd = "tosa.const"() <{values = dense<1.0> : tensor<3x3x32x1xf32>}> : () -> tensor<3x3x32x1xf32>
  %wp = "tosa.const"() <{values = dense<1.0> : tensor<8x1x1x32xf32>}> : () -> tensor<8x1x1x32xf32>
  %bp = "tosa.const"() <{values = dense<0.0> : tensor<8xf32>}> : () -> tensor<8xf32>
  %e = tosa.conv2d %x, %we, %be, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x8xf32>, tensor<32x1x1x8xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x32xf32>
  %r1 = tosa.clamp %e {max_val = 6.0 : f32, min_val = 0.0 : f32} : (tensor<1x16x16x32xf32>) -> tensor<1x16x16x32xf32>
  %d = tosa.depthwise_conv2d %r1, %wd, %be, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x32xf32>, tensor<3x3x32x1xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x32xf32>
  %r2 = tosa.clamp %d {max_val = 6.0 : f32, min_val = 0.0 : f32} : (tensor<1x16x16x32xf32>) -> tensor<1x16x16x32xf32>
  %p = tosa.conv2d %r2, %wp, %bp, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x32xf32>, tensor<8x1x1x32xf32>, tensor<8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x8xf32>
  %s = tosa.add %p, %x : (tensor<1x16x16x8xf32>, tensor<1x16x16x8xf32>) -> tensor<1x16x16x8xf32>
  return %s : tensor<1x16x16x8xf32>
}

// -----

// Asymmetric padding ([top, bottom, left, right] in TOSA), strides and dilations.
// CHECK-LABEL: func.func @conv_attributes
// CHECK: dataflow.conv %{{.*}} kernel [3, 5] stride [2, 1] pad [0, 1, 2, 3] dilation [1, 2] groups 1 : tensor<1x4x9x9xf32> -> tensor<1x6x5x5xf32>
func.func @conv_attributes(%x: tensor<1x9x9x4xf32>) -> tensor<1x5x5x6xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %w = "tosa.const"() <{values = dense<1.0> : tensor<6x3x5x4xf32>}> : () -> tensor<6x3x5x4xf32>
  %b = "tosa.const"() <{values = dense<0.0> : tensor<6xf32>}> : () -> tensor<6xf32>
  %c = tosa.conv2d %x, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 2>, pad = array<i64: 0, 2, 1, 3>, stride = array<i64: 2, 1>} : (tensor<1x9x9x4xf32>, tensor<6x3x5x4xf32>, tensor<6xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x5x5x6xf32>
  return %c : tensor<1x5x5x6xf32>
}

// -----

// A depthwise conv with channel multiplier 2: C*2 outputs, one group per input channel.
// CHECK-LABEL: func.func @depthwise_multiplier
// CHECK: dataflow.conv %{{.*}} kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 4 : tensor<1x4x8x8xf32> -> tensor<1x8x6x6xf32>
func.func @depthwise_multiplier(%x: tensor<1x8x8x4xf32>) -> tensor<1x6x6x8xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %w = "tosa.const"() <{values = dense<1.0> : tensor<3x3x4x2xf32>}> : () -> tensor<3x3x4x2xf32>
  %b = "tosa.const"() <{values = dense<0.0> : tensor<8xf32>}> : () -> tensor<8xf32>
  %d = tosa.depthwise_conv2d %x, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x4xf32>, tensor<3x3x4x2xf32>, tensor<8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x6x6x8xf32>
  return %d : tensor<1x6x6x8xf32>
}

// -----

// transpose_conv2d: out_pad of -1 on each side is padding 1 (PyTorch's padding=1); a
// positive trailing out_pad is output_padding.
// CHECK-LABEL: func.func @transpose_conv
// CHECK: dataflow.deconv %{{.*}} kernel [4, 4] stride [2, 2] pad [1, 1, 1, 1] output_padding [0, 0] dilation [1, 1] groups 1 : tensor<1x16x4x4xf32> -> tensor<1x8x8x8xf32>
// CHECK: dataflow.deconv %{{.*}} kernel [3, 3] stride [2, 2] pad [1, 1, 0, 0] output_padding [0, 1] dilation [1, 1] groups 1 : tensor<1x16x4x4xf32> -> tensor<1x8x8x9xf32>
func.func @transpose_conv(%x: tensor<1x4x4x16xf32>) -> (tensor<1x8x8x8xf32>, tensor<1x8x9x8xf32>) {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %w = "tosa.const"() <{values = dense<1.0> : tensor<8x4x4x16xf32>}> : () -> tensor<8x4x4x16xf32>
  %w3 = "tosa.const"() <{values = dense<1.0> : tensor<8x3x3x16xf32>}> : () -> tensor<8x3x3x16xf32>
  %b = "tosa.const"() <{values = dense<0.0> : tensor<8xf32>}> : () -> tensor<8xf32>
  %u = tosa.transpose_conv2d %x, %w, %b, %zp, %zp {acc_type = f32, out_pad = array<i64: -1, -1, -1, -1>, stride = array<i64: 2, 2>} : (tensor<1x4x4x16xf32>, tensor<8x4x4x16xf32>, tensor<8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x8xf32>
  %v = tosa.transpose_conv2d %x, %w3, %b, %zp, %zp {acc_type = f32, out_pad = array<i64: -1, 0, -1, 1>, stride = array<i64: 2, 2>} : (tensor<1x4x4x16xf32>, tensor<8x3x3x16xf32>, tensor<8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x9x8xf32>
  return %u, %v : tensor<1x8x8x8xf32>, tensor<1x8x9x8xf32>
}

// -----

// Max and average pools carry their padding; the two transposes between them cancel.
// CHECK-LABEL: func.func @pools
// CHECK: %[[M:.*]] = dataflow.pool max %{{.*}} window [3, 3] stride [2, 2] pad [0, 0, 1, 1] : tensor<1x4x16x16xf32> -> tensor<1x4x8x8xf32>
// CHECK-NEXT: dataflow.pool avg %[[M]] window [2, 2] stride [2, 2] pad [0, 0, 0, 0] : tensor<1x4x8x8xf32> -> tensor<1x4x4x4xf32>
func.func @pools(%x: tensor<1x16x16x4xf32>) -> tensor<1x4x4x4xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %m = tosa.max_pool2d %x {kernel = array<i64: 3, 3>, pad = array<i64: 0, 1, 0, 1>, stride = array<i64: 2, 2>} : (tensor<1x16x16x4xf32>) -> tensor<1x8x8x4xf32>
  %a = tosa.avg_pool2d %m, %zp, %zp {acc_type = f32, kernel = array<i64: 2, 2>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x8x8x4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x4xf32>
  return %a : tensor<1x4x4x4xf32>
}

// -----

// A classifier head as TOSA spells fully_connected in MLIR 22: reshape to 1 x N x K,
// matmul with constant weights, bias add. The matmul is an fc on the rows; the bias add
// is part of it.
// CHECK-LABEL: func.func @classifier
// CHECK: %[[R:.*]] = tosa.reshape
// CHECK: %[[IN:.*]] = tensor.collapse_shape %[[R]] {{\[}}[0, 1], [2]] : tensor<1x2x64xf32> into tensor<2x64xf32>
// CHECK: %[[FC:.*]] = dataflow.fc %[[IN]] : tensor<2x64xf32> -> tensor<2x10xf32>
// CHECK: %[[OUT:.*]] = tensor.expand_shape %[[FC]] {{\[}}[0, 1], [2]] output_shape [1, 2, 10] : tensor<2x10xf32> into tensor<1x2x10xf32>
// CHECK-NOT: tosa.add
// CHECK: tosa.reshape %[[OUT]]
func.func @classifier(%x: tensor<2x64xf32>) -> tensor<2x10xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %w = "tosa.const"() <{values = dense<1.0> : tensor<1x64x10xf32>}> : () -> tensor<1x64x10xf32>
  %b = "tosa.const"() <{values = dense<0.5> : tensor<1x1x10xf32>}> : () -> tensor<1x1x10xf32>
  %s3 = tosa.const_shape {values = dense<[1, 2, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %s2 = tosa.const_shape {values = dense<[2, 10]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %r = tosa.reshape %x, %s3 : (tensor<2x64xf32>, !tosa.shape<3>) -> tensor<1x2x64xf32>
  %m = tosa.matmul %r, %w, %zp, %zp : (tensor<1x2x64xf32>, tensor<1x64x10xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x2x10xf32>
  %a = tosa.add %m, %b : (tensor<1x2x10xf32>, tensor<1x1x10xf32>) -> tensor<1x2x10xf32>
  %o = tosa.reshape %a, %s2 : (tensor<1x2x10xf32>, !tosa.shape<2>) -> tensor<2x10xf32>
  return %o : tensor<2x10xf32>
}

// -----

// Attention scores: a batched product of two activations stays a matmul.
// CHECK-LABEL: func.func @attention
// CHECK: dataflow.matmul %{{.*}}, %{{.*}} : tensor<4x16x8xf32>, tensor<4x8x16xf32> -> tensor<4x16x16xf32>
func.func @attention(%q: tensor<4x16x8xf32>, %k: tensor<4x8x16xf32>) -> tensor<4x16x16xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %s = tosa.matmul %q, %k, %zp, %zp : (tensor<4x16x8xf32>, tensor<4x8x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<4x16x16xf32>
  return %s : tensor<4x16x16xf32>
}

// -----

// Element-wise mul of two activations, and a per-channel scale (a broadcast constant)
// on an activation no layer produced: a one-input eltwise.
// CHECK-LABEL: func.func @mul_and_scale
// CHECK: %[[M:.*]] = dataflow.eltwise mul %{{.*}}, %{{.*}} : tensor<1x4x8x8xf32>, tensor<1x4x8x8xf32> -> tensor<1x4x8x8xf32>
// CHECK: dataflow.eltwise mul %[[M]] : tensor<1x4x8x8xf32> -> tensor<1x4x8x8xf32>
func.func @mul_and_scale(%a: tensor<1x8x8x4xf32>, %b: tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32> {
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %scale = "tosa.const"() <{values = dense<2.0> : tensor<1x1x1x4xf32>}> : () -> tensor<1x1x1x4xf32>
  %m = tosa.mul %a, %b, %shift : (tensor<1x8x8x4xf32>, tensor<1x8x8x4xf32>, tensor<1xi8>) -> tensor<1x8x8x4xf32>
  %s = tosa.mul %m, %scale, %shift : (tensor<1x8x8x4xf32>, tensor<1x1x1x4xf32>, tensor<1xi8>) -> tensor<1x8x8x4xf32>
  return %s : tensor<1x8x8x4xf32>
}

// -----

// A rank-2 add (after a matmul) needs no layout change.
// CHECK-LABEL: func.func @add_rank2
// CHECK-NEXT: dataflow.eltwise add %{{.*}}, %{{.*}} : tensor<2x10xf32>, tensor<2x10xf32> -> tensor<2x10xf32>
// CHECK-NEXT: return
func.func @add_rank2(%a: tensor<2x10xf32>, %b: tensor<2x10xf32>) -> tensor<2x10xf32> {
  %s = tosa.add %a, %b : (tensor<2x10xf32>, tensor<2x10xf32>) -> tensor<2x10xf32>
  return %s : tensor<2x10xf32>
}

// -----

// A batch norm's parameter arithmetic (var + eps, on constants only) is folding, not a layer;
// a full-shape constant added to an activation is a bias (a one-input eltwise here).
// CHECK-LABEL: func.func @constant_adds
// CHECK-NOT: dataflow.eltwise add %{{.*}}, %{{.*}} :
// CHECK: %[[V:.*]] = tosa.add
// CHECK: dataflow.eltwise add %{{.*}} : tensor<2x10xf32> -> tensor<2x10xf32>
// CHECK-NOT: dataflow.eltwise
// CHECK: return
func.func @constant_adds(%a: tensor<2x10xf32>) -> (tensor<2x10xf32>, tensor<1x1x1x4xf32>) {
  %var = "tosa.const"() <{values = dense<2.0> : tensor<1x1x1x4xf32>}> : () -> tensor<1x1x1x4xf32>
  %eps = "tosa.const"() <{values = dense<1.0e-5> : tensor<1x1x1x4xf32>}> : () -> tensor<1x1x1x4xf32>
  %c = "tosa.const"() <{values = dense<0.5> : tensor<2x10xf32>}> : () -> tensor<2x10xf32>
  %v = tosa.add %var, %eps : (tensor<1x1x1x4xf32>, tensor<1x1x1x4xf32>) -> tensor<1x1x1x4xf32>
  %s = tosa.add %a, %c : (tensor<2x10xf32>, tensor<2x10xf32>) -> tensor<2x10xf32>
  return %s, %v : tensor<2x10xf32>, tensor<1x1x1x4xf32>
}

// -----

// Ops with no layer meaning pass through untouched.
// CHECK-LABEL: func.func @negative_pass_through
// CHECK: tosa.cast
// CHECK: tosa.sigmoid
// CHECK: tosa.slice
// CHECK: tosa.concat
// CHECK-NOT: dataflow.
func.func @negative_pass_through(%x: tensor<1x8x8x4xf16>) -> tensor<1x8x8x8xf32> {
  %start = tosa.const_shape {values = dense<[0, 0, 0, 0]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %size = tosa.const_shape {values = dense<[1, 8, 8, 4]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %c = tosa.cast %x : (tensor<1x8x8x4xf16>) -> tensor<1x8x8x4xf32>
  %s = tosa.sigmoid %c : (tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32>
  %l = tosa.slice %s, %start, %size : (tensor<1x8x8x4xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x8x8x4xf32>
  %k = tosa.concat %l, %c {axis = 3 : i32} : (tensor<1x8x8x4xf32>, tensor<1x8x8x4xf32>) -> tensor<1x8x8x8xf32>
  return %k : tensor<1x8x8x8xf32>
}

// -----

// A squeeze-and-excitation gate (TFLite/IREE: NHWC, the gate 1 x 1 x 1 x C): one value per
// sample and channel, the per-channel input of dataflow.eltwise (docs/cost-model.md
// "Broadcast element-wise"), both operands in NCHW.
// CHECK-LABEL: func.func @se_gate
// CHECK: %[[XN:.*]] = tosa.transpose %arg0 {perms = array<i32: 0, 3, 1, 2>} : (tensor<1x8x8x4xf32>) -> tensor<1x4x8x8xf32>
// CHECK: %[[GN:.*]] = tosa.transpose %arg1 {perms = array<i32: 0, 3, 1, 2>} : (tensor<1x1x1x4xf32>) -> tensor<1x4x1x1xf32>
// CHECK: dataflow.eltwise mul %[[XN]], %[[GN]] : tensor<1x4x8x8xf32>, tensor<1x4x1x1xf32> -> tensor<1x4x8x8xf32>
func.func @se_gate(%x: tensor<1x8x8x4xf32>, %g: tensor<1x1x1x4xf32>) -> tensor<1x8x8x4xf32> {
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %m = tosa.mul %x, %g, %shift : (tensor<1x8x8x4xf32>, tensor<1x1x1x4xf32>, tensor<1xi8>) -> tensor<1x8x8x4xf32>
  return %m : tensor<1x8x8x4xf32>
}
