// The maxima of a systolic accelerator's sizes (include/Dataflow/IR/Limits.h,
// docs/robustness.md) and of the clock of either kind, at their boundaries: the
// largest (smallest) value accepted, one past it rejected with a located error
// naming the bound, zero and negative values rejected.
// RUN: dataflow-opt %s -split-input-file -verify-diagnostics

// Every systolic size at its maximum, bandwidth and clock at their minima: accepted.
dataflow.accelerator @max {
  kind = systolic, array_size = 1024, buffer_bytes = 1099511627776, partition = searched,
  bandwidth_gbs = 1.0e12, clock_ghz = 1.0e3, word_bits = 32, dataflow = output_stationary
}
dataflow.accelerator @min {
  kind = systolic, array_size = 1, buffer_bytes = 1, partition = searched,
  bandwidth_gbs = 1.0e-6, clock_ghz = 1.0e-6, word_bits = 8, dataflow = weight_stationary
}

// -----

// expected-error @+1 {{'array_size' = 1025 exceeds the maximum of 1024}}
dataflow.accelerator @a {
  kind = systolic, array_size = 1025, buffer_bytes = 3145728, partition = searched,
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary
}

// -----

// expected-error @+1 {{'array_size' must be positive, got 0}}
dataflow.accelerator @a {
  kind = systolic, array_size = 0, buffer_bytes = 3145728, partition = searched,
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary
}

// -----

// expected-error @+1 {{'array_size' must be positive, got -16}}
dataflow.accelerator @a {
  kind = systolic, array_size = -16, buffer_bytes = 3145728, partition = searched,
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary
}

// -----

// expected-error @+1 {{'buffer_bytes' = 1099511627777 exceeds the maximum of 1099511627776}}
dataflow.accelerator @a {
  kind = systolic, array_size = 16, buffer_bytes = 1099511627777, partition = searched,
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary
}

// -----

// expected-error @+1 {{'buffer_bytes' is 0, smaller than one 16-bit word}}
dataflow.accelerator @a {
  kind = systolic, array_size = 16, buffer_bytes = 0, partition = searched,
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary
}

// -----

// expected-error @+1 {{'buffer_bytes' is -1, smaller than one 16-bit word}}
dataflow.accelerator @a {
  kind = systolic, array_size = 16, buffer_bytes = -1, partition = searched,
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary
}

// -----

// expected-error @+1 {{'bandwidth_gbs' = 1000000000000.0001 GB/s is outside [1.000000e-06, 1.000000e+12]}}
dataflow.accelerator @a {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = searched,
  bandwidth_gbs = 1.0000000000000001e12, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary
}

// -----

// The issue's tiny bandwidth.
// expected-error @+1 {{'bandwidth_gbs' = 1.0e-20 GB/s is outside [1.000000e-06, 1.000000e+12]}}
dataflow.accelerator @a {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = searched,
  bandwidth_gbs = 1.0e-20, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary
}

// -----

// expected-error @+1 {{'bandwidth_gbs' must be positive, got 0}}
dataflow.accelerator @a {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = searched,
  bandwidth_gbs = 0.0, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary
}

// -----

// expected-error @+1 {{'bandwidth_gbs' must be positive, got -25.6}}
dataflow.accelerator @a {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = searched,
  bandwidth_gbs = -25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary
}

// -----

// expected-error @+1 {{'clock_ghz' = 1000.0000000000001 is outside [1.000000e-06, 1.000000e+03]}}
dataflow.accelerator @a {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = searched,
  bandwidth_gbs = 25.6, clock_ghz = 1000.0000000000001, word_bits = 16, dataflow = output_stationary
}

// -----

// expected-error @+1 {{'clock_ghz' = 9.99e-07 is outside [1.000000e-06, 1.000000e+03]}}
dataflow.accelerator @a {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = searched,
  bandwidth_gbs = 25.6, clock_ghz = 9.99e-07, word_bits = 16, dataflow = output_stationary
}

// -----

// expected-error @+1 {{'clock_ghz' must be positive, got 0}}
dataflow.accelerator @a {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = searched,
  bandwidth_gbs = 25.6, clock_ghz = 0.0, word_bits = 16, dataflow = output_stationary
}

// -----

// expected-error @+1 {{'word_bits' of a systolic accelerator must be 8, 16 or 32, got 64}}
dataflow.accelerator @a {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = searched,
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 64, dataflow = output_stationary
}

// -----

// expected-error @+1 {{'word_bits' of a systolic accelerator must be 8, 16 or 32, got 0}}
dataflow.accelerator @a {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = searched,
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 0, dataflow = output_stationary
}

// -----

// The clock of an Eyeriss accelerator (with its energies): the same range.
dataflow.accelerator @max {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited, clock_ghz = 1.0e3,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}

// -----

// expected-error @+1 {{'clock_ghz' = 1000.0000000000001 is outside [1.000000e-06, 1.000000e+03]}}
dataflow.accelerator @a {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited, clock_ghz = 1000.0000000000001,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}

// -----

// expected-error @+1 {{'clock_ghz' = 1.0e-07 is outside [1.000000e-06, 1.000000e+03]}}
dataflow.accelerator @a {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited, clock_ghz = 1.0e-7,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
