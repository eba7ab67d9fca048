// End to end through dataflow-opt: nn_dataflow's multi-node reference run `mesh4x4_2D_lstm_phoneme_b16_base`
// (a 4x4 mesh on 2D memory, an LSTM cell: concat and element-wise layers, external states). Every layer's energy and time and the network totals must be within 1% of the
// original tool's, and the total energy no higher than the tool's. They are identical.
// RUN: dataflow-opt %examples/networks/lstm_phoneme.mlir --dataflow-attach-accelerator="file=%examples/accelerators/mesh4x4_2d.mlir" --dataflow-schedule="report=%t.json lower=false progress=off" -o /dev/null
// RUN: %python -m dataflow_opt.compare %t.json %S/data/mesh4x4_2D_lstm_phoneme_b16_base.json --tolerance 0.01 --total-no-higher | FileCheck %s
// CHECK: 10 layers and the total within 1.0%
