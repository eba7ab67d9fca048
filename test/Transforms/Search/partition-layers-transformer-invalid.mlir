// On a grid, attention is scheduled when its heads are in the head layout (issue #18,
// docs/cost-model.md "Heads on a grid"); a batched matmul reading heads from anywhere else,
// and a view other than a head split or merge (a reshape or permutation), have no data
// layout of §5.3 to follow and are refused on the layer.
// RUN: dataflow-opt %s -split-input-file -verify-diagnostics --dataflow-attach-accelerator="file=%examples/accelerators/tetris_t16.mlir" --dataflow-partition-layers="hybrid=true"

func.func @qk(%q: tensor<4x8x8xi16>, %k: tensor<4x8x8xi16>) -> tensor<4x8x8xi16> {
  // expected-error @+1 {{layer 'qk' cannot be partitioned over nodes: its batched lhs is not in the head layout}}
  %s = dataflow.matmul %q, %k {name = "qk"} : tensor<4x8x8xi16>, tensor<4x8x8xi16> -> tensor<4x8x8xi16>
  return %s : tensor<4x8x8xi16>
}

// -----

func.func @view(%x: tensor<8x32xi16>) -> tensor<32x8xi16> {
  %v = dataflow.view %x {name = "split"} : tensor<8x32xi16> -> tensor<32x8xi16>
  // expected-error @+1 {{reads a value of 'dataflow.view', which is not a layer of the network}}
  %s = dataflow.softmax %v {name = "softmax"} : tensor<32x8xi16> -> tensor<32x8xi16>
  return %s : tensor<32x8xi16>
}
