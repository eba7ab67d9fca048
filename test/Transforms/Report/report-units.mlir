// Physical units in every report (docs/report-schema.md, "Physical units"): explicit pJ
// energies converted to joules, seconds from the clock, average power and EDP; estimated
// energies in J with the estimator's area; a systolic network's time in seconds and its
// energy said to be unpriced. Every figure is hand-written, so each check is known.
// RUN: dataflow-opt %s --dataflow-report -o /dev/null | FileCheck %s --check-prefix=JSON
// RUN: dataflow-opt %s --dataflow-report="format=table file=-" -o /dev/null | FileCheck %s --check-prefix=TABLE
// RUN: dataflow-opt %s --dataflow-report="file=%t.json" -o /dev/null
// RUN: env PYTHONPATH=%S/../../../python %python -m dataflow_opt.report %t.json | FileCheck %s --check-prefix=PY
// dataflow-cost (here inside dataflow-schedule) writes the estimator's table and area on the
// accelerator, exactly the attributes written above by hand.
// RUN: dataflow-opt %S/Inputs/estimated-fc.mlir --dataflow-schedule="progress=off lower=false" | FileCheck %s --check-prefix=ESTIMATED
// ESTIMATED: } attributes {dataflow.estimated_area_mm2 = 24.215176314136027 : f64, dataflow.estimated_energy = #dataflow.energy<mac = 2.0e-12, regf = 6.0e-13, itcn = 4.0e-12, gbuf = 1.4e-11, dram = 8.0e-11, noc_hop = 4.0e-11, static_per_cycle = 3.1681085972850683e-10>}
// The area is the estimator's chip area, as --dataflow-print-energy-table prints it (3 decimals).
// RUN: dataflow-opt %s --dataflow-print-energy-table -o /dev/null > %t.table
// RUN: %python -c "import json,re,sys; a=json.load(open(sys.argv[1]))['networks'][1]['units']['area_mm2']; t=float(re.search(r'([0-9.]+) mm\^2 chip', open(sys.argv[2]).read()).group(1)); print('area', '%%.3f' %% a == '%%.3f' %% t, a > 0)" %t.json %t.table | FileCheck %s --check-prefix=AREA

// 2000 pJ over 400 cycles at 0.2 GHz: 2e-9 J in 2e-6 s, 1 mW, EDP 4e-15 J·s.
// JSON:      "name": "picojoules",
// JSON:      "units": {
// JSON-NEXT:   "energy": "pJ",
// JSON-NEXT:   "energy_note": "pJ",
// JSON-NEXT:   "joules_per_unit": 1.0e-12,
// JSON-NEXT:   "clock_hz": 200000000.0,
// JSON-NEXT:   "area_mm2": null
// JSON-NEXT: },
// JSON:        "physical": {
// JSON-NEXT:     "energy_j": 2.0e-09,
// JSON-NEXT:     "seconds": 2.0e-06,
// JSON-NEXT:     "power_w": 0.001,
// JSON-NEXT:     "edp_js": 4.0e-15
// JSON-NEXT:   }
// JSON:      "name": "estimated",
// JSON:        "energy_unit": null
// JSON-NEXT: },
// JSON-NEXT: "units": {
// JSON-NEXT:   "energy": "J",
// JSON-NEXT:   "energy_note": "J",
// JSON-NEXT:   "joules_per_unit": 1.0,
// JSON-NEXT:   "clock_hz": 1000000000.0,
// JSON-NEXT:   "area_mm2": {{[0-9.]+}}
// 3e-9 J over 1500 cycles at 1 GHz: 1.5e-6 s, 2 mW, EDP 4.5e-15 J·s.
// JSON:        "physical": {
// JSON-NEXT:     "energy_j": 3.0e-09,
// JSON-NEXT:     "seconds": 1.5e-06,
// JSON-NEXT:     "power_w": 0.002,
// JSON-NEXT:     "edp_js": 4.5e-15
// JSON-NEXT:   }
// 1152 cycles at 1 GHz; no energy.
// JSON:      "name": "array",
// JSON:      "units": {
// JSON-NEXT:   "energy": null,
// JSON-NEXT:   "energy_note": "not priced: the systolic model counts cycles and DRAM words, and the accelerator gives no per-access energies",
// JSON-NEXT:   "joules_per_unit": null,
// JSON-NEXT:   "clock_hz": 1000000000.0,
// JSON-NEXT:   "area_mm2": null
// JSON-NEXT: },
// JSON-NEXT: "systolic_totals": {
// JSON-NEXT:   "cycles": 1152.0,
// JSON-NEXT:   "transfer": 10000.0,
// JSON-NEXT:   "physical": {
// JSON-NEXT:     "energy_j": null,
// JSON-NEXT:     "seconds": 1.152e-06,
// JSON-NEXT:     "power_w": null,
// JSON-NEXT:     "edp_js": null
// JSON-NEXT:   }
// JSON-NEXT: },

