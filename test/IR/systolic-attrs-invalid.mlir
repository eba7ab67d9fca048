// Every parse error and verifier branch of #dataflow.systolic.
// RUN: dataflow-opt %s -split-input-file -verify-diagnostics

// expected-error @+1 {{systolic 'method' must be exhaustive, static, constrained or combined, got 'greedy'}}
#bad = #dataflow.systolic<method = greedy>

// -----

// expected-error @+1 {{systolic 'order' must be row_major or channel_major, got 'column_major'}}
#bad = #dataflow.systolic<method = static, order = column_major>

// -----

// expected-error @+1 {{systolic 'fill_drain' must be true or false, got 'yes'}}
#bad = #dataflow.systolic<fill_drain = yes>

// -----

// expected-error @+1 {{systolic is missing field 'utilization'}}
#bad = #dataflow.systolic<method = static, order = row_major, channel_splits = 1, spatial_splits = [1, 1], buffer = [0, 0, 0], fill_drain = false, cycles = 1, compute_cycles = 1, memory_cycles = 1, transfer = 1>

// -----

// expected-error @+1 {{systolic 'channel_splits' must be positive, got 0}}
#bad = #dataflow.systolic<method = static, order = row_major, channel_splits = 0, spatial_splits = [1, 1], buffer = [0, 0, 0], fill_drain = false, cycles = 1, compute_cycles = 1, memory_cycles = 1, transfer = 1, utilization = 1>

// -----

// expected-error @+1 {{systolic 'spatial_splits' must have 2 or 3 values (W, H[, D]), got 1}}
#bad = #dataflow.systolic<method = static, order = row_major, channel_splits = 1, spatial_splits = [1], buffer = [0, 0, 0], fill_drain = false, cycles = 1, compute_cycles = 1, memory_cycles = 1, transfer = 1, utilization = 1>

// -----

// expected-error @+1 {{systolic 'spatial_splits' value 1 must be positive, got -2}}
#bad = #dataflow.systolic<method = static, order = row_major, channel_splits = 1, spatial_splits = [1, -2], buffer = [0, 0, 0], fill_drain = false, cycles = 1, compute_cycles = 1, memory_cycles = 1, transfer = 1, utilization = 1>

// -----

// expected-error @+1 {{systolic 'buffer' must be [ifmap, ofmap, weights], got 2 values}}
#bad = #dataflow.systolic<method = static, order = row_major, channel_splits = 1, spatial_splits = [1, 1], buffer = [0, 0], fill_drain = false, cycles = 1, compute_cycles = 1, memory_cycles = 1, transfer = 1, utilization = 1>

// -----

// expected-error @+1 {{systolic 'buffer' words must be finite and non-negative}}
#bad = #dataflow.systolic<method = static, order = row_major, channel_splits = 1, spatial_splits = [1, 1], buffer = [0, -1, 0], fill_drain = false, cycles = 1, compute_cycles = 1, memory_cycles = 1, transfer = 1, utilization = 1>

// -----

// expected-error @+1 {{systolic 'transfer' must be finite and non-negative}}
#bad = #dataflow.systolic<method = static, order = row_major, channel_splits = 1, spatial_splits = [1, 1], buffer = [0, 0, 0], fill_drain = false, cycles = 1, compute_cycles = 1, memory_cycles = 1, transfer = -1, utilization = 1>

// -----

// expected-error @+1 {{systolic 'utilization' must be at most 1, got 1.5}}
#bad = #dataflow.systolic<method = static, order = row_major, channel_splits = 1, spatial_splits = [1, 1], buffer = [0, 0, 0], fill_drain = false, cycles = 1, compute_cycles = 1, memory_cycles = 1, transfer = 1, utilization = 1.5>

// -----

// A layer takes max(compute, memory) cycles.
// expected-error @+1 {{systolic 'cycles' is 5.0, but max(compute_cycles, memory_cycles) is 7.0}}
#bad = #dataflow.systolic<method = static, order = row_major, channel_splits = 1, spatial_splits = [1, 1], buffer = [0, 0, 0], fill_drain = false, cycles = 5, compute_cycles = 7, memory_cycles = 1, transfer = 1, utilization = 1>

// -----

func.func @wrong_kind(%x: tensor<1x8x8x8xi16>) {
  // expected-error @+1 {{'dataflow.systolic' must be a #dataflow.systolic attribute, got 3 : i64}}
  %0 = dataflow.conv %x kernel [1, 1] stride [1, 1] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {dataflow.systolic = 3} : tensor<1x8x8x8xi16> -> tensor<1x8x8x8xi16>
  return
}

// -----

// expected-error @+1 {{systolic 'energy' must be finite and non-negative, got -1.0}}
#bad = #dataflow.systolic<method = static, order = row_major, channel_splits = 1, spatial_splits = [1, 1], buffer = [0, 0, 0], fill_drain = false, cycles = 1, compute_cycles = 1, memory_cycles = 1, transfer = 1, utilization = 1, energy = -1>

// -----

// expected-error @+1 {{systolic 'rules' must be tool or consistent, got 'original'}}
#bad = #dataflow.systolic<method = static, order = row_major, channel_splits = 1, spatial_splits = [1, 1], buffer = [0, 0, 0], fill_drain = false, cycles = 1, compute_cycles = 1, memory_cycles = 1, transfer = 1, utilization = 1, rules = original>
