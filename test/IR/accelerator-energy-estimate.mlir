// Estimated energies print back as written, in the custom and the generic form; explicit
// energies may carry the accelerator's clock.
// RUN: dataflow-opt %s --verify-roundtrip | FileCheck %s
// RUN: dataflow-opt %s --mlir-print-op-generic | dataflow-opt --verify-roundtrip | FileCheck %s
// RUN: dataflow-opt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC

// CHECK-LABEL: dataflow.accelerator @t16
// CHECK: energy = estimated, technology = 45, dram_type = "3D", clock_ghz = 1.0
// GENERIC: "dataflow.accelerator"() <{clock_ghz = 1.000000e+00 : f64, dram_type = "3D", energy_estimate = "absolute", {{.*}}technology = 45 : i64
dataflow.accelerator @t16 {
  nodes = [4, 4], pe_array = [14, 14],
  regf_bytes = 512, gbuf_bytes = 133032, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  clock_ghz = 1.0, dram_type = "3D", technology = 45, energy = estimated
}

// CHECK-LABEL: dataflow.accelerator @eyeriss
// CHECK: energy = estimated_relative, technology = 65
// CHECK-NEXT: }
// GENERIC: energy_estimate = "relative"
dataflow.accelerator @eyeriss {
  nodes = [1, 1], pe_array = [16, 16],
  regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = estimated_relative, technology = 65
}

// CHECK-LABEL: dataflow.accelerator @clocked
// CHECK: energy = #dataflow.energy<mac = 1.0{{.*}}static_per_cycle = 0.0>, clock_ghz = 0.2
dataflow.accelerator @clocked {
  nodes = [1, 1], pe_array = [16, 16],
  regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>,
  clock_ghz = 0.2
}
