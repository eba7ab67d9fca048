// On a grid, attention is scheduled when its heads are in the head layout (issue #18,
// docs/cost-model.md "Heads on a grid"); a batched matmul reading heads from anywhere else
// has no data layout of §5.3 to follow and is refused on the layer (a view other than a head
// split or merge is read back from DRAM: partition-layers-views.mlir).
// RUN: dataflow-opt %s -split-input-file -verify-diagnostics --dataflow-attach-accelerator="file=%examples/accelerators/tetris_t16.mlir" --dataflow-partition-layers="hybrid=true"

func.func @qk(%q: tensor<4x8x8xi16>, %k: tensor<4x8x8xi16>) -> tensor<4x8x8xi16> {
  // expected-error @+1 {{layer 'qk' cannot be partitioned over nodes: its batched lhs is not in the head layout}}
  %s = dataflow.matmul %q, %k {name = "qk"} : tensor<4x8x8xi16>, tensor<4x8x8xi16> -> tensor<4x8x8xi16>
  return %s : tensor<4x8x8xi16>
}
