// dataflow-cost on a systolic network needs a dataflow.systolic that fits the layer.
// RUN: dataflow-opt %s -split-input-file -verify-diagnostics --dataflow-cost

dataflow.accelerator @sa {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = searched,
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary
}
func.func @unscheduled(%x: tensor<1x64xi16>) -> tensor<1x32xi16> attributes {dataflow.accelerator = @sa} {
  // expected-error @+1 {{layer 'fc' on systolic accelerator @sa has no dataflow.systolic: run dataflow-schedule-systolic first}}
  %0 = dataflow.fc %x {name = "fc"} : tensor<1x64xi16> -> tensor<1x32xi16>
  return %0 : tensor<1x32xi16>
}

// -----

dataflow.accelerator @sa {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = searched,
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary
}
// 3 spatial splits for a 2-D layer, and more pieces than the 8 output columns.
func.func @bad_tiling(%a: tensor<1x16x8x8xi16>) attributes {dataflow.accelerator = @sa} {
  // expected-error-re @+1 {{layer 'rank': its dataflow.systolic cannot be priced: {{.*}}}}
  %0 = dataflow.conv %a kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "rank", dataflow.systolic = #dataflow.systolic<method = static, order = row_major, channel_splits = 1, spatial_splits = [1, 1, 1], buffer = [0, 0, 0], fill_drain = false, cycles = 0, compute_cycles = 0, memory_cycles = 0, transfer = 0, utilization = 0>} : tensor<1x16x8x8xi16> -> tensor<1x32x8x8xi16>
  // expected-error-re @+1 {{layer 'wide': its dataflow.systolic cannot be priced: {{.*}}outside [1, 8]}}
  %1 = dataflow.conv %a kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "wide", dataflow.systolic = #dataflow.systolic<method = static, order = row_major, channel_splits = 1, spatial_splits = [9, 1], buffer = [0, 0, 0], fill_drain = false, cycles = 0, compute_cycles = 0, memory_cycles = 0, transfer = 0, utilization = 0>} : tensor<1x16x8x8xi16> -> tensor<1x32x8x8xi16>
  return
}
