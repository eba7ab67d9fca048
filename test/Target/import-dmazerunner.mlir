// --import-dmazerunner reads dMazeRunner's model JSON with its arch_spec.json: a one-node
// accelerator (16-bit words, its pJ energies, #dataflow.spm_dma for banks and DMA), one
// layer op per model layer in file order (CONV, then GEMM); with the optimizer's report,
// each layer gets the execution method reported for the chosen objective.
// RUN: dataflow-translate --import-dmazerunner %S/Inputs/resnet18.json --dmazerunner-arch=%S/Inputs/arch_spec.json \
// RUN:   | dataflow-opt --verify-roundtrip | FileCheck %s
// RUN: dataflow-translate --import-dmazerunner %S/Inputs/resnet18.json --dmazerunner-arch=%S/Inputs/arch_spec.json \
// RUN:   --dmazerunner-result=%S/Inputs/resnet18_auto_optimize.stdout.txt --dmazerunner-objective=energy \
// RUN:   | dataflow-opt --verify-roundtrip | FileCheck %s --check-prefix=METHOD

// CHECK:      dataflow.accelerator @arch_spec {
// CHECK-NEXT:   nodes = [1, 1], pe_array = [16, 16],
// CHECK-NEXT:   regf_bytes = 512, gbuf_bytes = 65536, word_bits = 16,
// CHECK-NEXT:   memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
// CHECK-NEXT:   energy = #dataflow.energy<mac = 0.075, regf = 0.96, itcn = 2.0, gbuf = 13.5, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
// CHECK-NEXT: } attributes {dataflow.spm_dma = #dataflow.spm_dma<banks = 32, dma_init_cycles = 291.0, dma_cycles_per_byte = 0.24, dma_mhz = 3200.0, accel_mhz = 500.0>}
// CHECK:      func.func @resnet18({{.*}}) -> ({{.*}}) attributes {dataflow.accelerator = @arch_spec}
// The 229x229 input is pre-padded: no padding, 112x112 out with a 7x7 kernel, stride 2.
// CHECK:      dataflow.conv %arg0 kernel [7, 7] stride [2, 2] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "ResNet18_CONV_1_1"} : tensor<1x3x229x229xi16> -> tensor<1x64x112x112xi16>
// CHECK-COUNT-7: dataflow.conv
// CHECK:      dataflow.fc %arg8 {name = "ResNet18_FC"} : tensor<1x25088xi16> -> tensor<1x1000xi16>
// CHECK-NOT:  dataflow.loop_tiling

// The reported min-energy method of CONV_1_1 and of the FC layer, unchanged.
// METHOD: dataflow.loop_tiling = #dataflow.loop_tiling<dram = [1, 1, 1, 8, 7, 1, 1], spm = [1, 1, 1, 1, 1, 1, 7], rf = [1, 4, 3, 14, 1, 7, 1], spatial = [1, 16, 1, 1, 16, 1, 1], dram_order = [N, Fy, Fx, Oy, Ox, M, C], spm_order = [N, Fy, Fx, Oy, Ox, M, C]>, name = "ResNet18_CONV_1_1"
// METHOD-COUNT-7: dataflow.loop_tiling
// METHOD: dataflow.fc %arg8 {dataflow.loop_tiling = #dataflow.loop_tiling<dram = [
