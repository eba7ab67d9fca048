// dataflow-partition-segments groups the layers into pipeline segments (TANGRAM inter-layer
// pipelining, nn_dataflow's beam search) and writes per layer its segment, region, partition
// over the region, per-node schedule and cost, and on the function the pipeline timing.
// One RUN per option on a small chain (conv1 - pool1 - conv2 - conv3 - fc, 4x4 mesh);
// pinned segments are kept; enable=false changes nothing.
// RUN: dataflow-opt %S/../Inputs/mesh4x4-chain.mlir --dataflow-partition-segments | FileCheck %s --check-prefix=SPATIAL
// RUN: dataflow-opt %S/../Inputs/mesh4x4-chain.mlir --dataflow-partition-segments="beam-width=4" | FileCheck %s --check-prefix=SPATIAL
// RUN: dataflow-opt %S/../Inputs/mesh4x4-chain.mlir --dataflow-partition-segments="max-degree=2" | FileCheck %s --check-prefix=DEGREE
// RUN: dataflow-opt %S/../Inputs/mesh4x4-chain.mlir --dataflow-partition-segments="max-degree=1" | FileCheck %s --check-prefix=DEGREE1
// RUN: dataflow-opt %S/../Inputs/mesh4x4-chain.mlir --dataflow-partition-segments="basic-only=true" | FileCheck %s --check-prefix=BASIC
// RUN: dataflow-opt %S/../Inputs/mesh4x4-chain.mlir --dataflow-partition-segments="max-time-overhead=0.1" | FileCheck %s --check-prefix=OVERHEAD
// RUN: dataflow-opt %S/../Inputs/mesh4x4-chain.mlir --dataflow-partition-segments="max-time-overhead=0.1 temporal=true" | FileCheck %s --check-prefix=TEMPORAL
// RUN: dataflow-opt %S/../Inputs/mesh4x4-chain.mlir --dataflow-partition-segments="enable=false" | FileCheck %s --check-prefix=OFF
// RUN: dataflow-opt %s --dataflow-partition-segments | FileCheck %s --check-prefix=PINNED

// Spatial (the default): the whole chain is one segment, its four vertices side by side on
// zig-zag regions of 5, 5, 5 and 1 nodes (pool1 follows conv1 in its vertex); a segment
// holding the whole network takes its critical time (24832 < the segment time 49344).
// A wider beam finds the same.
// SPATIAL: dataflow.pipeline = #dataflow.pipeline<energy = 68915840.0, static = 24832.0, time = 24832, segment_times = [49344], critical_times = [24832]>
// SPATIAL: dataflow.partition = #dataflow.partition<order = [outp, batp, inpp, ofmp], outp = [1, 1], ofmp = [1, 5], batp = [1, 1], inpp = [1, 1]>, dataflow.segment = #dataflow.segment<index = 0, kind = spatial, spatial = 0, temporal = 0, origin = [0, 0], dims = [1, 5], fold = [4, 4]>, name = "conv1"
// SPATIAL: dataflow.segment = #dataflow.segment<index = 0, kind = spatial, spatial = 0, temporal = 1, origin = [0, 0], dims = [1, 5], fold = [4, 4]>, name = "pool1"
// SPATIAL: dataflow.segment = #dataflow.segment<index = 0, kind = spatial, spatial = 1, temporal = 0, origin = [1, 2], dims = [1, 5], fold = [4, -3]>, name = "conv2"
// SPATIAL: dataflow.segment = #dataflow.segment<index = 0, kind = spatial, spatial = 2, temporal = 0, origin = [2, 2], dims = [1, 5], fold = [4, 2]>, name = "conv3"
// SPATIAL: dataflow.segment = #dataflow.segment<index = 0, kind = spatial, spatial = 3, temporal = 0, origin = [3, 0], dims = [1, 1], fold = [4, -1]>, name = "fc"

// At most two vertices per segment: two spatial segments, dearer.
// DEGREE: dataflow.pipeline = #dataflow.pipeline<energy = 72080768.0, static = 36992.0, time = 36992, segment_times = [24704, 12288], critical_times = [12416, 12288]>
// DEGREE: index = 0, kind = spatial, spatial = 1, temporal = 0, origin = [0, 2], dims = [4, 2], fold = [4, 2]>, name = "conv2"
// DEGREE: index = 1, kind = spatial, spatial = 0, temporal = 0, origin = [0, 0], dims = [2, 7], fold = [4, 4]>, name = "conv3"

