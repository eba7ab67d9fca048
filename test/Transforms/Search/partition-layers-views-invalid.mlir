// Every fmap a layer reads on a node grid holds the layer's batch (docs/cost-model.md "Views,
// slices and token concats on a grid"). The network input has one layout (§5.3: laid out by
// the input partition, at the network's batch, its first layer's): here the softmax over the
// 2 x 4 x 8 input reads it as batch 2 (its first dimension), and the add over heads reads the
// same input in the head layout, batch 4 (its rows) x 2 heads x 8 channels. No layout serves
// both, and the add is refused rather than priced with a wrong number of words.
// RUN: dataflow-opt %s -split-input-file -verify-diagnostics --dataflow-attach-accelerator="file=%examples/accelerators/tetris_t16.mlir" --dataflow-partition-layers="hybrid=true"

func.func @input_in_two_boxes(%x: tensor<2x4x8xi16>, %w: tensor<4x16xi16>) -> tensor<2x4x8xi16> {
  %s = dataflow.softmax %x {name = "first"} : tensor<2x4x8xi16> -> tensor<2x4x8xi16>
  %q = dataflow.fc %w {name = "q"} : tensor<4x16xi16> -> tensor<4x16xi16>
  %qh = dataflow.view %q {name = "q_heads"} : tensor<4x16xi16> -> tensor<2x4x8xi16>
  // expected-error @+1 {{layer 'bias' reads the network input of batch 2, but its own batch is 4; no data layout on the node grid maps one onto the other}}
  %b = dataflow.eltwise add %qh, %x {name = "bias"} : tensor<2x4x8xi16>, tensor<2x4x8xi16> -> tensor<2x4x8xi16>
  return %b : tensor<2x4x8xi16>
}
