// Verifier branches of dataflow.deconv beyond those shared with dataflow.conv.
// RUN: dataflow-opt %s -split-input-file -verify-diagnostics

func.func @output_padding_entries(%x: tensor<1x8x4x4xi16>) -> tensor<1x4x8x8xi16> {
  // expected-error @+1 {{output_padding has 1 entries, expected 2 (one per spatial dimension)}}
  %y = dataflow.deconv %x kernel [4, 4] stride [2, 2] pad [1, 1, 1, 1] output_padding [0] dilation [1, 1] groups 1 : tensor<1x8x4x4xi16> -> tensor<1x4x8x8xi16>
  return %y : tensor<1x4x8x8xi16>
}

// -----

func.func @output_padding_large(%x: tensor<1x8x4x4xi16>) -> tensor<1x4x10x8xi16> {
  // expected-error @+1 {{output_padding 2 on dimension H must be non-negative and smaller than the stride (2) or the dilation (1)}}
  %y = dataflow.deconv %x kernel [4, 4] stride [2, 2] pad [1, 1, 1, 1] output_padding [2, 0] dilation [1, 1] groups 1 : tensor<1x8x4x4xi16> -> tensor<1x4x10x8xi16>
  return %y : tensor<1x4x10x8xi16>
}

// -----

func.func @output_size(%x: tensor<1x8x4x4xi16>) -> tensor<1x4x8x9xi16> {
  // expected-error @+1 {{output W is 9, but input 4 with kernel 4, stride 2, dilation 1, padding 1+1 and output_padding 0 gives 8}}
  %y = dataflow.deconv %x kernel [4, 4] stride [2, 2] pad [1, 1, 1, 1] output_padding [0, 0] dilation [1, 1] groups 1 : tensor<1x8x4x4xi16> -> tensor<1x4x8x9xi16>
  return %y : tensor<1x4x8x9xi16>
}

// -----

func.func @groups(%x: tensor<1x8x4x4xi16>) -> tensor<1x4x8x8xi16> {
  // expected-error @+1 {{input channels 8 do not divide into 3 groups}}
  %y = dataflow.deconv %x kernel [4, 4] stride [2, 2] pad [1, 1, 1, 1] output_padding [0, 0] dilation [1, 1] groups 3 : tensor<1x8x4x4xi16> -> tensor<1x4x8x8xi16>
  return %y : tensor<1x4x8x8xi16>
}
