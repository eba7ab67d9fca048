// dataflow-schedule-systolic: every conv (2-D, 3-D), fc and matmul bound to a systolic
// accelerator gets a verified #dataflow.systolic; pool is not priced on the array.
// RUN: dataflow-opt %s --dataflow-schedule-systolic --verify-roundtrip | FileCheck %s --check-prefix=STATIC
// RUN: dataflow-opt %s --dataflow-schedule-systolic="fill-drain=false" | FileCheck %s --check-prefix=STATIC
// RUN: dataflow-opt %s --dataflow-schedule-systolic="fill-drain=true" | FileCheck %s --check-prefix=FILL
// RUN: dataflow-opt %s --dataflow-schedule-systolic="deconv=split" | FileCheck %s --check-prefix=SPLIT
// RUN: dataflow-opt %s --dataflow-schedule-systolic="deconv=combine" | FileCheck %s --check-prefix=COMBINE
// RUN: dataflow-opt %s --dataflow-schedule-systolic="method=exhaustive" | FileCheck %s --check-prefix=EXH
// RUN: dataflow-opt %s --dataflow-schedule-systolic="method=constrained" | FileCheck %s --check-prefix=CONS
// RUN: dataflow-opt %s --dataflow-schedule-systolic="method=combined" | FileCheck %s --check-prefix=COMB

dataflow.accelerator @sa {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = [0.3, 0.3, 0.4],
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary
}

// The accelerator fixes its partition, so the default method is static. Figures by hand
// (docs/seed-tools.md §3.2; 25.6 GB/s / 1 GHz / 2 bytes = 12.8 words per cycle):
//  fc 64 -> 32: compute 64*32 MACs / (256 PEs * util 32/(32*16)) = 128; traffic (row-major,
//    one tile) (ofmap 32 + ifmap 64) + (ofmap 32 + weights 2048) = 2176, / 12.8 = 170.
//  conv2d 16 -> 32, 8x8, 3x3: 294912 MACs / 256 = 1152; ifmap 16*(8+1)^2 = 1296,
//    ofmap 2048, weights 4608: (2048+1296) + (2048+4608) = 10000, / 12.8 = 781.25 -> 781.
//  conv3d 8 -> 16, 4x8x8, 3x3x3: 884736 / 256 = 3456; ifmap 8*9*9*5 = 3240, ofmap 4096,
//    weights 3456: 7336 + 7552 = 14888 -> 1163.
//  mm 32x64 * 64x16: 32768 / 256 = 128; ifmap 2048, ofmap 512, weights 1024: 4096 -> 320.
// STATIC-LABEL: func.func @small
// STATIC: dataflow.fc {{.*}}dataflow.systolic = #dataflow.systolic<method = static, order = row_major, channel_splits = 1, spatial_splits = [1, 1], buffer = [471859.19999999995, 471859.19999999995, 629145.6000000001], fill_drain = false, cycles = 170.0, compute_cycles = 128.0, memory_cycles = 170.0, transfer = 2176.0, utilization = 0.0625>
// STATIC: dataflow.conv {{.*}}cycles = 1152.0, compute_cycles = 1152.0, memory_cycles = 781.0, transfer = 10000.0, utilization = 1.0>, name = "conv2d"
// STATIC: dataflow.pool
// STATIC-NOT: dataflow.systolic
// STATIC-SAME: name = "pool"
// STATIC: dataflow.conv {{.*}}spatial_splits = [1, 1, 1], {{.*}}cycles = 3456.0, compute_cycles = 3456.0, memory_cycles = 1163.0, transfer = 14888.0, utilization = 1.0>, name = "conv3d"
// STATIC: dataflow.matmul {{.*}}cycles = 320.0, compute_cycles = 128.0, memory_cycles = 320.0, transfer = 4096.0, utilization = 1.0>, name = "mm"

// With the pipeline fill and drain (a refinement; off by default, as the original tool),
// compute grows, traffic does not.
// FILL: fill_drain = true, cycles = 188.0, compute_cycles = 188.0, memory_cycles = 170.0, transfer = 2176.0, {{.*}}name = "fc"
// FILL: fill_drain = true, cycles = 1392.0, compute_cycles = 1392.0, {{.*}}name = "conv2d"

