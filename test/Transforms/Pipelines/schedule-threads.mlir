// The schedule does not depend on the number of search threads: the whole scheduled IR (and
// the report, minus its timing) is byte-identical for 1 and 4 threads, on the same-shape
// towers of AlexNet and on GoogLeNet's 57 convolutions.
// RUN: dataflow-opt %examples/networks/alexnet.mlir --dataflow-attach-accelerator="file=%examples/accelerators/eyeriss.mlir" --dataflow-schedule="threads=1" -o %t.alex1.mlir
// RUN: dataflow-opt %examples/networks/alexnet.mlir --dataflow-attach-accelerator="file=%examples/accelerators/eyeriss.mlir" --dataflow-schedule="threads=4" -o %t.alex4.mlir
// RUN: diff %t.alex1.mlir %t.alex4.mlir
// RUN: dataflow-opt %examples/networks/googlenet.mlir --dataflow-attach-accelerator="file=%examples/accelerators/eyeriss.mlir" --dataflow-schedule="threads=1 lower=false report=%t.g1.json" -o %t.g1.mlir
// RUN: dataflow-opt %examples/networks/googlenet.mlir --dataflow-attach-accelerator="file=%examples/accelerators/eyeriss.mlir" --dataflow-schedule="threads=4 lower=false report=%t.g4.json" -o %t.g4.mlir
// RUN: diff %t.g1.mlir %t.g4.mlir
// RUN: grep -v search_seconds %t.g1.json > %t.g1.strip
// RUN: grep -v search_seconds %t.g4.json > %t.g4.strip
// RUN: diff %t.g1.strip %t.g4.strip
// RUN: grep -c "dataflow.cost = " %t.g4.mlir | FileCheck %s
// CHECK: 63
