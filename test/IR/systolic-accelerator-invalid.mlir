// Every parse error and verifier branch of a systolic dataflow.accelerator.
// RUN: dataflow-opt %s -split-input-file -verify-diagnostics

// expected-error @+2 {{kind must be eyeriss or systolic, got 'tpu'}}
dataflow.accelerator @a {
  kind = tpu
}

// -----

// No silent defaults: a systolic field left out is named.
// expected-error @+1 {{systolic accelerator is missing field 'partition'}}
dataflow.accelerator @a {
  kind = systolic, array_size = 16, buffer_bytes = 3145728,
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary
}

// -----

// Exactly the fields of the kind: an Eyeriss field on a systolic array is an error at the field.
dataflow.accelerator @a {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = searched,
  // expected-error @+1 {{field 'nodes' does not belong to a systolic accelerator}}
  nodes = [1, 1], bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary
}

// -----

// ... and a systolic field on an Eyeriss accelerator (no kind = eyeriss) too.
dataflow.accelerator @a {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  // expected-error @+1 {{field 'array_size' does not belong to an eyeriss accelerator}}
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited, array_size = 16,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}

// -----

// expected-error @+3 {{dataflow must be output_stationary or weight_stationary, got 'row_stationary'}}
dataflow.accelerator @a {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = searched,
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = row_stationary
}

// -----

// expected-error @+1 {{'dataflow.accelerator' op 'array_size' must be positive, got 0}}
dataflow.accelerator @a {
  kind = systolic, array_size = 0, buffer_bytes = 3145728, partition = searched,
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary
}

// -----

// expected-error @+1 {{'word_bits' of a systolic accelerator must be 8, 16 or 32, got 24}}
dataflow.accelerator @a {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = searched,
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 24, dataflow = output_stationary
}

// -----

// expected-error @+1 {{'buffer_bytes' is 1, smaller than one 16-bit word}}
dataflow.accelerator @a {
  kind = systolic, array_size = 16, buffer_bytes = 1, partition = searched,
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary
}

// -----

// expected-error @+1 {{'bandwidth_gbs' must be positive, got 0}}
dataflow.accelerator @a {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = searched,
  bandwidth_gbs = 0.0, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary
}

// -----

// expected-error @+1 {{'clock_ghz' must be positive, got -1}}
dataflow.accelerator @a {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = searched,
  bandwidth_gbs = 25.6, clock_ghz = -1.0, word_bits = 16, dataflow = output_stationary
}

// -----

// expected-error @+1 {{'partition' must be [ifmap, ofmap, weights] fractions or 'searched', got 2 values}}
dataflow.accelerator @a {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = [0.5, 0.5],
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary
}

// -----

// expected-error @+1 {{'partition' weights fraction must be in (0, 1), got 0}}
dataflow.accelerator @a {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = [0.5, 0.5, 0.0],
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary
}

// -----

// expected-error @+1 {{'partition' fractions must sum to 1, got 0.8999999999999999}}
dataflow.accelerator @a {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = [0.3, 0.3, 0.3],
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary
}

// -----

// The generic form is verified too: a systolic op without its fields.
// expected-error @+1 {{systolic accelerator is missing field 'array_size'}}
"dataflow.accelerator"() <{kind = 1 : i32, sym_name = "a", word_bits = 16 : i64}> : () -> ()

// -----

// The generic form: an eyeriss field on a systolic op.
// expected-error @+1 {{'dataflow.accelerator' op field 'memory' does not belong to a systolic accelerator}}
"dataflow.accelerator"() <{kind = 1 : i32, sym_name = "a", word_bits = 16 : i64, memory = 1 : i32}> : () -> ()

// -----

// expected-error @+1 {{accelerator is missing field 'nodes'}}
"dataflow.accelerator"() <{sym_name = "a", word_bits = 16 : i64}> : () -> ()

// -----

// Estimated energies of a systolic array are in joules only.
// expected-error @+1 {{a systolic accelerator's energies are estimated in joules only: write 'energy = estimated', not estimated_relative}}
dataflow.accelerator @a {
  kind = systolic, array_size = 16, buffer_bytes = 65536, partition = searched,
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary,
  energy = estimated_relative, technology = 45
}

// -----

// expected-error @+1 {{estimated energies need field 'technology' (nm: one of 65, 45, 28, 16, 7)}}
dataflow.accelerator @a {
  kind = systolic, array_size = 16, buffer_bytes = 65536, partition = searched,
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary,
  energy = estimated, dram_type = "DDR3"
}

// -----

// expected-error @+1 {{'technology' must be one of 65, 45, 28, 16, 7 (nm), got 22}}
dataflow.accelerator @a {
  kind = systolic, array_size = 16, buffer_bytes = 65536, partition = searched,
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary,
  energy = estimated, technology = 22, dram_type = "DDR3"
}

// -----

// expected-error @+1 {{estimated energies need field 'dram_type' (one of DDR3, 2D, HBM2, 3D, LPDDR4, DDR4)}}
dataflow.accelerator @a {
  kind = systolic, array_size = 16, buffer_bytes = 65536, partition = searched,
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary,
  energy = estimated, technology = 45
}

// -----

// expected-error @+1 {{'dram_type' must be one of DDR3, 2D, HBM2, 3D, LPDDR4, DDR4, got "GDDR6"}}
dataflow.accelerator @a {
  kind = systolic, array_size = 16, buffer_bytes = 65536, partition = searched,
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary,
  energy = estimated, technology = 45, dram_type = "GDDR6"
}

// -----

// expected-error @+1 {{'energy_unit' applies only to explicit energies (estimated ones are in J, estimated_relative ones in MACs)}}
dataflow.accelerator @a {
  kind = systolic, array_size = 16, buffer_bytes = 65536, partition = searched,
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary,
  energy = estimated, technology = 45, dram_type = "DDR3", energy_unit = "J"
}

// -----

// expected-error @+1 {{'technology' applies only to estimated energies (energy = estimated)}}
dataflow.accelerator @a {
  kind = systolic, array_size = 16, buffer_bytes = 65536, partition = searched,
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary,
  technology = 45,
  energy = #dataflow.energy<mac = 1.0, regf = 0.0, itcn = 0.0, gbuf = 6.0, dram = 200.0,
                            noc_hop = 0.0, static_per_cycle = 0.0>
}

// -----

// expected-error @+1 {{'dram_type' of a systolic accelerator needs its 'energy' (explicit or estimated)}}
dataflow.accelerator @a {
  kind = systolic, array_size = 16, buffer_bytes = 65536, partition = searched,
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary,
  dram_type = "DDR3"
}

// -----

// Generic form: both sources at once.
// expected-error @+1 {{'dataflow.accelerator' op gives explicit energies and asks for estimated ones; keep one 'energy'}}
"dataflow.accelerator"() <{array_size = 16 : i64, bandwidth_gbs = 2.560000e+01 : f64, buffer_bytes = 65536 : i64, clock_ghz = 1.000000e+00 : f64, dataflow = 0 : i32, dram_type = "DDR3", energy = #dataflow.energy<mac = 1.0, regf = 0.0, itcn = 0.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>, energy_estimate = "absolute", kind = 1 : i32, sym_name = "a", technology = 45 : i64, word_bits = 16 : i64}> : () -> ()
