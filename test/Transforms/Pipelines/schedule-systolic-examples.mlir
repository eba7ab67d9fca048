// The systolic examples end to end through dataflow-schedule: a DCGAN generator (four 5x5
// stride-2 deconvolutions, priced over the zero-upsampled input or decomposed into
// stride-phase convolutions, split or combined) and C3D (3-D convolutions, its fcs as
// whole-map 3-D convolutions) on the systolic optimizer's 16x16 array (examples/accelerators/systolic16.mlir).
// RUN: dataflow-opt %examples/networks/dcgan.mlir --dataflow-attach-accelerator="file=%examples/accelerators/systolic16.mlir" --dataflow-schedule="progress=off report=%t.up.txt report-format=table" | FileCheck %s --check-prefix=UP
// RUN: FileCheck %s --check-prefix=UP-TABLE < %t.up.txt
// RUN: dataflow-opt %examples/networks/dcgan.mlir --dataflow-attach-accelerator="file=%examples/accelerators/systolic16.mlir" --dataflow-schedule="progress=off deconv=split report=%t.dcgan.txt report-format=table" | FileCheck %s --check-prefix=DCGAN
// RUN: FileCheck %s --check-prefix=DCGAN-TABLE < %t.dcgan.txt
// RUN: dataflow-opt %examples/networks/dcgan.mlir --dataflow-attach-accelerator="file=%examples/accelerators/systolic16.mlir" --dataflow-schedule="progress=off deconv-combine=true report=%t.comb.json" -o /dev/null
// RUN: FileCheck %s --check-prefix=COMB < %t.comb.json
// RUN: dataflow-opt %examples/networks/dcgan.mlir --dataflow-attach-accelerator="file=%examples/accelerators/systolic16.mlir" --dataflow-schedule="progress=off deconv=combine report=%t.comb2.json" -o /dev/null
// RUN: FileCheck %s --check-prefix=COMB < %t.comb2.json
// RUN: dataflow-opt %examples/networks/c3d.mlir --dataflow-attach-accelerator="file=%examples/accelerators/systolic16.mlir" --dataflow-schedule="progress=off systolic-method=exhaustive report=%t.c3d.txt report-format=table" -o /dev/null
// RUN: FileCheck %s --check-prefix=C3D < %t.c3d.txt
// RUN: dataflow-opt %examples/networks/c3d.mlir --dataflow-attach-accelerator="file=%examples/accelerators/systolic16.mlir" --dataflow-schedule="progress=off systolic-method=exhaustive systolic-goal=traffic report=%t.c3d-traffic.txt report-format=table" -o /dev/null
// RUN: FileCheck %s --check-prefix=C3D-TRAFFIC < %t.c3d-traffic.txt
// The static partition's full-width strips do not fit C3D's first layer: a located error
// that names the methods that do schedule it.
// RUN: not dataflow-opt %examples/networks/c3d.mlir --dataflow-attach-accelerator="file=%examples/accelerators/systolic16.mlir" --dataflow-schedule="progress=off" -o /dev/null 2>&1 | FileCheck %s --check-prefix=C3D-STATIC

// Upsample (the default, as the original tool without --split): every deconvolution stays
// and is priced as one convolution over its zero-upsampled input (the whole 5x5 kernel at
// every output pixel, so about 4x the split's MACs).
// UP-LABEL: func.func @dcgan
// UP-COUNT-4: dataflow.deconv {{.*}}dataflow.systolic = #dataflow.systolic<method = static
// UP-NOT: dataflow.conv
// UP: return
// UP-TABLE: network @dcgan on systolic @systolic16, 4 layers on the array
// UP-TABLE: deconv1  deconv  static  channel_major  32x1x1  3.277e6  3.277e6  1.035e6  C      13.24e6  100.0
// UP-TABLE: total                                           11.07e6                           20.09e6         32.95e-3
// systolic16 asks for estimated energies (45 nm, LPDDR4, 1 GHz): joules, watts and its area.
// UP-TABLE: physical: energy 32.95e-3 J; time 11.07e6 cycles = 11.07e-3 s at 1.000e9 Hz; average power 2.977 W; EDP 364.7e-6 J·s; area 17.70 mm² (estimated: PEs and buffers)

