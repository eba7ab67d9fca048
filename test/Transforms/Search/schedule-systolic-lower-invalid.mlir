// A systolic schedule through the lowering: dataflow-lower-to-schedule leaves systolic
// networks alone (its schedule IR describes Eyeriss accelerators), and
// dataflow-lower-to-loops says on the first systolic layer what is missing instead of
// silently lowering nothing.
// RUN: dataflow-opt %s --dataflow-schedule="progress=off" --dataflow-lower-to-loops -verify-diagnostics

dataflow.accelerator @sa {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = [0.3, 0.3, 0.4],
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary
}
func.func @net(%a: tensor<1x16x8x8xi16>) -> tensor<1x32x8x8xi16> attributes {dataflow.accelerator = @sa} {
  // expected-error @+1 {{layer 'conv2d' of @net has a systolic tiling (dataflow.systolic on accelerator @sa), which dataflow-lower-to-loops cannot lower: it lowers the schedule IR of dataflow-lower-to-schedule, which describes Eyeriss accelerators only; a systolic schedule IR is missing}}
  %0 = dataflow.conv %a kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "conv2d"} : tensor<1x16x8x8xi16> -> tensor<1x32x8x8xi16>
  %1 = dataflow.conv %0 kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "conv1x1"} : tensor<1x32x8x8xi16> -> tensor<1x32x8x8xi16>
  return %1 : tensor<1x32x8x8xi16>
}
