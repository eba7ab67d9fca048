// ConvNeXt's LayerNorm over the channels, as the importers write it: a channels-last view of
// an N x C x H x W value, dataflow.norm over its last dim (the channels), a view back. On one
// node the views are free; on a node grid the norm is laid out as the N x C x H x W value it
// views and the layers around it chain through both views.
// RUN: dataflow-opt %s --dataflow-attach-accelerator="file=%examples/accelerators/tetris_t16.mlir" --dataflow-schedule="lower=false progress=off report=- report-format=table" -o %t.mlir | FileCheck %s --check-prefix=REPORT
// RUN: FileCheck %s < %t.mlir
// RUN: dataflow-opt %s --dataflow-attach-accelerator="file=%examples/accelerators/eyeriss.mlir" --dataflow-schedule="lower=false progress=off" | FileCheck %s --check-prefix=ONE

// CHECK: dataflow.conv {{.*}}dataflow.partition = #dataflow.partition<{{.*}}name = "dw"
// CHECK: dataflow.view
// CHECK: dataflow.norm layer_norm {{.*}}dataflow.partition = #dataflow.partition<{{.*}}name = "ln"
// CHECK: dataflow.view
// CHECK: dataflow.conv {{.*}}dataflow.partition = #dataflow.partition<{{.*}}name = "pw"
// REPORT: ln
// ONE: dataflow.norm layer_norm {{.*}}dataflow.cost = #dataflow.cost<
// ONE-SAME: name = "ln"

func.func @block(%x: tensor<1x32x14x14xi16>) -> tensor<1x64x14x14xi16> {
  %dw = dataflow.conv %x kernel [7, 7] stride [1, 1] pad [3, 3, 3, 3] dilation [1, 1] groups 32 {name = "dw"} : tensor<1x32x14x14xi16> -> tensor<1x32x14x14xi16>
  %last = dataflow.view %dw {name = "dw_view"} : tensor<1x32x14x14xi16> -> tensor<1x14x14x32xi16>
  %ln = dataflow.norm layer_norm %last {name = "ln"} : tensor<1x14x14x32xi16> -> tensor<1x14x14x32xi16>
  %back = dataflow.view %ln {name = "ln_back"} : tensor<1x14x14x32xi16> -> tensor<1x32x14x14xi16>
  %pw = dataflow.conv %back kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "pw"} : tensor<1x32x14x14xi16> -> tensor<1x64x14x14xi16>
  return %pw : tensor<1x64x14x14xi16>
}
