// Verifier branches of dataflow.attention.
// RUN: dataflow-opt %s -split-input-file -verify-diagnostics

func.func @rank(%q: tensor<1x8x32xi16>, %k: tensor<8x32xi16>) -> tensor<1x8x32xi16> {
  // expected-error @+1 {{q must be tokens x features (rank 2), got rank 3}}
  %y = dataflow.attention %q, %k, %k heads 4 : tensor<1x8x32xi16>, tensor<8x32xi16>, tensor<8x32xi16> -> tensor<1x8x32xi16>
  return %y : tensor<1x8x32xi16>
}

// -----

func.func @element(%q: tensor<8x32xi16>, %k: tensor<8x32xi8>) -> tensor<8x32xi16> {
  // expected-error @+1 {{k element type 'i8' differs from the input's 'i16'}}
  %y = dataflow.attention %q, %k, %k heads 4 : tensor<8x32xi16>, tensor<8x32xi8>, tensor<8x32xi8> -> tensor<8x32xi16>
  return %y : tensor<8x32xi16>
}

// -----

func.func @features(%q: tensor<8x32xi16>, %k: tensor<8x32xi16>, %v: tensor<8x16xi16>) -> tensor<8x32xi16> {
  // expected-error @+1 {{q, k and v must have the same features, got 32, 32 and 16}}
  %y = dataflow.attention %q, %k, %v heads 4 : tensor<8x32xi16>, tensor<8x32xi16>, tensor<8x16xi16> -> tensor<8x32xi16>
  return %y : tensor<8x32xi16>
}

// -----

func.func @keys(%q: tensor<1x32xi16>, %k: tensor<9x32xi16>, %v: tensor<8x32xi16>) -> tensor<1x32xi16> {
  // expected-error @+1 {{k has 9 keys but v has 8 values}}
  %y = dataflow.attention %q, %k, %v heads 4 : tensor<1x32xi16>, tensor<9x32xi16>, tensor<8x32xi16> -> tensor<1x32xi16>
  return %y : tensor<1x32xi16>
}

// -----

func.func @heads(%q: tensor<8x32xi16>) -> tensor<8x32xi16> {
  // expected-error @+1 {{heads 5 must be positive and divide the 32 features}}
  %y = dataflow.attention %q, %q, %q heads 5 : tensor<8x32xi16>, tensor<8x32xi16>, tensor<8x32xi16> -> tensor<8x32xi16>
  return %y : tensor<8x32xi16>
}

// -----

func.func @heads_zero(%q: tensor<8x32xi16>) -> tensor<8x32xi16> {
  // expected-error @+1 {{heads 0 must be positive and divide the 32 features}}
  %y = dataflow.attention %q, %q, %q heads 0 : tensor<8x32xi16>, tensor<8x32xi16>, tensor<8x32xi16> -> tensor<8x32xi16>
  return %y : tensor<8x32xi16>
}

// -----

func.func @causal(%q: tensor<8x32xi16>, %k: tensor<4x32xi16>) -> tensor<8x32xi16> {
  // expected-error @+1 {{causal attention has 8 queries but only 4 keys; each query must see its own position}}
  %y = dataflow.attention %q, %k, %k heads 4 causal : tensor<8x32xi16>, tensor<4x32xi16>, tensor<4x32xi16> -> tensor<8x32xi16>
  return %y : tensor<8x32xi16>
}

// -----

func.func @output(%q: tensor<8x32xi16>) -> tensor<8x16xi16> {
  // expected-error @+1 {{output type 'tensor<8x16xi16>' differs from the queries' type 'tensor<8x32xi16>'}}
  %y = dataflow.attention %q, %q, %q heads 4 : tensor<8x32xi16>, tensor<8x32xi16>, tensor<8x32xi16> -> tensor<8x16xi16>
  return %y : tensor<8x16xi16>
}
