// Branching networks: a GoogLeNet-like inception block (four branches into a concat) and a
// ResNet basic block with its shortcut (eltwise add of res_b and the stem). Segments follow
// the DAG: branches side by side in spatial segments, the add in its producer's vertex
// (res_b then res_add on one region), every layer scheduled once. dataflow-cost re-costs the
// written schedule to the same IR, bit for bit.
// RUN: dataflow-opt %S/../Inputs/mesh4x4-branching.mlir --dataflow-partition-segments -o %t.mlir
// RUN: FileCheck %s --input-file=%t.mlir
// RUN: dataflow-opt %t.mlir --dataflow-cost -o %t.recost.mlir
// RUN: diff %t.mlir %t.recost.mlir

// CHECK-LABEL: func.func @inception
// CHECK-SAME: dataflow.pipeline = #dataflow.pipeline<energy = 96652544.0, static = 10368.0, time = 10368, segment_times = [128, 4096, 3584, 2560], critical_times = [128, 3072, 2560, 2560]>
// CHECK: index = 0, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "b1_1x1"
// CHECK: index = 1, kind = spatial, spatial = 0, temporal = 0, origin = [0, 0], dims = [2, 1], fold = [4, 1]>, name = "b2_reduce"
// CHECK: index = 1, kind = spatial, spatial = 1, temporal = 0, origin = [0, 1], dims = [2, 7], fold = [4, 3]>, name = "b2_3x3"
// CHECK: index = 2, kind = spatial, spatial = 0, temporal = 0, origin = [0, 0], dims = [1, 1], fold = [4, 1]>, name = "b3_reduce"
// CHECK: index = 2, kind = spatial, spatial = 1, temporal = 0, origin = [0, 1], dims = [1, 11], fold = [4, 3]>, name = "b3_5x5"
// CHECK: index = 2, kind = spatial, spatial = 2, temporal = 0, origin = [3, 3], dims = [1, 2], fold = [4, -2]>, name = "b4_pool"
// CHECK: index = 2, kind = spatial, spatial = 3, temporal = 0, origin = [3, 1], dims = [1, 2], fold = [4, -2]>, name = "b4_proj"
// CHECK: dataflow.concat
// CHECK-NOT: dataflow.segment
// CHECK-SAME: name = "cat"
// CHECK: index = 3, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "fc"

// CHECK-LABEL: func.func @resnet
// CHECK-SAME: dataflow.pipeline = #dataflow.pipeline<energy = 40819456.0, static = 20544.0, time = 20544, segment_times = [12288, 8256], critical_times = [6144, 6208]>
// CHECK: index = 0, kind = spatial, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 2], fold = [4, 2]>, name = "stem"
// CHECK: index = 0, kind = spatial, spatial = 1, temporal = 0, origin = [0, 2], dims = [4, 2], fold = [4, 2]>, name = "res_a"
// CHECK: index = 1, kind = spatial, spatial = 0, temporal = 0, origin = [0, 0], dims = [2, 7], fold = [4, 4]>, name = "res_b"
// CHECK: index = 1, kind = spatial, spatial = 0, temporal = 1, origin = [0, 0], dims = [2, 7], fold = [4, 4]>, name = "res_add"
// CHECK: index = 1, kind = spatial, spatial = 1, temporal = 0, origin = [2, 0], dims = [2, 1], fold = [4, -1]>, name = "fc"
