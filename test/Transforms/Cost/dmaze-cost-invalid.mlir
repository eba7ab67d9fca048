// dataflow-dmaze-cost / -map errors: tilings that do not factor the layer or overflow the
// hardware, layers dMazeRunner cannot price, an accelerator without dMazeRunner's SPM/DMA
// figures, bad options. Each is located on the layer.
// RUN: dataflow-opt %s -split-input-file --dataflow-dmaze-cost -verify-diagnostics
// RUN: not dataflow-opt %s -split-input-file --dataflow-dmaze-map="goal=fast" 2>&1 | FileCheck %s --check-prefix=GOAL
// GOAL: for the --goal option: 'fast' is not a value of this option; it takes edp, energy or cycles

dataflow.accelerator @arch_spec {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 65536, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 0.075, regf = 0.96, itcn = 2.0, gbuf = 13.5, dram = 200.0,
                            noc_hop = 0.0, static_per_cycle = 0.0>
} attributes {dataflow.spm_dma = #dataflow.spm_dma<banks = 32, dma_init_cycles = 291.0, dma_cycles_per_byte = 0.24, dma_mhz = 3200.0, accel_mhz = 500.0>}


func.func @product(%x: tensor<1x64x58x58xi16>) -> tensor<1x64x56x56xi16> attributes {dataflow.accelerator = @arch_spec} {
  // expected-error @+1 {{layer 'c' has a loop_tiling dMazeRunner rejects: tiling: factors of loop C multiply to 128, trip count is 64}}
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "c",
    dataflow.loop_tiling = #dataflow.loop_tiling<dram = [1, 1, 16, 8, 1, 1, 1], spm = [1, 1, 4, 1, 1, 1, 1],
      rf = [1, 1, 2, 7, 14, 3, 3], spatial = [1, 64, 1, 1, 4, 1, 1], dram_order = [N, Fy, Fx, Oy, Ox, M, C],
      spm_order = [N, Fy, Fx, Oy, Ox, M, C]>} : tensor<1x64x58x58xi16> -> tensor<1x64x56x56xi16>
  return %0 : tensor<1x64x56x56xi16>
}

// -----

dataflow.accelerator @arch_spec {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 65536, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 0.075, regf = 0.96, itcn = 2.0, gbuf = 13.5, dram = 200.0,
                            noc_hop = 0.0, static_per_cycle = 0.0>
} attributes {dataflow.spm_dma = #dataflow.spm_dma<banks = 32, dma_init_cycles = 291.0, dma_cycles_per_byte = 0.24, dma_mhz = 3200.0, accel_mhz = 500.0>}


func.func @regf(%x: tensor<1x64x58x58xi16>) -> tensor<1x64x56x56xi16> attributes {dataflow.accelerator = @arch_spec} {
  // expected-error @+1 {{layer 'c' has a loop_tiling dMazeRunner rejects: tiling: RF footprint}}
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "c",
    dataflow.loop_tiling = #dataflow.loop_tiling<dram = [1, 1, 16, 4, 1, 1, 1], spm = [1, 1, 4, 1, 1, 1, 1],
      rf = [1, 1, 1, 14, 14, 3, 3], spatial = [1, 64, 1, 1, 4, 1, 1], dram_order = [N, Fy, Fx, Oy, Ox, M, C],
      spm_order = [N, Fy, Fx, Oy, Ox, M, C]>} : tensor<1x64x58x58xi16> -> tensor<1x64x56x56xi16>
  return %0 : tensor<1x64x56x56xi16>
}

// -----

dataflow.accelerator @arch_spec {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 65536, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 0.075, regf = 0.96, itcn = 2.0, gbuf = 13.5, dram = 200.0,
                            noc_hop = 0.0, static_per_cycle = 0.0>
} attributes {dataflow.spm_dma = #dataflow.spm_dma<banks = 32, dma_init_cycles = 291.0, dma_cycles_per_byte = 0.24, dma_mhz = 3200.0, accel_mhz = 500.0>}


func.func @loops(%x: tensor<1x64x58x58xi16>) -> tensor<1x64x56x56xi16> attributes {dataflow.accelerator = @arch_spec} {
  // expected-error @+1 {{layer 'c' has a loop_tiling of 3 loops, but its dMazeRunner loop nest has 7}}
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "c",
    dataflow.loop_tiling = #dataflow.loop_tiling<dram = [1, 1, 1], spm = [1, 1, 1], rf = [1, 1, 1], spatial = [1, 1, 1],
      dram_order = [X, Y, K], spm_order = [X, Y, K]>} : tensor<1x64x58x58xi16> -> tensor<1x64x56x56xi16>
  return %0 : tensor<1x64x56x56xi16>
}

// -----

dataflow.accelerator @arch_spec {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 65536, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 0.075, regf = 0.96, itcn = 2.0, gbuf = 13.5, dram = 200.0,
                            noc_hop = 0.0, static_per_cycle = 0.0>
} attributes {dataflow.spm_dma = #dataflow.spm_dma<banks = 32, dma_init_cycles = 291.0, dma_cycles_per_byte = 0.24, dma_mhz = 3200.0, accel_mhz = 500.0>}


func.func @rectangular(%x: tensor<1x8x10x12xi16>) -> tensor<1x8x8x10xi16> attributes {dataflow.accelerator = @arch_spec} {
  // expected-error @+1 {{'dataflow.conv' layer 'r': dMazeRunner models square inputs, kernels and strides only}}
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "r",
    dataflow.loop_tiling = #dataflow.loop_tiling<dram = [1, 1, 1, 1, 1, 1, 1], spm = [1, 1, 1, 1, 1, 1, 1],
      rf = [1, 1, 1, 1, 1, 1, 1], spatial = [1, 1, 1, 1, 1, 1, 1], dram_order = [N, M, C, Ox, Oy, Fx, Fy],
      spm_order = [N, M, C, Ox, Oy, Fx, Fy]>} : tensor<1x8x10x12xi16> -> tensor<1x8x8x10xi16>
  return %0 : tensor<1x8x8x10xi16>
}

// -----

dataflow.accelerator @plain {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 65536, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 0.075, regf = 0.96, itcn = 2.0, gbuf = 13.5, dram = 200.0,
                            noc_hop = 0.0, static_per_cycle = 0.0>
}

func.func @no_spm_dma(%y: tensor<1x64xi16>) -> tensor<1x10xi16> attributes {dataflow.accelerator = @plain} {
  // expected-error @+1 {{accelerator @plain has no 'dataflow.spm_dma' (dMazeRunner's SPM banks and DMA timing); import it with dataflow-translate --import-dmazerunner or add one}}
  %0 = dataflow.fc %y {name = "fc", dataflow.loop_tiling = #dataflow.loop_tiling<dram = [1, 1, 1], spm = [1, 1, 1],
    rf = [1, 1, 64], spatial = [1, 10, 1], dram_order = [X, Y, K], spm_order = [X, Y, K]>} : tensor<1x64xi16> -> tensor<1x10xi16>
  return %0 : tensor<1x10xi16>
}
