// A TFLite model through tf-mlir's TFLite -> TOSA legalization, as it prints in MLIR 22:
// an NHWC f32 network (the TFLite graph's layout), OHWI conv weights and HWCM depthwise
// weights as tosa.const, padding in attributes, ReLU6 as clamp, a residual add, the global
// average pool as avg_pool2d over the whole map, and the classifier as reshape + matmul
// (MLIR 22's TOSA has no fully_connected) + bias add. Every MAC converts, the network is
// NCHW inside (TOSA pads [top, bottom, left, right] become ours, begins then ends), and the
// documented command (docs/import-and-embed.md) schedules them all at Eyeriss's 16-bit words.
// RUN: dataflow-opt %s --convert-tosa-to-dataflow --verify-diagnostics | FileCheck %s
// RUN: dataflow-opt %s --convert-linalg-to-dataflow --convert-tosa-to-dataflow --dataflow-attach-accelerator="file=%examples/accelerators/eyeriss.mlir" --dataflow-schedule="report=- report-format=table lower=false min-coverage=1" -o /dev/null 2>/dev/null | FileCheck %s --check-prefix=SCHED

// stem conv 8 x 8 x 16 outputs x 3 x 9 = 27648 MACs; depthwise 8 x 8 x 16 x 9 = 9216;
// pointwise 8 x 8 x 16 x 16 = 16384; classifier 10 x 16 = 160.
// CHECK-LABEL: func.func @tflite_net
// CHECK-SAME: dataflow.coverage = {left_out = [], model_macs = 53408 : i64}
// CHECK: %[[IN:.*]] = tosa.transpose %arg0 {perms = array<i32: 0, 3, 1, 2>} : (tensor<1x16x16x3xf32>) -> tensor<1x3x16x16xf32>
// CHECK-NEXT: %[[S:.*]] = dataflow.conv %[[IN]] kernel [3, 3] stride [2, 2] pad [0, 0, 1, 1] dilation [1, 1] groups 1 : tensor<1x3x16x16xf32> -> tensor<1x16x8x8xf32>
// CHECK-NEXT: %[[R:.*]] = tosa.clamp %[[S]]
// CHECK-NEXT: %[[D:.*]] = dataflow.conv %[[R]] kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 16 : tensor<1x16x8x8xf32> -> tensor<1x16x8x8xf32>
// CHECK-NEXT: %[[R2:.*]] = tosa.clamp %[[D]]
// CHECK-NEXT: %[[P:.*]] = dataflow.conv %[[R2]] kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 : tensor<1x16x8x8xf32> -> tensor<1x16x8x8xf32>
// CHECK-NEXT: %[[A:.*]] = dataflow.eltwise add %[[P]], %[[R]] : tensor<1x16x8x8xf32>, tensor<1x16x8x8xf32> -> tensor<1x16x8x8xf32>
// CHECK-NEXT: %[[G:.*]] = dataflow.pool avg %[[A]] window [8, 8] stride [8, 8] pad [0, 0, 0, 0] : tensor<1x16x8x8xf32> -> tensor<1x16x1x1xf32>
// CHECK: dataflow.fc %{{.*}} : tensor<1x16xf32> -> tensor<1x10xf32>
// CHECK-NOT: dataflow.eltwise
// CHECK: return
// SCHED: network @tflite_net on @eyeriss
// SCHED: coverage: 53.41e3 of the model's 53.41e3 MACs scheduled (100.0%); nothing left out
func.func @tflite_net(%arg0: tensor<1x16x16x3xf32>) -> tensor<1x10xf32> {
  %0 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
  %1 = "tosa.const"() <{values = dense<1.000000e-01> : tensor<16x3x3x3xf32>}> : () -> tensor<16x3x3x3xf32>
  %2 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<16xf32>}> : () -> tensor<16xf32>
  %3 = "tosa.const"() <{values = dense<1.000000e-01> : tensor<3x3x16x1xf32>}> : () -> tensor<3x3x16x1xf32>
  %4 = "tosa.const"() <{values = dense<1.000000e-01> : tensor<16x1x1x16xf32>}> : () -> tensor<16x1x1x16xf32>
  %5 = "tosa.const"() <{values = dense<1.000000e-01> : tensor<1x16x10xf32>}> : () -> tensor<1x16x10xf32>
  %6 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x10xf32>}> : () -> tensor<1x1x10xf32>
  %7 = tosa.conv2d %arg0, %1, %2, %0, %0 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 1, 0, 1>, stride = array<i64: 2, 2>} : (tensor<1x16x16x3xf32>, tensor<16x3x3x3xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x16xf32>
  %8 = tosa.clamp %7 {max_val = 6.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x16xf32>) -> tensor<1x8x8x16xf32>
  %9 = tosa.depthwise_conv2d %8, %3, %2, %0, %0 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x16xf32>, tensor<3x3x16x1xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x16xf32>
  %10 = tosa.clamp %9 {max_val = 6.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x16xf32>) -> tensor<1x8x8x16xf32>
  %11 = tosa.conv2d %10, %4, %2, %0, %0 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x16xf32>, tensor<16x1x1x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x16xf32>
  %12 = tosa.add %11, %8 : (tensor<1x8x8x16xf32>, tensor<1x8x8x16xf32>) -> tensor<1x8x8x16xf32>
  %13 = tosa.avg_pool2d %12, %0, %0 {acc_type = f32, kernel = array<i64: 8, 8>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 8, 8>} : (tensor<1x8x8x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x16xf32>
  %14 = tosa.const_shape {values = dense<[1, 1, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %15 = tosa.reshape %13, %14 : (tensor<1x1x1x16xf32>, !tosa.shape<3>) -> tensor<1x1x16xf32>
  %16 = tosa.matmul %15, %5, %0, %0 : (tensor<1x1x16xf32>, tensor<1x16x10xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x10xf32>
  %17 = tosa.add %16, %6 : (tensor<1x1x10xf32>, tensor<1x1x10xf32>) -> tensor<1x1x10xf32>
  %18 = tosa.const_shape {values = dense<[1, 10]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %19 = tosa.reshape %17, %18 : (tensor<1x1x10xf32>, !tosa.shape<2>) -> tensor<1x10xf32>
  return %19 : tensor<1x10xf32>
}
