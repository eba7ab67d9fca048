// dataflow-report writes what the schedule attributes say, as JSON or as a table; the
// totals are the layer sums. Every figure here is hand-written, so each check is known.
// RUN: dataflow-opt %s --dataflow-report -o /dev/null | FileCheck %s --check-prefix=JSON
// RUN: dataflow-opt %s --dataflow-report="format=table file=-" -o /dev/null | FileCheck %s --check-prefix=TABLE
// The report goes to its file and leaves the IR as it was.
// RUN: dataflow-opt %s --dataflow-report="file=%t.json" | FileCheck %s --check-prefix=IR
// The partition column: the non-trivial partition types outermost first, +af / +bs for the
// TANGRAM options (hybrid buffer sharing on a 2x2 mesh, partition-layers.mlir BS).
// RUN: dataflow-opt %S/../Inputs/mesh2x2.mlir --dataflow-partition-layers="hybrid=true buffer-sharing=true" --dataflow-report="format=table file=-" -o /dev/null | FileCheck %s --check-prefix=PART
// RUN: dataflow-opt %S/../Inputs/mesh2x2.mlir --dataflow-partition-layers="access-forwarding=true" --dataflow-report="format=table file=-" -o /dev/null | FileCheck %s --check-prefix=PARTAF
// RUN: env PYTHONPATH=%S/../../../python %python -m dataflow_opt.report --check %t.json | FileCheck %s --check-prefix=PY
// RUN: %python -c "import json,sys; d=json.load(open(sys.argv[1])); n=d['networks'][0]; assert d['totals']==n['totals'] and d['layers']==n['layers']; assert sum(l['energy'] for l in n['layers'])==n['totals']['energy']; print('ok')" %t.json | FileCheck %s --check-prefix=PYSUM

