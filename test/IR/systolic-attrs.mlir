// #dataflow.systolic round-trips bit for bit, fields in any order, in custom and generic form.
// RUN: dataflow-opt %s --verify-roundtrip | FileCheck %s
// RUN: dataflow-opt %s --mlir-print-op-generic | dataflow-opt --verify-roundtrip | FileCheck %s

dataflow.accelerator @sa {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = [0.3, 0.3, 0.4],
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary
}

// CHECK-LABEL: func.func @written
// CHECK: dataflow.systolic = #dataflow.systolic<method = static, order = channel_major, channel_splits = 2, spatial_splits = [4, 1], buffer = [471859.2, 471859.2, 629145.6], fill_drain = true, cycles = 1234.0, compute_cycles = 1234.0, memory_cycles = 99.5, transfer = 0.1, utilization = 0.75>
// CHECK: dataflow.systolic = #dataflow.systolic<method = combined, order = row_major, channel_splits = 1, spatial_splits = [1, 1, 2], buffer = [0.0, 0.0, 0.0], fill_drain = false, cycles = 7.0, compute_cycles = 3.0, memory_cycles = 7.0, transfer = 5.0, utilization = 1.0>
func.func @written(%x: tensor<1x8x8x8xi16>, %v: tensor<1x8x4x8x8xi16>) attributes {dataflow.accelerator = @sa} {
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {
    dataflow.systolic = #dataflow.systolic<utilization = 0.75, method = static, order = channel_major,
      channel_splits = 2, spatial_splits = [4, 1], buffer = [471859.2, 471859.2, 629145.6],
      fill_drain = true, cycles = 1234, compute_cycles = 1234.0, memory_cycles = 99.5, transfer = 0.1>
  } : tensor<1x8x8x8xi16> -> tensor<1x8x8x8xi16>
  %1 = dataflow.conv %v kernel [3, 3, 3] stride [1, 1, 1] pad [1, 1, 1, 1, 1, 1] dilation [1, 1, 1] groups 1 {
    dataflow.systolic = #dataflow.systolic<method = combined, order = row_major, channel_splits = 1,
      spatial_splits = [1, 1, 2], buffer = [0, 0, 0], fill_drain = false, cycles = 7,
      compute_cycles = 3, memory_cycles = 7, transfer = 5, utilization = 1>
  } : tensor<1x8x4x8x8xi16> -> tensor<1x8x4x8x8xi16>
  return
}

// The optional energy (written when the accelerator gives energies) round-trips in any
// position and prints last.
// CHECK-LABEL: func.func @with_energy
// CHECK: dataflow.systolic = #dataflow.systolic<method = static, order = row_major, channel_splits = 1, spatial_splits = [1, 1], buffer = [0.0, 0.0, 0.0], fill_drain = false, cycles = 7.0, compute_cycles = 3.0, memory_cycles = 7.0, transfer = 5.0, utilization = 1.0, energy = 1.2345678901234567e-06>
func.func @with_energy(%x: tensor<1x8x8x8xi16>) attributes {dataflow.accelerator = @sa} {
  %0 = dataflow.conv %x kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {
    dataflow.systolic = #dataflow.systolic<energy = 1.2345678901234567e-06, method = static,
      order = row_major, channel_splits = 1, spatial_splits = [1, 1], buffer = [0, 0, 0],
      fill_drain = false, cycles = 7, compute_cycles = 3, memory_cycles = 7, transfer = 5,
      utilization = 1>
  } : tensor<1x8x8x8xi16> -> tensor<1x8x8x8xi16>
  return
}

// `rules = tool` (dataflow-schedule-systolic tool-rules=true) round-trips and prints last;
// `rules = consistent`, the default, is not printed.
// CHECK-LABEL: func.func @with_tool_rules
// CHECK: utilization = 1.0, rules = tool>
// CHECK: utilization = 1.0>
func.func @with_tool_rules(%x: tensor<1x8x8x8xi16>) attributes {dataflow.accelerator = @sa} {
  %0 = dataflow.conv %x kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {
    dataflow.systolic = #dataflow.systolic<rules = tool, method = static,
      order = row_major, channel_splits = 1, spatial_splits = [1, 1], buffer = [0, 0, 0],
      fill_drain = false, cycles = 7, compute_cycles = 3, memory_cycles = 7, transfer = 5,
      utilization = 1>
  } : tensor<1x8x8x8xi16> -> tensor<1x8x8x8xi16>
  %1 = dataflow.conv %x kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {
    dataflow.systolic = #dataflow.systolic<method = static,
      order = row_major, channel_splits = 1, spatial_splits = [1, 1], buffer = [0, 0, 0],
      fill_drain = false, cycles = 7, compute_cycles = 3, memory_cycles = 7, transfer = 5,
      utilization = 1, rules = consistent>
  } : tensor<1x8x8x8xi16> -> tensor<1x8x8x8xi16>
  return
}
