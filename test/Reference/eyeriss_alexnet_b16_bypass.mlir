// End to end through dataflow-opt: nn_dataflow's reference run `eyeriss_alexnet_b16_bypass`
// (Eyeriss ISCA'16 setup with all bypasses allowed, nn_dataflow's CLI default) on nn_dataflow's AlexNet. Every layer's energy and time and the network totals must
// be within 0.5% of the original tool's (they are in fact identical).
// RUN: dataflow-opt %examples/networks/alexnet.mlir --dataflow-attach-accelerator="file=%examples/accelerators/eyeriss.mlir" --dataflow-schedule=" report=%t.json lower=false" -o /dev/null
// RUN: %python -m dataflow_opt.compare %t.json %S/data/eyeriss_alexnet_b16_bypass.json --tolerance 0.005 | FileCheck %s
// CHECK: 19 layers and the total within 0.5%
