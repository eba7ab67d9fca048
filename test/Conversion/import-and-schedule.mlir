// RUN: dataflow-opt %s -split-input-file --convert-linalg-to-dataflow --convert-tosa-to-dataflow --dataflow-attach-accelerator="file=%examples/accelerators/eyeriss.mlir" --dataflow-schedule="lower=false" | FileCheck %s

// Imported networks are ordinary dataflow networks: after import, the scheduling pipeline
// prices every layer. Eyeriss has 16-bit words, so the inputs are i16 (linalg) and f16
// (TOSA).

// torch-mlir shape: padded conv with a bias init, ReLU, max pool, flatten, linear + bias.
// CHECK-LABEL: func.func @torch_net
// CHECK: dataflow.conv {{.*}}dataflow.cost = #dataflow.cost<
// CHECK: dataflow.pool max {{.*}}dataflow.cost = #dataflow.cost<
// CHECK: dataflow.fc {{.*}}dataflow.cost = #dataflow.cost<
#bias = affine_map<(d0, d1, d2, d3) -> (d1)>
#id4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
func.func @torch_net(%x: tensor<1x3x16x16xi16>) -> tensor<1x10xi16> {
  %w = arith.constant dense<1> : tensor<8x3x3x3xi16>
  %b = arith.constant dense<1> : tensor<8xi16>
  %fw = arith.constant dense<1> : tensor<10x512xi16>
  %zero = arith.constant 0 : i16
  %min = arith.constant -32768 : i16
  %padded = tensor.pad %x low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i: index, %j: index, %k: index, %l: index):
    tensor.yield %zero : i16
  } : tensor<1x3x16x16xi16> to tensor<1x3x18x18xi16>
  %e = tensor.empty() : tensor<1x8x16x16xi16>
  %binit = linalg.generic {indexing_maps = [#bias, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%b : tensor<8xi16>) outs(%e : tensor<1x8x16x16xi16>) {
  ^bb0(%in: i16, %out: i16):
    linalg.yield %in : i16
  } -> tensor<1x8x16x16xi16>
  %conv = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded, %w : tensor<1x3x18x18xi16>, tensor<8x3x3x3xi16>) outs(%binit : tensor<1x8x16x16xi16>) -> tensor<1x8x16x16xi16>
  %relu = linalg.generic {indexing_maps = [#id4, #id4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%conv : tensor<1x8x16x16xi16>) outs(%e : tensor<1x8x16x16xi16>) {
  ^bb0(%in: i16, %out: i16):
    %m = arith.maxsi %in, %zero : i16
    linalg.yield %m : i16
  } -> tensor<1x8x16x16xi16>
  %window = tensor.empty() : tensor<2x2xi16>
  %pe = tensor.empty() : tensor<1x8x8x8xi16>
  %pinit = linalg.fill ins(%min : i16) outs(%pe : tensor<1x8x8x8xi16>) -> tensor<1x8x8x8xi16>
  %pool = linalg.pooling_nchw_max {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%relu, %window : tensor<1x8x16x16xi16>, tensor<2x2xi16>) outs(%pinit : tensor<1x8x8x8xi16>) -> tensor<1x8x8x8xi16>
  %flat = tensor.collapse_shape %pool [[0], [1, 2, 3]] : tensor<1x8x8x8xi16> into tensor<1x512xi16>
  %et = tensor.empty() : tensor<512x10xi16>
  %wt = linalg.transpose ins(%fw : tensor<10x512xi16>) outs(%et : tensor<512x10xi16>) permutation = [1, 0]
  %fe = tensor.empty() : tensor<1x10xi16>
  %finit = linalg.fill ins(%zero : i16) outs(%fe : tensor<1x10xi16>) -> tensor<1x10xi16>
  %fc = linalg.matmul ins(%flat, %wt : tensor<1x512xi16>, tensor<512x10xi16>) outs(%finit : tensor<1x10xi16>) -> tensor<1x10xi16>
  return %fc : tensor<1x10xi16>
}

// -----