// Split (deconv=split): every deconvolution becomes four phase convolutions (3x3, 3x2, 2x3, 2x2
// sub-kernels), each with its own schedule; no deconv is left.
// DCGAN-LABEL: func.func @dcgan
// DCGAN-NOT: dataflow.deconv
// DCGAN: dataflow.conv {{.*}}kernel [3, 3] {{.*}}dataflow.systolic = #dataflow.systolic<method = static, order = channel_major, channel_splits = 8, {{.*}}cycles = 371360.0, compute_cycles = 294912.0, memory_cycles = 371360.0, transfer = 4753408.0, utilization = 1.0, energy = {{[0-9.e+-]+}}>, name = "deconv1.phase_0_0"
// DCGAN-COUNT-15: dataflow.systolic = #dataflow.systolic<method = static
// DCGAN-NOT: dataflow.systolic
// DCGAN: return

// DCGAN-TABLE: network @dcgan on systolic @systolic16, 16 layers on the array
// DCGAN-TABLE: deconv1.phase_0_0  conv  static  channel_major  8x1x1   371.4e3  294.9e3  371.4e3  M      4.753e6  100.0
// DCGAN-TABLE: deconv4.phase_1_1  conv  static  row_major      1x1x1   32.77e3  32.77e3  11.49e3  C      147.1e3   18.8
// DCGAN-TABLE: total                                                   2.878e6                           18.77e6

// Combined (deconv=combine, or deconv-combine=true on every accelerator): one convolution per deconvolution with 4x the output channels and the 3x3
// sub-kernel for every phase (the smaller ones zero-padded): more MACs than split.
// COMB: "systolic_totals": {
// COMB-NEXT: "cycles": 3912224.0,
// COMB: "name": "deconv1.phases",
// COMB-NEXT: "kind": "conv",
// COMB-NEXT: "method": "static",
// COMB: "name": "deconv4.phases",
// COMB: "networks": [
// COMB: "accelerator": {
// COMB-NEXT: "name": "systolic16",
// COMB-NEXT: "kind": "systolic",
// COMB-NEXT: "array_size": 16,
// COMB-NEXT: "buffer_bytes": 3145728,
// COMB-NEXT: "partition": [0.3, 0.3, 0.4],
// COMB-NEXT: "bandwidth_gbs": 25.6,
// COMB-NEXT: "clock_ghz": 1.0,
// COMB-NEXT: "word_bits": 16,
// COMB-NEXT: "dataflow": "output_stationary"
// COMB: "systolic_totals": {
// COMB: "layers": []

// The 3-D network: pools are not priced on the array; 3-D splits are W x H x D.
// C3D: network @c3d on systolic @systolic16, 11 layers on the array
// C3D: conv1a  conv  exhaustive  row_major      1x4x4x1    4.064e6  4.064e6  1.120e6  C      14.34e6  100.0
// C3D-NOT: pool
// C3D: fc8     conv  exhaustive  channel_major  31x1x1x1   156.2e3  127.0e3  156.2e3  M      1.999e6    6.1
// C3D: total                                               156.6e6                           124.0e6

// Traffic first: 119.6M words instead of 124.0M, at 160.3M cycles instead of 156.6M.
// C3D-TRAFFIC: total                                               160.3e6                           119.6e6

// C3D-STATIC: error: layer 'conv1a' has no systolic schedule: tile footprint {{.*}} words exceeds the buffer of {{.*}} words; methods exhaustive, constrained, combined schedule it (method= on dataflow-schedule-systolic, systolic-method= on dataflow-schedule)
