// Every parse error and verifier branch of #dataflow.mapping, #dataflow.blocking and
// #dataflow.cost, and where they may be attached.
// RUN: dataflow-opt %s -split-input-file -verify-diagnostics

// expected-error @+1 {{unknown mapping strategy 'weight_stationary'; expected row_stationary}}
#m = #dataflow.mapping<weight_stationary, fold = [1, 1], repl = [1, 1], ifmaps = 1, ofmaps = 1>

// -----

// expected-error @+1 {{mapping 'fold' must be [rows, columns], got 3 values}}
#m = #dataflow.mapping<row_stationary, fold = [1, 1, 1], repl = [1, 1], ifmaps = 1, ofmaps = 1>

// -----

// expected-error @+1 {{mapping 'repl' must be positive, got [0, 1]}}
#m = #dataflow.mapping<row_stationary, fold = [1, 1], repl = [0, 1], ifmaps = 1, ofmaps = 1>

// -----

// expected-error @+1 {{mapping 'ifmaps' and 'ofmaps' must be positive, got 1 and 0}}
#m = #dataflow.mapping<row_stationary, fold = [1, 1], repl = [1, 1], ifmaps = 1, ofmaps = 0>

// -----

// expected-error @+1 {{mapping is missing field 'ofmaps'}}
#m = #dataflow.mapping<row_stationary, fold = [1, 1], repl = [1, 1], ifmaps = 1>

// -----

// expected-error @+1 {{blocking 'gbuf' needs a factor for each of I, O, B, got 2}}
#b = #dataflow.blocking<dram = [1, 1, 1], gbuf = [1, 1], regf = [1, 1, 1]>

// -----

// expected-error @+1 {{blocking 'regf' factor of loop O is -2; factors must be positive (or ? for free)}}
#b = #dataflow.blocking<dram = [1, 1, 1], gbuf = [1, 1, 1], regf = [1, -2, 1]>

// -----

// expected-error @+1 {{blocking 'dram_order' must list each of I, O, B exactly once}}
#b = #dataflow.blocking<dram = [1, 1, 1], gbuf = [1, 1, 1], regf = [1, 1, 1], dram_order = [I, I, B]>

// -----

// expected-error @+1 {{unknown loop 'C'; expected one of I, O, B}}
#b = #dataflow.blocking<dram = [1, 1, 1], gbuf = [1, 1, 1], regf = [1, 1, 1], gbuf_order = [C, I, B]>

// -----

// expected-error @+1 {{unknown data category 'psum'; expected one of fil, ifm, ofm}}
#b = #dataflow.blocking<dram = [1, 1, 1], gbuf = [1, 1, 1], regf = [1, 1, 1], bypass = [psum]>

// -----

// expected-error @+1 {{blocking is missing field 'regf'}}
#b = #dataflow.blocking<dram = [1, 1, 1], gbuf = [1, 1, 1]>

// -----

// expected-error @+1 {{cost 'dram' must be finite and non-negative}}
#c = #dataflow.cost<energy = 1.0, mac = 1.0, regf = 0, itcn = 0, gbuf = 0, dram = -1.0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 1, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]>

// -----

// expected-error @+1 {{cost 'bus_cycles' must be non-negative, got -3}}
#c = #dataflow.cost<energy = 1.0, mac = 1.0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = -3, dram_cycles = 0, ops = 1, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]>

// -----

// expected-error @+1 {{cost 'cycles' is 5 but must equal max(proc_cycles, bus_cycles, dram_cycles) = 7}}
#c = #dataflow.cost<energy = 1.0, mac = 1.0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 5, proc_cycles = 4, bus_cycles = 7, dram_cycles = 0, ops = 1, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]>

// -----

// expected-error @+1 {{cost 'itcn_access' needs [fil, ifm, ofm], got 2 values}}
#c = #dataflow.cost<energy = 1.0, mac = 1.0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 1, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0], regf_access = [0, 0, 0]>

// -----

// expected-error @+1 {{cost 'regf_access' must be finite and non-negative}}
#c = #dataflow.cost<energy = 1.0, mac = 1.0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 1, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, -1, 0]>

// -----

// expected-error @+1 {{cost 'proc_cycles' must be a whole number of cycles, got 1.5}}
#c = #dataflow.cost<energy = 1.0, mac = 1.0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1.5, bus_cycles = 0, dram_cycles = 0, ops = 1, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]>

// -----

func.func @wrong_kind(%x: tensor<1x4xi16>) -> tensor<1x2xi16> {
  // expected-error @+1 {{'dataflow.mapping' must be a #dataflow.mapping attribute, got #dataflow.blocking<dram = [?, ?, ?], gbuf = [?, ?, ?], regf = [?, ?, ?]>}}
  %y = dataflow.fc %x {dataflow.mapping = #dataflow.blocking<dram = [?, ?, ?], gbuf = [?, ?, ?], regf = [?, ?, ?]>} : tensor<1x4xi16> -> tensor<1x2xi16>
  return %y : tensor<1x2xi16>
}

// -----

// A schedule belongs on a layer, not on a concat (which costs nothing) or a function.
func.func @on_concat(%x: tensor<1x4xi16>) -> tensor<1x8xi16> {
  // expected-error @+1 {{'dataflow.blocking' belongs on a layer op, not on 'dataflow.concat'}}
  %y = dataflow.concat %x, %x {dataflow.blocking = #dataflow.blocking<dram = [?, ?, ?], gbuf = [?, ?, ?], regf = [?, ?, ?]>} : tensor<1x4xi16>, tensor<1x4xi16> -> tensor<1x8xi16>
  return %y : tensor<1x8xi16>
}
