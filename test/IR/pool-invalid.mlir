// Verifier branches of dataflow.pool (window checks are shared with dataflow.conv).
// RUN: dataflow-opt %s -split-input-file -verify-diagnostics

func.func @channels(%x: tensor<1x4x8x8xi16>) -> tensor<1x2x4x4xi16> {
  // expected-error @+1 {{output channels 2 differ from input channels 4; pooling keeps channels}}
  %y = dataflow.pool max %x window [2, 2] stride [2, 2] pad [0, 0, 0, 0] : tensor<1x4x8x8xi16> -> tensor<1x2x4x4xi16>
  return %y : tensor<1x2x4x4xi16>
}

// -----

func.func @output_size(%x: tensor<1x4x8x8xi16>) -> tensor<1x4x4x3xi16> {
  // expected-error @+1 {{output W is 3, but input 8 with window 2, stride 2, dilation 1 and padding 0+0 gives 4}}
  %y = dataflow.pool avg %x window [2, 2] stride [2, 2] pad [0, 0, 0, 0] : tensor<1x4x8x8xi16> -> tensor<1x4x4x3xi16>
  return %y : tensor<1x4x4x3xi16>
}

// -----

func.func @window_large(%x: tensor<1x4x2x2xi16>) -> tensor<1x4x1x1xi16> {
  // expected-error @+1 {{window 3 (dilation 1) on dimension H is larger than the padded input 2}}
  %y = dataflow.pool max %x window [3, 1] stride [1, 1] pad [0, 0, 0, 0] : tensor<1x4x2x2xi16> -> tensor<1x4x1x1xi16>
  return %y : tensor<1x4x1x1xi16>
}

// -----

func.func @window_entries(%x: tensor<1x4x8x8xi16>) -> tensor<1x4x4x4xi16> {
  // expected-error @+1 {{window has 1 entries, expected 2 (one per spatial dimension)}}
  %y = dataflow.pool max %x window [2] stride [2, 2] pad [0, 0, 0, 0] : tensor<1x4x8x8xi16> -> tensor<1x4x4x4xi16>
  return %y : tensor<1x4x4x4xi16>
}

// -----

func.func @kind(%x: tensor<1x4x8x8xi16>) -> tensor<1x4x4x4xi16> {
  // expected-error @+1 {{expected string or keyword containing one of the following enum values for attribute 'kind' [max, avg]}}
  %y = dataflow.pool min %x window [2, 2] stride [2, 2] pad [0, 0, 0, 0] : tensor<1x4x8x8xi16> -> tensor<1x4x4x4xi16>
  return %y : tensor<1x4x4x4xi16>
}
