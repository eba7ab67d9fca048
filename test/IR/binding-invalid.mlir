// Errors of the function-level attribute that binds a network to its accelerator.
// RUN: dataflow-opt %s -split-input-file -verify-diagnostics

dataflow.accelerator @acc {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
// expected-error @+1 {{names unknown accelerator @eyeriss}}
func.func @net(%x: tensor<1x4xi16>) -> tensor<1x2xi16> attributes {dataflow.accelerator = @eyeriss} {
  %y = dataflow.fc %x : tensor<1x4xi16> -> tensor<1x2xi16>
  return %y : tensor<1x2xi16>
}

// -----

func.func private @helper()
// expected-error @+1 {{names @helper, which is a 'func.func', not a 'dataflow.accelerator'}}
func.func @net(%x: tensor<1x4xi16>) -> tensor<1x2xi16> attributes {dataflow.accelerator = @helper} {
  %y = dataflow.fc %x : tensor<1x4xi16> -> tensor<1x2xi16>
  return %y : tensor<1x2xi16>
}

// -----

// expected-error @+1 {{'dataflow.accelerator' must be a symbol reference such as @eyeriss, got "eyeriss"}}
func.func @net(%x: tensor<1x4xi16>) -> tensor<1x2xi16> attributes {dataflow.accelerator = "eyeriss"} {
  %y = dataflow.fc %x : tensor<1x4xi16> -> tensor<1x2xi16>
  return %y : tensor<1x2xi16>
}

// -----

// expected-error @+1 {{'dataflow.accelerator' belongs on a function, not on 'builtin.module'}}
module attributes {dataflow.accelerator = @acc} {
}

// -----

// expected-error @+1 {{unknown dataflow attribute 'dataflow.acelerator'; expected dataflow.accelerator, dataflow.mapping, dataflow.blocking, dataflow.cost, dataflow.partition, dataflow.noc, dataflow.systolic, dataflow.segment, dataflow.input_partition, dataflow.pipeline, dataflow.directives, dataflow.loop_tiling, dataflow.spm_dma, dataflow.search_incomplete, dataflow.estimated_energy, dataflow.estimated_area_mm2 or dataflow.coverage}}
func.func @net(%x: tensor<1x4xi16>) -> tensor<1x2xi16> attributes {dataflow.acelerator = @acc} {
  %y = dataflow.fc %x : tensor<1x4xi16> -> tensor<1x2xi16>
  return %y : tensor<1x2xi16>
}