// JSON:      "schema_version": 2,
// JSON-NEXT: "tool": "dataflow-opt",
// JSON-NEXT: "search_seconds": {{[0-9.e+-]+}},
// The first network's units: relative energies (no joules), a 0.5 GHz clock.
// JSON-NEXT: "units": {
// JSON-NEXT:   "energy": "relative",
// JSON-NEXT:   "energy_note": "relative (MAC = 1)",
// JSON-NEXT:   "joules_per_unit": null,
// JSON-NEXT:   "clock_hz": 500000000.0,
// JSON-NEXT:   "area_mm2": null
// JSON-NEXT: },
// The first network again at the top level; totals are left-to-right double sums, written
// exactly (0.1 + 0.2 is 0.30000000000000004).
// JSON-NEXT: "totals": {
// JSON-NEXT:   "energy": 31.299999999999997,
// JSON-NEXT:   "time": 3500,
// JSON-NEXT:   "mac": 4.0,
// JSON-NEXT:   "regf": 6.0,
// JSON-NEXT:   "itcn": 2.0,
// JSON-NEXT:   "gbuf": 3.0,
// JSON-NEXT:   "dram": 16.0,
// JSON-NEXT:   "noc": 0.0,
// JSON-NEXT:   "static": 0.30000000000000004,
// JSON-NEXT:   "proc_cycles": 3000,
// JSON-NEXT:   "bus_cycles": 10,
// JSON-NEXT:   "dram_cycles": 2500,
// JSON-NEXT:   "ops": 14848.0,
// JSON-NEXT:   "accesses": {
// JSON-NEXT:     "dram": [5408.0, 1536.0, 1044.0],
// JSON-NEXT:     "gbuf": [288.5, 0.25, 1024.125],
// JSON-NEXT:     "itcn": [1.1, 2.2, 3.3],
// JSON-NEXT:     "regf": [14848.0, 14848.0, 29696.0]
// JSON-NEXT:   },
// 3500 cycles at 0.5 GHz are 7 us; without joules no power and no EDP.
// JSON-NEXT:   "physical": {
// JSON-NEXT:     "energy_j": null,
// JSON-NEXT:     "seconds": 7.0e-06,
// JSON-NEXT:     "power_w": null,
// JSON-NEXT:     "edp_js": null
// JSON-NEXT:   }
// JSON-NEXT: },
// JSON-NEXT: "layers": [
// JSON-NEXT:   {
// JSON-NEXT:     "name": "conv1",
// JSON-NEXT:     "kind": "conv",
// JSON-NEXT:     "energy": 10.6,
// JSON-NEXT:     "time": 1000,
// JSON:          "static": 0.1,
// JSON:          "utilization": 0.5625,
// JSON:          "noc_hops": null,
// JSON-NEXT:     "segment": null,
// JSON-NEXT:     "schedule": {
// JSON-NEXT:       "partition": null,
// JSON-NEXT:       "mapping": {
// JSON-NEXT:         "strategy": "row_stationary",
// JSON-NEXT:         "fold": [1, 2],
// JSON-NEXT:         "repl": [1, 1],
// JSON-NEXT:         "ifmaps": 1,
// JSON-NEXT:         "ofmaps": 2
// JSON-NEXT:       },
// JSON-NEXT:       "blocking": {
// JSON-NEXT:         "dram": [1, 2, 1],
// JSON-NEXT:         "gbuf": [4, 1, 2],
// JSON-NEXT:         "regf": [1, 4, 1],
// JSON-NEXT:         "dram_order": ["I", "B", "O"],
// JSON-NEXT:         "gbuf_order": ["B", "I", "O"],
// JSON-NEXT:         "bypass": ["ifm"]
// JSON-NEXT:       }
// JSON-NEXT:     },
// JSON-NEXT:     "physical": {
// JSON-NEXT:       "energy_j": null,
// JSON-NEXT:       "seconds": 2.0e-06,
// JSON-NEXT:       "power_w": null,
// JSON-NEXT:       "edp_js": null
// JSON-NEXT:     }
// JSON-NEXT:   },
// A layer without a name attribute goes by its location's name.
// JSON-NEXT:   {
// JSON-NEXT:     "name": "fc_from_loc",
// JSON-NEXT:     "kind": "fc",
// JSON-NEXT:     "energy": 20.7,
// JSON-NEXT:     "time": 2500,
// JSON:            "bypass": []
// JSON:      "networks": [
// JSON-NEXT:   {
// JSON-NEXT:     "name": "net",
// JSON-NEXT:     "accelerator": {
// JSON-NEXT:       "name": "acc",
// JSON-NEXT:       "nodes": [1, 1],
// JSON-NEXT:       "pe_array": [16, 16],
// JSON-NEXT:       "regf_bytes": 512,
// JSON-NEXT:       "gbuf_bytes": 131072,
// JSON-NEXT:       "word_bits": 16,
// JSON-NEXT:       "memory": "3D",
// JSON-NEXT:       "dram_bandwidth": null,
// JSON-NEXT:       "bus_width": null,
// JSON-NEXT:       "energy": {
// JSON-NEXT:         "mac": 1.0,
// JSON-NEXT:         "regf": 1.0,
// JSON-NEXT:         "itcn": 2.0,
// JSON-NEXT:         "gbuf": 6.0,
// JSON-NEXT:         "dram": 200.0,
// JSON-NEXT:         "noc_hop": 0.0,
// JSON-NEXT:         "static_per_cycle": 0.1
// JSON-NEXT:       },
// JSON-NEXT:       "clock_ghz": 0.5,
// JSON-NEXT:       "energy_unit": "relative"
// JSON-NEXT:     },
// JSON-NEXT:     "units": {
// JSON-NEXT:       "energy": "relative",
// JSON:          "totals": {
// JSON-NEXT:       "energy": 31.299999999999997,
// The second network: limited bandwidths, and a partial schedule (no mapping, free factors,
// no orders, undecided bypass) shows as nulls.
// JSON:          "name": "partial",
// JSON-NEXT:     "accelerator": {
// JSON-NEXT:       "name": "narrow",
// JSON-NEXT:       "nodes": [2, 2],
// JSON-NEXT:       "pe_array": [8, 12],
// JSON:            "memory": "2D",
// JSON-NEXT:       "dram_bandwidth": 25.6,
// JSON-NEXT:       "bus_width": 8,
// JSON-NEXT:       "energy": {
// JSON-NEXT:         "mac": 2.0e-12,
// JSON:            "clock_ghz": 1.0,
// JSON-NEXT:       "energy_unit": "J"
// JSON-NEXT:     },
// JSON-NEXT:     "units": {
// JSON-NEXT:       "energy": "J",
// JSON-NEXT:       "energy_note": "J",
// JSON-NEXT:       "joules_per_unit": 1.0,
// JSON-NEXT:       "clock_hz": 1000000000.0,
// JSON-NEXT:       "area_mm2": null
// JSON-NEXT:     },
// JSON-NEXT:     "totals": {
// JSON-NEXT:       "energy": 7.5e-10,
// JSON-NEXT:       "time": 64,
// Joules: 7.5e-10 J over 64 cycles at 1 GHz (64 ns) is 11.71875 mW; EDP 7.5e-10 x 6.4e-8 J·s
// (4.8e-17 up to the double product's last bit).
// JSON:            "physical": {
// JSON-NEXT:         "energy_j": 7.5e-10,
// JSON-NEXT:         "seconds": 6.4e-08,
// JSON-NEXT:         "power_w": 0.01171875,
// JSON-NEXT:         "edp_js": 4.8000000000000003e-17
// JSON-NEXT:       }
// JSON:              "kind": "pool",
// JSON:              "schedule": {
// JSON-NEXT:           "partition": null,
// JSON-NEXT:           "mapping": null,
// JSON-NEXT:           "blocking": {
// JSON-NEXT:             "dram": [null, null, 2],
// JSON-NEXT:             "gbuf": [null, null, null],
// JSON-NEXT:             "regf": [null, 1, null],
// JSON-NEXT:             "dram_order": null,
// JSON-NEXT:             "gbuf_order": null,
// JSON-NEXT:             "bypass": null
// The unbound function is not a scheduled network.
// JSON-NOT:  "unbound"

