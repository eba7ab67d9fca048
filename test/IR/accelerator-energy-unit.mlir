// Explicit energies may state their unit (energy_unit) and the accelerator its clock
// (clock_ghz); both print back as written, in the custom and the generic form. The reports
// turn them into joules, seconds and watts (docs/report-schema.md, "Physical units").
// RUN: dataflow-opt %s --verify-roundtrip | FileCheck %s
// RUN: dataflow-opt %s --mlir-print-op-generic | dataflow-opt --verify-roundtrip | FileCheck %s
// RUN: dataflow-opt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC

// CHECK-LABEL: dataflow.accelerator @picojoules
// CHECK: energy = #dataflow.energy<mac = 0.075{{.*}}>, energy_unit = "pJ", clock_ghz = 0.2
// CHECK-NEXT: }
// GENERIC: "dataflow.accelerator"() <{clock_ghz = 2.000000e-01 : f64, {{.*}}energy_unit = "pJ"
dataflow.accelerator @picojoules {
  clock_ghz = 0.2, energy_unit = "pJ",
  nodes = [1, 1], pe_array = [16, 16],
  regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 0.075, regf = 0.96, itcn = 2.0, gbuf = 13.5, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}

// CHECK-LABEL: dataflow.accelerator @joules
// CHECK: energy_unit = "J"
// CHECK-NOT: clock_ghz
// CHECK: }
dataflow.accelerator @joules {
  nodes = [1, 1], pe_array = [16, 16],
  regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 2.0e-12, regf = 1.0e-12, itcn = 4.0e-12, gbuf = 28.0e-12, dram = 240.0e-12, noc_hop = 0.0, static_per_cycle = 320.0e-12>,
  energy_unit = "J"
}

// CHECK-LABEL: dataflow.accelerator @relative
// CHECK: energy_unit = "relative"
dataflow.accelerator @relative {
  nodes = [1, 1], pe_array = [16, 16],
  regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>,
  energy_unit = "relative"
}
