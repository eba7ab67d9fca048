// torch-mlir's linalg-on-tensors forms of F.softmax and F.layer_norm over the last
// dimension (as its TorchToLinalg lowering prints them: a max reduction with an index
// result, tensor.expand_shape of the row statistics, broadcast maps (d0, 0), math.exp,
// an f64 variance, math.rsqrt) between the matmuls of an attention block and of a linear
// layer pair, and ConvNeXt's layer scale read through (d1, 0, 0). Each chain becomes one
// dataflow.softmax / dataflow.norm layer_norm, no reduction is left behind or warned about,
// and the documented command (docs/import-and-embed.md) schedules every MAC.
// RUN: dataflow-opt %s -split-input-file --convert-linalg-to-dataflow --verify-diagnostics | FileCheck %s
// RUN: dataflow-opt %s -split-input-file --convert-linalg-to-dataflow --convert-tosa-to-dataflow --dataflow-attach-accelerator="file=%examples/accelerators/eyeriss.mlir" --dataflow-schedule="report=- report-format=table lower=false min-coverage=1" -o /dev/null 2>/dev/null | FileCheck %s --check-prefix=SCHED

// QK^T 4 x 8 x 8 outputs x 16 = 4096 MACs, AV 4 x 8 x 16 outputs x 8 = 4096.
// CHECK-LABEL: func.func @attention
// CHECK-SAME: dataflow.coverage = {left_out = [], model_macs = 8192 : i64}
// CHECK-NOT: linalg.generic
// CHECK: %[[S:.*]] = dataflow.matmul %arg0, %arg1 : tensor<4x8x16xf32>, tensor<4x16x8xf32> -> tensor<4x8x8xf32>
// CHECK-NEXT: %[[P:.*]] = dataflow.softmax %[[S]] : tensor<4x8x8xf32> -> tensor<4x8x8xf32>
// CHECK-NEXT: %[[O:.*]] = dataflow.matmul %[[P]], %arg2 : tensor<4x8x8xf32>, tensor<4x8x16xf32> -> tensor<4x8x16xf32>
// CHECK-NEXT: return %[[O]]
// SCHED: network @attention on @eyeriss
// SCHED: coverage: 8.192e3 of the model's 8.192e3 MACs scheduled (100.0%); nothing left out
#map = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
module {
  func.func @attention(%arg0: tensor<4x8x16xf32>, %arg1: tensor<4x16x8xf32>, %arg2: tensor<4x8x16xf32>) -> tensor<4x8x16xf32> {
    %c0_i64 = arith.constant 0 : i64
    %cst = arith.constant 0xFF800000 : f32
    %cst_0 = arith.constant 0.000000e+00 : f32
    %0 = tensor.empty() : tensor<4x8x8xf32>
    %1 = linalg.fill ins(%cst_0 : f32) outs(%0 : tensor<4x8x8xf32>) -> tensor<4x8x8xf32>
    %2 = linalg.batch_matmul ins(%arg0, %arg1 : tensor<4x8x16xf32>, tensor<4x16x8xf32>) outs(%1 : tensor<4x8x8xf32>) -> tensor<4x8x8xf32>
    %3 = tensor.empty() : tensor<4x8xi64>
    %4 = linalg.fill ins(%c0_i64 : i64) outs(%3 : tensor<4x8xi64>) -> tensor<4x8xi64>
    %5 = tensor.empty() : tensor<4x8xf32>
    %6 = linalg.fill ins(%cst : f32) outs(%5 : tensor<4x8xf32>) -> tensor<4x8xf32>
    %7:2 = linalg.generic {indexing_maps = [#map, #map1, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%2 : tensor<4x8x8xf32>) outs(%6, %4 : tensor<4x8xf32>, tensor<4x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_1: i64):
      %16 = linalg.index 2 : index
      %17 = arith.index_cast %16 : index to i64
      %18 = arith.maximumf %in, %out : f32
      %19 = arith.cmpf ogt, %in, %out : f32
      %20 = arith.select %19, %17, %out_1 : i64
      linalg.yield %18, %20 : f32, i64
    } -> (tensor<4x8xf32>, tensor<4x8xi64>)
    %expanded = tensor.expand_shape %7#0 [[0], [1, 2]] output_shape [4, 8, 1] : tensor<4x8xf32> into tensor<4x8x1xf32>
    %8 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2, %expanded : tensor<4x8x8xf32>, tensor<4x8x1xf32>) outs(%0 : tensor<4x8x8xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %16 = arith.subf %in, %in_1 : f32
      linalg.yield %16 : f32
    } -> tensor<4x8x8xf32>
    %9 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8 : tensor<4x8x8xf32>) outs(%0 : tensor<4x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %16 = math.exp %in : f32
      linalg.yield %16 : f32
    } -> tensor<4x8x8xf32>
    %10 = tensor.empty() : tensor<4x8x1xf32>
    %11 = linalg.fill ins(%cst_0 : f32) outs(%10 : tensor<4x8x1xf32>) -> tensor<4x8x1xf32>
    %12 = linalg.generic {indexing_maps = [#map, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%9 : tensor<4x8x8xf32>) outs(%11 : tensor<4x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %16 = arith.addf %in, %out : f32
      linalg.yield %16 : f32
    } -> tensor<4x8x1xf32>
    %13 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%9, %12 : tensor<4x8x8xf32>, tensor<4x8x1xf32>) outs(%0 : tensor<4x8x8xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %16 = arith.divf %in, %in_1 : f32
      linalg.yield %16 : f32
    } -> tensor<4x8x8xf32>
    %14 = tensor.empty() : tensor<4x8x16xf32>
    %15 = linalg.fill ins(%cst_0 : f32) outs(%14 : tensor<4x8x16xf32>) -> tensor<4x8x16xf32>
    %16 = linalg.batch_matmul ins(%13, %arg2 : tensor<4x8x8xf32>, tensor<4x8x16xf32>) outs(%15 : tensor<4x8x16xf32>) -> tensor<4x8x16xf32>
    return %16 : tensor<4x8x16xf32>
  }
}

