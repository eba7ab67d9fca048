// On a grid, attention written as views and batched matmuls is refused on the layer (issue
// #18): heads are not a partition dimension yet, and a view (a reshape or permutation) has no
// data layout of §5.3 to follow.
// RUN: dataflow-opt %s -split-input-file -verify-diagnostics --dataflow-attach-accelerator="file=%examples/accelerators/tetris_t16.mlir" --dataflow-partition-layers="hybrid=true"

func.func @qk(%q: tensor<4x8x8xi16>, %k: tensor<4x8x8xi16>) -> tensor<4x8x8xi16> {
  // expected-error @+1 {{not supported on multiple nodes}}
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
