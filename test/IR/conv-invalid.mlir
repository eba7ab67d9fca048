// Every verifier branch of dataflow.conv (also shared by deconv and pool).
// RUN: dataflow-opt %s -split-input-file -verify-diagnostics

func.func @rank(%x: tensor<3x32x32xi16>) -> tensor<3x32x32xi16> {
  // expected-error @+1 {{input must be N x C x [D x] H x W (rank 4 or 5), got rank 3}}
  %y = dataflow.conv %x kernel [3] stride [1] pad [1, 1] dilation [1] groups 1 : tensor<3x32x32xi16> -> tensor<3x32x32xi16>
  return %y : tensor<3x32x32xi16>
}

// -----

func.func @rank_mismatch(%x: tensor<1x3x8x8xi16>) -> tensor<1x3x1x8x8xi16> {
  // expected-error @+1 {{output rank 5 differs from input rank 4}}
  %y = dataflow.conv %x kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 : tensor<1x3x8x8xi16> -> tensor<1x3x1x8x8xi16>
  return %y : tensor<1x3x1x8x8xi16>
}

// -----

func.func @dynamic(%x: tensor<?x3x8x8xi16>) -> tensor<?x3x8x8xi16> {
  // expected-error @+1 {{input dimension 0 is dynamic; layer shapes must be static}}
  %y = dataflow.conv %x kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 : tensor<?x3x8x8xi16> -> tensor<?x3x8x8xi16>
  return %y : tensor<?x3x8x8xi16>
}

// -----

func.func @empty(%x: tensor<1x0x8x8xi16>) -> tensor<1x3x8x8xi16> {
  // expected-error @+1 {{input dimension 1 is 0; every size must be positive}}
  %y = dataflow.conv %x kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 : tensor<1x0x8x8xi16> -> tensor<1x3x8x8xi16>
  return %y : tensor<1x3x8x8xi16>
}

// -----

func.func @element(%x: tensor<1x3x8x8xindex>) -> tensor<1x3x8x8xindex> {
  // expected-error @+1 {{input element type 'index' is not an integer or float data word}}
  %y = dataflow.conv %x kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 : tensor<1x3x8x8xindex> -> tensor<1x3x8x8xindex>
  return %y : tensor<1x3x8x8xindex>
}

// -----

func.func @element_mismatch(%x: tensor<1x3x8x8xi16>) -> tensor<1x3x8x8xi8> {
  // expected-error @+1 {{output element type 'i8' differs from the input's 'i16'}}
  %y = dataflow.conv %x kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 : tensor<1x3x8x8xi16> -> tensor<1x3x8x8xi8>
  return %y : tensor<1x3x8x8xi8>
}

// -----

