// MobileNetV2 (depthwise convolutions) on the T-16 grid with inter-layer pipelining (issue
// #18; docs/cost-model.md "Groups on a grid"): a grouped layer in a segment is priced as its
// node's groups one after another, so every group counts. Totals are the tool's own;
// dataflow-cost re-prices the written schedule to the same IR.
// RUN: dataflow-opt %examples/networks/mobilenet_v2.mlir --dataflow-attach-accelerator="file=%examples/accelerators/tetris_t16.mlir" --dataflow-schedule="interlayer=true progress=off lower=false report=%t.json" -o %t.mlir
// RUN: FileCheck %s < %t.json
// RUN: dataflow-opt %t.mlir --dataflow-cost -o %t.recost.mlir
// RUN: diff %t.mlir %t.recost.mlir

// The first depthwise layer, all 32 groups: 16 x 32 x 112x112 x 3x3 = 57,802,752 ops.
// CHECK:      "name": "block1_dw",
// CHECK:      "ops": 57802752.0,
// Every layer is scheduled: 16 x 300,774,272 MACs (MobileNetV2 at 224x224) = 4,812,388,352.
// CHECK:      "totals": {
// CHECK-NEXT:   "energy": 0.05077710277119999,
// CHECK-NEXT:   "time": 5747696,
// CHECK:      "scheduled_macs": 4812388352,
// CHECK-NEXT: "model_macs": null,
// CHECK-NEXT: "fraction": null,
// CHECK-NEXT: "left_out": []
