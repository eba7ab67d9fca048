// torch-mlir's TOSA form (TorchToTosa) of a small CNN: an NCHW f32 model whose layers
// TOSA takes NHWC, so every conv and pool sits between tosa.transpose ops (the weights
// transposed OIHW -> OHWI by a transpose of a constant), a batch norm spelled as
// sub / mul by rsqrt(var + eps) on constants, ReLU as clamp, an adaptive average pool
// as avg_pool2d over the whole map, and the linear layer as reshape + matmul + bias add.
// Every MAC converts, no transpose is left between layers, and the documented command
// (docs/import-and-embed.md) schedules them all.
// RUN: dataflow-opt %s --convert-linalg-to-dataflow --convert-tosa-to-dataflow --verify-diagnostics | FileCheck %s
// RUN: dataflow-opt %s --convert-linalg-to-dataflow --convert-tosa-to-dataflow --dataflow-attach-accelerator="file=%examples/accelerators/eyeriss.mlir" --dataflow-schedule="report=- report-format=table lower=false min-coverage=1" -o /dev/null 2>/dev/null | FileCheck %s --check-prefix=SCHED

// conv 16 x 16 x 8 outputs x 3 x 9 = 55296 MACs; linear 10 outputs x 8 = 80.
// CHECK-LABEL: func.func @torch_tosa_cnn
// CHECK-SAME: dataflow.coverage = {left_out = [], model_macs = 55376 : i64}
// CHECK-NOT: tosa.transpose
// CHECK: %[[C:.*]] = dataflow.conv %arg0 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 : tensor<1x3x16x16xf32> -> tensor<1x8x16x16xf32>
// The batch norm on the NCHW data the exporter transposed back: no transpose of its own.
// CHECK-NEXT: %[[SUB:.*]] = tosa.sub %[[C]], %{{.*}} : (tensor<1x8x16x16xf32>, tensor<1x8x1x1xf32>) -> tensor<1x8x16x16xf32>
// CHECK-NEXT: %[[BN:.*]] = dataflow.eltwise mul %[[SUB]] : tensor<1x8x16x16xf32> -> tensor<1x8x16x16xf32>
// CHECK-NEXT: %[[R:.*]] = tosa.clamp %[[BN]]
// CHECK-NEXT: %[[M:.*]] = dataflow.pool max %[[R]] window [2, 2] stride [2, 2] pad [0, 0, 0, 0] : tensor<1x8x16x16xf32> -> tensor<1x8x8x8xf32>
// CHECK-NEXT: dataflow.pool avg %[[M]] window [8, 8] stride [8, 8] pad [0, 0, 0, 0] : tensor<1x8x8x8xf32> -> tensor<1x8x1x1xf32>
// CHECK: dataflow.fc %{{.*}} : tensor<1x8xf32> -> tensor<1x10xf32>
// CHECK-NOT: tosa.transpose
// CHECK: return
// SCHED: network @torch_tosa_cnn on @eyeriss
// SCHED: coverage: 55.38e3 of the model's 55.38e3 MACs scheduled (100.0%); nothing left out
func.func @torch_tosa_cnn(%arg0: tensor<1x3x16x16xf32>) -> tensor<1x10xf32> {
  %0 = "tosa.const"() <{values = dense<1.000000e+00> : tensor<8x3x3x3xf32>}> : () -> tensor<8x3x3x3xf32>
  %1 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<8xf32>}> : () -> tensor<8xf32>
  %2 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
  %3 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x8x1x1xf32>}> : () -> tensor<1x8x1x1xf32>
  %4 = "tosa.const"() <{values = dense<2.000000e+00> : tensor<1x8x1x1xf32>}> : () -> tensor<1x8x1x1xf32>
  %5 = "tosa.const"() <{values = dense<9.99999974E-6> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
  %6 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
  %7 = "tosa.const"() <{values = dense<1.000000e+00> : tensor<10x8xf32>}> : () -> tensor<10x8xf32>
  %8 = "tosa.const"() <{values = dense<1.000000e-01> : tensor<1x10xf32>}> : () -> tensor<1x10xf32>
  %9 = tosa.transpose %arg0 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x3x16x16xf32>) -> tensor<1x16x16x3xf32>
  %10 = tosa.transpose %0 {perms = array<i32: 0, 2, 3, 1>} : (tensor<8x3x3x3xf32>) -> tensor<8x3x3x3xf32>
  %11 = tosa.conv2d %9, %10, %1, %2, %2 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x3xf32>, tensor<8x3x3x3xf32>, tensor<8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x8xf32>
  %12 = tosa.transpose %11 {perms = array<i32: 0, 3, 1, 2>} : (tensor<1x16x16x8xf32>) -> tensor<1x8x16x16xf32>
  %13 = tosa.sub %12, %3 : (tensor<1x8x16x16xf32>, tensor<1x8x1x1xf32>) -> tensor<1x8x16x16xf32>
  %14 = tosa.add %4, %5 : (tensor<1x8x1x1xf32>, tensor<1x1x1x1xf32>) -> tensor<1x8x1x1xf32>
  %15 = tosa.rsqrt %14 : (tensor<1x8x1x1xf32>) -> tensor<1x8x1x1xf32>
  %16 = tosa.mul %13, %15, %6 : (tensor<1x8x16x16xf32>, tensor<1x8x1x1xf32>, tensor<1xi8>) -> tensor<1x8x16x16xf32>
  %17 = tosa.clamp %16 {max_val = 3.40282347E+38 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x16x16xf32>) -> tensor<1x8x16x16xf32>
  %18 = tosa.transpose %17 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x8x16x16xf32>) -> tensor<1x16x16x8xf32>
  %19 = tosa.max_pool2d %18 {kernel = array<i64: 2, 2>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x16x16x8xf32>) -> tensor<1x8x8x8xf32>
  %20 = tosa.transpose %19 {perms = array<i32: 0, 3, 1, 2>} : (tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
  %21 = tosa.transpose %20 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32>
  %22 = tosa.avg_pool2d %21, %2, %2 {acc_type = f32, kernel = array<i64: 8, 8>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 8, 8>} : (tensor<1x8x8x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x8xf32>
  %23 = tosa.transpose %22 {perms = array<i32: 0, 3, 1, 2>} : (tensor<1x1x1x8xf32>) -> tensor<1x8x1x1xf32>
  %s0 = tosa.const_shape {values = dense<[1, 8]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %24 = tosa.reshape %23, %s0 : (tensor<1x8x1x1xf32>, !tosa.shape<2>) -> tensor<1x8xf32>
  %25 = tosa.transpose %7 {perms = array<i32: 1, 0>} : (tensor<10x8xf32>) -> tensor<8x10xf32>
  %s1 = tosa.const_shape {values = dense<[1, 1, 8]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %26 = tosa.reshape %24, %s1 : (tensor<1x8xf32>, !tosa.shape<3>) -> tensor<1x1x8xf32>
  %s2 = tosa.const_shape {values = dense<[1, 8, 10]> : tensor<3xindex>} : () -> !tosa.shape<3>
  %27 = tosa.reshape %25, %s2 : (tensor<8x10xf32>, !tosa.shape<3>) -> tensor<1x8x10xf32>
  %28 = tosa.matmul %26, %27, %2, %2 : (tensor<1x1x8xf32>, tensor<1x8x10xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x10xf32>
  %s3 = tosa.const_shape {values = dense<[1, 10]> : tensor<2xindex>} : () -> !tosa.shape<2>
  %29 = tosa.reshape %28, %s3 : (tensor<1x1x10xf32>, !tosa.shape<2>) -> tensor<1x10xf32>
  %30 = tosa.add %29, %8 : (tensor<1x10xf32>, tensor<1x10xf32>) -> tensor<1x10xf32>
  return %30 : tensor<1x10xf32>
}
