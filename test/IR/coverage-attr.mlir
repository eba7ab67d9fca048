// dataflow.coverage on a function: the model's MACs and the operations the importer left
// out, with their reasons. Round trip.
// RUN: dataflow-opt %s | FileCheck %s
// RUN: dataflow-opt %s --verify-roundtrip > /dev/null

// CHECK-LABEL: func.func @net
// CHECK-SAME: dataflow.coverage = {left_out = [{macs = 64 : i64, name = "attn", op = "MultiheadAttention", reason = "no dataflow form"}], model_macs = 72 : i64}
func.func @net(%x: tensor<1x4xi16>) -> tensor<1x2xi16>
    attributes {dataflow.coverage = {model_macs = 72 : i64, left_out = [{name = "attn", op = "MultiheadAttention", macs = 64 : i64, reason = "no dataflow form"}]}} {
  %y = dataflow.fc %x : tensor<1x4xi16> -> tensor<1x2xi16>
  return %y : tensor<1x2xi16>
}

// CHECK-LABEL: func.func @whole
// CHECK-SAME: dataflow.coverage = {left_out = [], model_macs = 8 : i64}
func.func @whole(%x: tensor<1x4xi16>) -> tensor<1x2xi16>
    attributes {dataflow.coverage = {model_macs = 8 : i64, left_out = []}} {
  %y = dataflow.fc %x : tensor<1x4xi16> -> tensor<1x2xi16>
  return %y : tensor<1x2xi16>
}
