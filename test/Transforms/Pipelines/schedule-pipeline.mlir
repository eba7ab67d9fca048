// The dataflow-schedule pipeline end to end on AlexNet: every layer gets a mapping, a complete
// blocking with a decided bypass and a cost, the report table is printed, and the schedule IR
// holds one layer schedule per layer (concats excluded).
// RUN: dataflow-opt %examples/networks/alexnet.mlir --dataflow-attach-accelerator="file=%examples/accelerators/eyeriss.mlir" --dataflow-schedule="disable-bypass=i,o,f report=%t.txt report-format=table progress=off" | FileCheck %s
// RUN: FileCheck %s --check-prefix=TABLE < %t.txt
// RUN: dataflow-opt %examples/networks/alexnet.mlir --dataflow-attach-accelerator="file=%examples/accelerators/eyeriss.mlir" --dataflow-schedule="disable-bypass=i,o,f lower=false" | FileCheck %s --check-prefix=NOLOWER
// Progress lines go to stderr, one per search and pass (the two AlexNet towers share their
// searches: 11 distinct layers out of 19).
// RUN: dataflow-opt %examples/networks/alexnet.mlir --dataflow-attach-accelerator="file=%examples/accelerators/eyeriss.mlir" --dataflow-schedule="lower=false progress=on" -o /dev/null 2>&1 | FileCheck %s --check-prefix=PROGRESS

// CHECK-COUNT-19: dataflow.mapping = #dataflow.mapping<row_stationary
// CHECK: dataflow.schedule @alex_net_schedule for @alex_net {
// CHECK-COUNT-19: dataflow.layer_schedule
// CHECK-NOT: dataflow.layer_schedule

// The table's totals are nn_dataflow's for this run (eyeriss_isca16_alexnet_b16: 8.374e10,
// 70,287,104 cycles).
// TABLE: network @alex_net on @eyeriss, 19 layers
// TABLE: conv1_a  conv  5.578e9
// TABLE: total          83.74e9   100.0  11.61e9  46.41e9  1.468e9  803.3e6  23.45e9    0       0  70.29e6

// NOLOWER-NOT: dataflow.schedule
// NOLOWER-COUNT-19: bypass = []>

// PROGRESS: [dataflow-map-array] 1/11 layer searches, {{[0-9.]+}} s ({{[a-z0-9_]+}})
// PROGRESS: [dataflow-map-array] 11/11 layer searches
// PROGRESS: [dataflow-block-loops] 11/11 layer searches
