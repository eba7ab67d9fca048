// Verifier branches of dataflow.view.
// RUN: dataflow-opt %s -split-input-file -verify-diagnostics

func.func @count(%a: tensor<8x32xi16>) -> tensor<4x8x4xi16> {
  // expected-error @+1 {{output has 128 elements, but the input has 256; a view keeps every element}}
  %y = dataflow.view %a : tensor<8x32xi16> -> tensor<4x8x4xi16>
  return %y : tensor<4x8x4xi16>
}

// -----

func.func @element(%a: tensor<8x32xi16>) -> tensor<256xi8> {
  // expected-error @+1 {{output element type 'i8' differs from the input's 'i16'}}
  %y = dataflow.view %a : tensor<8x32xi16> -> tensor<256xi8>
  return %y : tensor<256xi8>
}

// -----

func.func @rank(%a: tensor<1x1x1x1x2x128xi16>) -> tensor<256xi16> {
  // expected-error @+1 {{input must be rank 1 to 5, got rank 6}}
  %y = dataflow.view %a : tensor<1x1x1x1x2x128xi16> -> tensor<256xi16>
  return %y : tensor<256xi16>
}
