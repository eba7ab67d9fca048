// Every parse error and verifier branch of dataflow.accelerator and #dataflow.energy.
// RUN: dataflow-opt %s -split-input-file -verify-diagnostics

// A misspelt field is named, with the list of valid ones.
// expected-error @+2 {{unknown accelerator field 'pe_arrays'; expected one of nodes, pe_array, regf_bytes, gbuf_bytes, word_bits, memory, dram_bandwidth, bus_width, energy, kind, array_size, buffer_bytes, partition, bandwidth_gbs, clock_ghz, dataflow, technology, dram_type, energy_unit}}
dataflow.accelerator @a {
  nodes = [1, 1], pe_arrays = [16, 16]
}

// -----

// expected-error @+2 {{accelerator field 'nodes' is given twice}}
dataflow.accelerator @a {
  nodes = [1, 1], nodes = [2, 2]
}

// -----

// No silent defaults: a missing field is an error.
// expected-error @+1 {{accelerator is missing field 'bus_width'}}
dataflow.accelerator @a {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}

// -----

// expected-error @+2 {{memory must be "2D" (DRAM on the grid corners) or "3D" (a vault per node), got "HBM"}}
dataflow.accelerator @a {
  memory = "HBM"
}

// -----

// expected-error @+1 {{'nodes' must be [rows, columns], got 3 values}}
dataflow.accelerator @a {
  nodes = [1, 1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}

// -----

// expected-error @+1 {{'nodes' rows must be positive, got 0}}
dataflow.accelerator @a {
  nodes = [0, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}

// -----

// expected-error @+1 {{'pe_array' columns must be positive, got -16}}
dataflow.accelerator @a {
  nodes = [1, 1], pe_array = [16, -16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}

// -----

// expected-error @+1 {{'word_bits' must be a positive multiple of 8, got 12}}
dataflow.accelerator @a {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 12,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}

// -----

// A register file must hold at least one word.
// expected-error @+1 {{'regf_bytes' is 1, smaller than one 16-bit word}}
dataflow.accelerator @a {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 1, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}

// -----

// expected-error @+1 {{'gbuf_bytes' is -4, smaller than one 32-bit word}}
dataflow.accelerator @a {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = -4, word_bits = 32,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}

// -----

// expected-error @+1 {{'dram_bandwidth' must be positive bytes per cycle or 'unlimited', got 0}}
dataflow.accelerator @a {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = 0.0, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}

// -----

// expected-error @+1 {{'bus_width' must be positive words per cycle or 'unlimited', got 0}}
dataflow.accelerator @a {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "2D", dram_bandwidth = 16, bus_width = 0,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}

// -----

// expected-error @+4 {{energy 'dram' is -2.000000e+02; every unit energy must be finite and non-negative}}
dataflow.accelerator @a {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = -200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}

// -----

// expected-error @+4 {{energy is missing field 'static_per_cycle'}}
dataflow.accelerator @a {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0>
}

// -----

// expected-error @+4 {{unknown energy field 'sram'; expected one of mac, regf, itcn, gbuf, dram, noc_hop, static_per_cycle}}
dataflow.accelerator @a {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, sram = 1.0>
}

// -----

// expected-error @+4 {{energy field 'mac' is given twice}}
dataflow.accelerator @a {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, mac = 2.0>
}

// Maxima (#24, docs/ir-reference.md "Maxima"): sizes whose products the cost model could
// not hold, or whose searches could not fit in memory, are verifier errors.

// -----

// A 100000 x 100000 grid once passed and died with "LLVM ERROR: out of memory".
// expected-error @+1 {{'nodes' rows = 100000 exceeds the maximum of 256}}
dataflow.accelerator @a {
  nodes = [100000, 100000], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}

// -----

// 
// expected-error @+1 {{'nodes' columns = 257 exceeds the maximum of 256}}
dataflow.accelerator @a {
  nodes = [1, 257], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}

// -----

// PE arrays near 2^31 ran long past time-limit.
// expected-error @+1 {{'pe_array' rows = 2147483647 exceeds the maximum of 1024}}
dataflow.accelerator @a {
  nodes = [1, 1], pe_array = [2147483647, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}

// -----

// 
// expected-error @+1 {{'regf_bytes' = 1073741825 exceeds the maximum of 1073741824}}
dataflow.accelerator @a {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 1073741825, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}

// -----

// 
// expected-error @+1 {{'gbuf_bytes' = 9223372036854775807 exceeds the maximum of 1099511627776}}
dataflow.accelerator @a {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 9223372036854775807, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}

// -----

// A DRAM bandwidth of 1e-20 once gave INT64_MIN DRAM cycles.
// expected-error @+1 {{'dram_bandwidth' = 1.000000e-20 bytes per cycle is outside [1.000000e-06, 1.000000e+12]}}
dataflow.accelerator @a {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = 1.0e-20, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}

// -----

// 
// expected-error @+1 {{'dram_bandwidth' = 1.000000e+13 bytes per cycle is outside [1.000000e-06, 1.000000e+12]}}
dataflow.accelerator @a {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = 1.0e13, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}

// -----

// 
// expected-error @+1 {{'bus_width' = 1000000000001 words per cycle exceeds the maximum of 1000000000000}}
dataflow.accelerator @a {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = 1000000000001,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}

// -----

// The largest accepted sizes verify.
dataflow.accelerator @a {
  nodes = [256, 256], pe_array = [1024, 1024], regf_bytes = 1073741824, gbuf_bytes = 1099511627776, word_bits = 16,
  memory = "3D", dram_bandwidth = 1.0e-6, bus_width = 1000000000000,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
