// nn_dataflow's naive partitioning splits a conv's ofmap over the whole grid even when the
// ofmap is smaller than the grid (7x7 over 8x8: 15 nodes idle, priced by occupancy). The pass
// writes it and dataflow-cost re-costs it; a hand-written split beyond the layer that does not
// span the whole grid is an error (partition-layers-invalid.mlir).
// RUN: dataflow-opt %s --dataflow-attach-accelerator="file=%examples/accelerators/mesh8x8_2d.mlir" --dataflow-partition-layers --dataflow-cost | FileCheck %s
// RUN: dataflow-opt %s --dataflow-attach-accelerator="file=%examples/accelerators/mesh8x8_2d.mlir" --dataflow-schedule="report=- report-format=table" -o /dev/null | FileCheck %s --check-prefix=TABLE

// CHECK-LABEL: func.func @small
// CHECK: dataflow.conv {{.*}}dataflow.cost = #dataflow.cost<{{.*}}dataflow.partition = #dataflow.partition<order = [{{.*}}], outp = [1, 1], ofmp = [8, 8], batp = [1, 1], inpp = [1, 1]>
// TABLE: c {{.*}}ofmp8x8
func.func @small(%x: tensor<1x64x7x7xi16>) -> tensor<1x64x7x7xi16> {
  %y = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "c"} : tensor<1x64x7x7xi16> -> tensor<1x64x7x7xi16>
  return %y : tensor<1x64x7x7xi16>
}