// -----

// A linear layer 8 x 16 outputs x 16 = 2048 MACs, layer norm, a linear layer 8 x 4 x 16 =
// 512.
// CHECK-LABEL: func.func @layer_norm
// CHECK-SAME: dataflow.coverage = {left_out = [], model_macs = 2560 : i64}
// CHECK-NOT: linalg.generic
// CHECK: %[[F:.*]] = dataflow.fc %arg0 : tensor<8x16xf32> -> tensor<8x16xf32>
// CHECK-NEXT: %[[N:.*]] = dataflow.norm layer_norm %[[F]] : tensor<8x16xf32> -> tensor<8x16xf32>
// CHECK-NEXT: %[[G:.*]] = dataflow.fc %[[N]] : tensor<8x16xf32> -> tensor<8x4xf32>
// CHECK-NEXT: return %[[G]]
// SCHED: network @layer_norm on @eyeriss
// SCHED: coverage: 2.560e3 of the model's 2.560e3 MACs scheduled (100.0%); nothing left out
#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d0, 0)>
module {
  func.func @layer_norm(%arg0: tensor<8x16xf32>) -> tensor<8x4xf32> {
    %cst = arith.constant 0.000000e+00 : f64
    %cst_0 = arith.constant 0.000000e+00 : f32
    %cst_1 = arith.constant 1.000000e-05 : f64
    %cst_2 = arith.constant 1.600000e+01 : f64
    %cst_3 = arith.constant 1.600000e+01 : f32
    %w1 = arith.constant dense<1.000000e+00> : tensor<16x16xf32>
    %w2 = arith.constant dense<1.000000e+00> : tensor<16x4xf32>
    %e0 = tensor.empty() : tensor<8x16xf32>
    %f0 = linalg.fill ins(%cst_0 : f32) outs(%e0 : tensor<8x16xf32>) -> tensor<8x16xf32>
    %x = linalg.matmul ins(%arg0, %w1 : tensor<8x16xf32>, tensor<16x16xf32>) outs(%f0 : tensor<8x16xf32>) -> tensor<8x16xf32>
    %0 = tensor.empty() : tensor<8x16xf64>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%x : tensor<8x16xf32>) outs(%0 : tensor<8x16xf64>) {
    ^bb0(%in: f32, %out: f64):
      %20 = arith.extf %in : f32 to f64
      linalg.yield %20 : f64
    } -> tensor<8x16xf64>
    %2 = tensor.empty() : tensor<8x1xf64>
    %3 = linalg.fill ins(%cst : f64) outs(%2 : tensor<8x1xf64>) -> tensor<8x1xf64>
    %4 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "reduction"]} ins(%1 : tensor<8x16xf64>) outs(%3 : tensor<8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %20 = arith.addf %in, %out : f64
      linalg.yield %20 : f64
    } -> tensor<8x1xf64>
    %5 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%4 : tensor<8x1xf64>) outs(%2 : tensor<8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %20 = arith.divf %in, %cst_2 : f64
      linalg.yield %20 : f64
    } -> tensor<8x1xf64>
    %6 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%1, %5 : tensor<8x16xf64>, tensor<8x1xf64>) outs(%0 : tensor<8x16xf64>) {
    ^bb0(%in: f64, %in_4: f64, %out: f64):
      %20 = arith.subf %in, %in_4 : f64
      linalg.yield %20 : f64
    } -> tensor<8x16xf64>
    %7 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%6, %6 : tensor<8x16xf64>, tensor<8x16xf64>) outs(%0 : tensor<8x16xf64>) {
    ^bb0(%in: f64, %in_4: f64, %out: f64):
      %20 = arith.mulf %in, %in_4 : f64
      linalg.yield %20 : f64
    } -> tensor<8x16xf64>
    %8 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "reduction"]} ins(%7 : tensor<8x16xf64>) outs(%3 : tensor<8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %20 = arith.addf %in, %out : f64
      linalg.yield %20 : f64
    } -> tensor<8x1xf64>
    %9 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%8 : tensor<8x1xf64>) outs(%2 : tensor<8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %20 = arith.divf %in, %cst_2 : f64
      linalg.yield %20 : f64
    } -> tensor<8x1xf64>
    %10 = tensor.empty() : tensor<8x1xf32>
    %11 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%9 : tensor<8x1xf64>) outs(%10 : tensor<8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %20 = arith.truncf %in : f64 to f32
      linalg.yield %20 : f32
    } -> tensor<8x1xf32>
    %12 = linalg.fill ins(%cst_0 : f32) outs(%10 : tensor<8x1xf32>) -> tensor<8x1xf32>
    %13 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "reduction"]} ins(%x : tensor<8x16xf32>) outs(%12 : tensor<8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %20 = arith.addf %in, %out : f32
      linalg.yield %20 : f32
    } -> tensor<8x1xf32>
    %14 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%13 : tensor<8x1xf32>) outs(%10 : tensor<8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %20 = arith.divf %in, %cst_3 : f32
      linalg.yield %20 : f32
    } -> tensor<8x1xf32>
    %15 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%11 : tensor<8x1xf32>) outs(%10 : tensor<8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %20 = arith.truncf %cst_1 : f64 to f32
      %21 = arith.addf %in, %20 : f32
      linalg.yield %21 : f32
    } -> tensor<8x1xf32>
    %16 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%15 : tensor<8x1xf32>) outs(%10 : tensor<8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %20 = math.rsqrt %in : f32
      linalg.yield %20 : f32
    } -> tensor<8x1xf32>
    %17 = tensor.empty() : tensor<8x16xf32>
    %18 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%x, %14 : tensor<8x16xf32>, tensor<8x1xf32>) outs(%17 : tensor<8x16xf32>) {
    ^bb0(%in: f32, %in_4: f32, %out: f32):
      %20 = arith.subf %in, %in_4 : f32
      linalg.yield %20 : f32
    } -> tensor<8x16xf32>
    %19 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%18, %16 : tensor<8x16xf32>, tensor<8x1xf32>) outs(%17 : tensor<8x16xf32>) {
    ^bb0(%in: f32, %in_4: f32, %out: f32):
      %20 = arith.mulf %in, %in_4 : f32
      linalg.yield %20 : f32
    } -> tensor<8x16xf32>
    %e1 = tensor.empty() : tensor<8x4xf32>
    %f1 = linalg.fill ins(%cst_0 : f32) outs(%e1 : tensor<8x4xf32>) -> tensor<8x4xf32>
    %y = linalg.matmul ins(%19, %w2 : tensor<8x16xf32>, tensor<16x4xf32>) outs(%f1 : tensor<8x4xf32>) -> tensor<8x4xf32>
    return %y : tensor<8x4xf32>
  }
}

