// Every parse error and verifier branch of #dataflow.partition and #dataflow.noc, and where
// they may be attached.
// RUN: dataflow-opt %s -split-input-file -verify-diagnostics

// expected-error @+1 {{partition 'order' must list each of outp, ofmp, batp, inpp exactly once}}
#p = #dataflow.partition<order = [outp, ofmp, batp, outp], outp = [1, 1], ofmp = [1, 1], batp = [1, 1], inpp = [1, 1]>

// -----

// expected-error @+1 {{partition 'order' must list each of outp, ofmp, batp, inpp exactly once}}
#p = #dataflow.partition<order = [outp, ofmp, batp], outp = [1, 1], ofmp = [1, 1], batp = [1, 1], inpp = [1, 1]>

// -----

// expected-error @+1 {{unknown partition type 'fmap'; expected one of outp, ofmp, batp, inpp}}
#p = #dataflow.partition<order = [outp, fmap, batp, inpp], outp = [1, 1], ofmp = [1, 1], batp = [1, 1], inpp = [1, 1]>

// -----

// expected-error @+1 {{partition 'ofmp' must be positive, got [0, 2]}}
#p = #dataflow.partition<order = [outp, ofmp, batp, inpp], outp = [1, 1], ofmp = [0, 2], batp = [1, 1], inpp = [1, 1]>

// -----

// expected-error @+1 {{partition 'batp' must be [h, w], got 3 values}}
#p = #dataflow.partition<order = [outp, ofmp, batp, inpp], outp = [1, 1], ofmp = [1, 1], batp = [1, 1, 1], inpp = [1, 1]>

// -----

// expected-error @+1 {{partition is missing field 'inpp'}}
#p = #dataflow.partition<order = [outp, ofmp, batp, inpp], outp = [1, 1], ofmp = [1, 1], batp = [1, 1]>

// -----

// expected-error @+1 {{expected true or false, got 'yes'}}
#p = #dataflow.partition<order = [outp, ofmp, batp, inpp], outp = [1, 1], ofmp = [1, 1], batp = [1, 1], inpp = [1, 1], buffer_sharing = yes>

// -----

// expected-error @+1 {{noc 'mem_hops' needs [fil, ifm, ofm], got 2 values}}
#n = #dataflow.noc<unit_hops = [0, 0, 0], mem_hops = [0, 0], node_hops = [0, 0, 0], total_hops = [0, 0, 0], access_divisor = [1, 1, 1]>

// -----

// expected-error @+1 {{noc 'total_hops' must be finite and non-negative}}
#n = #dataflow.noc<unit_hops = [0, 0, 0], mem_hops = [0, 0, 0], node_hops = [0, 0, 0], total_hops = [0, -2, 0], access_divisor = [1, 1, 1]>

// -----

// expected-error @+1 {{noc 'access_divisor' must be at least 1}}
#n = #dataflow.noc<unit_hops = [0, 0, 0], mem_hops = [0, 0, 0], node_hops = [0, 0, 0], total_hops = [0, 0, 0], access_divisor = [1, 0, 1]>

// -----

// A layer's partition belongs on a layer, the input layout on the function.
func.func @on_concat(%x: tensor<1x4xi16>) -> tensor<1x8xi16> {
  // expected-error @+1 {{'dataflow.partition' belongs on a layer op, not on 'dataflow.concat'}}
  %y = dataflow.concat %x, %x {dataflow.partition = #dataflow.partition<order = [outp, ofmp, batp, inpp], outp = [1, 1], ofmp = [1, 1], batp = [1, 1], inpp = [1, 1]>} : tensor<1x4xi16>, tensor<1x4xi16> -> tensor<1x8xi16>
  return %y : tensor<1x8xi16>
}

// -----

func.func @input_on_layer(%x: tensor<1x4xi16>) -> tensor<1x2xi16> {
  // expected-error @+1 {{'dataflow.input_partition' belongs on a function, not on 'dataflow.fc'}}
  %y = dataflow.fc %x {dataflow.input_partition = #dataflow.partition<order = [outp, ofmp, batp, inpp], outp = [1, 1], ofmp = [1, 1], batp = [1, 1], inpp = [1, 1]>} : tensor<1x4xi16> -> tensor<1x2xi16>
  return %y : tensor<1x2xi16>
}

// -----

func.func @wrong_kind(%x: tensor<1x4xi16>) -> tensor<1x2xi16> {
  // expected-error @+1 {{'dataflow.noc' must be a #dataflow.noc attribute, got}}
  %y = dataflow.fc %x {dataflow.noc = #dataflow.blocking<dram = [?, ?, ?], gbuf = [?, ?, ?], regf = [?, ?, ?]>} : tensor<1x4xi16> -> tensor<1x2xi16>
  return %y : tensor<1x2xi16>
}

// -----

// expected-error @+1 {{'dataflow.input_partition' must be a #dataflow.partition attribute, got 1 : i64}}
func.func @input_wrong_kind(%x: tensor<1x4xi16>) -> tensor<1x4xi16> attributes {dataflow.input_partition = 1} {
  return %x : tensor<1x4xi16>
}

// -----

// expected-error @+1 {{partition 'outp' = [4294967296, 1] exceeds the largest node grid side, 256}}
#p = #dataflow.partition<order = [outp, ofmp, batp, inpp], outp = [4294967296, 1], ofmp = [1, 1], batp = [1, 1], inpp = [1, 1]>
