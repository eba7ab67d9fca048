// RUN: dataflow-opt %s -split-input-file --convert-tosa-to-dataflow -verify-diagnostics | FileCheck %s

// Every op the pass cannot convert keeps its place and gets a located warning; the pass
// itself succeeds and converts what it can around it.

// A 3-D convolution has no dataflow form in TOSA import (NDHWC, no conv3d layout here).
// CHECK-LABEL: func.func @negative_conv3d
// CHECK: tosa.conv3d
func.func @negative_conv3d(%x: tensor<1x4x4x4x2xf32>) -> tensor<1x4x4x4x2xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %w = "tosa.const"() <{values = dense<1.0> : tensor<2x1x1x1x2xf32>}> : () -> tensor<2x1x1x1x2xf32>
  %b = "tosa.const"() <{values = dense<0.0> : tensor<2xf32>}> : () -> tensor<2xf32>
  // expected-warning @+1 {{'tosa.conv3d' not converted to a dataflow layer: it has no dataflow layer}}
  %c = tosa.conv3d %x, %w, %b, %zp, %zp {acc_type = f32, dilation = array<i64: 1, 1, 1>, pad = array<i64: 0, 0, 0, 0, 0, 0>, stride = array<i64: 1, 1, 1>} : (tensor<1x4x4x4x2xf32>, tensor<2x1x1x1x2xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x4x2xf32>
  return %c : tensor<1x4x4x4x2xf32>
}

// -----

// A global average pool as a reduce_sum (TFLite's mean): a reduction with no layer.
func.func @negative_reduce(%x: tensor<1x8x8x4xf32>) -> tensor<1x1x8x4xf32> {
  // expected-warning @+1 {{'tosa.reduce_sum' not converted to a dataflow layer: it has no dataflow layer}}
  %r = tosa.reduce_sum %x {axis = 1 : i32} : (tensor<1x8x8x4xf32>) -> tensor<1x1x8x4xf32>
  return %r : tensor<1x1x8x4xf32>
}

// -----

