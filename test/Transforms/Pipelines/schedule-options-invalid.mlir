// Bad pass and pipeline options are errors that name the option and the valid values
// (enumerated options: SearchOptions.td, any case, e.g. goal=ED, is accepted).
// RUN: not dataflow-opt %s --dataflow-block-loops="goal=energy" 2>&1 | FileCheck %s --check-prefix=GOAL
// RUN: not dataflow-opt %s --dataflow-map-array="method=annealing" 2>&1 | FileCheck %s --check-prefix=METHOD
// RUN: not dataflow-opt %s --dataflow-schedule="disable-bypass=w" 2>&1 | FileCheck %s --check-prefix=BYPASS
// RUN: not dataflow-opt %s --dataflow-solve-bypass="disable-bypass=i,x" 2>&1 | FileCheck %s --check-prefix=BYPASS2
// RUN: not dataflow-opt %s --dataflow-block-loops="progress=sometimes" 2>&1 | FileCheck %s --check-prefix=PROGRESS
// RUN: not dataflow-opt %s --dataflow-schedule="gaol=e" 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// RUN: not dataflow-opt %s --dataflow-block-loops="method=solver disable-bypass=i,o" 2>&1 | FileCheck %s --check-prefix=SOLVER

// GOAL: for the --goal option: 'energy' is not a value of this option; it takes e, d or ed
// METHOD: for the --method option: 'annealing' is not a value of this option; it takes exhaustive or solver
// BYPASS: error: disable-bypass takes any of i, o, f (ifmaps, ofmaps, filters), got 'w'
// BYPASS2: error: disable-bypass takes any of i, o, f (ifmaps, ofmaps, filters), got 'x'
// PROGRESS: for the --progress option: 'sometimes' is not a value of this option; it takes on, off or auto
// UNKNOWN: no such option gaol
// The TETRIS solver needs two categories that may bypass the buffer.
// SOLVER: error: layer 'fc' fits no schedule on accelerator @eyeriss: the bypass solver needs at least two data categories that may bypass the global buffer (it builds one scheme per category whose two companions bypass); allow bypass or use the exhaustive search

dataflow.accelerator @eyeriss {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
func.func @net(%x: tensor<1x4xi16>) -> tensor<1x2xi16> attributes {dataflow.accelerator = @eyeriss} {
  %y = dataflow.fc %x {name = "fc"} : tensor<1x4xi16> -> tensor<1x2xi16>
  return %y : tensor<1x2xi16>
}
