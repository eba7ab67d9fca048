// A first-class dataflow.attention is not priced yet (issue #18): a located error on the
// layer, on one node, on a grid and on the systolic array.
// RUN: not dataflow-opt %s --dataflow-attach-accelerator="file=%examples/accelerators/eyeriss.mlir" --dataflow-block-loops 2>&1 | FileCheck %s --check-prefix=NODE
// RUN: not dataflow-opt %s --dataflow-attach-accelerator="file=%examples/accelerators/tetris_t16.mlir" --dataflow-partition-layers="hybrid=true" 2>&1 | FileCheck %s --check-prefix=NODE
// RUN: not dataflow-opt %s --dataflow-attach-accelerator="file=%examples/accelerators/systolic16.mlir" --dataflow-schedule-systolic 2>&1 | FileCheck %s --check-prefix=SYSTOLIC

// NODE: transformer-invalid.mlir:[[@LINE+3]]:8: error: 'dataflow.attention' layer 'att': attention is not priced yet: it is two matmuls and a softmax, and the cost models take one layer per op; write it as matmul, softmax, matmul
// SYSTOLIC: transformer-invalid.mlir:[[@LINE+2]]:8: error: 'dataflow.attention' layer 'att': attention is not in the systolic model yet: it is two GEMMs per head and a softmax; write it as matmul, softmax, matmul
func.func @attention(%q: tensor<8x32xi16>) -> tensor<8x32xi16> {
  %y = dataflow.attention %q, %q, %q heads 4 {name = "att"} : tensor<8x32xi16>, tensor<8x32xi16>, tensor<8x32xi16> -> tensor<8x32xi16>
  return %y : tensor<8x32xi16>
}
