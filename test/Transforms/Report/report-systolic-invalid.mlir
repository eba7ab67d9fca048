// The report of a systolic network needs every conv, fc and matmul priced; pools are not.
// RUN: dataflow-opt %s -verify-diagnostics --dataflow-report="file=%t.json"

dataflow.accelerator @sa {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = searched,
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary
}
func.func @half(%a: tensor<1x16x8x8xi16>) attributes {dataflow.accelerator = @sa} {
  %0 = dataflow.conv %a kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "scheduled", dataflow.systolic = #dataflow.systolic<method = static, order = row_major, channel_splits = 1, spatial_splits = [1, 1], buffer = [0, 0, 0], fill_drain = false, cycles = 1152, compute_cycles = 1152, memory_cycles = 781, transfer = 10000, utilization = 1>} : tensor<1x16x8x8xi16> -> tensor<1x32x8x8xi16>
  %1 = dataflow.pool max %0 window [2, 2] stride [2, 2] pad [0, 0, 0, 0] {name = "pool"} : tensor<1x32x8x8xi16> -> tensor<1x32x4x4xi16>
  // expected-error @+1 {{layer 'unscheduled' has no dataflow.systolic: run dataflow-schedule (or dataflow-schedule-systolic) first}}
  %2 = dataflow.conv %a kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "unscheduled"} : tensor<1x16x8x8xi16> -> tensor<1x32x8x8xi16>
  return
}
