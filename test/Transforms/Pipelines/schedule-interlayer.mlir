// dataflow-schedule interlayer=true runs dataflow-partition-segments first; the later passes
// keep its schedule, the report shows the segments, regions and pipeline timing (JSON and
// table), the Python reader checks the pipelined totals and the timeline plot is drawn.
// RUN: dataflow-opt %S/../Inputs/mesh4x4-chain.mlir --dataflow-schedule="interlayer=true max-degree=2 report=%t.json lower=false progress=off" | FileCheck %s --check-prefix=IR
// RUN: FileCheck %s --check-prefix=JSON --input-file=%t.json
// RUN: dataflow-opt %S/../Inputs/mesh4x4-chain.mlir --dataflow-schedule="interlayer=true max-degree=2 report=- report-format=table lower=false progress=off" -o /dev/null | FileCheck %s --check-prefix=TABLE
// RUN: %python -m dataflow_opt.report --check %t.json | FileCheck %s --check-prefix=CHECK-TOTALS
// RUN: %python -m dataflow_opt.segment_plot %t.json -o %t.png
// RUN: test -s %t.png

// The segment search's figures survive the single-node passes and dataflow-cost.
// IR: dataflow.pipeline = #dataflow.pipeline<energy = 72080768.0, static = 36992.0, time = 36992, segment_times = [24704, 12288], critical_times = [12416, 12288]>
// IR: dataflow.segment = #dataflow.segment<index = 0, kind = spatial, spatial = 0, temporal = 0, origin = [0, 0], dims = [4, 2], fold = [4, 2]>, name = "conv1"

// JSON:      "totals": {
// JSON-NEXT:   "energy": 72080768.0,
// JSON-NEXT:   "time": 36992,
// JSON:        "segment": {
// JSON-NEXT:     "index": 0,
// JSON-NEXT:     "kind": "spatial",
// JSON-NEXT:     "spatial": 0,
// JSON-NEXT:     "temporal": 0,
// JSON-NEXT:     "origin": [0, 0],
// JSON-NEXT:     "dims": [4, 2],
// JSON-NEXT:     "fold": [4, 2],
// JSON-NEXT:     "nodes": {{\[\[}}0, 0], [0, 1], [1, 0], [1, 1], [2, 0], [2, 1], [3, 0], [3, 1]]
// JSON:          "pipeline": {
// JSON-NEXT:       "energy": 72080768.0,
// JSON-NEXT:       "static": 36992.0,
// JSON-NEXT:       "time": 36992,
// JSON-NEXT:       "segments": [
// JSON-NEXT:         {
// JSON-NEXT:           "index": 0,
// JSON-NEXT:           "kind": "spatial",
// JSON-NEXT:           "time": 24704,
// JSON-NEXT:           "critical_time": 12416,
// JSON-NEXT:           "layers": [
// JSON-NEXT:             "conv1",
// JSON-NEXT:             "pool1",
// JSON-NEXT:             "conv2"

// TABLE: pipeline: 2 segments, time 36.99e3 cycles
// TABLE: segment  kind        time  critical  layers
// TABLE: 0  spatial  24.70e3   12.42e3  conv1@0.0[0,0:4x2+4,2] pool1@0.1[0,0:4x2+4,2] conv2@1.0[0,2:4x2+4,2]
// TABLE: 1  spatial  12.29e3   12.29e3  conv3@0.0[0,0:2x7+4,4] fc@1.0[2,0:2x1+4,-1]

// CHECK-TOTALS: totals are the sums of the layers
