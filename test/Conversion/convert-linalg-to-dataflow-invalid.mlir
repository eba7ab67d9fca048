// RUN: dataflow-opt %s -split-input-file --convert-linalg-to-dataflow -verify-diagnostics | FileCheck %s

// Every op the pass cannot convert keeps its place and gets a located warning; the pass
// itself succeeds and converts what it can around it.

// A 3-D convolution is work no supported linalg form describes.
// CHECK-LABEL: func.func @negative_conv3d
// CHECK: linalg.conv_3d_ncdhw_fcdhw
func.func @negative_conv3d(%x: tensor<1x2x4x4x4xf32>, %w: tensor<2x2x1x1x1xf32>, %i: tensor<1x2x4x4x4xf32>) -> tensor<1x2x4x4x4xf32> {
  // expected-warning @+1 {{'linalg.conv_3d_ncdhw_fcdhw' not converted to a dataflow layer: a reduction that is not a supported convolution, pooling or matmul has no dataflow layer}}
  %c = linalg.conv_3d_ncdhw_fcdhw ins(%x, %w : tensor<1x2x4x4x4xf32>, tensor<2x2x1x1x1xf32>) outs(%i : tensor<1x2x4x4x4xf32>) -> tensor<1x2x4x4x4xf32>
  return %c : tensor<1x2x4x4x4xf32>
}

// -----

// A generic that reduces (a global sum over H and W) is not an element-wise add.
// CHECK-LABEL: func.func @negative_generic_reduction
// CHECK: linalg.generic
func.func @negative_generic_reduction(%x: tensor<1x4x8x8xf32>, %i: tensor<1x4xf32>) -> tensor<1x4xf32> {
  // expected-warning @+1 {{'linalg.generic' not converted to a dataflow layer: a reduction that is not a supported convolution, pooling or matmul has no dataflow layer}}
  %r = linalg.generic {indexing_maps = [affine_map<(n, c, h, w) -> (n, c, h, w)>, affine_map<(n, c, h, w) -> (n, c)>], iterator_types = ["parallel", "parallel", "reduction", "reduction"]} ins(%x : tensor<1x4x8x8xf32>) outs(%i : tensor<1x4xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %s = arith.addf %a, %acc : f32
    linalg.yield %s : f32
  } -> tensor<1x4xf32>
  return %r : tensor<1x4xf32>
}

// -----