// -----

// ConvNeXt's layer scale: gamma (C x 1 x 1) broadcast over N x C x H x W through
// (d1, 0, 0), on a depthwise conv's output: a per-channel scale, part of the conv.
// 1 x 8 x 4 x 4 outputs x 9 = 1152 MACs.
// CHECK-LABEL: func.func @layer_scale
// CHECK-SAME: dataflow.coverage = {left_out = [], model_macs = 1152 : i64}
// CHECK-NOT: linalg.generic
// CHECK: %[[C:.*]] = dataflow.conv %{{.*}} kernel [3, 3] {{.*}}groups 8 {{.*}}: tensor<1x8x4x4xf32> -> tensor<1x8x4x4xf32>
// CHECK-NEXT: return %[[C]]
// SCHED: network @layer_scale on @eyeriss
// SCHED: coverage: 1.152e3 of the model's 1.152e3 MACs scheduled (100.0%); nothing left out
#map = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map1 = affine_map<(d0, d1, d2, d3) -> (d1, 0, 0)>
module {
  func.func @layer_scale(%arg0: tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant dense<1.000000e+00> : tensor<8x3x3xf32>
    %cst_1 = arith.constant dense<1.000000e-06> : tensor<8x1x1xf32>
    %padded = tensor.pad %arg0 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg1: index, %arg2: index, %arg3: index, %arg4: index):
      tensor.yield %cst : f32
    } : tensor<1x8x4x4xf32> to tensor<1x8x6x6xf32>
    %0 = tensor.empty() : tensor<1x8x4x4xf32>
    %1 = linalg.fill ins(%cst : f32) outs(%0 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
    %2 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded, %cst_0 : tensor<1x8x6x6xf32>, tensor<8x3x3xf32>) outs(%1 : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
    %3 = linalg.generic {indexing_maps = [#map1, #map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %2 : tensor<8x1x1xf32>, tensor<1x8x4x4xf32>) outs(%0 : tensor<1x8x4x4xf32>) {
    ^bb0(%in: f32, %in_2: f32, %out: f32):
      %4 = arith.mulf %in, %in_2 : f32
      linalg.yield %4 : f32
    } -> tensor<1x8x4x4xf32>
    return %3 : tensor<1x8x4x4xf32>
  }
}
