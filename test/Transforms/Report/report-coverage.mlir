// Coverage in the report: the MACs the network schedules (its compute layers' MACs) and,
// when an importer wrote dataflow.coverage, the model's MACs, the fraction and each
// operation left out. min-coverage fails below a fraction, naming the option.
// RUN: dataflow-opt %s --dataflow-report -o /dev/null | FileCheck %s --check-prefix=JSON
// RUN: dataflow-opt %s --dataflow-report="format=table file=-" -o /dev/null | FileCheck %s --check-prefix=TABLE
// RUN: dataflow-opt %s --dataflow-report="file=%t.json min-coverage=0.5" -o /dev/null
// RUN: env PYTHONPATH=%S/../../../python %python -m dataflow_opt.report %t.json | FileCheck %s --check-prefix=PY
// RUN: dataflow-opt %s --dataflow-report="file=%t.fail.json min-coverage=0.51" -o /dev/null --verify-diagnostics
// RUN: not test -e %t.fail.json
// RUN: not dataflow-opt %s --dataflow-report="min-coverage=1.5" -o /dev/null 2>&1 | FileCheck %s --check-prefix=RANGE

// fc: 2 x 10 outputs of 16 x 8 x 8 MACs each = 20480 of the model's 40960.
// JSON:      "name": "imported",
// JSON:      "coverage": {
// JSON-NEXT:   "scheduled_macs": 20480,
// JSON-NEXT:   "model_macs": 40960,
// JSON-NEXT:   "fraction": 0.5,
// JSON-NEXT:   "left_out": [
// JSON-NEXT:     {
// JSON-NEXT:       "name": "attn",
// JSON-NEXT:       "op": "MultiheadAttention",
// JSON-NEXT:       "macs": 20480,
// JSON-NEXT:       "reason": "returns several tensors"
// JSON-NEXT:     },
// JSON-NEXT:     {
// JSON-NEXT:       "name": "softmax",
// JSON-NEXT:       "op": "softmax",
// JSON-NEXT:       "macs": 0,
// JSON-NEXT:       "reason": "no dataflow layer for this function"
// JSON-NEXT:     }
// JSON-NEXT:   ]
// JSON-NEXT: }
// A hand-written network has no model count: only what it schedules.
// JSON:      "name": "handwritten",
// JSON:      "coverage": {
// JSON-NEXT:   "scheduled_macs": 20480,
// JSON-NEXT:   "model_macs": null,
// JSON-NEXT:   "fraction": null,
// JSON-NEXT:   "left_out": []
// JSON-NEXT: }

// TABLE:      network @imported on @acc, 1 layer
// TABLE:      total
// TABLE-NEXT: coverage: 20.48e3 of the model's 40.96e3 MACs scheduled (50.0%); left out: attn (MultiheadAttention, 20.48e3 MACs): returns several tensors; softmax (softmax, 0 MACs): no dataflow layer for this function
// TABLE-NEXT: physical: energy 20.70 in the accelerator's unit (not stated), no joules; time 2.500e3 cycles (no clock: clock_ghz gives seconds); power and EDP need energies in joules
// TABLE:      network @handwritten on @acc, 1 layer
// TABLE:      total
// TABLE-NEXT: coverage: 20.48e3 MACs scheduled (no model count: not written by an importer)

// PY:      imported on acc: 1 layer(s)
// PY-NEXT:   coverage: 20.48e3 of the model's 40.96e3 MACs scheduled (50.0%); left out: attn (MultiheadAttention, 20.48e3 MACs): returns several tensors; softmax (softmax, 0 MACs): no dataflow layer for this function
// PY-NEXT:   physical: energy 20.70 in the accelerator's unit (not stated), no joules; time 2.500e3 cycles (no clock: clock_ghz gives seconds); power and EDP need energies in joules
// PY-NEXT: handwritten on acc: 1 layer(s)
// PY-NEXT:   coverage: 20.48e3 MACs scheduled (no model count: not written by an importer)

// RANGE: error: min-coverage must be a fraction in [0, 1], got 1.5

dataflow.accelerator @acc {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.1>
}

// expected-error @+2 {{network @imported schedules 50.0% of its model's MACs (20480 of 40960), below min-coverage=0.51}}
// expected-note @+1 {{left out: attn (MultiheadAttention, 20480 MACs): returns several tensors}}
func.func @imported(%x: tensor<2x16x8x8xi16>) -> tensor<2x10xi16> attributes {dataflow.accelerator = @acc,
    dataflow.coverage = {model_macs = 40960 : i64, left_out = [
      {name = "attn", op = "MultiheadAttention", macs = 20480 : i64, reason = "returns several tensors"},
      {name = "softmax", op = "softmax", macs = 0 : i64, reason = "no dataflow layer for this function"}]}} {
  %1 = dataflow.fc %x {name = "fc",
    dataflow.cost = #dataflow.cost<energy = 20.7, mac = 3.0, regf = 4.0, itcn = 1.5, gbuf = 2.0, dram = 10.0, noc = 0.0, static = 0.2, cycles = 2500, proc_cycles = 2000, bus_cycles = 0, dram_cycles = 2500, ops = 10240.0, utilization = 1.0, dram_access = [5120, 1024, 20], gbuf_access = [0.5, 0.25, 0.125], itcn_access = [0.1, 0.2, 0.3], regf_access = [10240, 10240, 20480]>
  } : tensor<2x16x8x8xi16> -> tensor<2x10xi16>
  return %1 : tensor<2x10xi16>
}

func.func @handwritten(%x: tensor<2x16x8x8xi16>) -> tensor<2x10xi16> attributes {dataflow.accelerator = @acc} {
  %1 = dataflow.fc %x {name = "fc",
    dataflow.cost = #dataflow.cost<energy = 20.7, mac = 3.0, regf = 4.0, itcn = 1.5, gbuf = 2.0, dram = 10.0, noc = 0.0, static = 0.2, cycles = 2500, proc_cycles = 2000, bus_cycles = 0, dram_cycles = 2500, ops = 10240.0, utilization = 1.0, dram_access = [5120, 1024, 20], gbuf_access = [0.5, 0.25, 0.125], itcn_access = [0.1, 0.2, 0.3], regf_access = [10240, 10240, 20480]>
  } : tensor<2x16x8x8xi16> -> tensor<2x10xi16>
  return %1 : tensor<2x10xi16>
}