func.func @kernel_entries(%x: tensor<1x3x8x8xi16>) -> tensor<1x3x8x8xi16> {
  // expected-error @+1 {{kernel has 3 entries, expected 2 (one per spatial dimension)}}
  %y = dataflow.conv %x kernel [1, 1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 : tensor<1x3x8x8xi16> -> tensor<1x3x8x8xi16>
  return %y : tensor<1x3x8x8xi16>
}

// -----

func.func @kernel_zero(%x: tensor<1x3x8x8xi16>) -> tensor<1x3x8x8xi16> {
  // expected-error @+1 {{kernel 0 on dimension W must be positive}}
  %y = dataflow.conv %x kernel [1, 0] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 : tensor<1x3x8x8xi16> -> tensor<1x3x8x8xi16>
  return %y : tensor<1x3x8x8xi16>
}

// -----

func.func @stride_zero(%x: tensor<1x3x8x8xi16>) -> tensor<1x3x8x8xi16> {
  // expected-error @+1 {{stride 0 on dimension H must be positive}}
  %y = dataflow.conv %x kernel [1, 1] stride [0, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 : tensor<1x3x8x8xi16> -> tensor<1x3x8x8xi16>
  return %y : tensor<1x3x8x8xi16>
}

// -----

func.func @dilation_zero(%x: tensor<1x3x4x8x8xi16>) -> tensor<1x3x4x8x8xi16> {
  // expected-error @+1 {{dilation -1 on dimension D must be positive}}
  %y = dataflow.conv %x kernel [1, 1, 1] stride [1, 1, 1] pad [0, 0, 0, 0, 0, 0] dilation [-1, 1, 1] groups 1 : tensor<1x3x4x8x8xi16> -> tensor<1x3x4x8x8xi16>
  return %y : tensor<1x3x4x8x8xi16>
}

// -----

func.func @pad_entries(%x: tensor<1x3x8x8xi16>) -> tensor<1x3x8x8xi16> {
  // expected-error @+1 {{pad has 2 entries, expected 4 (all begins, then all ends)}}
  %y = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [1, 1] dilation [1, 1] groups 1 : tensor<1x3x8x8xi16> -> tensor<1x3x8x8xi16>
  return %y : tensor<1x3x8x8xi16>
}

// -----

func.func @pad_negative(%x: tensor<1x3x8x8xi16>) -> tensor<1x3x8x8xi16> {
  // expected-error @+1 {{pad -1 on dimension W end must be non-negative}}
  %y = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [1, 1, 1, -1] dilation [1, 1] groups 1 : tensor<1x3x8x8xi16> -> tensor<1x3x8x8xi16>
  return %y : tensor<1x3x8x8xi16>
}

// -----

func.func @batch(%x: tensor<2x3x8x8xi16>) -> tensor<1x3x8x8xi16> {
  // expected-error @+1 {{output batch 1 differs from input batch 2}}
  %y = dataflow.conv %x kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 : tensor<2x3x8x8xi16> -> tensor<1x3x8x8xi16>
  return %y : tensor<1x3x8x8xi16>
}

// -----

func.func @groups_zero(%x: tensor<1x4x8x8xi16>) -> tensor<1x4x8x8xi16> {
  // expected-error @+1 {{groups 0 must be positive}}
  %y = dataflow.conv %x kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 0 : tensor<1x4x8x8xi16> -> tensor<1x4x8x8xi16>
  return %y : tensor<1x4x8x8xi16>
}

// -----

func.func @groups_in(%x: tensor<1x3x8x8xi16>) -> tensor<1x4x8x8xi16> {
  // expected-error @+1 {{input channels 3 do not divide into 2 groups}}
  %y = dataflow.conv %x kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 2 : tensor<1x3x8x8xi16> -> tensor<1x4x8x8xi16>
  return %y : tensor<1x4x8x8xi16>
}

// -----

func.func @groups_out(%x: tensor<1x4x8x8xi16>) -> tensor<1x6x8x8xi16> {
  // expected-error @+1 {{output channels 6 do not divide into 4 groups}}
  %y = dataflow.conv %x kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 4 : tensor<1x4x8x8xi16> -> tensor<1x6x8x8xi16>
  return %y : tensor<1x6x8x8xi16>
}

// -----

func.func @too_large(%x: tensor<1x3x4x4xi16>) -> tensor<1x3x1x1xi16> {
  // expected-error @+1 {{kernel 5 (dilation 2) on dimension H is larger than the padded input 6}}
  %y = dataflow.conv %x kernel [5, 1] stride [1, 1] pad [1, 0, 1, 0] dilation [2, 1] groups 1 : tensor<1x3x4x4xi16> -> tensor<1x3x1x1xi16>
  return %y : tensor<1x3x1x1xi16>
}

// -----

func.func @output_size(%x: tensor<16x3x224x224xi16>) -> tensor<16x48x54x55xi16> {
  // expected-error @+1 {{output H is 54, but input 224 with kernel 11, stride 4, dilation 1 and padding 1+2 gives 55}}
  %y = dataflow.conv %x kernel [11, 11] stride [4, 4] pad [1, 1, 2, 2] dilation [1, 1] groups 1 : tensor<16x3x224x224xi16> -> tensor<16x48x54x55xi16>
  return %y : tensor<16x48x54x55xi16>
}

// -----

// Maxima (#24): every size of a layer is at most 2^30, so that a product of two and a sum
// of a few fit int64 (larger MAC counts are the cost model's located error).
func.func @huge_dim(%x: tensor<1x3x1073741825x8xi16>) -> tensor<1x3x1073741825x8xi16> {
  // expected-error @+1 {{input dimension 2 is 1073741825, more than the maximum of 1073741824}}
  %y = dataflow.conv %x kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 : tensor<1x3x1073741825x8xi16> -> tensor<1x3x1073741825x8xi16>
  return %y : tensor<1x3x1073741825x8xi16>
}

// -----

func.func @huge_stride(%x: tensor<1x3x8x8xi16>) -> tensor<1x3x1x8xi16> {
  // expected-error @+1 {{stride 4611686018427387904 on dimension H is more than the maximum of 1073741824}}
  %y = dataflow.conv %x kernel [1, 1] stride [4611686018427387904, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 : tensor<1x3x8x8xi16> -> tensor<1x3x1x8xi16>
  return %y : tensor<1x3x1x8xi16>
}
