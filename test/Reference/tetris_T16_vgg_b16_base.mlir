// End to end through dataflow-opt: nn_dataflow's multi-node reference run `tetris_T16_vgg_b16_base`
// (TETRIS T-16 on VGG-16). Every layer's energy and time and the network totals must be within 1% of the
// original tool's, and the total energy no higher than the tool's. They are identical.
// RUN: dataflow-opt %examples/networks/vgg16.mlir --dataflow-attach-accelerator="file=%examples/accelerators/tetris_t16.mlir" --dataflow-schedule="report=%t.json lower=false progress=off" -o /dev/null
// RUN: %python -m dataflow_opt.compare %t.json %S/data/tetris_T16_vgg_b16_base.json --tolerance 0.01 --total-no-higher | FileCheck %s
// CHECK: 21 layers and the total within 1.0%
