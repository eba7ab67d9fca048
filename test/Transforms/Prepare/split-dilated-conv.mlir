// dataflow-split-dilated-conv: a stride-1 dilated convolution whose dilation phases differ in
// size (E mod d != 0 and d < E) becomes output bands of equal phases (docs/cost-model.md
// "Dilation phases"). Along a dimension of E outputs with dilation d, kernel K and pad_begin
// pb, band [a, b) reads the real input rows [a - pb, b + (K - 1) d - pb): cropped inside the
// input, padded outside.
// RUN: dataflow-opt %s --dataflow-split-dilated-conv -split-input-file | FileCheck %s
// RUN: dataflow-opt %s --dataflow-split-dilated-conv -split-input-file | dataflow-opt -split-input-file | FileCheck %s

// @rows: 7 rows with d = 2 (phases of 4 and 3 rows), 8 columns (d | 8: left whole).
// Band 0 = rows [0, 6) reads padded rows [0, 10) = real [-2, 8): 2 padding rows before, 1
// after; band 1 = row 6 reads padded rows [6, 11) = real [4, 9): input rows 4-6, 2 padding
// rows after. MACs by hand: 6 x 8 x 9 x 4 x 4 = 6912 and 1 x 8 x 9 x 4 x 4 = 1152, together
// the original's 7 x 8 x 9 x 4 x 4 = 8064.
// CHECK-LABEL: func.func @rows(
// CHECK:         %[[E:.*]] = tensor.empty() : tensor<1x4x7x8xi16>
// CHECK:         %[[B0:.*]] = dataflow.conv %arg0 kernel [3, 3] stride [1, 1] pad [2, 2, 1, 2] dilation [2, 2] groups 1 {name = "c.band_0_0"} : tensor<1x4x7x8xi16> -> tensor<1x4x6x8xi16>
// CHECK:         %[[I0:.*]] = tensor.insert_slice %[[B0]] into %[[E]][0, 0, 0, 0] [1, 4, 6, 8] [1, 1, 1, 1]
// CHECK:         %[[X1:.*]] = tensor.extract_slice %arg0[0, 0, 4, 0] [1, 4, 3, 8] [1, 1, 1, 1] : tensor<1x4x7x8xi16> to tensor<1x4x3x8xi16>
// CHECK:         %[[B1:.*]] = dataflow.conv %[[X1]] kernel [3, 3] stride [1, 1] pad [0, 2, 2, 2] dilation [2, 2] groups 1 {name = "c.band_1_0"} : tensor<1x4x3x8xi16> -> tensor<1x4x1x8xi16>
// CHECK:         %[[I1:.*]] = tensor.insert_slice %[[B1]] into %[[I0]][0, 0, 6, 0] [1, 4, 1, 8] [1, 1, 1, 1]
// CHECK:         return %[[I1]]
func.func @rows(%x: tensor<1x4x7x8xi16>) -> tensor<1x4x7x8xi16> {
  %y = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [2, 2, 2, 2] dilation [2, 2] groups 1 {name = "c"} : tensor<1x4x7x8xi16> -> tensor<1x4x7x8xi16>
  return %y : tensor<1x4x7x8xi16>
}

// -----

// @both: 7 x 7 with d = 2 both ways: four bands, 6x6, 6x1, 1x6 and 1x1 outputs.
// CHECK-LABEL: func.func @both(
// CHECK:         dataflow.conv %arg0 {{.*}} pad [2, 2, 1, 1] {{.*}} {name = "b.band_0_0"} : tensor<1x3x7x7xi16> -> tensor<1x5x6x6xi16>
// CHECK:         tensor.extract_slice %arg0[0, 0, 0, 4] [1, 3, 7, 3]
// CHECK:         dataflow.conv {{.*}} pad [2, 0, 1, 2] {{.*}} {name = "b.band_0_1"} : tensor<1x3x7x3xi16> -> tensor<1x5x6x1xi16>
// CHECK:         tensor.extract_slice %arg0[0, 0, 4, 0] [1, 3, 3, 7]
// CHECK:         dataflow.conv {{.*}} pad [0, 2, 2, 1] {{.*}} {name = "b.band_1_0"} : tensor<1x3x3x7xi16> -> tensor<1x5x1x6xi16>
// CHECK:         tensor.extract_slice %arg0[0, 0, 4, 4] [1, 3, 3, 3]
// CHECK:         dataflow.conv {{.*}} pad [0, 0, 2, 2] {{.*}} {name = "b.band_1_1"} : tensor<1x3x3x3xi16> -> tensor<1x5x1x1xi16>
// CHECK:         tensor.insert_slice {{.*}}[0, 0, 6, 6] [1, 5, 1, 1]
func.func @both(%x: tensor<1x3x7x7xi16>) -> tensor<1x5x7x7xi16> {
  %y = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [2, 2, 2, 2] dilation [2, 2] groups 1 {name = "b"} : tensor<1x3x7x7xi16> -> tensor<1x5x7x7xi16>
  return %y : tensor<1x5x7x7xi16>
}