// torch-mlir's decomposed softmax over dimension 0 (its reductions run over the first
// loop): not the last dimension, so no dataflow.softmax; its two reductions are warned
// about and every op stays.
// CHECK-LABEL: func.func @negative_decomposed_softmax_dim0
// CHECK-NOT: dataflow.softmax
// CHECK: math.exp
#sm = affine_map<(d0, d1) -> (d0, d1)>
#sm_row = affine_map<(d0, d1) -> (0, d1)>
func.func @negative_decomposed_softmax_dim0(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %ninf = arith.constant 0xFF800000 : f32
  %zero = arith.constant 0.000000e+00 : f32
  %e1 = tensor.empty() : tensor<1x8xf32>
  %m0 = linalg.fill ins(%ninf : f32) outs(%e1 : tensor<1x8xf32>) -> tensor<1x8xf32>
  // expected-warning @+1 {{'linalg.generic' not converted to a dataflow layer: a reduction that is not a supported convolution, pooling or matmul has no dataflow layer}}
  %m = linalg.generic {indexing_maps = [#sm, #sm_row], iterator_types = ["reduction", "parallel"]} ins(%x : tensor<4x8xf32>) outs(%m0 : tensor<1x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = arith.maximumf %in, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %e = tensor.empty() : tensor<4x8xf32>
  %d = linalg.generic {indexing_maps = [#sm, #sm_row, #sm], iterator_types = ["parallel", "parallel"]} ins(%x, %m : tensor<4x8xf32>, tensor<1x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%in: f32, %in_1: f32, %out: f32):
    %r = arith.subf %in, %in_1 : f32
    linalg.yield %r : f32
  } -> tensor<4x8xf32>
  %p = linalg.generic {indexing_maps = [#sm, #sm], iterator_types = ["parallel", "parallel"]} ins(%d : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = math.exp %in : f32
    linalg.yield %r : f32
  } -> tensor<4x8xf32>
  %s0 = linalg.fill ins(%zero : f32) outs(%e1 : tensor<1x8xf32>) -> tensor<1x8xf32>
  // expected-warning @+1 {{'linalg.generic' not converted to a dataflow layer: a reduction that is not a supported convolution, pooling or matmul has no dataflow layer}}
  %s = linalg.generic {indexing_maps = [#sm, #sm_row], iterator_types = ["reduction", "parallel"]} ins(%p : tensor<4x8xf32>) outs(%s0 : tensor<1x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = arith.addf %in, %out : f32
    linalg.yield %r : f32
  } -> tensor<1x8xf32>
  %y = linalg.generic {indexing_maps = [#sm, #sm_row, #sm], iterator_types = ["parallel", "parallel"]} ins(%p, %s : tensor<4x8xf32>, tensor<1x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%in: f32, %in_1: f32, %out: f32):
    %r = arith.divf %in, %in_1 : f32
    linalg.yield %r : f32
  } -> tensor<4x8xf32>
  return %y : tensor<4x8xf32>
}

// -----

// A softmax over another dimension than the last has no layer (dataflow.softmax
// normalises the last).
func.func @negative_softmax(%x: tensor<2x16xf32>, %i: tensor<2x16xf32>) -> tensor<2x16xf32> {
  // expected-warning @+1 {{'linalg.softmax' not converted to a dataflow layer: softmax over dimension 0, not the last (1); dataflow.softmax normalises the last dimension}}
  %s = linalg.softmax dimension(0) ins(%x : tensor<2x16xf32>) outs(%i : tensor<2x16xf32>) -> tensor<2x16xf32>
  return %s : tensor<2x16xf32>
}

// -----

// Dynamic batch: dataflow layers are static.
func.func @negative_dynamic(%x: tensor<?x4x8x8xf32>, %w: tensor<4x4x1x1xf32>, %i: tensor<?x4x8x8xf32>) -> tensor<?x4x8x8xf32> {
  // expected-warning @+1 {{'linalg.conv_2d_nchw_fchw' not converted to a dataflow layer: dynamic shapes; dataflow layers need static shapes}}
  %c = linalg.conv_2d_nchw_fchw ins(%x, %w : tensor<?x4x8x8xf32>, tensor<4x4x1x1xf32>) outs(%i : tensor<?x4x8x8xf32>) -> tensor<?x4x8x8xf32>
  return %c : tensor<?x4x8x8xf32>
}

// -----

// A quantized conv accumulating i8 into i32: a layer keeps one data word. The dataflow
// verifier's own message says why.
// CHECK-LABEL: func.func @negative_widening_conv
// CHECK: linalg.conv_2d_nchw_fchw
// CHECK-NOT: = dataflow.conv
func.func @negative_widening_conv(%x: tensor<1x4x8x8xi8>, %i: tensor<1x4x8x8xi32>) -> tensor<1x4x8x8xi32> {
  %w = arith.constant dense<1> : tensor<4x4x1x1xi8>
  // expected-warning @+1 {{'linalg.conv_2d_nchw_fchw' not converted to a dataflow layer: the layer would be invalid: 'dataflow.conv' op output element type 'i32' differs from the input's 'i8'}}
  %c = linalg.conv_2d_nchw_fchw ins(%x, %w : tensor<1x4x8x8xi8>, tensor<4x4x1x1xi8>) outs(%i : tensor<1x4x8x8xi32>) -> tensor<1x4x8x8xi32>
  return %c : tensor<1x4x8x8xi32>
}

// -----

// dataflow.pool has no dilation.
func.func @negative_dilated_pool(%x: tensor<1x4x8x8xf32>, %i: tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32> {
  %w = tensor.empty() : tensor<3x3xf32>
  // expected-warning @+1 {{'linalg.pooling_nchw_max' not converted to a dataflow layer: dilation [2, 2]; dataflow.pool has no dilation}}
  %p = linalg.pooling_nchw_max {dilations = dense<2> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>} ins(%x, %w : tensor<1x4x8x8xf32>, tensor<3x3xf32>) outs(%i : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  return %p : tensor<1x4x4x4xf32>
}

// -----

// A min pool is no max or average pool.
func.func @negative_min_pool(%x: tensor<1x8x8x4xf32>, %i: tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32> {
  %w = tensor.empty() : tensor<2x2xf32>
  // expected-warning @+1 {{'linalg.pooling_nhwc_min' not converted to a dataflow layer: a reduction that is not a supported convolution, pooling or matmul has no dataflow layer}}
  %p = linalg.pooling_nhwc_min {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>} ins(%x, %w : tensor<1x8x8x4xf32>, tensor<2x2xf32>) outs(%i : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  return %p : tensor<1x4x4x4xf32>
}

// -----

// A transposed A is spelled by indexing maps dataflow.matmul/fc cannot take.
func.func @negative_matmul_transposed_a(%a: tensor<8x4xf32>, %i: tensor<4x3xf32>) -> tensor<4x3xf32> {
  %w = arith.constant dense<1.0> : tensor<8x3xf32>
  // expected-warning @+1 {{'linalg.matmul' not converted to a dataflow layer: indexing maps other than plain or B-transposed}}
  %m = linalg.matmul indexing_maps = [affine_map<(m, n, k) -> (k, m)>, affine_map<(m, n, k) -> (k, n)>, affine_map<(m, n, k) -> (m, n)>] ins(%a, %w : tensor<8x4xf32>, tensor<8x3xf32>) outs(%i : tensor<4x3xf32>) -> tensor<4x3xf32>
  return %m : tensor<4x3xf32>
}

// -----

// Q x K^T with K an activation read transposed: dataflow.matmul takes K x N.
func.func @negative_matmul_transposed_activation(%q: tensor<4x8xf32>, %k: tensor<5x8xf32>, %i: tensor<4x5xf32>) -> tensor<4x5xf32> {
  // expected-warning @+1 {{'linalg.matmul' not converted to a dataflow layer: B is an activation read transposed; dataflow.matmul takes K x N}}
  %m = linalg.matmul indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (n, k)>, affine_map<(m, n, k) -> (m, n)>] ins(%q, %k : tensor<4x8xf32>, tensor<5x8xf32>) outs(%i : tensor<4x5xf32>) -> tensor<4x5xf32>
  return %m : tensor<4x5xf32>
}

// -----

func.func @negative_batch_matmul_maps(%a: tensor<2x8x4xf32>, %b: tensor<2x8x5xf32>, %i: tensor<2x4x5xf32>) -> tensor<2x4x5xf32> {
  // expected-warning @+1 {{'linalg.batch_matmul' not converted to a dataflow layer: indexing maps other than B x M x K times B x K x N}}
  %m = linalg.batch_matmul indexing_maps = [affine_map<(b, m, n, k) -> (b, k, m)>, affine_map<(b, m, n, k) -> (b, k, n)>, affine_map<(b, m, n, k) -> (b, m, n)>] ins(%a, %b : tensor<2x8x4xf32>, tensor<2x8x5xf32>) outs(%i : tensor<2x4x5xf32>) -> tensor<2x4x5xf32>
  return %m : tensor<2x4x5xf32>
}

// -----

// A squeeze-and-excitation gate of rank 2 (N x C through a projected map) multiplies by a
// broadcast activation of another rank: not converted (one of the layer's rank, N x C x 1 x
// 1, is: dataflow.eltwise's per-channel input).
func.func @negative_broadcast_activation(%x: tensor<1x4x8x8xf32>, %g: tensor<1x4xf32>) -> tensor<1x4x8x8xf32> {
  %e = tensor.empty() : tensor<1x4x8x8xf32>
  // expected-warning @+1 {{'linalg.generic' not converted to a dataflow layer: a broadcast operand of type 'tensor<1x4xf32>' is an activation, not a constant; dataflow.eltwise inputs must have the output's shape, or be one value per sample and channel beside one full-shape input}}
  %m = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%x, %g : tensor<1x4x8x8xf32>, tensor<1x4xf32>) outs(%e : tensor<1x4x8x8xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.mulf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<1x4x8x8xf32>
  return %m : tensor<1x4x8x8xf32>
}

// -----

// An add of a tensor and a transposed tensor.
func.func @negative_add_transposed(%x: tensor<4x4xf32>, %y: tensor<4x4xf32>) -> tensor<4x4xf32> {
  %e = tensor.empty() : tensor<4x4xf32>
  // expected-warning @+1 {{'linalg.generic' not converted to a dataflow layer: an operand is read through the indexing map affine_map<(d0, d1) -> (d1, d0)> (a transpose)}}
  %s = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d1, d0)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%x, %y : tensor<4x4xf32>, tensor<4x4xf32>) outs(%e : tensor<4x4xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.addf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<4x4xf32>
  return %s : tensor<4x4xf32>
}

// -----

// Every operand broadcast: there is no whole tensor to read.
func.func @negative_all_broadcast(%x: tensor<4xf32>, %y: tensor<4xf32>) -> tensor<2x4xf32> {
  %e = tensor.empty() : tensor<2x4xf32>
  // expected-warning @+1 {{'linalg.generic' not converted to a dataflow layer: no operand has the result's shape (every operand is broadcast); dataflow.eltwise reads whole tensors}}
  %s = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%x, %y : tensor<4xf32>, tensor<4xf32>) outs(%e : tensor<2x4xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.addf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<2x4xf32>
  return %s : tensor<2x4xf32>
}

// -----

// A rank-1 add: dataflow.eltwise needs N x C at least.
func.func @negative_rank1_add(%x: tensor<16xf32>, %y: tensor<16xf32>, %i: tensor<16xf32>) -> tensor<16xf32> {
  // expected-warning @+1 {{'linalg.add' not converted to a dataflow layer: the layer would be invalid: 'dataflow.eltwise' op output must be N x C [x spatial...] (rank 2 to 5), got rank 1}}
  %s = linalg.add ins(%x, %y : tensor<16xf32>, tensor<16xf32>) outs(%i : tensor<16xf32>) -> tensor<16xf32>
  return %s : tensor<16xf32>
}

// -----

// linalg on buffers is past the level this importer reads.
func.func @negative_buffers(%x: memref<4x8xf32>, %w: memref<8x3xf32>, %o: memref<4x3xf32>) {
  // expected-warning @+1 {{'linalg.matmul' not converted to a dataflow layer: it works on buffers; only linalg on tensors is imported}}
  linalg.matmul ins(%x, %w : memref<4x8xf32>, memref<8x3xf32>) outs(%o : memref<4x3xf32>)
  return
}

// -----

// A rejected layer changes nothing, and the layers around it still convert.
// CHECK-LABEL: func.func @partial
// CHECK: dataflow.conv
// CHECK: linalg.softmax
// CHECK: dataflow.fc
func.func @partial(%x: tensor<1x4x1x1xf32>, %i: tensor<1x4x1x1xf32>, %s: tensor<1x4xf32>, %o: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense<1.0> : tensor<4x4x1x1xf32>
  %fw = arith.constant dense<1.0> : tensor<4x2xf32>
  %c = linalg.conv_2d_nchw_fchw ins(%x, %w : tensor<1x4x1x1xf32>, tensor<4x4x1x1xf32>) outs(%i : tensor<1x4x1x1xf32>) -> tensor<1x4x1x1xf32>
  %flat = tensor.collapse_shape %c [[0], [1, 2, 3]] : tensor<1x4x1x1xf32> into tensor<1x4xf32>
  // expected-warning @+1 {{'linalg.softmax' not converted}}
  %sm = linalg.softmax dimension(0) ins(%flat : tensor<1x4xf32>) outs(%s : tensor<1x4xf32>) -> tensor<1x4xf32>
  %f = linalg.matmul ins(%sm, %fw : tensor<1x4xf32>, tensor<4x2xf32>) outs(%o : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %f : tensor<1x2xf32>
}

// -----

// torch-mlir's shape checks have no layer meaning: dropped, with one remark per function
// (the condition's producers go too once nothing else reads them).
// CHECK-LABEL: func.func @torch_asserts
// CHECK-NOT: cf.assert
// CHECK-NOT: arith.cmpi
// CHECK: dataflow.fc
// expected-remark @+1 {{dropped 2 run-time checks (cf.assert): they do no work on the accelerator}}
func.func @torch_asserts(%x: tensor<1x4xf32>) -> tensor<1x2xf32> {
  %true = arith.constant true
  %c4 = arith.constant 4 : index
  %c1 = arith.constant 1 : index
  %dim = tensor.dim %x, %c1 : tensor<1x4xf32>
  %ok = arith.cmpi eq, %dim, %c4 : index
  cf.assert %ok, "mismatching contracting dimension for torch.aten.mm"
  cf.assert %true, "unimplemented: only constant groups is supported"
  %w = arith.constant dense<1.0> : tensor<4x2xf32>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x2xf32>
  %init = linalg.fill ins(%zero : f32) outs(%e : tensor<1x2xf32>) -> tensor<1x2xf32>
  %y = linalg.matmul ins(%x, %w : tensor<1x4xf32>, tensor<4x2xf32>) outs(%init : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}
