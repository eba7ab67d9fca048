// A systolic network's energy in the report (docs/report-schema.md "systolic_totals"):
// read from the `energy` of each layer's #dataflow.systolic (the report prices nothing),
// summed, and turned into joules, watts and EDP. Every figure is hand-written, so each
// check is known: 1000 pJ in 100 cycles + 3000 pJ in 300 cycles at 1 GHz
// = 4000 pJ = 4e-9 J in 400 cycles = 4e-7 s: 0.01 W, EDP 1.6e-15 J·s.
// RUN: dataflow-opt %s --dataflow-report -o /dev/null | FileCheck %s --check-prefix=JSON
// RUN: dataflow-opt %s --dataflow-report="format=table file=-" -o /dev/null | FileCheck %s --check-prefix=TABLE

dataflow.accelerator @sa {
  kind = systolic, array_size = 16, buffer_bytes = 65536, partition = searched,
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary,
  energy = #dataflow.energy<mac = 1.0, regf = 0.0, itcn = 0.0, gbuf = 6.0, dram = 200.0,
                            noc_hop = 0.0, static_per_cycle = 0.0>, energy_unit = "pJ"
}

// JSON:      "units": {
// JSON-NEXT:   "energy": "pJ",
// JSON-NEXT:   "energy_note": "pJ",
// JSON-NEXT:   "joules_per_unit": 1.0e-12,
// JSON:      "systolic_totals": {
// JSON-NEXT:   "cycles": 400.0,
// JSON-NEXT:   "transfer": 30.0,
// JSON-NEXT:   "energy": 4000.0,
// JSON-NEXT:   "physical": {
// JSON-NEXT:     "energy_j": 4.0e-09,
// JSON-NEXT:     "seconds": 4.0e-07,
// JSON-NEXT:     "power_w": 0.01,
// JSON-NEXT:     "edp_js": 1.6e-15
// JSON:        "name": "a",
// JSON:        "utilization": 0.5,
// JSON-NEXT:   "energy": 1000.0,
// JSON-NEXT:   "physical": {
// JSON-NEXT:     "energy_j": 1.0e-09,
// JSON-NEXT:     "seconds": 1.0e-07,
// JSON:        "name": "b",
// JSON:        "energy": 3000.0,
// JSON-NEXT:   "physical": {
// JSON-NEXT:     "energy_j": 3.0e-09,

// TABLE: network @net on systolic @sa, 2 layers on the array
// TABLE-NEXT: time in cycles, DRAM traffic in words; splits: output channels x spatial (W x H[ x D]); bound: C compute, M memory; energy pJ
// TABLE: layer {{.*}}util%  energy
// TABLE: a      conv  exhaustive  row_major  1x1x1    100.0    100.0   10.00  C        10.00   50.0  1.000e3
// TABLE: b      conv  exhaustive  row_major  1x1x1    300.0    300.0   20.00  C        20.00  100.0  3.000e3
// TABLE: total                                        400.0                            30.00         4.000e3
// TABLE: physical: energy 4.000e-9 J; time 400 cycles = 400.0e-9 s at 1.000e9 Hz; average power 10.00e-3 W; EDP 1.600e-15 J·s
func.func @net(%x: tensor<1x8x8x8xi16>) -> tensor<1x8x8x8xi16> attributes {dataflow.accelerator = @sa} {
  %0 = dataflow.conv %x kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {
    name = "a",
    dataflow.systolic = #dataflow.systolic<method = exhaustive, order = row_major,
      channel_splits = 1, spatial_splits = [1, 1], buffer = [0, 0, 0], fill_drain = false,
      cycles = 100, compute_cycles = 100, memory_cycles = 10, transfer = 10,
      utilization = 0.5, energy = 1000>
  } : tensor<1x8x8x8xi16> -> tensor<1x8x8x8xi16>
  %1 = dataflow.conv %0 kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {
    name = "b",
    dataflow.systolic = #dataflow.systolic<method = exhaustive, order = row_major,
      channel_splits = 1, spatial_splits = [1, 1], buffer = [0, 0, 0], fill_drain = false,
      cycles = 300, compute_cycles = 300, memory_cycles = 20, transfer = 20,
      utilization = 1, energy = 3000>
  } : tensor<1x8x8x8xi16> -> tensor<1x8x8x8xi16>
  return %1 : tensor<1x8x8x8xi16>
}
