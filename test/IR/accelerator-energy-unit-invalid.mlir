// Every error of the accelerator's energy unit and clock (energy_unit, clock_ghz).
// RUN: dataflow-opt %s -split-input-file -verify-diagnostics

// expected-error @+1 {{'dataflow.accelerator' op 'energy_unit' must be "J", "pJ" or "relative", got "mJ"}}
dataflow.accelerator @a {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>,
  energy_unit = "mJ"
}

// -----

// Estimated energies know their unit.
// expected-error @+1 {{'dataflow.accelerator' op 'energy_unit' applies only to explicit energies (estimated ones are in J, estimated_relative ones in MACs)}}
dataflow.accelerator @a {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = estimated_relative, technology = 65, energy_unit = "relative"
}

// -----

// A systolic accelerator without energies has no energy unit.
// expected-error @+1 {{'energy_unit' of a systolic accelerator needs its 'energy' (explicit or estimated)}}
dataflow.accelerator @sa {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = [0.3, 0.3, 0.4],
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary,
  energy_unit = "J"
}

// -----

// The clock of explicit energies is checked as the estimated ones'.
// expected-error @+1 {{'dataflow.accelerator' op 'clock_ghz' must be positive, got -0.2}}
dataflow.accelerator @a {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>,
  clock_ghz = -0.2
}

// -----

// Not finite (the generic form can write a NaN).
// expected-error @+1 {{'dataflow.accelerator' op 'clock_ghz' must be positive, got nan}}
"dataflow.accelerator"() <{sym_name = "a", nodes = array<i64: 1, 1>, pe_array = array<i64: 16, 16>, regf_bytes = 512 : i64, gbuf_bytes = 131072 : i64, word_bits = 16 : i64, memory = 1 : i32, energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>, clock_ghz = 0x7FF8000000000000 : f64}> : () -> ()

// -----

// The generic form's energy_unit is checked too.
// expected-error @+1 {{'dataflow.accelerator' op 'energy_unit' must be "J", "pJ" or "relative", got "kWh"}}
"dataflow.accelerator"() <{sym_name = "a", nodes = array<i64: 1, 1>, pe_array = array<i64: 16, 16>, regf_bytes = 512 : i64, gbuf_bytes = 131072 : i64, word_bits = 16 : i64, memory = 1 : i32, energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>, energy_unit = "kWh"}> : () -> ()
