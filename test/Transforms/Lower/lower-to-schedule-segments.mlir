// dataflow-lower-to-schedule shows a pipelined network's segments in the schedule IR: one
// dataflow.segment_schedule per segment with its kind, time, critical time, and its layers
// with their regions (the partitioned layers themselves keep their schedule on the op).
// RUN: dataflow-opt %S/../Inputs/mesh4x4-chain.mlir --dataflow-schedule="interlayer=true max-degree=2 progress=off" --verify-roundtrip 2>/dev/null | FileCheck %s

// CHECK-LABEL: dataflow.schedule @chain_schedule for @chain {
// CHECK-NEXT: dataflow.segment_schedule 0 spatial time 24704 critical 12416 layers ["conv1", "pool1", "conv2"] regions [#dataflow.segment<index = 0, kind = spatial, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 2], fold = [4, 2]>, #dataflow.segment<index = 0, kind = spatial, spatial = 0, temporal = 1, origin = [0, 0], dims = [4, 2], fold = [4, 2]>, #dataflow.segment<index = 0, kind = spatial, spatial = 1, temporal = 0, origin = [0, 2], dims = [4, 2], fold = [4, 2]>]
// CHECK-NEXT: dataflow.segment_schedule 1 spatial time 12288 critical 12288 layers ["conv3", "fc"] regions [#dataflow.segment<index = 1, kind = spatial, spatial = 0, temporal = 0, origin = [0, 0], dims = [2, 7], fold = [4, 4]>, #dataflow.segment<index = 1, kind = spatial, spatial = 1, temporal = 0, origin = [2, 0], dims = [2, 1], fold = [4, -1]>]
// CHECK-NEXT: }
