// End to end through dataflow-opt: nn_dataflow's run `eyeriss_isca16_vgg_b16` on nn_dataflow's VGG-16
// (one Eyeriss node, no bypass, the ISCA'16 verification setup). This run is not in the shared
// reference: the original tool was run for it on this project's machine (docs/performance.md,
// "nn_dataflow runs made here"; data from scripts/extract-reference.py --local). Every layer's
// energy and time and the network totals must be within 0.5% of the tool's (they are in fact
// identical).
// RUN: dataflow-opt %examples/networks/vgg16.mlir --dataflow-attach-accelerator="file=%examples/accelerators/eyeriss.mlir" --dataflow-schedule="disable-bypass=i,o,f report=%t.json lower=false" -o /dev/null
// RUN: %python -m dataflow_opt.compare %t.json %S/data/eyeriss_isca16_vgg_b16.json --tolerance 0.005 | FileCheck %s
// CHECK: 21 layers and the total within 0.5%
