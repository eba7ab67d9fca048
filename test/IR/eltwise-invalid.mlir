// Verifier branches of dataflow.eltwise.
// RUN: dataflow-opt %s -split-input-file -verify-diagnostics

// Only the generic form can spell an eltwise without inputs.
func.func @no_input() -> tensor<1x4xi16> {
  // expected-error @+1 {{needs at least one input}}
  %y = "dataflow.eltwise"() <{kind = 0 : i32}> : () -> tensor<1x4xi16>
  return %y : tensor<1x4xi16>
}

// -----

func.func @mismatch(%a: tensor<1x4xi16>, %b: tensor<1x5xi16>) -> tensor<1x4xi16> {
  // expected-error @+1 {{input #1 has type 'tensor<1x5xi16>', but the output has type 'tensor<1x4xi16>'; element-wise inputs must match the output exactly}}
  %y = dataflow.eltwise mul %a, %b : tensor<1x4xi16>, tensor<1x5xi16> -> tensor<1x4xi16>
  return %y : tensor<1x4xi16>
}

// -----

func.func @rank(%a: tensor<4xi16>, %b: tensor<4xi16>) -> tensor<4xi16> {
  // expected-error @+1 {{output must be N x C [x spatial...] (rank 2 to 5), got rank 1}}
  %y = dataflow.eltwise add %a, %b : tensor<4xi16>, tensor<4xi16> -> tensor<4xi16>
  return %y : tensor<4xi16>
}
