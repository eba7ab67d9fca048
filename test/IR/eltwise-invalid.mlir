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
  // expected-error @+1 {{input #1 has type 'tensor<1x5xi16>', but the output has type 'tensor<1x4xi16>'; an element-wise input matches the output, or is one value per sample and channel (N x C x 1 x .. x 1, a squeeze-excitation scale) broadcast over the rest}}
  %y = dataflow.eltwise mul %a, %b : tensor<1x4xi16>, tensor<1x5xi16> -> tensor<1x4xi16>
  return %y : tensor<1x4xi16>
}

// -----

func.func @rank(%a: tensor<4xi16>, %b: tensor<4xi16>) -> tensor<4xi16> {
  // expected-error @+1 {{output must be N x C [x spatial...] (rank 2 to 5), got rank 1}}
  %y = dataflow.eltwise add %a, %b : tensor<4xi16>, tensor<4xi16> -> tensor<4xi16>
  return %y : tensor<4xi16>
}

// -----

// A broadcast over the channels (N x 1 x H x W), not per channel: refused.
func.func @spatial_broadcast(%a: tensor<1x4x8x8xi16>, %b: tensor<1x1x8x8xi16>) -> tensor<1x4x8x8xi16> {
  // expected-error @+1 {{input #1 has type 'tensor<1x1x8x8xi16>', but the output has type 'tensor<1x4x8x8xi16>'; an element-wise input matches the output, or is one value per sample and channel}}
  %y = dataflow.eltwise mul %a, %b : tensor<1x4x8x8xi16>, tensor<1x1x8x8xi16> -> tensor<1x4x8x8xi16>
  return %y : tensor<1x4x8x8xi16>
}

// -----

// Every input broadcast: no input of the output's type.
func.func @all_broadcast(%b: tensor<1x4x1x1xi16>) -> tensor<1x4x8x8xi16> {
  // expected-error @+1 {{needs an input of the output's type 'tensor<1x4x8x8xi16>' (the others may be broadcast per channel)}}
  %y = dataflow.eltwise mul %b, %b : tensor<1x4x1x1xi16>, tensor<1x4x1x1xi16> -> tensor<1x4x8x8xi16>
  return %y : tensor<1x4x8x8xi16>
}

// -----

// A per-channel input of another element type.
func.func @element_type(%a: tensor<1x4x8x8xi16>, %b: tensor<1x4x1x1xi8>) -> tensor<1x4x8x8xi16> {
  // expected-error @+1 {{input #1 has type 'tensor<1x4x1x1xi8>'}}
  %y = dataflow.eltwise mul %a, %b : tensor<1x4x8x8xi16>, tensor<1x4x1x1xi8> -> tensor<1x4x8x8xi16>
  return %y : tensor<1x4x8x8xi16>
}
