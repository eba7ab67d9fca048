// dataflow-cost re-prices a hand-written #dataflow.systolic from its tiling and order: the
// figures written here are placeholders (zeros), the search's figures come back
// (schedule-systolic.mlir, CONS and STATIC: the same tilings give the same numbers).
// RUN: dataflow-opt %s --dataflow-cost --verify-roundtrip | FileCheck %s
// RUN: dataflow-opt %s --dataflow-schedule-systolic="method=constrained fill-drain=true" --dataflow-cost | FileCheck %s --check-prefix=SEARCHED

dataflow.accelerator @sa {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = [0.3, 0.3, 0.4],
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary
}

// CHECK-LABEL: func.func @written
// CHECK: dataflow.systolic = #dataflow.systolic<method = constrained, order = channel_major, channel_splits = 2, spatial_splits = [1, 1], buffer = [0.0, 0.0, 0.0], fill_drain = true, cycles = 188.0, compute_cycles = 188.0, memory_cycles = 169.0, transfer = 2160.0, utilization = 0.0625>, name = "fc"
// CHECK: dataflow.systolic = #dataflow.systolic<method = static, order = row_major, channel_splits = 1, spatial_splits = [1, 1], buffer = [1.0, 2.0, 3.0], fill_drain = false, cycles = 1152.0, compute_cycles = 1152.0, memory_cycles = 781.0, transfer = 10000.0, utilization = 1.0>, name = "conv2d"
// SEARCHED: method = constrained, order = channel_major, channel_splits = 2, {{.*}}cycles = 188.0, compute_cycles = 188.0, memory_cycles = 169.0, transfer = 2160.0, {{.*}}name = "fc"
func.func @written(%x: tensor<1x64xi16>, %a: tensor<1x16x8x8xi16>) attributes {dataflow.accelerator = @sa} {
  %0 = dataflow.fc %x {name = "fc", dataflow.systolic = #dataflow.systolic<method = constrained, order = channel_major, channel_splits = 2, spatial_splits = [1, 1], buffer = [0, 0, 0], fill_drain = true, cycles = 0, compute_cycles = 0, memory_cycles = 0, transfer = 0, utilization = 0>} : tensor<1x64xi16> -> tensor<1x32xi16>
  %1 = dataflow.conv %a kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "conv2d", dataflow.systolic = #dataflow.systolic<method = static, order = row_major, channel_splits = 1, spatial_splits = [1, 1], buffer = [1, 2, 3], fill_drain = false, cycles = 0, compute_cycles = 0, memory_cycles = 0, transfer = 0, utilization = 0>} : tensor<1x16x8x8xi16> -> tensor<1x32x8x8xi16>
  return
}
