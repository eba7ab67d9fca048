// End to end through dataflow-opt: nn_dataflow's reference run `eyeriss_isca16_alexnet_b16`
// (Eyeriss ISCA'16 verification setup, no bypass, exhaustive) on nn_dataflow's AlexNet. Every layer's energy and time and the network totals must
// be within 0.5% of the original tool's (they are in fact identical).
// RUN: dataflow-opt %examples/networks/alexnet.mlir --dataflow-attach-accelerator="file=%examples/accelerators/eyeriss.mlir" --dataflow-schedule="disable-bypass=i,o,f report=%t.json lower=false" -o /dev/null
// RUN: %python -m dataflow_opt.compare %t.json %S/data/eyeriss_isca16_alexnet_b16.json --tolerance 0.005 | FileCheck %s
// CHECK: 19 layers and the total within 0.5%
