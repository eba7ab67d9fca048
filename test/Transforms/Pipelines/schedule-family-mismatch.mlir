// An explicit family= that does not schedule the kind of a network's accelerator is a
// located error on the network naming the kind and the family that schedules it (its
// passes would skip the network and a later pass fail on a missing schedule), with a note
// at the accelerator. Here: a systolic accelerator under every other family.
// RUN: dataflow-opt %s -verify-diagnostics --dataflow-schedule="family=eyeriss lower=false progress=off"
// RUN: dataflow-opt %s -verify-diagnostics --dataflow-schedule="family=maestro lower=false progress=off"
// RUN: dataflow-opt %s -verify-diagnostics --dataflow-schedule="family=dmaze lower=false progress=off"
// The check alone (dataflow-check-family, what dataflow-schedule runs first).
// RUN: dataflow-opt %s -verify-diagnostics --dataflow-check-family="family=eyeriss"
// RUN: dataflow-opt %s --dataflow-check-family="family=auto" | FileCheck %s --check-prefix=AUTO
// AUTO: dataflow.accelerator @sys
// The family named is the one written.
// RUN: not dataflow-opt %s --dataflow-schedule="family=dmaze lower=false progress=off" 2>&1 | FileCheck %s
// CHECK: error: family=dmaze does not schedule network @net: its accelerator @sys is kind systolic, which family=systolic (or auto) schedules
// The family that schedules it does.
// RUN: dataflow-opt %s --dataflow-schedule="family=systolic lower=false progress=off" | FileCheck %s --check-prefix=OK
// OK: dataflow.systolic = #dataflow.systolic<

// expected-note @+1 {{accelerator @sys is defined here}}
dataflow.accelerator @sys {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = [0.3, 0.3, 0.4],
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary
}

// expected-error-re @+1 {{family={{eyeriss|maestro|dmaze}} does not schedule network @net: its accelerator @sys is kind systolic, which family=systolic (or auto) schedules}}
func.func @net(%x: tensor<1x8x10x10xi16>) -> tensor<1x8x8x8xi16> attributes {dataflow.accelerator = @sys} {
  %y = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "c1"} : tensor<1x8x10x10xi16> -> tensor<1x8x8x8xi16>
  return %y : tensor<1x8x8x8xi16>
}
