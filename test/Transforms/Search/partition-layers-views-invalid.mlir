// Every fmap a layer reads on a node grid holds the layer's batch (docs/cost-model.md "Views,
// slices and token concats on a grid"): the scores of a batched matmul are in the head layout
// (batch = its 4 rows, channels = 2 heads x 4), but a softmax over their concatenation along
// dimension 1 is not, so it is priced as batch 2 (its first dimension) x 8 x 4; no layout maps
// the one onto the other, and the layer is refused rather than priced with a wrong number.
// RUN: dataflow-opt %s -split-input-file -verify-diagnostics --dataflow-attach-accelerator="file=%examples/accelerators/tetris_t16.mlir" --dataflow-partition-layers="hybrid=true"

func.func @concat_heads(%x: tensor<4x16xi16>, %k: tensor<2x8x4xi16>) -> tensor<2x8x4xi16> {
  %q = dataflow.fc %x {name = "q"} : tensor<4x16xi16> -> tensor<4x16xi16>
  %qh = dataflow.view %q {name = "q_heads"} : tensor<4x16xi16> -> tensor<2x4x8xi16>
  %s = dataflow.matmul %qh, %k {name = "scores"} : tensor<2x4x8xi16>, tensor<2x8x4xi16> -> tensor<2x4x4xi16>
  %c = dataflow.concat %s, %s {name = "both"} : tensor<2x4x4xi16>, tensor<2x4x4xi16> -> tensor<2x8x4xi16>
  // expected-error @+1 {{layer 'norm' reads 'scores' of batch 4, but its own batch is 2; no data layout on the node grid maps one onto the other}}
  %m = dataflow.softmax %c {name = "norm"} : tensor<2x8x4xi16> -> tensor<2x8x4xi16>
  return %m : tensor<2x8x4xi16>
}