// TABLE:      network @net on @acc, 2 layers
// TABLE-NEXT: energy relative (MAC = 1), time in cycles; blocking factors of loops I,O,B then the loop order, outermost first
// TABLE-EMPTY:
// TABLE-NEXT: layer        kind  energy  share%    mac   regf      itcn   gbuf   dram  noc    static   cycles  util%  fold  repl  dram blk   gbuf blk    regf blk  bypass  partition
// TABLE-NEXT: conv1        conv   10.60    33.9  1.000  2.000  500.0e-3  1.000  6.000    0  100.0e-3  1.000e3   56.2  1x2   1x1   1,2,1:IBO  4,1,2:BIO   1,4,1     ifm     -
// TABLE-NEXT: fc_from_loc  fc     20.70    66.1  3.000  4.000     1.500  2.000  10.00    0  200.0e-3  2.500e3  100.0  1x1   8x2   8,1,1:OBI  1,10,1:IOB  1,1,2     -       -
// TABLE-NEXT: -----
// TABLE-NEXT: total               31.30   100.0  4.000  6.000     2.000  3.000  16.00    0  300.0e-3  3.500e3
// The MACs of the layers (conv1 2 x 8 x 8 x 8 outputs x 4 x 9, fc 2 x 10 x 1024); no model
// count without an importer's dataflow.coverage (report-coverage.mlir).
// TABLE-NEXT: coverage: 57.34e3 MACs scheduled (no model count: not written by an importer)
// TABLE-NEXT: physical: energy 31.30 relative (MAC = 1), no joules; time 3.500e3 cycles = 7.000e-6 s at 500.0e6 Hz; power and EDP need energies in joules
// TABLE-EMPTY:
// TABLE-NEXT: network @partial on @narrow, 1 layer
// TABLE-NEXT: energy in J, time in cycles;
// TABLE:      pool1  pool  750.0e-12   100.0  {{.*}}  -     -     ?,?,2     ?,?,?     ?,1,?     ?       -
// TABLE:      physical: energy 750.0e-12 J; time 64 cycles = 64.00e-9 s at 1.000e9 Hz; average power 11.72e-3 W; EDP 48.00e-18 J·s
// TABLE:      search_seconds {{[0-9.]+}}

// PART:      layer  kind {{.*}}  bypass       partition
// PART-NEXT: conv1  conv {{.*}}  outp1x2/ofmp2x1+bs
// PART-NEXT: pool1  pool {{.*}}  outp1x2/ofmp2x1+bs
// PART-NEXT: conv2  conv {{.*}}  outp2x2+bs
// PART-NEXT: add    eltwise {{.*}}  ofmp2x2+bs
// PART-NEXT: fc     fc {{.*}}  outp2x2+bs
// PARTAF:      conv1  conv {{.*}}  ofmp2x2+af
// PARTAF:      fc     fc {{.*}}  outp2x2+af

// IR:     func.func @net
// IR-SAME:  dataflow.accelerator = @acc
// IR:     dataflow.cost = #dataflow.cost<energy = 10.6,

// PY:      net on acc: 2 layer(s), energy 31.299999999999997, time 3500
// PY-NEXT:   coverage: 57.34e3 MACs scheduled (no model count: not written by an importer)
// The Python reader's physical line is the table's.
// PY-NEXT:   physical: energy 31.30 relative (MAC = 1), no joules; time 3.500e3 cycles = 7.000e-6 s at 500.0e6 Hz; power and EDP need energies in joules
// PY-NEXT: partial on narrow: 1 layer(s), energy 7.5e-10, time 64
// PY-NEXT:   coverage: 0 MACs scheduled (no model count: not written by an importer)
// PY-NEXT:   physical: energy 750.0e-12 J; time 64 cycles = 64.00e-9 s at 1.000e9 Hz; average power 11.72e-3 W; EDP 48.00e-18 J·s
// PY-NEXT: totals are the sums of the layers

