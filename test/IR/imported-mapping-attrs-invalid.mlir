// Every parse error and verifier branch of #dataflow.directives, #dataflow.loop_tiling
// and #dataflow.spm_dma, and where they may be attached.
// RUN: dataflow-opt %s -split-input-file -verify-diagnostics

// expected-error @+1 {{unknown directive 'SpatialMapp'; expected TemporalMap, SpatialMap or Cluster}}
#d = #dataflow.directives<SpatialMapp(1, 1) C>

// -----

// expected-error @+1 {{unknown dimension 'Q'; expected one of N, G, K, C, R, S, Y, X, Y', X', M}}
#d = #dataflow.directives<SpatialMap(1, 1) Q>

// -----

// expected-error @+1 {{cluster type 'Z' must be P (physical) or L (logical)}}
#d = #dataflow.directives<SpatialMap(1, 1) C, Cluster(4, Z), SpatialMap(1, 1) K>

// -----

// expected-error @+1 {{directive #0 (TemporalMap) size must be positive, got 0}}
#d = #dataflow.directives<TemporalMap(0, 1) C>

// -----

// expected-error @+1 {{directive #1 (SpatialMap) offset must be positive, got 0}}
#d = #dataflow.directives<TemporalMap(1, 1) C, SpatialMap(2, 0) K>

// -----

// expected-error @+1 {{a Cluster directive must sit between maps, found one at #1}}
#d = #dataflow.directives<TemporalMap(1, 1) C, Cluster(4, P)>

// -----

// expected-error @+1 {{dimension K is mapped twice in one cluster level (directive #2)}}
#d = #dataflow.directives<TemporalMap(1, 1) K, TemporalMap(1, 1) C, SpatialMap(1, 1) K>

// -----

// expected-error @+1 {{loop_tiling 'dram' has 4 factors; expected 7 (N M C Ox Oy Fx Fy) or 3 (X Y K)}}
#t = #dataflow.loop_tiling<dram = [1, 1, 1, 1], spm = [1, 1, 1, 1], rf = [1, 1, 1, 1], spatial = [1, 1, 1, 1], dram_order = [X, Y, K], spm_order = [X, Y, K]>

// -----

// expected-error @+1 {{unknown loop 'Ox'; expected one of X, Y, K}}
#t = #dataflow.loop_tiling<dram = [1, 1, 1], spm = [1, 1, 1], rf = [1, 1, 1], spatial = [1, 1, 1], dram_order = [Ox, Y, K], spm_order = [X, Y, K]>

// -----

// expected-error @+1 {{loop_tiling 'rf' has 2 factors but 'dram' has 3}}
#t = #dataflow.loop_tiling<dram = [1, 1, 1], spm = [1, 1, 1], rf = [1, 1], spatial = [1, 1, 1], dram_order = [X, Y, K], spm_order = [X, Y, K]>

// -----

// expected-error @+1 {{loop_tiling 'spatial' factor of loop Y is 0; factors must be positive}}
#t = #dataflow.loop_tiling<dram = [1, 1, 1], spm = [1, 1, 1], rf = [1, 1, 1], spatial = [1, 0, 1], dram_order = [X, Y, K], spm_order = [X, Y, K]>

// -----

// expected-error @+1 {{loop_tiling 'spm_order' must list each of X Y K exactly once}}
#t = #dataflow.loop_tiling<dram = [1, 1, 1], spm = [1, 1, 1], rf = [1, 1, 1], spatial = [1, 1, 1], dram_order = [X, Y, K], spm_order = [X, X, K]>

// -----

// expected-error @+1 {{loop_tiling is missing field 'spm_order'}}
#t = #dataflow.loop_tiling<dram = [1, 1, 1], spm = [1, 1, 1], rf = [1, 1, 1], spatial = [1, 1, 1], dram_order = [X, Y, K]>

// -----

// expected-error @+1 {{spm_dma 'banks' must be positive, got 0}}
#s = #dataflow.spm_dma<banks = 0, dma_init_cycles = 291.0, dma_cycles_per_byte = 0.24, dma_mhz = 3200.0, accel_mhz = 500.0>

// -----

// expected-error @+1 {{spm_dma 'dma_mhz' must be a positive frequency, got 0}}
#s = #dataflow.spm_dma<banks = 32, dma_init_cycles = 291.0, dma_cycles_per_byte = 0.24, dma_mhz = 0.0, accel_mhz = 500.0>

