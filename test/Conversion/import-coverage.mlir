// The converters write what they found on the function (dataflow.coverage): the model's
// MACs (converted and not) and each op left in place with a warning; the report compares it
// with the scheduled layers and min-coverage fails below a fraction. Running a converter
// again counts nothing twice.
// RUN: dataflow-opt %s -split-input-file --convert-linalg-to-dataflow --convert-tosa-to-dataflow 2>/dev/null | FileCheck %s
// RUN: dataflow-opt %s -split-input-file --convert-linalg-to-dataflow --convert-linalg-to-dataflow --convert-tosa-to-dataflow --convert-tosa-to-dataflow 2>/dev/null | FileCheck %s
// RUN: not dataflow-opt %s -split-input-file --convert-linalg-to-dataflow --convert-tosa-to-dataflow --dataflow-attach-accelerator="file=%examples/accelerators/eyeriss.mlir" --dataflow-schedule="lower=false report=%t.json min-coverage=0.9" -o /dev/null 2>&1 | FileCheck %s --check-prefix=MIN

// conv 8 x 8 x 8 outputs x 3 x 9 = 13824 MACs converted; conv_3d 2 x 2 x 6 x 6 outputs x
// 8 x 27 = 31104 left out.
// CHECK-LABEL: func.func @linalg_partial
// CHECK-SAME: dataflow.coverage = {left_out = [{macs = 31104 : i64, name = "{{.*}}import-coverage.mlir:[[@LINE+15]]:9", op = "linalg.conv_3d_ncdhw_fcdhw", reason = "a reduction that is not a supported convolution, pooling or matmul has no dataflow layer"}], model_macs = 44928 : i64}
// MIN: import-coverage.mlir:[[@LINE+1]]:1: error: network @linalg_partial schedules 30.8% of its model's MACs (13824 of 44928), below min-coverage=0.9
func.func @linalg_partial(%x: tensor<1x3x8x8xi16>, %v: tensor<1x8x4x8x8xi16>) -> (tensor<1x8x8x8xi16>, tensor<1x2x2x6x6xi16>) {
  %w = arith.constant dense<1> : tensor<8x3x3x3xi16>
  %zero = arith.constant 0 : i16
  %padded = tensor.pad %x low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i: index, %j: index, %k: index, %l: index):
    tensor.yield %zero : i16
  } : tensor<1x3x8x8xi16> to tensor<1x3x10x10xi16>
  %e = tensor.empty() : tensor<1x8x8x8xi16>
  %init = linalg.fill ins(%zero : i16) outs(%e : tensor<1x8x8x8xi16>) -> tensor<1x8x8x8xi16>
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded, %w : tensor<1x3x10x10xi16>, tensor<8x3x3x3xi16>) outs(%init : tensor<1x8x8x8xi16>) -> tensor<1x8x8x8xi16>
  %w3 = arith.constant dense<1> : tensor<2x8x3x3x3xi16>
  %e3 = tensor.empty() : tensor<1x2x2x6x6xi16>
  %i3 = linalg.fill ins(%zero : i16) outs(%e3 : tensor<1x2x2x6x6xi16>) -> tensor<1x2x2x6x6xi16>
  %c3 = linalg.conv_3d_ncdhw_fcdhw {dilations = dense<1> : vector<3xi64>, strides = dense<1> : vector<3xi64>} ins(%v, %w3 : tensor<1x8x4x8x8xi16>, tensor<2x8x3x3x3xi16>) outs(%i3 : tensor<1x2x2x6x6xi16>) -> tensor<1x2x2x6x6xi16>
  return %c, %c3 : tensor<1x8x8x8xi16>, tensor<1x2x2x6x6xi16>
}

// -----

// TOSA: conv2d 4 x 4 outputs x 4 channels x 2 x 9 = 1152 MACs, matmul 1 x 2 x 5 outputs x
// 3 = 30; everything converted.
// CHECK-LABEL: func.func @tosa_whole
// CHECK-SAME: dataflow.coverage = {left_out = [], model_macs = 1182 : i64}
func.func @tosa_whole(%x: tensor<1x4x4x2xi16>, %a: tensor<1x2x3xi16>, %b: tensor<1x3x5xi16>) -> (tensor<1x4x4x4xi16>, tensor<1x2x5xi16>) {
  %w = "tosa.const"() <{values = dense<1> : tensor<4x3x3x2xi16>}> : () -> tensor<4x3x3x2xi16>
  %bias = "tosa.const"() <{values = dense<0> : tensor<4xi16>}> : () -> tensor<4xi16>
  %zp = "tosa.const"() <{values = dense<0> : tensor<1xi16>}> : () -> tensor<1xi16>
  %c = tosa.conv2d %x, %w, %bias, %zp, %zp {acc_type = i48, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x4x4x2xi16>, tensor<4x3x3x2xi16>, tensor<4xi16>, tensor<1xi16>, tensor<1xi16>) -> tensor<1x4x4x4xi16>
  %m = tosa.matmul %a, %b, %zp, %zp : (tensor<1x2x3xi16>, tensor<1x3x5xi16>, tensor<1xi16>, tensor<1xi16>) -> tensor<1x2x5xi16>
  return %c, %m : tensor<1x4x4x4xi16>, tensor<1x2x5xi16>
}

// -----

// No work at all: no attribute.
// CHECK-LABEL: func.func @nothing
// CHECK-NOT: dataflow.coverage
func.func @nothing(%x: tensor<1x4xf32>) -> tensor<1x4xf32> {
  return %x : tensor<1x4xf32>
}
