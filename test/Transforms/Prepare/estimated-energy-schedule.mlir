// An accelerator asking for Eyeriss-relative estimates at 65 nm schedules AlexNet exactly
// like the bundled explicit Eyeriss (nn_dataflow's ISCA'16 verification case, total
// 8.374e10), because the estimator reproduces its energies; the bridge fills the cost
// model's unit costs from the estimator.
// RUN: dataflow-opt %examples/networks/alexnet.mlir --dataflow-attach-accelerator="file=%s" --dataflow-schedule="disable-bypass=i,o,f lower=false report=- report-format=table" -o /dev/null | FileCheck %s
// RUN: dataflow-opt %examples/networks/alexnet.mlir --dataflow-attach-accelerator="file=%examples/accelerators/eyeriss.mlir" --dataflow-schedule="disable-bypass=i,o,f lower=false report=- report-format=table" -o /dev/null | FileCheck %s

// CHECK: total          83.74e9   100.0  11.61e9  46.41e9  1.468e9  803.3e6  23.45e9    0       0  70.29e6
dataflow.accelerator @eyeriss {
  nodes = [1, 1], pe_array = [16, 16],
  regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = estimated_relative, technology = 65
}
