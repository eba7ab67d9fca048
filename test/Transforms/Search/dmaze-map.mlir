// dataflow-dmaze-map searches dMazeRunner's space with its --auto-optimize pruning for
// layers without a tiling and writes the best method for the goal; a given tiling is
// kept. On ResNet-18's CONV_5_1b and FC it finds the optima dMazeRunner reported
// (min energy 9.9652E+08 and 5.5153E+09 pJ, min cycles 2.3652E+06 and 2.5088E+07; the
// regexes are every value that prints so to 5 digits).
// RUN: dataflow-opt %s --dataflow-dmaze-map="goal=energy" --dataflow-dmaze-cost | FileCheck %s --check-prefix=ENERGY
// RUN: dataflow-opt %s --dataflow-dmaze-map="goal=cycles" --dataflow-dmaze-cost | FileCheck %s --check-prefix=CYCLES

dataflow.accelerator @arch_spec {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 65536, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 0.075, regf = 0.96, itcn = 2.0, gbuf = 13.5, dram = 200.0,
                            noc_hop = 0.0, static_per_cycle = 0.0>
} attributes {dataflow.spm_dma = #dataflow.spm_dma<banks = 32, dma_init_cycles = 291.0, dma_cycles_per_byte = 0.24, dma_mhz = 3200.0, accel_mhz = 500.0>}


// ENERGY: dataflow.conv
// ENERGY-SAME: dataflow.cost = #dataflow.cost<energy = {{(996515|996516|996517|996518|996519|996520|996521|996522|996523|996524)[0-9][0-9][0-9]}}.0,
// ENERGY-SAME: dataflow.loop_tiling = #dataflow.loop_tiling<
// ENERGY: dataflow.fc
// ENERGY-SAME: dataflow.cost = #dataflow.cost<energy = {{(551525|551526|551527|551528|551529|551530|551531|551532|551533|551534)[0-9][0-9][0-9][0-9]}}.0,
// ENERGY: dataflow.fc
// ENERGY-SAME: dataflow.loop_tiling = #dataflow.loop_tiling<dram = [1, 1, 3584], spm = [1, 1, 1], rf = [1, 10, 7], spatial = [1, 100, 1], dram_order = [Y, X, K], spm_order = [Y, X, K]>, name = "negative_given"

// CYCLES: dataflow.conv
// CYCLES-SAME: cycles = {{(236515|236516|236517|236518|236519|236520|236521|236522|236523|236524)[0-9]}},
// CYCLES: dataflow.fc
// CYCLES-SAME: cycles = {{(250875|250876|250877|250878|250879|250880|250881|250882|250883|250884)[0-9][0-9]}},
func.func @resnet18(%x: tensor<1x512x9x9xi16>, %y: tensor<1x25088xi16>) -> (tensor<1x512x7x7xi16>, tensor<1x1000xi16>, tensor<1x1000xi16>)
    attributes {dataflow.accelerator = @arch_spec} {
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "ResNet18_CONV_5_1b"}
    : tensor<1x512x9x9xi16> -> tensor<1x512x7x7xi16>
  %1 = dataflow.fc %y {name = "ResNet18_FC"} : tensor<1x25088xi16> -> tensor<1x1000xi16>
  %2 = dataflow.fc %y {name = "negative_given", dataflow.loop_tiling = #dataflow.loop_tiling<dram = [1, 1, 3584],
    spm = [1, 1, 1], rf = [1, 10, 7], spatial = [1, 100, 1], dram_order = [Y, X, K], spm_order = [Y, X, K]>}
    : tensor<1x25088xi16> -> tensor<1x1000xi16>
  return %0, %1, %2 : tensor<1x512x7x7xi16>, tensor<1x1000xi16>, tensor<1x1000xi16>
}

// A depthwise convolution is dMazeRunner's DW_CONV (M = 1 per channel group).
// ENERGY-LABEL: func.func @depthwise
// ENERGY: dataflow.conv
// ENERGY-SAME: dataflow.cost = #dataflow.cost<energy =
// ENERGY-SAME: dataflow.loop_tiling = #dataflow.loop_tiling<dram = [
func.func @depthwise(%x: tensor<1x32x16x16xi16>) -> tensor<1x32x14x14xi16> attributes {dataflow.accelerator = @arch_spec} {
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 32 {name = "dw"}
    : tensor<1x32x16x16xi16> -> tensor<1x32x14x14xi16>
  return %0 : tensor<1x32x14x14xi16>
}
