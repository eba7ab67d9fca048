// A deconvolution priced over its zero-upsampled input (deconv=upsample, the default) keeps
// its dataflow.systolic through dataflow-cost, which re-prices it the same way: the written
// placeholders (zeros) come back as the search's figures (schedule-systolic.mlir: 512 cycles,
// 1824 words for this layer and tiling).
// RUN: dataflow-opt %s --dataflow-cost | FileCheck %s
// RUN: dataflow-opt %s --dataflow-schedule-systolic --dataflow-cost | FileCheck %s

dataflow.accelerator @sa {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = [0.3, 0.3, 0.4],
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary
}
// CHECK: dataflow.deconv {{.*}}dataflow.systolic = #dataflow.systolic<method = static, order = row_major, channel_splits = 1, spatial_splits = [1, 1], {{.*}}fill_drain = false, cycles = 512.0, compute_cycles = 512.0, memory_cycles = 143.0, transfer = 1824.0, utilization = 0.25>, name = "up"
func.func @deconv(%x: tensor<1x8x4x4xi16>) -> tensor<1x4x8x8xi16> attributes {dataflow.accelerator = @sa} {
  %y = dataflow.deconv %x kernel [4, 4] stride [2, 2] pad [1, 1, 1, 1] output_padding [0, 0] dilation [1, 1] groups 1 {name = "up", dataflow.systolic = #dataflow.systolic<method = static, order = row_major, channel_splits = 1, spatial_splits = [1, 1], buffer = [0, 0, 0], fill_drain = false, cycles = 0, compute_cycles = 0, memory_cycles = 0, transfer = 0, utilization = 0>} : tensor<1x8x4x4xi16> -> tensor<1x4x8x8xi16>
  return %y : tensor<1x4x8x8xi16>
}
