// dataflow-cost re-costs a network in pipeline segments (cost::evaluateSegments) to the IR
// dataflow-partition-segments wrote, bit for bit; a segment schedule it cannot re-cost as
// written is a located error: regions swapped between two vertices (off the section 6
// allocation), a layer without its segment.
// RUN: dataflow-opt %S/../Inputs/mesh4x4-chain.mlir --dataflow-partition-segments="max-degree=2" -o %t.mlir
// RUN: dataflow-opt %t.mlir --dataflow-cost -o %t.recost.mlir
// RUN: diff %t.mlir %t.recost.mlir
// RUN: dataflow-opt %S/../Inputs/mesh4x4-chain.mlir --dataflow-partition-segments -o %t.spatial.mlir
// RUN: sed -e 's/origin = \[1, 2\], dims = \[1, 5\], fold = \[4, -3\]/SWAP/' -e 's/origin = \[2, 2\], dims = \[1, 5\], fold = \[4, 2\]/origin = [1, 2], dims = [1, 5], fold = [4, -3]/' -e 's/SWAP/origin = [2, 2], dims = [1, 5], fold = [4, 2]/' %t.spatial.mlir | not dataflow-opt --dataflow-cost 2>&1 | FileCheck %s --check-prefix=REGION
// RUN: sed -e 's/dataflow.segment = #dataflow.segment<[^>]*>, name = "fc"/name = "fc"/' -e 's/, dataflow.pipeline = #dataflow.pipeline<[^>]*>//' %t.spatial.mlir | not dataflow-opt --dataflow-cost 2>&1 | FileCheck %s --check-prefix=PARTIAL

// REGION: error: layer 'conv2' runs on the region origin [2, 2], dims [1, 5], fold [4, 2], but the section 6 allocation of segment 0 gives it origin [1, 2], dims [1, 5], fold [4, -3]
// REGION: error: layer 'conv3' runs on the region origin [1, 2], dims [1, 5], fold [4, -3], but the section 6 allocation of segment 0 gives it origin [2, 2], dims [1, 5], fold [4, 2]
// PARTIAL: error: layer 'fc' has no dataflow.segment, but other layers of its network do; give every layer its segment (run dataflow-partition-segments)
