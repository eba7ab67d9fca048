// Errors of dataflow-attach-accelerator.
// RUN: not dataflow-opt %s --dataflow-attach-accelerator="file=%S/../Inputs/does-not-exist.mlir" 2>&1 | FileCheck %s --check-prefix=MISSING
// RUN: not dataflow-opt %s --dataflow-attach-accelerator="file=%S/../Inputs/two-accelerators.mlir" 2>&1 | FileCheck %s --check-prefix=AMBIGUOUS
// RUN: not dataflow-opt %s --dataflow-attach-accelerator="file=%S/../Inputs/two-accelerators.mlir name=huge" 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// RUN: not dataflow-opt %s --dataflow-attach-accelerator="file=%S/../Inputs/broken.mlir" 2>&1 | FileCheck %s --check-prefix=BROKEN
// RUN: not dataflow-opt %s --dataflow-attach-accelerator 2>&1 | FileCheck %s --check-prefix=NONE
// RUN: not dataflow-opt %s --dataflow-attach-accelerator="file=%S/../Inputs/two-accelerators.mlir name=small" 2>&1 | FileCheck %s --check-prefix=CLASH
// RUN: not dataflow-opt %s --dataflow-attach-accelerator="nmae=small" 2>&1 | FileCheck %s --check-prefix=OPTION

// MISSING: error: cannot read accelerator file '{{.*}}does-not-exist.mlir': No such file or directory
// AMBIGUOUS: error: '{{.*}}two-accelerators.mlir' holds 2 accelerators; choose one with name=...
// UNKNOWN: error: no dataflow.accelerator @huge in '{{.*}}two-accelerators.mlir'
// The parser's own message points into the accelerator file.
// BROKEN: broken.mlir:1:30: error: custom op 'dataflow.accelerator' accelerator is missing field 'pe_array'
// NONE: error: no dataflow.accelerator in the module
// CLASH: attach-accelerator-invalid.mlir:[[@LINE+3]]:1: error: symbol @small already exists and differs from the accelerator in '{{.*}}two-accelerators.mlir'
// OPTION: no such option nmae

func.func @small() {
  return
}

func.func @net(%x: tensor<1x4xi16>) -> tensor<1x2xi16> {
  %y = dataflow.fc %x : tensor<1x4xi16> -> tensor<1x2xi16>
  return %y : tensor<1x2xi16>
}
