// End to end through dataflow-opt: nn_dataflow's reference run `eyeriss_isscc16_alexnet_b4`
// (the Eyeriss ISSCC'16 chip, batch 4, no bypass, energies in joules) on nn_dataflow's AlexNet. Every layer's energy and time and the network totals must
// be within 0.5% of the original tool's (they are in fact identical).
// RUN: dataflow-opt %examples/networks/alexnet_b4.mlir --dataflow-attach-accelerator="file=%examples/accelerators/eyeriss_isscc16.mlir" --dataflow-schedule="disable-bypass=i,o,f report=%t.json lower=false" -o /dev/null
// RUN: %python -m dataflow_opt.compare %t.json %S/data/eyeriss_isscc16_alexnet_b4.json --tolerance 0.005 | FileCheck %s
// CHECK: 19 layers and the total within 0.5%
