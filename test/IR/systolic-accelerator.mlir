// dataflow.accelerator of kind systolic: every field printed in a fixed order,
// whatever order it was written in, in custom and generic form.
// RUN: dataflow-opt %s --verify-roundtrip | FileCheck %s
// RUN: dataflow-opt %s --mlir-print-op-generic | dataflow-opt --verify-roundtrip | FileCheck %s
// RUN: dataflow-opt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC

// A static buffer partition (the systolic tool's 3:3:4), fields out of order.
// CHECK-LABEL: dataflow.accelerator @static_split {
// CHECK-NEXT:    kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = [0.3, 0.3, 0.4],
// CHECK-NEXT:    bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary
// CHECK-NEXT:  }
// GENERIC: "dataflow.accelerator"() <{array_size = 16 : i64, bandwidth_gbs = 2.560000e+01 : f64, buffer_bytes = 3145728 : i64, clock_ghz = 1.000000e+00 : f64, dataflow = 0 : i32, kind = 1 : i32, partition = array<f64: 3.000000e-01, 3.000000e-01, 4.000000e-01>, sym_name = "static_split", word_bits = 16 : i64}>
dataflow.accelerator @static_split {
  word_bits = 16, kind = systolic, dataflow = output_stationary, array_size = 16,
  buffer_bytes = 3145728, partition = [0.3, 0.3, 0.4], bandwidth_gbs = 25.6, clock_ghz = 1.0
}

// A searched partition, weight stationary, 8-bit words, integers for the doubles.
// CHECK-LABEL: dataflow.accelerator @searched {
// CHECK-NEXT:    kind = systolic, array_size = 32, buffer_bytes = 1048576, partition = searched,
// CHECK-NEXT:    bandwidth_gbs = 12.8, clock_ghz = 2.0, word_bits = 8, dataflow = weight_stationary
// CHECK-NEXT:  }
dataflow.accelerator @searched {
  kind = systolic, array_size = 32, buffer_bytes = 1048576, partition = searched,
  bandwidth_gbs = 12.8, clock_ghz = 2, word_bits = 8, dataflow = weight_stationary
}

// A network binds to a systolic accelerator like to any other.
// CHECK-LABEL: func.func @net
// CHECK-SAME: attributes {dataflow.accelerator = @searched}
func.func @net(%x: tensor<1x8x8x8xi8>) -> tensor<1x16x8x8xi8> attributes {dataflow.accelerator = @searched} {
  %y = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 : tensor<1x8x8x8xi8> -> tensor<1x16x8x8xi8>
  return %y : tensor<1x16x8x8xi8>
}

// `kind = eyeriss` is the default, so it is not printed (and not stored).
// CHECK-LABEL: dataflow.accelerator @explicit_eyeriss {
// CHECK-NEXT:    nodes = [1, 1], pe_array = [16, 16],
dataflow.accelerator @explicit_eyeriss {
  kind = eyeriss, nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}

// Optional energies (docs/ir-reference.md): estimated ones with their technology and
// DRAM type, printed after the array's fields; absent, nothing is printed (above).
// CHECK-LABEL: dataflow.accelerator @estimated {
// CHECK-NEXT:    kind = systolic, array_size = 16, buffer_bytes = 65536, partition = searched,
// CHECK-NEXT:    bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary,
// CHECK-NEXT:    energy = estimated, technology = 45, dram_type = "HBM2"
// CHECK-NEXT:  }
// GENERIC: "dataflow.accelerator"() <{array_size = 16 : i64, {{.*}}dram_type = "HBM2", energy_estimate = "absolute", kind = 1 : i32, sym_name = "estimated", technology = 45 : i64, word_bits = 16 : i64}>
dataflow.accelerator @estimated {
  dram_type = "HBM2", energy = estimated, technology = 45, kind = systolic, array_size = 16,
  buffer_bytes = 65536, partition = searched, bandwidth_gbs = 25.6, clock_ghz = 1.0,
  word_bits = 16, dataflow = output_stationary
}

// Explicit energies and their unit.
// CHECK-LABEL: dataflow.accelerator @explicit_energies {
// CHECK-NEXT:    kind = systolic, array_size = 16, buffer_bytes = 65536, partition = searched,
// CHECK-NEXT:    bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary,
// CHECK-NEXT:    energy = #dataflow.energy<mac = 1.0, regf = 0.0, itcn = 0.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.5>, energy_unit = "pJ"
// CHECK-NEXT:  }
dataflow.accelerator @explicit_energies {
  energy_unit = "pJ", kind = systolic, array_size = 16, buffer_bytes = 65536,
  partition = searched, bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16,
  dataflow = output_stationary,
  energy = #dataflow.energy<mac = 1.0, regf = 0.0, itcn = 0.0, gbuf = 6.0, dram = 200.0,
                            noc_hop = 0.0, static_per_cycle = 0.5>
}
