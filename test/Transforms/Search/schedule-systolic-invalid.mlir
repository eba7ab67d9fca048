// dataflow-schedule-systolic rejects what the systolic model cannot price, on the layer,
// and a search that needs a static partition the accelerator does not fix.
// RUN: dataflow-opt %s -split-input-file -verify-diagnostics --dataflow-schedule-systolic="method=static"
// RUN: not dataflow-opt %s -split-input-file --dataflow-schedule-systolic="method=annealing" 2>&1 | FileCheck %s --check-prefix=METHOD

// RUN: not dataflow-opt %s -split-input-file --dataflow-schedule-systolic="goal=energy" 2>&1 | FileCheck %s --check-prefix=GOAL
// RUN: not dataflow-opt %s -split-input-file --dataflow-schedule-systolic="deconv=phases" 2>&1 | FileCheck %s --check-prefix=DECONV

// METHOD: for the --method option: 'annealing' is not a value of this option; it takes auto, exhaustive, static, constrained or combined
// GOAL: for the --goal option: 'energy' is not a value of this option; it takes latency or traffic
// DECONV: for the --deconv option: 'phases' is not a value of this option; it takes upsample, split or combine

dataflow.accelerator @sa {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = searched,
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary
}
// Batch, groups, dilation and batched matmul are priced (schedule-systolic-layers.mlir);
// what stays out: a dilation whose phases differ in size (with a stride s, P = d / gcd(s, d)
// phases of stride s / gcd(s, d); a stride per dimension is priced:
// schedule-systolic-strides.mlir; dataflow-schedule splits such a layer first:
// schedule-dilation-bands.mlir).
func.func @unsupported(%y: tensor<1x8x8x8xi16>, %z: tensor<1x8x10x10xi16>) attributes {dataflow.accelerator = @sa} {
  // expected-error @+1 {{'dataflow.conv' layer 'dilated_stride': dilated convolution: output extent 5 with dilation 3 and stride 2 has phases of 2 and 1 outputs (2 and 1 of them); the systolic model prices one phase shape per layer (dataflow-split-dilated-conv, which dataflow-schedule runs, splits it into bands of equal phases)}}
  %0 = dataflow.conv %y kernel [2, 2] stride [2, 2] pad [2, 2, 2, 2] dilation [3, 3] groups 1 {name = "dilated_stride"} : tensor<1x8x8x8xi16> -> tensor<1x8x5x5xi16>
  // expected-error @+1 {{'dataflow.conv' layer 'dilated_odd': dilated convolution: output extent 6 with dilation 4 has phases of 2 and 1 outputs (2 and 2 of them); the systolic model prices one phase shape per layer (dataflow-split-dilated-conv, which dataflow-schedule runs, splits it into bands of equal phases)}}
  %1 = dataflow.conv %z kernel [2, 2] stride [1, 1] pad [0, 0, 0, 0] dilation [4, 4] groups 1 {name = "dilated_odd"} : tensor<1x8x10x10xi16> -> tensor<1x8x6x6xi16>
  // A deconvolution is no error: priced over its upsampled input (schedule-systolic.mlir).
  %4 = dataflow.deconv %y kernel [4, 4] stride [2, 2] pad [1, 1, 1, 1] output_padding [0, 0] dilation [1, 1] groups 1 {name = "up"} : tensor<1x8x8x8xi16> -> tensor<1x8x16x16xi16>
  // expected-error @+1 {{'dataflow.deconv' layer 'grouped_up': grouped transposed convolution is not in the systolic model}}
  %6 = dataflow.deconv %y kernel [4, 4] stride [2, 2] pad [1, 1, 1, 1] output_padding [0, 0] dilation [1, 1] groups 2 {name = "grouped_up"} : tensor<1x8x8x8xi16> -> tensor<1x8x16x16xi16>
  return
}

// -----

// static and combined start from the accelerator's fixed partition.
// expected-error @+1 {{method static starts from a static buffer partition, but accelerator @sa has partition = searched}}
dataflow.accelerator @sa {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = searched,
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary
}
func.func @needs_partition(%y: tensor<1x8x8x8xi16>) -> tensor<1x8x8x8xi16> attributes {dataflow.accelerator = @sa} {
  %0 = dataflow.conv %y kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "c"} : tensor<1x8x8x8xi16> -> tensor<1x8x8x8xi16>
  return %0 : tensor<1x8x8x8xi16>
}
