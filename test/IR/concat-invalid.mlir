// Verifier branches of dataflow.concat.
// RUN: dataflow-opt %s -split-input-file -verify-diagnostics

func.func @one_input(%a: tensor<1x4xi16>) -> tensor<1x4xi16> {
  // expected-error @+1 {{needs at least two inputs, got 1}}
  %y = dataflow.concat %a : tensor<1x4xi16> -> tensor<1x4xi16>
  return %y : tensor<1x4xi16>
}

// -----

func.func @rank(%a: tensor<1x4xi16>, %b: tensor<1x4x1x1xi16>) -> tensor<1x8xi16> {
  // expected-error @+1 {{input #1 has rank 4, but the output has rank 2}}
  %y = dataflow.concat %a, %b : tensor<1x4xi16>, tensor<1x4x1x1xi16> -> tensor<1x8xi16>
  return %y : tensor<1x8xi16>
}

// -----

func.func @spatial(%a: tensor<1x4x8x8xi16>, %b: tensor<1x4x8x7xi16>) -> tensor<1x8x8x8xi16> {
  // expected-error @+1 {{input #1 dimension 3 is 7, but the output's is 8; only channels (dimension 1) may differ}}
  %y = dataflow.concat %a, %b : tensor<1x4x8x8xi16>, tensor<1x4x8x7xi16> -> tensor<1x8x8x8xi16>
  return %y : tensor<1x8x8x8xi16>
}

// -----

func.func @channels(%a: tensor<1x4xi16>, %b: tensor<1x4xi16>) -> tensor<1x9xi16> {
  // expected-error @+1 {{output has 9 channels, but the inputs add up to 8}}
  %y = dataflow.concat %a, %b : tensor<1x4xi16>, tensor<1x4xi16> -> tensor<1x9xi16>
  return %y : tensor<1x9xi16>
}

// -----

func.func @element(%a: tensor<1x4xi16>, %b: tensor<1x4xi32>) -> tensor<1x8xi16> {
  // expected-error @+1 {{input #1 element type 'i32' differs from the input's 'i16'}}
  %y = dataflow.concat %a, %b : tensor<1x4xi16>, tensor<1x4xi32> -> tensor<1x8xi16>
  return %y : tensor<1x8xi16>
}

// -----

func.func @input_rank(%a: tensor<4xi16>, %b: tensor<4xi16>) -> tensor<1x8xi16> {
  // expected-error @+1 {{input #0 must be N x C [x spatial...] (rank 2 to 5), got rank 1}}
  %y = dataflow.concat %a, %b : tensor<4xi16>, tensor<4xi16> -> tensor<1x8xi16>
  return %y : tensor<1x8xi16>
}