// One vertex per segment: only conv1 + pool1 (one vertex) share a segment.
// DEGREE1: segment_times = [6208, 6144, 6144, 1024]
// DEGREE1: index = 0, kind = temporal, spatial = 0, temporal = 1, origin = [0, 0], dims = [4, 4]>, name = "pool1"
// DEGREE1: index = 1, kind = single
// DEGREE1: index = 3, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "fc"

// Basic pipelining only (no TANGRAM optimisations): three segments, dearer still.
// BASIC: dataflow.pipeline = #dataflow.pipeline<energy = 84978752.0, static = 31808.0, time = 31808, segment_times = [6208, 24576, 1024], critical_times = [6208, 12288, 1024]>
// BASIC: index = 1, kind = spatial, spatial = 1, temporal = 0, origin = [0, 2], dims = [4, 2], fold = [4, 2]>, name = "conv3"
// BASIC: index = 2, kind = single

// A 10% bound on a segment's time overhead rules out the long spatial pipelines.
// OVERHEAD: dataflow.pipeline = #dataflow.pipeline<energy = 86447936.0, static = 24640.0, time = 24640, segment_times = [6208, 6144, 12288], critical_times = [6208, 6144, 12288]>
// OVERHEAD: index = 1, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "conv2"

// Temporal segments allowed: conv1, pool1 and conv2 one after another on the whole grid,
// ofmaps kept on chip (82499392 < 86447936 under the same bound).
// TEMPORAL: dataflow.pipeline = #dataflow.pipeline<energy = 82499392.0, static = 24640.0, time = 24640, segment_times = [12352, 12288], critical_times = [12352, 12288]>
// TEMPORAL: index = 0, kind = temporal, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "conv1"
// TEMPORAL: index = 0, kind = temporal, spatial = 0, temporal = 2, origin = [0, 0], dims = [4, 4]>, name = "conv2"
// TEMPORAL: index = 1, kind = spatial, spatial = 0, temporal = 0

// OFF-NOT: dataflow.segment
// OFF-NOT: dataflow.pipeline
// OFF-NOT: dataflow.cost

// A pinned temporal segment (conv2 then conv3 on the whole grid) is kept; the search places
// the other layers around it.
// PINNED-LABEL: func.func @pinned
// PINNED-SAME: dataflow.pipeline
// PINNED: index = 0, kind = {{.*}}, name = "conv1"
// PINNED: index = [[SEG:[0-9]+]], kind = temporal, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "conv2"
// PINNED: index = [[SEG]], kind = temporal, spatial = 0, temporal = 1, origin = [0, 0], dims = [4, 4]>, name = "conv3"
// PINNED-NOT: index = [[SEG]]
// PINNED: name = "fc"
dataflow.accelerator @mesh4x4 {
  nodes = [4, 4], pe_array = [4, 4],
  regf_bytes = 64, gbuf_bytes = 8192, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 1.0>
}
func.func @pinned(%x: tensor<4x8x18x18xi16>) -> tensor<4x32xi16> attributes {dataflow.accelerator = @mesh4x4} {
  %0 = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {name = "conv1"} : tensor<4x8x18x18xi16> -> tensor<4x16x16x16xi16>
  %1 = dataflow.pool max %0 window [2, 2] stride [2, 2] pad [0, 0, 0, 0] {name = "pool1"} : tensor<4x16x16x16xi16> -> tensor<4x16x8x8xi16>
  %2 = dataflow.conv %1 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 0, kind = temporal, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 4]>, name = "conv2"} : tensor<4x16x8x8xi16> -> tensor<4x32x8x8xi16>
  %3 = dataflow.conv %2 kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {dataflow.segment = #dataflow.segment<index = 0, kind = temporal, spatial = 0, temporal = 1, origin = [0, 0], dims = [4, 4]>, name = "conv3"} : tensor<4x32x8x8xi16> -> tensor<4x16x8x8xi16>
  %4 = dataflow.fc %3 {name = "fc"} : tensor<4x16x8x8xi16> -> tensor<4x32xi16>
  return %4 : tensor<4x32xi16>
}