// The searches: exhaustive sweeps the partition; constrained and combined (from the
// static tiling) cut the traffic further at equal or fewer cycles.
// EXH: method = exhaustive, {{.*}}cycles = 170.0, {{.*}}transfer = 2176.0, {{.*}}name = "fc"
// EXH: method = exhaustive, {{.*}}cycles = 320.0, {{.*}}transfer = 4096.0, {{.*}}name = "mm"
// CONS: method = constrained, order = channel_major, channel_splits = 2, {{.*}}cycles = 169.0, {{.*}}transfer = 2160.0, {{.*}}name = "fc"
// CONS: method = constrained, {{.*}}spatial_splits = [2, 2], {{.*}}transfer = 8768.0, {{.*}}name = "conv2d"
// CONS: method = constrained, {{.*}}spatial_splits = [3, 1], {{.*}}cycles = 293.0, {{.*}}transfer = 3755.0, {{.*}}name = "mm"
// COMB: method = combined, {{.*}}transfer = 2160.0, {{.*}}name = "fc"
// COMB: method = combined, {{.*}}cycles = 293.0, {{.*}}name = "mm"
func.func @small(%x: tensor<1x64xi16>, %a: tensor<1x16x8x8xi16>, %v: tensor<1x8x4x8x8xi16>, %p: tensor<32x64xi16>, %q: tensor<64x16xi16>) attributes {dataflow.accelerator = @sa} {
  %0 = dataflow.fc %x {name = "fc"} : tensor<1x64xi16> -> tensor<1x32xi16>
  %1 = dataflow.conv %a kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "conv2d"} : tensor<1x16x8x8xi16> -> tensor<1x32x8x8xi16>
  %2 = dataflow.pool max %1 window [2, 2] stride [2, 2] pad [0, 0, 0, 0] {name = "pool"} : tensor<1x32x8x8xi16> -> tensor<1x32x4x4xi16>
  %3 = dataflow.conv %v kernel [3, 3, 3] stride [1, 1, 1] pad [1, 1, 1, 1, 1, 1] dilation [1, 1, 1] groups 1 {name = "conv3d"} : tensor<1x8x4x8x8xi16> -> tensor<1x16x4x8x8xi16>
  %4 = dataflow.matmul %p, %q {name = "mm"} : tensor<32x64xi16>, tensor<64x16xi16> -> tensor<32x16xi16>
  return
}

// Weight stationary: rows hold the reduction (64 = Ci), columns the 32 output channels, so
// the fc fills the array (util 64*32 / (64*32) = 1): 2048 MACs / 256 = 8 compute cycles,
// where output stationary (1 output pixel) used 1/16 of it. Traffic is the same.
dataflow.accelerator @ws {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = [0.3, 0.3, 0.4],
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = weight_stationary
}
// STATIC-LABEL: func.func @ws_net
// STATIC: cycles = 170.0, compute_cycles = 8.0, memory_cycles = 170.0, transfer = 2176.0, utilization = 1.0>, name = "fc_ws"
func.func @ws_net(%x: tensor<1x64xi16>) -> tensor<1x32xi16> attributes {dataflow.accelerator = @ws} {
  %0 = dataflow.fc %x {name = "fc_ws"} : tensor<1x64xi16> -> tensor<1x32xi16>
  return %0 : tensor<1x32xi16>
}

// A deconvolution on the systolic array is priced as deconv= says. upsample (the default,
// the original tool without --split): the op stays, priced as one stride-1 convolution
// over the zero-upsampled input with the whole 4x4 kernel: 8x8 outputs x 4 channels x
// 8 input channels x 16 taps = 32768 MACs / (256 PEs * util 4/16) = 512 cycles; ifmap
// 8*(8+2)^2 = 800, ofmap 256, weights 512: (256+800) + (256+512) = 1824 words.
// split: four phase convolutions (dataflow-decompose-deconv), each with its own schedule.
// combine: one convolution over the four phases' 16 output channels.
// An Eyeriss network's deconvolution is left to the Eyeriss passes (negative_ below).
// STATIC-LABEL: func.func @deconv
// STATIC: dataflow.deconv {{.*}}dataflow.systolic = #dataflow.systolic<method = static, {{.*}}cycles = 512.0, compute_cycles = 512.0, memory_cycles = 143.0, transfer = 1824.0, utilization = 0.25>, name = "up"
// STATIC-NOT: dataflow.conv
// STATIC: return
// SPLIT-LABEL: func.func @deconv
// SPLIT-NOT: dataflow.deconv
// SPLIT-COUNT-4: dataflow.conv {{.*}}dataflow.systolic = #dataflow.systolic<method = static
// SPLIT: return
// COMBINE-LABEL: func.func @deconv
// COMBINE-NOT: dataflow.deconv
// COMBINE: dataflow.conv {{.*}}dataflow.systolic = #dataflow.systolic<method = static{{.*}}name = "up.phases"{{.*}} -> tensor<1x16x
// COMBINE-NOT: dataflow.conv
// COMBINE: return
func.func @deconv(%x: tensor<1x8x4x4xi16>) -> tensor<1x4x8x8xi16> attributes {dataflow.accelerator = @sa} {
  %y = dataflow.deconv %x kernel [4, 4] stride [2, 2] pad [1, 1, 1, 1] output_padding [0, 0] dilation [1, 1] groups 1 {name = "up"} : tensor<1x8x4x4xi16> -> tensor<1x4x8x8xi16>
  return %y : tensor<1x4x8x8xi16>
}

dataflow.accelerator @eyeriss {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
// STATIC-LABEL: func.func @negative_eyeriss_deconv
// STATIC-NEXT: dataflow.deconv
// STATIC-NOT: dataflow.systolic
// STATIC: return
func.func @negative_eyeriss_deconv(%x: tensor<1x8x4x4xi16>) -> tensor<1x4x8x8xi16> attributes {dataflow.accelerator = @eyeriss} {
  %y = dataflow.deconv %x kernel [4, 4] stride [2, 2] pad [1, 1, 1, 1] output_padding [0, 0] dilation [1, 1] groups 1 {name = "up_eyeriss"} : tensor<1x8x4x4xi16> -> tensor<1x4x8x8xi16>
  return %y : tensor<1x4x8x8xi16>
}