func.func @negative_resize(%x: tensor<1x4x4x2xf32>) -> tensor<1x8x8x2xf32> {
  %scale = tosa.const_shape {values = dense<[2, 1, 2, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
  %offset = tosa.const_shape {values = dense<0> : tensor<2xindex>} : () -> !tosa.shape<2>
  %border = tosa.const_shape {values = dense<[1, 1]> : tensor<2xindex>} : () -> !tosa.shape<2>
  // expected-warning @+1 {{'tosa.resize' not converted to a dataflow layer: it has no dataflow layer}}
  %r = tosa.resize %x, %scale, %offset, %border {mode = NEAREST_NEIGHBOR} : (tensor<1x4x4x2xf32>, !tosa.shape<4>, !tosa.shape<2>, !tosa.shape<2>) -> tensor<1x8x8x2xf32>
  return %r : tensor<1x8x8x2xf32>
}

// -----

// An int8 conv accumulating into i32 (a quantized TFLite model): a layer keeps one data
// word. The dataflow verifier's message says why; no transpose is left behind.
// CHECK-LABEL: func.func @negative_quantized_conv
// CHECK-NOT: tosa.transpose
// CHECK: tosa.conv2d
func.func @negative_quantized_conv(%x: tensor<1x8x8x4xi8>) -> tensor<1x8x8x4xi32> {
  %zp = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %w = "tosa.const"() <{values = dense<1> : tensor<4x1x1x4xi8>}> : () -> tensor<4x1x1x4xi8>
  %b = "tosa.const"() <{values = dense<0> : tensor<4xi32>}> : () -> tensor<4xi32>
  // expected-warning @+1 {{'tosa.conv2d' not converted to a dataflow layer: the layer would be invalid: 'dataflow.conv' op output element type 'i32' differs from the input's 'i8'}}
  %c = tosa.conv2d %x, %w, %b, %zp, %zp {acc_type = i32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x4xi8>, tensor<4x1x1x4xi8>, tensor<4xi32>, tensor<1xi8>, tensor<1xi8>) -> tensor<1x8x8x4xi32>
  return %c : tensor<1x8x8x4xi32>
}

// -----

func.func @negative_dynamic(%x: tensor<?x8x8x4xf32>) -> tensor<?x4x4x4xf32> {
  // expected-warning @+1 {{'tosa.max_pool2d' not converted to a dataflow layer: dynamic shapes; dataflow layers need static shapes}}
  %m = tosa.max_pool2d %x {kernel = array<i64: 2, 2>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<?x8x8x4xf32>) -> tensor<?x4x4x4xf32>
  return %m : tensor<?x4x4x4xf32>
}

// -----

// A positive leading out_pad adds output rows before the first: dataflow.deconv only
// pads at the end (output_padding).
func.func @negative_transpose_conv_leading_pad(%x: tensor<1x4x4x2xf32>) -> tensor<1x10x9x2xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %w = "tosa.const"() <{values = dense<1.0> : tensor<2x3x3x2xf32>}> : () -> tensor<2x3x3x2xf32>
  %b = "tosa.const"() <{values = dense<0.0> : tensor<2xf32>}> : () -> tensor<2xf32>
  // expected-warning @+1 {{'tosa.transpose_conv2d' not converted to a dataflow layer: out_pad adds 1 leading output rows on H; dataflow.deconv only pads at the end}}
  %u = tosa.transpose_conv2d %x, %w, %b, %zp, %zp {acc_type = f32, out_pad = array<i64: 1, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x4x4x2xf32>, tensor<2x3x3x2xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x10x9x2xf32>
  return %u : tensor<1x10x9x2xf32>
}

// -----

// An output_padding as large as the stride is not a transposed convolution's.
func.func @negative_transpose_conv_output_padding(%x: tensor<1x4x4x2xf32>) -> tensor<1x11x9x2xf32> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %w = "tosa.const"() <{values = dense<1.0> : tensor<2x3x3x2xf32>}> : () -> tensor<2x3x3x2xf32>
  %b = "tosa.const"() <{values = dense<0.0> : tensor<2xf32>}> : () -> tensor<2xf32>
  // expected-warning @+1 {{'tosa.transpose_conv2d' not converted to a dataflow layer: the layer would be invalid: 'dataflow.deconv' op output_padding 2 on dimension H must be non-negative and smaller than the stride (2) or the dilation (1)}}
  %u = tosa.transpose_conv2d %x, %w, %b, %zp, %zp {acc_type = f32, out_pad = array<i64: 0, 2, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x4x4x2xf32>, tensor<2x3x3x2xf32>, tensor<2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x11x9x2xf32>
  return %u : tensor<1x11x9x2xf32>
}

// -----

// A spatial gate (one value per pixel, broadcast over the channels; a squeeze-excitation
// gate, one value per channel, converts: convert-tosa-to-dataflow.mlir @se_gate): the
// broadcast operand is an activation that is not per channel.
func.func @negative_broadcast_activation(%x: tensor<1x8x8x4xf32>, %g: tensor<1x8x8x1xf32>) -> tensor<1x8x8x4xf32> {
  %shift = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  // expected-warning @+1 {{'tosa.mul' not converted to a dataflow layer: a broadcast operand of type 'tensor<1x8x8x1xf32>' is an activation, not a constant; dataflow.eltwise inputs must have the output's shape, or be one value per sample and channel beside one full-shape input}}
  %m = tosa.mul %x, %g, %shift : (tensor<1x8x8x4xf32>, tensor<1x8x8x1xf32>, tensor<1xi8>) -> tensor<1x8x8x4xf32>
  return %m : tensor<1x8x8x4xf32>
}

// -----

// A rank-1 add: dataflow.eltwise needs N x C at least.
func.func @negative_rank1_add(%a: tensor<16xf32>, %b: tensor<16xf32>) -> tensor<16xf32> {
  // expected-warning @+1 {{'tosa.add' not converted to a dataflow layer: the layer would be invalid: 'dataflow.eltwise' op output must be N x C [x spatial...] (rank 2 to 5), got rank 1}}
  %s = tosa.add %a, %b : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
  return %s : tensor<16xf32>
}

// -----

// A rejected layer changes nothing, and the layers around it still convert.
// CHECK-LABEL: func.func @partial
// CHECK: dataflow.pool max
// CHECK: tosa.reduce_max
// CHECK: dataflow.pool avg
func.func @partial(%x: tensor<1x8x8x4xf32>) -> (tensor<1x1x4x4xf32>, tensor<1x2x2x4xf32>) {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf32>}> : () -> tensor<1xf32>
  %m = tosa.max_pool2d %x {kernel = array<i64: 2, 2>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x8x8x4xf32>) -> tensor<1x4x4x4xf32>
  // expected-warning @+1 {{'tosa.reduce_max' not converted}}
  %r = tosa.reduce_max %m {axis = 1 : i32} : (tensor<1x4x4x4xf32>) -> tensor<1x1x4x4xf32>
  %a = tosa.avg_pool2d %m, %zp, %zp {acc_type = f32, kernel = array<i64: 2, 2>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x4x4x4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x2x2x4xf32>
  return %r, %a : tensor<1x1x4x4xf32>, tensor<1x2x2x4xf32>
}
