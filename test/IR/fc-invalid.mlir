// Verifier branches of dataflow.fc.
// RUN: dataflow-opt %s -split-input-file -verify-diagnostics

func.func @rank3(%x: tensor<1x4x4xi16>) -> tensor<1x2xi16> {
  // expected-error @+1 {{input must be N x C or N x C x H x W (rank 2 or 4), got rank 3}}
  %y = dataflow.fc %x : tensor<1x4x4xi16> -> tensor<1x2xi16>
  return %y : tensor<1x2xi16>
}

// -----

func.func @rank5(%x: tensor<1x4x4x4x4xi16>) -> tensor<1x2xi16> {
  // expected-error @+1 {{input must be N x C or N x C x H x W (rank 2 or 4), got rank 5}}
  %y = dataflow.fc %x : tensor<1x4x4x4x4xi16> -> tensor<1x2xi16>
  return %y : tensor<1x2xi16>
}

// -----

func.func @out_rank(%x: tensor<1x4xi16>) -> tensor<1x2x1x1xi16> {
  // expected-error @+1 {{output must be N x M (rank 2), got rank 4}}
  %y = dataflow.fc %x : tensor<1x4xi16> -> tensor<1x2x1x1xi16>
  return %y : tensor<1x2x1x1xi16>
}

// -----

func.func @batch(%x: tensor<2x4xi16>) -> tensor<1x2xi16> {
  // expected-error @+1 {{output batch 1 differs from input batch 2}}
  %y = dataflow.fc %x : tensor<2x4xi16> -> tensor<1x2xi16>
  return %y : tensor<1x2xi16>
}

// -----

func.func @element(%x: tensor<2x4xi16>) -> tensor<2x2xf16> {
  // expected-error @+1 {{output element type 'f16' differs from the input's 'i16'}}
  %y = dataflow.fc %x : tensor<2x4xi16> -> tensor<2x2xf16>
  return %y : tensor<2x2xf16>
}
