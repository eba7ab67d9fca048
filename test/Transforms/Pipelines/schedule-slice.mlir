// A channel split (dataflow.slice, ShuffleNetV2's branches) costs nothing on one node: every
// family schedules the convolutions around it and skips the slice as it skips views; on a
// node grid a layer reads the slice back from DRAM, where its producer wrote the whole tensor
// (docs/cost-model.md "Views, slices and token concats on a grid").
// RUN: dataflow-opt %s --dataflow-attach-accelerator="file=%examples/accelerators/eyeriss.mlir" --dataflow-schedule="lower=false progress=off report=- report-format=json" -o %t.eyeriss.mlir | FileCheck %s --check-prefix=REPORT
// RUN: FileCheck %s --check-prefix=EYERISS < %t.eyeriss.mlir
// RUN: dataflow-opt %s --dataflow-attach-accelerator="file=%examples/accelerators/systolic16.mlir" --dataflow-schedule="lower=false progress=off" | FileCheck %s --check-prefix=SYSTOLIC
// RUN: dataflow-opt %s --dataflow-attach-accelerator="file=%examples/accelerators/eyeriss.mlir" --dataflow-schedule="family=maestro lower=false progress=off" | FileCheck %s --check-prefix=MAESTRO
// RUN: dataflow-opt %s --dataflow-attach-accelerator="file=%s name=spm" --dataflow-schedule="family=dmaze lower=false progress=off" | FileCheck %s --check-prefix=DMAZE
// RUN: dataflow-opt %s --dataflow-attach-accelerator="file=%examples/accelerators/tetris_t16.mlir" --dataflow-schedule="lower=false progress=off" | FileCheck %s --check-prefix=GRID

// EYERISS: dataflow.slice %{{.*}} axis 1 offset 0 {name = "left"}
// EYERISS-NOT: dataflow.cost
// EYERISS: dataflow.conv {{.*}}dataflow.cost = #dataflow.cost<
// EYERISS: dataflow.slice %{{.*}} axis 1 offset 8 {name = "right"}
// EYERISS-NEXT: dataflow.conv {{.*}}dataflow.cost = #dataflow.cost<
// REPORT-NOT: "left"
// REPORT-NOT: "right"
// SYSTOLIC: dataflow.slice %{{.*}} {name = "left"} :
// SYSTOLIC: dataflow.conv {{.*}}dataflow.systolic = #dataflow.systolic<
// SYSTOLIC: dataflow.slice %{{.*}} {name = "right"} :
// SYSTOLIC: dataflow.conv {{.*}}dataflow.systolic = #dataflow.systolic<
// MAESTRO: dataflow.slice %{{.*}} {name = "left"} :
// MAESTRO: dataflow.conv {{.*}}dataflow.directives = #dataflow.directives<
// DMAZE: dataflow.slice %{{.*}} {name = "left"} :
// DMAZE: dataflow.conv {{.*}}dataflow.loop_tiling = #dataflow.loop_tiling<

// dMazeRunner needs the SPM and DMA timing: its run binds this accelerator instead.
dataflow.accelerator @spm {
  nodes = [1, 1], pe_array = [4, 4], regf_bytes = 512, gbuf_bytes = 65536, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
} attributes {dataflow.spm_dma = #dataflow.spm_dma<banks = 32, dma_init_cycles = 291.0, dma_cycles_per_byte = 0.24, dma_mhz = 3200.0, accel_mhz = 500.0>}

// GRID: dataflow.slice %{{.*}} {name = "left"} :
// GRID: dataflow.conv {{.*}}dataflow.noc = #dataflow.noc<{{.*}}dataflow.partition = {{.*}}name = "a"
// GRID: dataflow.slice %{{.*}} {name = "right"} :
// GRID: dataflow.conv {{.*}}dataflow.noc = #dataflow.noc<{{.*}}dataflow.partition = {{.*}}name = "b"
func.func @branches(%x: tensor<1x16x14x14xi16>) -> tensor<1x16x14x14xi16> {
  %l = dataflow.slice %x axis 1 offset 0 {name = "left"} : tensor<1x16x14x14xi16> -> tensor<1x8x14x14xi16>
  %a = dataflow.conv %l kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "a"} : tensor<1x8x14x14xi16> -> tensor<1x8x14x14xi16>
  %r = dataflow.slice %x axis 1 offset 8 {name = "right"} : tensor<1x16x14x14xi16> -> tensor<1x8x14x14xi16>
  %b = dataflow.conv %r kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "b"} : tensor<1x8x14x14xi16> -> tensor<1x8x14x14xi16>
  %c = dataflow.concat %a, %b : tensor<1x8x14x14xi16>, tensor<1x8x14x14xi16> -> tensor<1x16x14x14xi16>
  return %c : tensor<1x16x14x14xi16>
}
