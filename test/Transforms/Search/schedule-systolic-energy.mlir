// dataflow-schedule-systolic writes a layer's energy into #dataflow.systolic when the
// accelerator gives energies (explicit or estimated), and dataflow-cost re-prices it
// to the same value; without energies the attribute has none (docs/cost-model.md
// "Systolic energy").
// RUN: dataflow-opt %s --dataflow-schedule-systolic --verify-roundtrip | FileCheck %s
// RUN: dataflow-opt %s --dataflow-schedule-systolic --dataflow-cost | FileCheck %s
// dataflow-cost re-prices every figure, the energy included, to the same bytes; it adds
// only the estimated accelerator's area (cost-systolic-area.mlir checks its value):
// RUN: dataflow-opt %s --dataflow-schedule-systolic > %t.scheduled
// RUN: dataflow-opt %t.scheduled --dataflow-cost > %t.costed
// RUN: grep -c 'attributes {dataflow.estimated_area_mm2 = ' %t.costed | FileCheck %s --check-prefix=AREA
// RUN: sed 's/ attributes {dataflow.estimated_area_mm2 = [0-9.e+-]* : f64}//' %t.costed | diff %t.scheduled -
// AREA: 1

// Explicit energies in pJ: the array uses mac, gbuf (its one buffer), dram and
// static_per_cycle; regf, itcn and noc_hop do not apply to it.
dataflow.accelerator @explicit {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = [0.3, 0.3, 0.4],
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary,
  energy = #dataflow.energy<mac = 1.0, regf = 100.0, itcn = 100.0, gbuf = 6.0, dram = 200.0,
                            noc_hop = 100.0, static_per_cycle = 0.5>, energy_unit = "pJ"
}

// fc 64 -> 32 on 16 x 16 (figures of schedule-systolic.mlir: one tile, channel tile
// c0 = 32, spatial tile 1 x 1, 170 cycles, 2176 DRAM words). By hand (SystolicEnergy.cpp,
// output stationary, R = 64 reduction terms):
//   MACs 64 * 32 = 2048
//   buffer reads  R * (c0 * ceil(1/16) + 1 * ceil(32/16)) = 64 * (32 + 2) = 2176
//   buffer writes c0 * 1 = 32;  buffer fills = DRAM words = 2176
//   energy = 2048 * 1 + (2176 + 2176 + 32) * 6 + 2176 * 200 + 170 * 0.5
//          = 2048 + 26304 + 435200 + 85 = 463637 pJ
// CHECK-LABEL: func.func @fc_explicit
// CHECK: dataflow.fc {{.*}}cycles = 170.0, compute_cycles = 128.0, memory_cycles = 170.0, transfer = 2176.0, utilization = 0.0625, energy = 463637.0>
func.func @fc_explicit(%x: tensor<1x64xi16>) -> tensor<1x32xi16> attributes {dataflow.accelerator = @explicit} {
  %0 = dataflow.fc %x {name = "fc"} : tensor<1x64xi16> -> tensor<1x32xi16>
  return %0 : tensor<1x32xi16>
}

// Estimated energies (joules, 45 nm, DDR3): the same counts at the estimator's table.
dataflow.accelerator @estimated {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = [0.3, 0.3, 0.4],
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary,
  energy = estimated, technology = 45, dram_type = "DDR3"
}

// CHECK-LABEL: func.func @fc_estimated
// CHECK: dataflow.fc {{.*}}transfer = 2176.0, utilization = 0.0625, energy = [[E:[0-9.e-]+]]>
func.func @fc_estimated(%x: tensor<1x64xi16>) -> tensor<1x32xi16> attributes {dataflow.accelerator = @estimated} {
  %0 = dataflow.fc %x {name = "fc"} : tensor<1x64xi16> -> tensor<1x32xi16>
  return %0 : tensor<1x32xi16>
}

// No energies: no energy field, as before.
dataflow.accelerator @none {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = [0.3, 0.3, 0.4],
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary
}

// CHECK-LABEL: func.func @fc_none
// CHECK: dataflow.fc {{.*}}transfer = 2176.0, utilization = 0.0625>
func.func @fc_none(%x: tensor<1x64xi16>) -> tensor<1x32xi16> attributes {dataflow.accelerator = @none} {
  %0 = dataflow.fc %x {name = "fc"} : tensor<1x64xi16> -> tensor<1x32xi16>
  return %0 : tensor<1x32xi16>
}