// -----

// @zero: band 1 (row 9, d = 3) reads padded rows [9, 12) = real rows [9, 12), none of the 2
// input rows: its outputs are zero, the destination a zero constant (as
// dataflow-decompose-deconv does for phases without taps).
// CHECK-LABEL: func.func @zero(
// CHECK:         %[[Z:.*]] = arith.constant dense<0> : tensor<1x2x10x4xi16>
// CHECK:         %[[B:.*]] = dataflow.conv %arg0 kernel [2, 1] {{.*}} pad [0, 0, 10, 0] {{.*}} {name = "z.band_0_0"} {{.*}} -> tensor<1x2x9x4xi16>
// CHECK:         tensor.insert_slice %[[B]] into %[[Z]][0, 0, 0, 0]
// CHECK-NOT:     dataflow.conv
func.func @zero(%x: tensor<1x2x2x4xi16>) -> tensor<1x2x10x4xi16> {
  %y = dataflow.conv %x kernel [2, 1] stride [1, 1] pad [0, 0, 11, 0] dilation [3, 1] groups 1 {name = "z"} : tensor<1x2x2x4xi16> -> tensor<1x2x10x4xi16>
  return %y : tensor<1x2x10x4xi16>
}

// -----

// @strided: stride 2, dilation 3 on a 10x10 ofmap: P = 3 / gcd(2, 3) = 3 phases of stride 2
// (phases of 4, 3 and 3 outputs), split into bands of 9 and 1 outputs per dimension. Band 1
// (output row 9) reads the padded rows [9 x 2, 9 x 2 + 2 x 3 + 1) = [18, 25), real rows
// [15, 22): input rows 15-19 and 2 padding rows after. MACs by hand: 81 + 9 + 9 + 1 = 100
// outputs x 9 x 4 x 4 = 14400, the original's 10 x 10 x 144.
// CHECK-LABEL: func.func @strided(
// CHECK:         dataflow.conv %arg0 kernel [3, 3] stride [2, 2] pad [3, 3, 0, 0] dilation [3, 3] {{.*}}name = "s.band_0_0"{{.*}} -> tensor<1x4x9x9xi16>
// CHECK:         tensor.extract_slice %arg0[0, 0, 0, 15] [1, 4, 20, 5]
// CHECK:         dataflow.conv {{.*}} pad [3, 0, 0, 2] {{.*}}name = "s.band_0_1"{{.*}} -> tensor<1x4x9x1xi16>
// CHECK:         tensor.extract_slice %arg0[0, 0, 15, 0] [1, 4, 5, 20]
// CHECK:         dataflow.conv {{.*}} pad [0, 3, 2, 0] {{.*}}name = "s.band_1_0"{{.*}} -> tensor<1x4x1x9xi16>
// CHECK:         dataflow.conv {{.*}}name = "s.band_1_1"{{.*}} -> tensor<1x4x1x1xi16>
func.func @strided(%x: tensor<1x4x20x20xi16>) -> tensor<1x4x10x10xi16> {
  %y = dataflow.conv %x kernel [3, 3] stride [2, 2] pad [3, 3, 3, 3] dilation [3, 3] groups 1 {name = "s"} : tensor<1x4x20x20xi16> -> tensor<1x4x10x10xi16>
  return %y : tensor<1x4x10x10xi16>
}

// -----

// Left alone: equal phases (P | E; P >= E), including stride 2 with dilation 2 (P = 1: one
// stride-1 phase over the even inputs).
// CHECK-LABEL: func.func @alone(
// CHECK-NOT:     band
// CHECK-NOT:     tensor.
// CHECK:         return
func.func @alone(%x: tensor<1x2x8x8xi16>, %s: tensor<1x2x9x9xi16>) -> (tensor<1x2x8x8xi16>, tensor<1x2x8x8xi16>, tensor<1x2x4x4xi16>) {
  %a = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [2, 2, 2, 2] dilation [2, 2] groups 1 {name = "divides"} : tensor<1x2x8x8xi16> -> tensor<1x2x8x8xi16>
  %b = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [12, 12, 12, 12] dilation [12, 12] groups 1 {name = "beyond"} : tensor<1x2x8x8xi16> -> tensor<1x2x8x8xi16>
  %c = dataflow.conv %s kernel [3, 3] stride [2, 2] pad [1, 1, 1, 1] dilation [2, 2] groups 1 {name = "strided"} : tensor<1x2x9x9xi16> -> tensor<1x2x4x4xi16>
  return %a, %b, %c : tensor<1x2x8x8xi16>, tensor<1x2x8x8xi16>, tensor<1x2x4x4xi16>
}