// TFLite/IREE shape: NHWC conv, ReLU6, depthwise conv, average pool.
// CHECK-LABEL: func.func @tosa_net
// CHECK: dataflow.conv {{.*}}groups 1 {{.*}}dataflow.cost = #dataflow.cost<
// CHECK: dataflow.conv {{.*}}groups 8 {{.*}}dataflow.cost = #dataflow.cost<
// CHECK: dataflow.pool avg {{.*}}dataflow.cost = #dataflow.cost<
func.func @tosa_net(%x: tensor<1x16x16x3xf16>) -> tensor<1x8x8x8xf16> {
  %zp = "tosa.const"() <{values = dense<0.0> : tensor<1xf16>}> : () -> tensor<1xf16>
  %w = "tosa.const"() <{values = dense<1.0> : tensor<8x3x3x3xf16>}> : () -> tensor<8x3x3x3xf16>
  %wd = "tosa.const"() <{values = dense<1.0> : tensor<3x3x8x1xf16>}> : () -> tensor<3x3x8x1xf16>
  %b = "tosa.const"() <{values = dense<0.0> : tensor<8xf16>}> : () -> tensor<8xf16>
  %c = tosa.conv2d %x, %w, %b, %zp, %zp {acc_type = f16, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x3xf16>, tensor<8x3x3x3xf16>, tensor<8xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<1x16x16x8xf16>
  %r = tosa.clamp %c {max_val = 6.0 : f16, min_val = 0.0 : f16} : (tensor<1x16x16x8xf16>) -> tensor<1x16x16x8xf16>
  %d = tosa.depthwise_conv2d %r, %wd, %b, %zp, %zp {acc_type = f16, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x8xf16>, tensor<3x3x8x1xf16>, tensor<8xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<1x16x16x8xf16>
  %a = tosa.avg_pool2d %d, %zp, %zp {acc_type = f32, kernel = array<i64: 2, 2>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x16x16x8xf16>, tensor<1xf16>, tensor<1xf16>) -> tensor<1x8x8x8xf16>
  return %a : tensor<1x8x8x8xf16>
}

// -----

// torch-mlir's linalg-on-tensors export as it comes: f32 (priced at Eyeriss's 16-bit words,
// with a remark), the cf.assert shape checks TorchToLinalg writes (dropped, with a remark),
// and `math` in generic bodies (an inference batch norm's sqrt, a sigmoid's exp), which pass
// through. This is the command of docs/import-and-embed.md.
// CHECK-LABEL: func.func @torch_f32_export
// CHECK-NOT: cf.assert
// CHECK: dataflow.conv {{.*}}dataflow.cost = #dataflow.cost<
// CHECK: math.sqrt
// CHECK: math.exp
// CHECK: dataflow.fc {{.*}}dataflow.cost = #dataflow.cost<
#id2 = affine_map<(d0, d1) -> (d0, d1)>
#c4 = affine_map<(d0, d1, d2, d3) -> (d1)>
#i4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
func.func @torch_f32_export(%arg0: tensor<1x3x16x16xf32>) -> tensor<1x10xf32> {
  %cst = arith.constant 0.000000e+00 : f32
  %cst_0 = arith.constant 1.000000e+00 : f32
  %cst_1 = arith.constant dense<1.000000e+00> : tensor<8x3x3x3xf32>
  %cst_2 = arith.constant dense<2.000000e+00> : tensor<8xf32>
  %cst_3 = arith.constant dense<1.000000e+00> : tensor<10x2048xf32>
  %true = arith.constant true
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %dim = tensor.dim %arg0, %c1 : tensor<1x3x16x16xf32>
  %0 = arith.cmpi eq, %dim, %c3 : index
  cf.assert %0, "mismatched size for broadcast"
  cf.assert %true, "unimplemented: only constant groups is supported"
  %padded = tensor.pad %arg0 low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%a: index, %b: index, %c: index, %d: index):
    tensor.yield %cst : f32
  } : tensor<1x3x16x16xf32> to tensor<1x3x18x18xf32>
  %1 = tensor.empty() : tensor<1x8x16x16xf32>
  %2 = linalg.fill ins(%cst : f32) outs(%1 : tensor<1x8x16x16xf32>) -> tensor<1x8x16x16xf32>
  %3 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded, %cst_1 : tensor<1x3x18x18xf32>, tensor<8x3x3x3xf32>) outs(%2 : tensor<1x8x16x16xf32>) -> tensor<1x8x16x16xf32>
  %4 = linalg.generic {indexing_maps = [#i4, #c4, #i4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%3, %cst_2 : tensor<1x8x16x16xf32>, tensor<8xf32>) outs(%1 : tensor<1x8x16x16xf32>) {
  ^bb0(%in: f32, %var: f32, %out: f32):
    %s = math.sqrt %var : f32
    %q = arith.divf %in, %s : f32
    linalg.yield %q : f32
  } -> tensor<1x8x16x16xf32>
  %5 = linalg.generic {indexing_maps = [#i4, #i4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%4 : tensor<1x8x16x16xf32>) outs(%1 : tensor<1x8x16x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %n = arith.negf %in : f32
    %e = math.exp %n : f32
    %d = arith.addf %e, %cst_0 : f32
    %r = arith.divf %cst_0, %d : f32
    linalg.yield %r : f32
  } -> tensor<1x8x16x16xf32>
  %collapsed = tensor.collapse_shape %5 [[0], [1, 2, 3]] : tensor<1x8x16x16xf32> into tensor<1x2048xf32>
  %6 = tensor.empty() : tensor<2048x10xf32>
  %transposed = linalg.transpose ins(%cst_3 : tensor<10x2048xf32>) outs(%6 : tensor<2048x10xf32>) permutation = [1, 0]
  %7 = arith.cmpi eq, %c1, %c1 : index
  cf.assert %7, "mismatching contracting dimension for torch.aten.mm"
  %8 = tensor.empty() : tensor<1x10xf32>
  %9 = linalg.fill ins(%cst : f32) outs(%8 : tensor<1x10xf32>) -> tensor<1x10xf32>
  %10 = linalg.matmul ins(%collapsed, %transposed : tensor<1x2048xf32>, tensor<2048x10xf32>) outs(%9 : tensor<1x10xf32>) -> tensor<1x10xf32>
  return %10 : tensor<1x10xf32>
}

// -----

// torch-mlir's batch-0 maps and ceil-mode pool, scheduled: a 1x1 conv, the residual add
// reading both operands through (0, d1, d2, d3), and max_pool2d(3, 2, ceil_mode=True) as
// torch-mlir lowers it (the end padded past what the windows read, with -inf). Conv
// 7 x 7 x 8 outputs x 8 = 3136 MACs, all scheduled.
// CHECK-LABEL: func.func @torch_batch0_ceil_pool
// CHECK-SAME: dataflow.coverage = {left_out = [], model_macs = 3136 : i64}
// CHECK: dataflow.conv {{.*}}dataflow.cost = #dataflow.cost<
// CHECK: dataflow.eltwise add {{.*}}dataflow.cost = #dataflow.cost<
// CHECK: dataflow.pool max {{.*}}window [3, 3] stride [2, 2] pad [0, 0, 1, 1] {{.*}}dataflow.cost = #dataflow.cost<
#b0 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>
#id = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
func.func @torch_batch0_ceil_pool(%arg0: tensor<1x8x7x7xf32>) -> tensor<1x8x3x3xf32> {
  %cst = arith.constant 0.000000e+00 : f32
  %cst_0 = arith.constant 0xFF800000 : f32
  %cst_1 = arith.constant dense<1.000000e+00> : tensor<8x8x1x1xf32>
  %0 = tensor.empty() : tensor<1x8x7x7xf32>
  %1 = linalg.fill ins(%cst : f32) outs(%0 : tensor<1x8x7x7xf32>) -> tensor<1x8x7x7xf32>
  %2 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%arg0, %cst_1 : tensor<1x8x7x7xf32>, tensor<8x8x1x1xf32>) outs(%1 : tensor<1x8x7x7xf32>) -> tensor<1x8x7x7xf32>
  %3 = linalg.generic {indexing_maps = [#b0, #b0, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%2, %arg0 : tensor<1x8x7x7xf32>, tensor<1x8x7x7xf32>) outs(%0 : tensor<1x8x7x7xf32>) {
  ^bb0(%in: f32, %in_2: f32, %out: f32):
    %8 = arith.addf %in, %in_2 : f32
    linalg.yield %8 : f32
  } -> tensor<1x8x7x7xf32>
  %padded = tensor.pad %3 low[0, 0, 0, 0] high[0, 0, 2, 2] {
  ^bb0(%arg1: index, %arg2: index, %arg3: index, %arg4: index):
    tensor.yield %cst_0 : f32
  } : tensor<1x8x7x7xf32> to tensor<1x8x9x9xf32>
  %4 = tensor.empty() : tensor<3x3xf32>
  %5 = tensor.empty() : tensor<1x8x3x3xf32>
  %6 = linalg.fill ins(%cst_0 : f32) outs(%5 : tensor<1x8x3x3xf32>) -> tensor<1x8x3x3xf32>
  %7 = linalg.pooling_nchw_max {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%padded, %4 : tensor<1x8x9x9xf32>, tensor<3x3xf32>) outs(%6 : tensor<1x8x3x3xf32>) -> tensor<1x8x3x3xf32>
  return %7 : tensor<1x8x3x3xf32>
}
