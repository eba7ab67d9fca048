// Verifier branches of dataflow.slice.
// RUN: dataflow-opt %s -split-input-file -verify-diagnostics

func.func @bounds(%a: tensor<1x116x28x28xi16>) -> tensor<1x58x28x28xi16> {
  // expected-error @+1 {{offset 60 with size 58 is outside the input's dimension 1 of 116 (the offset must be 0 to 58)}}
  %y = dataflow.slice %a axis 1 offset 60 : tensor<1x116x28x28xi16> -> tensor<1x58x28x28xi16>
  return %y : tensor<1x58x28x28xi16>
}

// -----

func.func @negative_offset(%a: tensor<1x116x28x28xi16>) -> tensor<1x58x28x28xi16> {
  // expected-error @+1 {{offset -1 with size 58 is outside the input's dimension 1 of 116}}
  %y = dataflow.slice %a axis 1 offset -1 : tensor<1x116x28x28xi16> -> tensor<1x58x28x28xi16>
  return %y : tensor<1x58x28x28xi16>
}

// -----

func.func @larger(%a: tensor<1x16x8x8xi16>) -> tensor<1x32x8x8xi16> {
  // expected-error @+1 {{offset 0 with size 32 is outside the input's dimension 1 of 16 (the offset must be 0 to -16)}}
  %y = dataflow.slice %a axis 1 offset 0 : tensor<1x16x8x8xi16> -> tensor<1x32x8x8xi16>
  return %y : tensor<1x32x8x8xi16>
}

// -----

func.func @empty(%a: tensor<1x16x8x8xi16>) -> tensor<1x0x8x8xi16> {
  // expected-error @+1 {{output dimension 1 is 0; every size must be positive}}
  %y = dataflow.slice %a axis 1 offset 0 : tensor<1x16x8x8xi16> -> tensor<1x0x8x8xi16>
  return %y : tensor<1x0x8x8xi16>
}

// -----

func.func @axis(%a: tensor<1x16x8x8xi16>) -> tensor<1x16x8x8xi16> {
  // expected-error @+1 {{axis 4 is outside the input's dimensions 0 to 3}}
  %y = dataflow.slice %a axis 4 offset 0 : tensor<1x16x8x8xi16> -> tensor<1x16x8x8xi16>
  return %y : tensor<1x16x8x8xi16>
}

// -----

func.func @other_dim(%a: tensor<1x16x8x8xi16>) -> tensor<1x8x8x4xi16> {
  // expected-error @+1 {{output dimension 3 is 4, but the input's is 8; a slice cuts only dimension 1}}
  %y = dataflow.slice %a axis 1 offset 0 : tensor<1x16x8x8xi16> -> tensor<1x8x8x4xi16>
  return %y : tensor<1x8x8x4xi16>
}

// -----

func.func @rank(%a: tensor<1x16x8x8xi16>) -> tensor<1x8x64xi16> {
  // expected-error @+1 {{output has rank 3, but the input has rank 4; a slice keeps the rank}}
  %y = dataflow.slice %a axis 1 offset 0 : tensor<1x16x8x8xi16> -> tensor<1x8x64xi16>
  return %y : tensor<1x8x64xi16>
}

// -----

func.func @element(%a: tensor<1x16x8x8xi16>) -> tensor<1x8x8x8xi8> {
  // expected-error @+1 {{output element type 'i8' differs from the input's 'i16'}}
  %y = dataflow.slice %a axis 1 offset 0 : tensor<1x16x8x8xi16> -> tensor<1x8x8x8xi8>
  return %y : tensor<1x8x8x8xi8>
}
