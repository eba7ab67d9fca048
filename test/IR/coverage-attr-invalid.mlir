// RUN: dataflow-opt %s -split-input-file -verify-diagnostics

// expected-error @+1 {{'dataflow.coverage' must be a dictionary, got 1 : i64}}
func.func @a() attributes {dataflow.coverage = 1 : i64} {
  return
}

// -----

// expected-error @+1 {{'dataflow.coverage' needs 'model_macs', a non-negative integer}}
func.func @a() attributes {dataflow.coverage = {model_macs = -1 : i64, left_out = []}} {
  return
}

// -----

// expected-error @+1 {{'dataflow.coverage' needs 'left_out', an array (may be empty)}}
func.func @a() attributes {dataflow.coverage = {model_macs = 1 : i64}} {
  return
}

// -----

// expected-error @+1 {{'dataflow.coverage' left_out[0] must be a dictionary, got "x"}}
func.func @a() attributes {dataflow.coverage = {model_macs = 1 : i64, left_out = ["x"]}} {
  return
}

// -----

// expected-error @+1 {{'dataflow.coverage' left_out[0] needs 'reason', a string}}
func.func @a() attributes {dataflow.coverage = {model_macs = 1 : i64, left_out = [{name = "x", op = "Softmax", macs = 0 : i64}]}} {
  return
}

// -----

// expected-error @+1 {{'dataflow.coverage' left_out[0] needs 'macs', a non-negative integer}}
func.func @a() attributes {dataflow.coverage = {model_macs = 1 : i64, left_out = [{name = "x", op = "Softmax", reason = "r"}]}} {
  return
}

// -----

// expected-error @+1 {{'dataflow.coverage' has unknown field 'imported'; expected model_macs and left_out}}
func.func @a() attributes {dataflow.coverage = {model_macs = 1 : i64, left_out = [], imported = 1 : i64}} {
  return
}

// -----

func.func @a() {
  // expected-error @+1 {{'dataflow.coverage' belongs on a function, not on 'arith.constant'}}
  %c = arith.constant {dataflow.coverage = {model_macs = 1 : i64, left_out = []}} 0 : i16
  return
}
