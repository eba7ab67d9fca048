// dataflow-schedule runs the model families family= names (Transforms/AcceleratorFamilies.h):
// family=maestro and family=dmaze give exactly what the families' own passes give, and
// family=auto (the default) the Eyeriss passes on an Eyeriss-kind accelerator.
// RUN: dataflow-opt %s --dataflow-maestro-map --dataflow-maestro-cost > %t.maestro-passes.mlir
// RUN: dataflow-opt %s --dataflow-schedule="family=maestro lower=false progress=off" > %t.maestro-family.mlir
// RUN: diff %t.maestro-passes.mlir %t.maestro-family.mlir
// RUN: dataflow-opt %s --dataflow-dmaze-map="goal=energy" --dataflow-dmaze-cost > %t.dmaze-passes.mlir
// RUN: dataflow-opt %s --dataflow-schedule="family=dmaze dmaze-goal=energy lower=false progress=off" > %t.dmaze-family.mlir
// RUN: diff %t.dmaze-passes.mlir %t.dmaze-family.mlir
// RUN: FileCheck %s --check-prefix=MAESTRO < %t.maestro-family.mlir
// RUN: FileCheck %s --check-prefix=DMAZE < %t.dmaze-family.mlir
// RUN: dataflow-opt %s --dataflow-schedule="lower=false progress=off" | FileCheck %s --check-prefix=AUTO
// The option's words are case-insensitive and an unknown one names the words it takes.
// RUN: dataflow-opt %s --dataflow-schedule="family=MAESTRO lower=false progress=off" | FileCheck %s --check-prefix=MAESTRO
// RUN: not dataflow-opt %s --dataflow-schedule="family=timeloop" 2>&1 | FileCheck %s --check-prefix=BAD

// MAESTRO: dataflow.cost = #dataflow.cost<
// MAESTRO-SAME: dataflow.directives = #dataflow.directives<
// DMAZE: dataflow.cost = #dataflow.cost<
// DMAZE-SAME: dataflow.loop_tiling = #dataflow.loop_tiling<
// AUTO: dataflow.blocking = #dataflow.blocking<
// AUTO-SAME: dataflow.cost = #dataflow.cost<
// AUTO-SAME: dataflow.mapping = #dataflow.mapping<
// BAD: for the --family option: 'timeloop' is not a value of this option; it takes auto, eyeriss, systolic, maestro or dmaze

dataflow.accelerator @acc {
  nodes = [1, 1], pe_array = [4, 4], regf_bytes = 512, gbuf_bytes = 65536, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
} attributes {dataflow.spm_dma = #dataflow.spm_dma<banks = 32, dma_init_cycles = 291.0, dma_cycles_per_byte = 0.24, dma_mhz = 3200.0, accel_mhz = 500.0>}

func.func @net(%x: tensor<1x8x10x10xi16>) -> tensor<1x8x8x8xi16> attributes {dataflow.accelerator = @acc} {
  %y = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "c1"} : tensor<1x8x10x10xi16> -> tensor<1x8x8x8xi16>
  return %y : tensor<1x8x8x8xi16>
}
