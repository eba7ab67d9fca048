// Errors of dataflow-decompose-deconv, located on the deconvolution.
// RUN: dataflow-opt %s --dataflow-decompose-deconv -split-input-file -verify-diagnostics
// RUN: not dataflow-opt %s --dataflow-decompose-deconv=combine=true -split-input-file 2>&1 | FileCheck %s --check-prefix=COMB

// Dilated transposed convolutions have no stride-phase decomposition here.
func.func @dilated(%x: tensor<1x2x4x4xi16>) -> tensor<1x2x11x11xi16> {
  // expected-error @+1 {{cannot decompose a deconvolution with dilation [2, 2]; only dilation 1 is supported}}
  %y = dataflow.deconv %x kernel [3, 3] stride [2, 2] pad [0, 0, 0, 0] output_padding [0, 0] dilation [2, 2] groups 1 : tensor<1x2x4x4xi16> -> tensor<1x2x11x11xi16>
  return %y : tensor<1x2x11x11xi16>
}

// -----

// Grouped deconvolutions split fine; combining them would mix the groups.
// COMB: error: combine=true needs groups = 1, got groups 2 (use combine=false)
func.func @grouped(%x: tensor<1x4x4x4xi16>) -> tensor<1x4x8x8xi16> {
  %y = dataflow.deconv %x kernel [4, 4] stride [2, 2] pad [1, 1, 1, 1] output_padding [0, 0] dilation [1, 1] groups 2 : tensor<1x4x4x4xi16> -> tensor<1x4x8x8xi16>
  return %y : tensor<1x4x8x8xi16>
}