// TABLE:      network @picojoules on @pj, 1 layer
// TABLE-NEXT: energy in pJ, time in cycles;
// TABLE:      physical: energy 2.000e-9 J; time 400 cycles = 2.000e-6 s at 200.0e6 Hz; average power 1.000e-3 W; EDP 4.000e-15 J·s
// TABLE:      network @estimated on @t16, 1 layer
// TABLE-NEXT: energy in J, time in cycles;
// TABLE:      physical: energy 3.000e-9 J; time 1.500e3 cycles = 1.500e-6 s at 1.000e9 Hz; average power 2.000e-3 W; EDP 4.500e-15 J·s; area {{[0-9.]+(e[0-9]+)?}} mm² (estimated: PEs and buffers)
// TABLE:      network @array on systolic @sa, 1 layer on the array
// TABLE:      physical: energy not priced: the systolic model counts cycles and DRAM words, and the accelerator gives no per-access energies; time 1.152e3 cycles = 1.152e-6 s at 1.000e9 Hz

// PY:      picojoules on pj: 1 layer(s)
// PY:        physical: energy 2.000e-9 J; time 400 cycles = 2.000e-6 s at 200.0e6 Hz; average power 1.000e-3 W; EDP 4.000e-15 J·s
// PY:        physical: energy 3.000e-9 J; time 1.500e3 cycles = 1.500e-6 s at 1.000e9 Hz; average power 2.000e-3 W; EDP 4.500e-15 J·s; area {{.*}} mm² (estimated: PEs and buffers)
// PY:        physical: energy not priced: {{.*}}; time 1.152e3 cycles = 1.152e-6 s at 1.000e9 Hz

// AREA: area True True

dataflow.accelerator @pj {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 0.075, regf = 0.96, itcn = 2.0, gbuf = 13.5, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>,
  energy_unit = "pJ", clock_ghz = 0.2
}

// The estimator's table and area as dataflow-cost writes them (ESTIMATED below checks that
// it does); the report reads them, it never calls the estimator.
dataflow.accelerator @t16 {
  nodes = [4, 4], pe_array = [14, 14], regf_bytes = 512, gbuf_bytes = 133032, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = estimated, technology = 45, dram_type = "3D", clock_ghz = 1.0
} attributes {dataflow.estimated_area_mm2 = 24.215176314136027 : f64, dataflow.estimated_energy = #dataflow.energy<mac = 2.0e-12, regf = 6.0e-13, itcn = 4.0e-12, gbuf = 1.4e-11, dram = 8.0e-11, noc_hop = 4.0e-11, static_per_cycle = 3.1681085972850683e-10>}

dataflow.accelerator @sa {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = searched,
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary
}

func.func @picojoules(%x: tensor<1x16xi16>) -> tensor<1x8xi16> attributes {dataflow.accelerator = @pj} {
  %0 = dataflow.fc %x {name = "fc",
    dataflow.cost = #dataflow.cost<energy = 2000.0, mac = 1000.0, regf = 1000.0, itcn = 0.0, gbuf = 0.0, dram = 0.0, noc = 0.0, static = 0.0, cycles = 400, proc_cycles = 400, bus_cycles = 0, dram_cycles = 0, ops = 128.0, utilization = 0.5, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]>
  } : tensor<1x16xi16> -> tensor<1x8xi16>
  return %0 : tensor<1x8xi16>
}

func.func @estimated(%x: tensor<1x16xi16>) -> tensor<1x8xi16> attributes {dataflow.accelerator = @t16} {
  %0 = dataflow.fc %x {name = "fc",
    dataflow.cost = #dataflow.cost<energy = 3.0e-9, mac = 1.0e-9, regf = 2.0e-9, itcn = 0.0, gbuf = 0.0, dram = 0.0, noc = 0.0, static = 0.0, cycles = 1500, proc_cycles = 1500, bus_cycles = 0, dram_cycles = 0, ops = 128.0, utilization = 0.5, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]>
  } : tensor<1x16xi16> -> tensor<1x8xi16>
  return %0 : tensor<1x8xi16>
}

func.func @array(%a: tensor<1x16x8x8xi16>) -> tensor<1x32x8x8xi16> attributes {dataflow.accelerator = @sa} {
  %0 = dataflow.conv %a kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "conv", dataflow.systolic = #dataflow.systolic<method = static, order = row_major, channel_splits = 1, spatial_splits = [1, 1], buffer = [0, 0, 0], fill_drain = false, cycles = 1152, compute_cycles = 1152, memory_cycles = 781, transfer = 10000, utilization = 1>} : tensor<1x16x8x8xi16> -> tensor<1x32x8x8xi16>
  return %0 : tensor<1x32x8x8xi16>
}
