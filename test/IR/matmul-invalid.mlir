// Verifier branches of dataflow.matmul.
// RUN: dataflow-opt %s -split-input-file -verify-diagnostics

func.func @rank(%a: tensor<2x2x4x8xi16>, %b: tensor<8x4xi16>) -> tensor<4x4xi16> {
  // expected-error @+1 {{lhs must be M x K or B x M x K (rank 2 or 3), got rank 4}}
  %y = dataflow.matmul %a, %b : tensor<2x2x4x8xi16>, tensor<8x4xi16> -> tensor<4x4xi16>
  return %y : tensor<4x4xi16>
}

// -----

func.func @ranks_differ(%a: tensor<2x4x8xi16>, %b: tensor<8x4xi16>) -> tensor<2x4x4xi16> {
  // expected-error @+1 {{operand and result ranks must agree, got 3, 2 -> 3}}
  %y = dataflow.matmul %a, %b : tensor<2x4x8xi16>, tensor<8x4xi16> -> tensor<2x4x4xi16>
  return %y : tensor<2x4x4xi16>
}

// -----

func.func @batch(%a: tensor<2x4x8xi16>, %b: tensor<3x8x4xi16>) -> tensor<2x4x4xi16> {
  // expected-error @+1 {{batch sizes differ: lhs 2, rhs 3, output 2}}
  %y = dataflow.matmul %a, %b : tensor<2x4x8xi16>, tensor<3x8x4xi16> -> tensor<2x4x4xi16>
  return %y : tensor<2x4x4xi16>
}

// -----

func.func @contraction(%a: tensor<4x8xi16>, %b: tensor<6x4xi16>) -> tensor<4x4xi16> {
  // expected-error @+1 {{contraction sizes differ: lhs has K = 8, rhs has K = 6}}
  %y = dataflow.matmul %a, %b : tensor<4x8xi16>, tensor<6x4xi16> -> tensor<4x4xi16>
  return %y : tensor<4x4xi16>
}

// -----

func.func @output(%a: tensor<4x8xi16>, %b: tensor<8x5xi16>) -> tensor<4x4xi16> {
  // expected-error @+1 {{output is 4 x 4, expected 4 x 5}}
  %y = dataflow.matmul %a, %b : tensor<4x8xi16>, tensor<8x5xi16> -> tensor<4x4xi16>
  return %y : tensor<4x4xi16>
}

// -----

func.func @element(%a: tensor<4x8xi16>, %b: tensor<8x4xf16>) -> tensor<4x4xi16> {
  // expected-error @+1 {{rhs element type 'f16' differs from the input's 'i16'}}
  %y = dataflow.matmul %a, %b : tensor<4x8xi16>, tensor<8x4xf16> -> tensor<4x4xi16>
  return %y : tensor<4x4xi16>
}
