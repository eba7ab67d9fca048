// Every parse error and verifier branch of estimated energies on dataflow.accelerator
// (energy = estimated / estimated_relative, technology, dram_type, clock_ghz).
// RUN: dataflow-opt %s -split-input-file -verify-diagnostics

// expected-error @+1 {{'dataflow.accelerator' op estimated energies need field 'technology' (nm: one of 65, 45, 28, 16, 7)}}
dataflow.accelerator @a {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = estimated, dram_type = "3D", clock_ghz = 1.0
}

// -----

// expected-error @+1 {{'dataflow.accelerator' op 'technology' must be one of 65, 45, 28, 16, 7 (nm), got 50}}
dataflow.accelerator @a {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = estimated, technology = 50, dram_type = "3D", clock_ghz = 1.0
}

// -----

// expected-error @+1 {{'dataflow.accelerator' op estimated energies need field 'dram_type' (one of DDR3, 2D, HBM2, 3D, LPDDR4, DDR4)}}
dataflow.accelerator @a {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = estimated, technology = 45, clock_ghz = 1.0
}

// -----

// expected-error @+1 {{'dataflow.accelerator' op 'dram_type' must be one of DDR3, 2D, HBM2, 3D, LPDDR4, DDR4, got "DDR5"}}
dataflow.accelerator @a {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = estimated, technology = 45, dram_type = "DDR5", clock_ghz = 1.0
}

// -----

// Joules need a clock: static energy per cycle is leakage over the clock.
// expected-error @+1 {{'dataflow.accelerator' op estimated energies in joules need field 'clock_ghz' (static energy per cycle is leakage over the clock)}}
dataflow.accelerator @a {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = estimated, technology = 45, dram_type = "3D"
}

// -----

// expected-error @+1 {{'dataflow.accelerator' op 'clock_ghz' must be positive, got 0.0}}
dataflow.accelerator @a {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = estimated, technology = 45, dram_type = "3D", clock_ghz = 0.0
}

// -----

// expected-error @+1 {{'dataflow.accelerator' op 'dram_type' does not apply to estimated_relative energies (DRAM is 200 MACs per word)}}
dataflow.accelerator @a {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = estimated_relative, technology = 65, dram_type = "3D"
}

// -----

// Explicit energies stay as they are: no technology beside them.
// expected-error @+1 {{'dataflow.accelerator' op 'technology' applies only to estimated energies (energy = estimated)}}
dataflow.accelerator @a {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>,
  technology = 65
}

// -----

// expected-error @+1 {{'dataflow.accelerator' op 'dram_type' applies only to estimated energies (energy = estimated)}}
dataflow.accelerator @a {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>,
  dram_type = "3D"
}

// -----

// A misspelt estimate keyword is a parse error at the energy value.
// expected-error @+4 {{expected attribute value}}
dataflow.accelerator @a {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = estimate, technology = 45
}

// -----

// A systolic accelerator's technology without its energies.
// expected-error @+1 {{'technology' of a systolic accelerator needs its 'energy' (explicit or estimated)}}
dataflow.accelerator @sa {
  kind = systolic, technology = 45, array_size = 16, buffer_bytes = 3145728, partition = searched,
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary
}

// -----

// Generic form: both sources at once.
// expected-error @+1 {{'dataflow.accelerator' op gives explicit energies and asks for estimated ones; keep one 'energy'}}
"dataflow.accelerator"() <{energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>, energy_estimate = "relative", technology = 65 : i64, gbuf_bytes = 131072 : i64, memory = 1 : i32, nodes = array<i64: 1, 1>, pe_array = array<i64: 16, 16>, regf_bytes = 512 : i64, sym_name = "a", word_bits = 16 : i64}> : () -> ()

// -----

// expected-error @+1 {{'dataflow.accelerator' op 'energy_estimate' must be "absolute" or "relative", got "pj"}}
"dataflow.accelerator"() <{energy_estimate = "pj", technology = 65 : i64, gbuf_bytes = 131072 : i64, memory = 1 : i32, nodes = array<i64: 1, 1>, pe_array = array<i64: 16, 16>, regf_bytes = 512 : i64, sym_name = "a", word_bits = 16 : i64}> : () -> ()

// -----

// expected-error @+1 {{'dataflow.accelerator' op accelerator is missing field 'energy'}}
"dataflow.accelerator"() <{gbuf_bytes = 131072 : i64, memory = 1 : i32, nodes = array<i64: 1, 1>, pe_array = array<i64: 16, 16>, regf_bytes = 512 : i64, sym_name = "a", word_bits = 16 : i64}> : () -> ()
