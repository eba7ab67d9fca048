// dataflow-schedule-systolic prices batch, groups, dilation and batched matmul as independent
// runs of one layer (issue #18; docs/cost-model.md "Every layer kind on the array"): each op
// is scheduled beside its one run, and its #dataflow.systolic holds the run's tiling with
// the run's cycles (total, compute, memory) and DRAM transfer times the number of runs.
// RUN: dataflow-opt %s --dataflow-schedule-systolic --verify-roundtrip | FileCheck %s
// dataflow-cost re-prices the written tilings to the same totals:
// RUN: dataflow-opt %s --dataflow-schedule-systolic --dataflow-cost | FileCheck %s
// The report sums the op's totals:
// RUN: dataflow-opt %s --dataflow-schedule-systolic --dataflow-report="format=json" -o /dev/null | FileCheck %s --check-prefix=REPORT

dataflow.accelerator @sa {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = searched,
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary
}

// CHECK-LABEL: func.func @runs
// The runs (one image; one group: 4 -> 8 channels; one dilation phase: 4x4 outputs, the
// undilated 3x3 kernel; one matmul):
// CHECK: splits = [[IMG_T:.*]], buffer = {{.*}}, cycles = [[#IMG:]].0, compute_cycles = [[#IMG_C:]].0, memory_cycles = [[#IMG_M:]].0, transfer = [[#IMG_X:]].0, {{.*}}name = "image"
// One group by hand (docs/seed-tools.md §3.2, 12.8 words per cycle; one tile, row-major):
// 8x8 outputs x 8 channels x 4 x 3x3 = 18432 MACs / (256 PEs x util 8/16) = 144 cycles;
// ofmap 512 + ifmap 4 x 9 x 9 = 324, + ofmap 512 + weights 288: 1636 words, / 12.8 = 128.
// CHECK: splits = [[GRP_T:.*]], buffer = {{.*}}, cycles = 144.0, compute_cycles = 144.0, memory_cycles = 128.0, transfer = 1636.0, {{.*}}name = "group"
// CHECK: splits = [[PH_T:.*]], buffer = {{.*}}, cycles = [[#PH:]].0, compute_cycles = [[#PH_C:]].0, memory_cycles = [[#PH_M:]].0, transfer = [[#PH_X:]].0, {{.*}}name = "phase"
// CHECK: splits = [[MM_T:.*]], buffer = {{.*}}, cycles = [[#MM:]].0, compute_cycles = [[#MM_C:]].0, memory_cycles = [[#MM_M:]].0, transfer = [[#MM_X:]].0, {{.*}}name = "mm"
// Batch 2 = 2 images:
// CHECK: splits = [[IMG_T]], buffer = {{.*}}, cycles = [[#mul(IMG,2)]].0, compute_cycles = [[#mul(IMG_C,2)]].0, memory_cycles = [[#mul(IMG_M,2)]].0, transfer = [[#mul(IMG_X,2)]].0, {{.*}}name = "batch2"
// Groups 4 (16 -> 32 channels) = 4 groups:
// CHECK: splits = [[GRP_T]], buffer = {{.*}}, cycles = [[#mul(144,4)]].0, compute_cycles = [[#mul(144,4)]].0, memory_cycles = [[#mul(128,4)]].0, transfer = [[#mul(1636,4)]].0, {{.*}}name = "grouped"
// Dilation 2x2 over 8x8 outputs = 4 phases of 4x4:
// CHECK: splits = [[PH_T]], buffer = {{.*}}, cycles = [[#mul(PH,4)]].0, compute_cycles = [[#mul(PH_C,4)]].0, memory_cycles = [[#mul(PH_M,4)]].0, transfer = [[#mul(PH_X,4)]].0, {{.*}}name = "dilated"
// Batched matmul of 3 = 3 matmuls:
// CHECK: splits = [[MM_T]], buffer = {{.*}}, cycles = [[#mul(MM,3)]].0, compute_cycles = [[#mul(MM_C,3)]].0, memory_cycles = [[#mul(MM_M,3)]].0, transfer = [[#mul(MM_X,3)]].0, {{.*}}name = "bmm"
// Batch 2, groups 2 and dilation 2x2 together: 2 x 2 x 4 = 16 runs of the one group's phase
// (4 -> 8 channels, 4x4 outputs, the layer "all"):
// CHECK: cycles = [[#ALL:]].0, {{.*}}name = "all"
// CHECK: cycles = [[#mul(ALL,16)]].0, {{.*}}name = "all16"
func.func @runs(%x1: tensor<1x8x8x8xi16>, %x2: tensor<2x8x8x8xi16>, %g1: tensor<1x4x8x8xi16>,
                %g4: tensor<1x16x8x8xi16>, %p: tensor<1x8x6x6xi16>, %a1: tensor<4x8xi16>,
                %b1: tensor<8x4xi16>, %a3: tensor<3x4x8xi16>, %b3: tensor<3x8x4xi16>,
                %u: tensor<1x4x6x6xi16>, %v: tensor<2x8x8x8xi16>) attributes {dataflow.accelerator = @sa} {
  %0 = dataflow.conv %x1 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "image"} : tensor<1x8x8x8xi16> -> tensor<1x16x8x8xi16>
  %1 = dataflow.conv %g1 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "group"} : tensor<1x4x8x8xi16> -> tensor<1x8x8x8xi16>
  %2 = dataflow.conv %p kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "phase"} : tensor<1x8x6x6xi16> -> tensor<1x16x4x4xi16>
  %3 = dataflow.matmul %a1, %b1 {name = "mm"} : tensor<4x8xi16>, tensor<8x4xi16> -> tensor<4x4xi16>
  %4 = dataflow.conv %x2 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "batch2"} : tensor<2x8x8x8xi16> -> tensor<2x16x8x8xi16>
  %5 = dataflow.conv %g4 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 4 {name = "grouped"} : tensor<1x16x8x8xi16> -> tensor<1x32x8x8xi16>
  %6 = dataflow.conv %x1 kernel [3, 3] stride [1, 1] pad [2, 2, 2, 2] dilation [2, 2] groups 1 {name = "dilated"} : tensor<1x8x8x8xi16> -> tensor<1x16x8x8xi16>
  %7 = dataflow.matmul %a3, %b3 {name = "bmm"} : tensor<3x4x8xi16>, tensor<3x8x4xi16> -> tensor<3x4x4xi16>
  %8 = dataflow.conv %u kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "all"} : tensor<1x4x6x6xi16> -> tensor<1x8x4x4xi16>
  %9 = dataflow.conv %v kernel [3, 3] stride [1, 1] pad [2, 2, 2, 2] dilation [2, 2] groups 2 {name = "all16"} : tensor<2x8x8x8xi16> -> tensor<2x16x8x8xi16>
  return
}

// Two networks, one grouped layer each: the report's totals are 4 x the one group's.
// REPORT: "name": "one_group"
// REPORT: "systolic_totals": {
// REPORT-NEXT: "cycles": [[#RG:]].0,
// REPORT-NEXT: "transfer": [[#RX:]].0
// REPORT: "name": "four_groups"
// REPORT: "systolic_totals": {
// REPORT-NEXT: "cycles": [[#mul(RG,4)]].0,
// REPORT-NEXT: "transfer": [[#mul(RX,4)]].0
func.func @one_group(%g1: tensor<1x4x8x8xi16>) attributes {dataflow.accelerator = @sa} {
  %0 = dataflow.conv %g1 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "group"} : tensor<1x4x8x8xi16> -> tensor<1x8x8x8xi16>
  return
}
func.func @four_groups(%g4: tensor<1x16x8x8xi16>) attributes {dataflow.accelerator = @sa} {
  %0 = dataflow.conv %g4 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 4 {name = "grouped"} : tensor<1x16x8x8xi16> -> tensor<1x32x8x8xi16>
  return
}
