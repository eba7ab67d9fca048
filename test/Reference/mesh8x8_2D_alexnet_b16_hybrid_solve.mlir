// End to end through dataflow-opt: nn_dataflow's multi-node reference run `mesh8x8_2D_alexnet_b16_hybrid_solve`
// (an 8x8 mesh on 2D memory, hybrid partitioning and the solver). Every layer's energy and time and the network totals must be within 1% of the
// original tool's, and the total energy no higher than the tool's.
// pool1_a/b: the tool's IFM hops are its section 5.6 memoisation artefact (19,225,360
// instead of 16,120,720): ours 8.40138e8, tool 8.71185e8 (-3.6%). Total -0.04%.
// RUN: dataflow-opt %examples/networks/alexnet.mlir --dataflow-attach-accelerator="file=%examples/accelerators/mesh8x8_2d.mlir" --dataflow-schedule="report=%t.json lower=false progress=off method=solver hybrid=true" -o /dev/null
// RUN: %python -m dataflow_opt.compare %t.json %S/data/mesh8x8_2D_alexnet_b16_hybrid_solve.json --tolerance 0.01 --total-no-higher --artefact pool1_a --artefact pool1_b | FileCheck %s
// CHECK: 19 layers and the total within 1.0% (worst relative difference 3.847e-04; 2 listed layers as expected; total energy -3.847e-04)
