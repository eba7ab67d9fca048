// dataflow-cost writes a systolic accelerator's estimated area as dataflow.estimated_area_mm2
// (as for the eyeriss kind) and the report shows it. By hand, at 45 nm: 256 MACs x
// (16-bit multiplier 282 x (3495/282)^(1/2) = 992.77 um^2 + 32-bit adder 137 um^2, Horowitz
// ISSCC 2014) = 0.28922 mm^2, plus the buffer's cells 3145728 B x 8 x 0.346 um^2 / 0.5 =
// 17.41475 mm^2: 17.70397 mm^2. Explicit energies and no energies get no area.
// RUN: dataflow-opt %s --dataflow-cost | FileCheck %s
// RUN: dataflow-opt %s --dataflow-cost --dataflow-report="format=table file=-" -o /dev/null | FileCheck %s --check-prefix=TABLE
// RUN: dataflow-opt %s --dataflow-cost --dataflow-report -o /dev/null | FileCheck %s --check-prefix=JSON

// CHECK-LABEL: dataflow.accelerator @est
// CHECK:       } attributes {dataflow.estimated_area_mm2 = 17.70397{{[0-9]*}} : f64}
// CHECK-LABEL: dataflow.accelerator @explicit
// CHECK-NOT:   estimated_area_mm2
// CHECK-LABEL: func.func @on_est
dataflow.accelerator @est {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = [0.3, 0.3, 0.4],
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary,
  energy = estimated, technology = 45, dram_type = "LPDDR4"
}
dataflow.accelerator @explicit {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = [0.3, 0.3, 0.4],
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.5>, energy_unit = "pJ"
}

// TABLE-LABEL: network @on_est on systolic @est
// TABLE:       physical: {{.*}}; area 17.70 mm² (estimated: PEs and buffers)
// TABLE-LABEL: network @on_explicit on systolic @explicit
// TABLE:       physical: energy {{.*}} J·s{{$}}
// JSON:        "area_mm2": 17.70397
// JSON:        "area_mm2": null
func.func @on_est(%x: tensor<1x64xi16>) attributes {dataflow.accelerator = @est} {
  %0 = dataflow.fc %x {name = "fc", dataflow.systolic = #dataflow.systolic<method = static, order = row_major, channel_splits = 1, spatial_splits = [1, 1], buffer = [1, 2, 3], fill_drain = false, cycles = 0, compute_cycles = 0, memory_cycles = 0, transfer = 0, utilization = 0>} : tensor<1x64xi16> -> tensor<1x32xi16>
  return
}
func.func @on_explicit(%x: tensor<1x64xi16>) attributes {dataflow.accelerator = @explicit} {
  %0 = dataflow.fc %x {name = "fc", dataflow.systolic = #dataflow.systolic<method = static, order = row_major, channel_splits = 1, spatial_splits = [1, 1], buffer = [1, 2, 3], fill_drain = false, cycles = 0, compute_cycles = 0, memory_cycles = 0, transfer = 0, utilization = 0>} : tensor<1x64xi16> -> tensor<1x32xi16>
  return
}
