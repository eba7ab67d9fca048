// dataflow-partition-layers searches each layer's partitions on `threads` threads and
// reduces them in the tool's enumeration order, so the partitioned IR is byte-identical for
// 1 and 4 threads: AlexNet on TETRIS T-16 (hybrid) and on the 8x8 mesh with shared 8 kB
// buffers (hybrid, buffer sharing: the run whose per-node schemes rotate data).
// RUN: dataflow-opt %examples/networks/alexnet.mlir --dataflow-attach-accelerator="file=%examples/accelerators/tetris_t16.mlir" --dataflow-partition-layers="hybrid=true threads=1" -o %t.t16.1.mlir
// RUN: dataflow-opt %examples/networks/alexnet.mlir --dataflow-attach-accelerator="file=%examples/accelerators/tetris_t16.mlir" --dataflow-partition-layers="hybrid=true threads=4" -o %t.t16.4.mlir
// RUN: diff %t.t16.1.mlir %t.t16.4.mlir
// RUN: dataflow-opt %examples/networks/alexnet.mlir --dataflow-attach-accelerator="file=%examples/accelerators/mesh8x8_2d_gbuf8k.mlir" --dataflow-partition-layers="hybrid=true buffer-sharing=true threads=1" -o %t.bs.1.mlir
// RUN: dataflow-opt %examples/networks/alexnet.mlir --dataflow-attach-accelerator="file=%examples/accelerators/mesh8x8_2d_gbuf8k.mlir" --dataflow-partition-layers="hybrid=true buffer-sharing=true threads=4" -o %t.bs.4.mlir
// RUN: diff %t.bs.1.mlir %t.bs.4.mlir
// Every layer was partitioned (19 layers, the two concats are free).
// RUN: grep -c "dataflow.partition = " %t.bs.4.mlir | FileCheck %s
// CHECK: 19