// -----

// Maxima (docs/robustness.md): the DMA's set-up cycles, cycles per byte and frequencies.
// expected-error @+1 {{spm_dma 'dma_init_cycles' = 1.000000e+13 exceeds the maximum of 1.000000e+12}}
#s = #dataflow.spm_dma<banks = 32, dma_init_cycles = 1.0e13, dma_cycles_per_byte = 0.24, dma_mhz = 3200.0, accel_mhz = 500.0>

// -----

// expected-error @+1 {{spm_dma 'dma_cycles_per_byte' = 1.000000e+07 exceeds the maximum of 1.000000e+06}}
#s = #dataflow.spm_dma<banks = 32, dma_init_cycles = 291.0, dma_cycles_per_byte = 1.0e7, dma_mhz = 3200.0, accel_mhz = 500.0>

// -----

// expected-error @+1 {{spm_dma 'accel_mhz' = 1.000000e+07 MHz is outside [1.000000e-03, 1.000000e+06]}}
#s = #dataflow.spm_dma<banks = 32, dma_init_cycles = 291.0, dma_cycles_per_byte = 0.24, dma_mhz = 3200.0, accel_mhz = 1.0e7>

// -----

// expected-error @+1 {{spm_dma 'dma_mhz' = 1.000000e-04 MHz is outside [1.000000e-03, 1.000000e+06]}}
#s = #dataflow.spm_dma<banks = 32, dma_init_cycles = 291.0, dma_cycles_per_byte = 0.24, dma_mhz = 1.0e-4, accel_mhz = 500.0>

// -----

// At the maxima: accepted.
#s = #dataflow.spm_dma<banks = 32, dma_init_cycles = 1.0e12, dma_cycles_per_byte = 1.0e6, dma_mhz = 1.0e6, accel_mhz = 1.0e-3>
func.func @f() attributes {keep = #s} {
  return
}

// -----

// expected-error @+1 {{'gbuf_bytes' 65536 is not 24 equal banks ('dataflow.spm_dma')}}
dataflow.accelerator @a {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 65536, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 0.075, regf = 0.96, itcn = 2.0, gbuf = 13.5, dram = 200.0,
                            noc_hop = 0.0, static_per_cycle = 0.0>
} attributes {dataflow.spm_dma = #dataflow.spm_dma<banks = 24, dma_init_cycles = 291.0, dma_cycles_per_byte = 0.24, dma_mhz = 3200.0, accel_mhz = 500.0>}

// -----

// expected-error @+1 {{'dataflow.spm_dma' belongs on a 'dataflow.accelerator', not on 'func.func'}}
func.func @f() attributes {dataflow.spm_dma = #dataflow.spm_dma<banks = 32, dma_init_cycles = 291.0, dma_cycles_per_byte = 0.24, dma_mhz = 3200.0, accel_mhz = 500.0>} {
  return
}

// -----

// expected-error @+1 {{'dataflow.directives' belongs on a layer op, not on 'func.func'}}
func.func @g() attributes {dataflow.directives = #dataflow.directives<SpatialMap(1, 1) C>} {
  return
}

// -----

func.func @h(%x: tensor<1x8xi16>) -> tensor<1x4xi16> {
  // expected-error @+1 {{'dataflow.loop_tiling' must be a #dataflow.loop_tiling attribute, got #dataflow.directives<SpatialMap(1, 1) C>}}
  %0 = dataflow.fc %x {dataflow.loop_tiling = #dataflow.directives<SpatialMap(1, 1) C>} : tensor<1x8xi16> -> tensor<1x4xi16>
  return %0 : tensor<1x4xi16>
}

// -----

// dMazeRunner's scratchpad describes an Eyeriss-kind accelerator's global buffer only.
// expected-error @+1 {{'dataflow.spm_dma' belongs on an Eyeriss-kind accelerator (dMazeRunner's scratchpad), not on systolic @sys}}
dataflow.accelerator @sys {
  word_bits = 16, kind = systolic, dataflow = output_stationary, array_size = 16,
  buffer_bytes = 3145728, partition = [0.3, 0.3, 0.4], bandwidth_gbs = 25.6, clock_ghz = 1.0
} attributes {dataflow.spm_dma = #dataflow.spm_dma<banks = 2, dma_init_cycles = 291.0, dma_cycles_per_byte = 0.24, dma_mhz = 3200.0, accel_mhz = 500.0>}
