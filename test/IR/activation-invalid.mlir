// Verifier branches of dataflow.activation, dataflow.norm and dataflow.softmax (one shared
// shape check: the output keeps the input's type, rank 2 to 5).
// RUN: dataflow-opt %s -split-input-file -verify-diagnostics

func.func @activation_type(%a: tensor<1x4xi16>) -> tensor<1x5xi16> {
  // expected-error @+1 {{output type 'tensor<1x5xi16>' differs from the input type 'tensor<1x4xi16>'; this layer keeps its input's shape}}
  %y = dataflow.activation gelu %a : tensor<1x4xi16> -> tensor<1x5xi16>
  return %y : tensor<1x5xi16>
}

// -----

func.func @activation_rank(%a: tensor<4xi16>) -> tensor<4xi16> {
  // expected-error @+1 {{input must be N x C [x spatial...] or tokens x features (rank 2 to 5), got rank 1}}
  %y = dataflow.activation relu %a : tensor<4xi16> -> tensor<4xi16>
  return %y : tensor<4xi16>
}

// -----

func.func @activation_kind(%a: tensor<1x4xi16>) -> tensor<1x4xi16> {
  // expected-error @+1 {{expected string or keyword containing one of the following enum values for attribute 'kind' [relu, gelu, silu, sigmoid, tanh]}}
  %y = dataflow.activation swish %a : tensor<1x4xi16> -> tensor<1x4xi16>
  return %y : tensor<1x4xi16>
}

// -----

func.func @norm_type(%a: tensor<2x4xi16>) -> tensor<2x4xf32> {
  // expected-error @+1 {{output type 'tensor<2x4xf32>' differs from the input type 'tensor<2x4xi16>'; this layer keeps its input's shape}}
  %y = dataflow.norm layer_norm %a : tensor<2x4xi16> -> tensor<2x4xf32>
  return %y : tensor<2x4xf32>
}

// -----

func.func @norm_dynamic(%a: tensor<?x4xi16>) -> tensor<?x4xi16> {
  // expected-error @+1 {{input dimension 0 is dynamic; layer shapes must be static}}
  %y = dataflow.norm rms_norm %a : tensor<?x4xi16> -> tensor<?x4xi16>
  return %y : tensor<?x4xi16>
}

// -----

func.func @norm_kind(%a: tensor<1x4xi16>) -> tensor<1x4xi16> {
  // expected-error @+1 {{expected string or keyword containing one of the following enum values for attribute 'kind' [layer_norm, rms_norm, batch_norm]}}
  %y = dataflow.norm group_norm %a : tensor<1x4xi16> -> tensor<1x4xi16>
  return %y : tensor<1x4xi16>
}

// -----

func.func @softmax_type(%a: tensor<2x8x8xi16>) -> tensor<2x8x4xi16> {
  // expected-error @+1 {{output type 'tensor<2x8x4xi16>' differs from the input type 'tensor<2x8x8xi16>'; this layer keeps its input's shape}}
  %y = dataflow.softmax %a : tensor<2x8x8xi16> -> tensor<2x8x4xi16>
  return %y : tensor<2x8x4xi16>
}

// -----

func.func @softmax_rank(%a: tensor<1x1x1x1x1x8xi16>) -> tensor<1x1x1x1x1x8xi16> {
  // expected-error @+1 {{input must be N x C [x spatial...] or tokens x features (rank 2 to 5), got rank 6}}
  %y = dataflow.softmax %a : tensor<1x1x1x1x1x8xi16> -> tensor<1x1x1x1x1x8xi16>
  return %y : tensor<1x1x1x1x1x8xi16>
}
