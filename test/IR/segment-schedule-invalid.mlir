// The verifier of dataflow.segment_schedule: one region per layer, each of this segment.
// RUN: dataflow-opt %s -split-input-file -verify-diagnostics

func.func @net() {
  return
}
dataflow.schedule @net_schedule for @net {
  // expected-error @+1 {{'dataflow.segment_schedule' op lists 2 layers but 1 regions; give one region per layer}}
  dataflow.segment_schedule 0 temporal time 10 critical 10 layers ["a", "b"] regions [#dataflow.segment<index = 0, kind = temporal, spatial = 0, temporal = 0, origin = [0, 0], dims = [2, 2]>]
}

// -----

func.func @net() {
  return
}
dataflow.schedule @net_schedule for @net {
  // expected-error @+1 {{'dataflow.segment_schedule' op is segment 1 (single) but lists a region of segment 0 (single)}}
  dataflow.segment_schedule 1 single time 10 critical 10 layers ["a"] regions [#dataflow.segment<index = 0, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [2, 2]>]
}

// -----

func.func @net() {
  return
}
dataflow.schedule @net_schedule for @net {
  // expected-error @+1 {{'dataflow.segment_schedule' op times must be non-negative}}
  dataflow.segment_schedule 0 single time -1 critical 10 layers ["a"] regions [#dataflow.segment<index = 0, kind = single, spatial = 0, temporal = 0, origin = [0, 0], dims = [2, 2]>]
}