// PYSUM: ok

dataflow.accelerator @acc {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.1>,
  energy_unit = "relative", clock_ghz = 0.5
}

dataflow.accelerator @narrow {
  nodes = [2, 2], pe_array = [8, 12], regf_bytes = 64, gbuf_bytes = 16384, word_bits = 16,
  memory = "2D", dram_bandwidth = 25.6, bus_width = 8,
  energy = #dataflow.energy<mac = 2.0e-12, regf = 0.6e-12, itcn = 4.0e-12, gbuf = 14.0e-12, dram = 80.0e-12, noc_hop = 40.0e-12, static_per_cycle = 200.0e-12>,
  energy_unit = "J", clock_ghz = 1.0
}

// Two layers with known costs; the concat between them is free and not reported.
func.func @net(%x: tensor<2x4x8x8xi16>) -> tensor<2x10xi16> attributes {dataflow.accelerator = @acc} {
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "conv1",
    dataflow.mapping = #dataflow.mapping<row_stationary, fold = [1, 2], repl = [1, 1], ifmaps = 1, ofmaps = 2>,
    dataflow.blocking = #dataflow.blocking<dram = [1, 2, 1], gbuf = [4, 1, 2], regf = [1, 4, 1], dram_order = [I, B, O], gbuf_order = [B, I, O], bypass = [ifm]>,
    dataflow.cost = #dataflow.cost<energy = 10.6, mac = 1.0, regf = 2.0, itcn = 0.5, gbuf = 1.0, dram = 6.0, noc = 0.0, static = 0.1, cycles = 1000, proc_cycles = 1000, bus_cycles = 10, dram_cycles = 0, ops = 4608.0, utilization = 0.5625, dram_access = [288, 512, 1024], gbuf_access = [288, 0, 1024], itcn_access = [1, 2, 3], regf_access = [4608, 4608, 9216]>
  } : tensor<2x4x8x8xi16> -> tensor<2x8x8x8xi16>
  %c = dataflow.concat %0, %0 {name = "cat"} : tensor<2x8x8x8xi16>, tensor<2x8x8x8xi16> -> tensor<2x16x8x8xi16>
  %1 = dataflow.fc %c {
    dataflow.mapping = #dataflow.mapping<row_stationary, fold = [1, 1], repl = [8, 2], ifmaps = 1, ofmaps = 1>,
    dataflow.blocking = #dataflow.blocking<dram = [8, 1, 1], gbuf = [1, 10, 1], regf = [1, 1, 2], dram_order = [O, B, I], gbuf_order = [I, O, B], bypass = []>,
    dataflow.cost = #dataflow.cost<energy = 20.7, mac = 3.0, regf = 4.0, itcn = 1.5, gbuf = 2.0, dram = 10.0, noc = 0.0, static = 0.2, cycles = 2500, proc_cycles = 2000, bus_cycles = 0, dram_cycles = 2500, ops = 10240.0, utilization = 1.0, dram_access = [5120, 1024, 20], gbuf_access = [0.5, 0.25, 0.125], itcn_access = [0.1, 0.2, 0.3], regf_access = [10240, 10240, 20480]>
  } : tensor<2x16x8x8xi16> -> tensor<2x10xi16> loc("fc_from_loc")
  return %1 : tensor<2x10xi16>
}

// A costed layer whose schedule is only partly written.
func.func @partial(%x: tensor<2x4x8x8xi16>) -> tensor<2x4x4x4xi16> attributes {dataflow.accelerator = @narrow} {
  %0 = dataflow.pool max %x window [2, 2] stride [2, 2] pad [0, 0, 0, 0] {name = "pool1",
    dataflow.blocking = #dataflow.blocking<dram = [?, ?, 2], gbuf = [?, ?, ?], regf = [?, 1, ?]>,
    dataflow.cost = #dataflow.cost<energy = 7.5e-10, mac = 2.56e-10, regf = 0.0, itcn = 0.0, gbuf = 0.0, dram = 4.94e-10, noc = 0.0, static = 0.0, cycles = 64, proc_cycles = 64, bus_cycles = 0, dram_cycles = 0, ops = 128.0, utilization = 0.25, dram_access = [0, 512, 128], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 128, 128]>
  } : tensor<2x4x8x8xi16> -> tensor<2x4x4x4xi16>
  return %0 : tensor<2x4x4x4xi16>
}

// An unbound function is not a scheduled network: not reported, not an error.
func.func @unbound(%x: tensor<1x4xi16>) -> tensor<1x2xi16> {
  %y = dataflow.fc %x : tensor<1x4xi16> -> tensor<1x2xi16>
  return %y : tensor<1x2xi16>
}
