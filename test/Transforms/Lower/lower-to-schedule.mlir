// dataflow-lower-to-schedule makes each layer's schedule explicit: the loop nest of its
// blocking level by level, the refills where they happen, the bypasses, the processing pass.
// RUN: dataflow-opt %s --dataflow-lower-to-schedule --verify-roundtrip | FileCheck %s
// Lowering twice replaces the schedules instead of adding copies.
// RUN: dataflow-opt %s --dataflow-lower-to-schedule --dataflow-lower-to-schedule | FileCheck %s --check-prefix=TWICE

// TWICE-COUNT-3: dataflow.schedule @
// TWICE-NOT:     dataflow.schedule @

// nn_dataflow's Eyeriss configuration (examples/accelerators/eyeriss.mlir).
dataflow.accelerator @eyeriss {
  nodes = [1, 1], pe_array = [16, 16],
  regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}

// AlexNet conv1 with nn_dataflow's schedule (the hand check of docs/cost-model.md §7):
// dram [I 1, O 3, B 64] in order I, B, O; gbuf [1, 16, 1] in order B, I, O; regf [3, 1, 1].
// Filters {I, O} refill the buffer inside the dram O loop (64 fetches: the B loop outside),
// ifmaps {I, B} inside the dram B loop once each, and the register files keep ifmaps across
// the whole gbuf nest (no gbuf loop over I or B is non-trivial); psums go back up after the
// loop that produces them. Each access figure of the cost is carried by exactly one op, so
// the captured cost figures reappear one by one below (the verifier checks the sums too).
// CHECK-LABEL: func.func @alexnet(
// CHECK:       dataflow.schedule @alexnet_schedule for @alexnet {
// CHECK-NEXT:    dataflow.layer_schedule "conv1" cost <energy = 5578247424.0, mac = 843321600.0, regf = 3373286400.0, itcn = 96687360.0, gbuf = 36843264.0, dram = 1228108800.0, {{.*}} ops = [[OPS:843321600.0]], {{.*}}dram_access = [[[DF:1115136.0]], [[DI:2702208.0]], [[DO:2323200.0]]], gbuf_access = [[[GF:1115136.0]], [[GI:2702208.0]], [[GO:2323200.0]]], itcn_access = [[[XF:15611904.0]], [[XI:6711936.0]], [[XO:26019840.0]]], regf_access = [[[RF:843321600.0]], [[RI:843321600.0]], [[RO:1686643200.0]]]> {
// CHECK-NEXT:      dataflow.loop dram I trip 1 {
// CHECK-NEXT:        dataflow.loop dram B trip 64 {
// CHECK-NEXT:          dataflow.transfer ifm dram -> gbuf fills 1 words 42903 access(dram = [[DI]])
// CHECK-NEXT:          dataflow.transfer ifm gbuf -> regf fills 1 words 33 access(gbuf = [[GI]], itcn = [[XI]])
// CHECK-NEXT:          dataflow.loop dram O trip 3 {
// CHECK-NEXT:            dataflow.transfer fil dram -> gbuf fills 64 words 5808 access(dram = [[DF]])
// CHECK-NEXT:            dataflow.loop gbuf B trip 1 {
// CHECK-NEXT:              dataflow.loop gbuf I trip 1 {
// CHECK-NEXT:                dataflow.loop gbuf O trip 16 {
// CHECK-NEXT:                  dataflow.transfer fil gbuf -> regf fills 64 words 33 access(gbuf = [[GF]], itcn = [[XF]])
// CHECK-NEXT:                  dataflow.loop regf I trip 3 {
// CHECK-NEXT:                    dataflow.loop regf O trip 1 {
// CHECK-NEXT:                      dataflow.loop regf B trip 1 {
// CHECK-NEXT:                        dataflow.spatial row_stationary rows 11 cols 14 fold [1, 4] repl [1, 1] ifmaps 1 ofmaps 1 cycles 605 macs [[OPS]] regf [[[RF]], [[RI]], [[RO]]]
// CHECK-NEXT:                      }
// CHECK-NEXT:                    }
// CHECK-NEXT:                  }
// CHECK-NEXT:                  dataflow.transfer ofm regf -> gbuf fills 1 words 1 access(gbuf = [[GO]], itcn = [[XO]])
// CHECK-NEXT:                }
// CHECK-NEXT:              }
// CHECK-NEXT:            }
// CHECK-NEXT:            dataflow.transfer ofm gbuf -> dram fills 1 words 12320 access(dram = [[DO]])
// CHECK-NEXT:          }
// CHECK-NEXT:        }
// CHECK-NEXT:      }
// CHECK-NEXT:    }
// CHECK-NEXT:  }
func.func @alexnet(%x: tensor<16x3x227x227xi16>) -> tensor<16x48x55x55xi16> attributes {dataflow.accelerator = @eyeriss} {
  // The layer graph and its attributes stay as they are.
  // CHECK: dataflow.conv %{{.*}} kernel [11, 11] {{.*}}dataflow.blocking = #dataflow.blocking<dram = [1, 3, 64]
  %0 = dataflow.conv %x kernel [11, 11] stride [4, 4] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {
    dataflow.mapping = #dataflow.mapping<row_stationary, fold = [1, 4], repl = [1, 1], ifmaps = 1, ofmaps = 1>,
    dataflow.blocking = #dataflow.blocking<dram = [1, 3, 64], gbuf = [1, 16, 1], regf = [3, 1, 1], dram_order = [I, B, O], gbuf_order = [B, I, O], bypass = []>,
    dataflow.cost = #dataflow.cost<energy = 5578247424.0, mac = 843321600, regf = 3373286400, itcn = 96687360, gbuf = 36843264, dram = 1228108800, noc = 0, static = 0, cycles = 5575680, proc_cycles = 5575680, bus_cycles = 0, dram_cycles = 0, ops = 843321600, utilization = 0.5908203125, dram_access = [1115136, 2702208, 2323200], gbuf_access = [1115136, 2702208, 2323200], itcn_access = [15611904, 6711936, 26019840], regf_access = [843321600, 843321600, 1686643200]>
  } : tensor<16x3x227x227xi16> -> tensor<16x48x55x55xi16> loc("conv1")
  return %0 : tensor<16x48x55x55xi16>
}

// The same schedule with the filters bypassing the global buffer: one explicit
// dram -> regf transfer at the register-file refill point (inside the gbuf O loop, 64
// fetches), no dram -> gbuf transfer, and no gbuf accesses for filters. The cost is the
// reference's minus the filters' 1115136 gbuf accesses (6 each): gbuf 36843264 - 6690816.
// CHECK-LABEL: dataflow.schedule @bypass_schedule for @bypass {
// CHECK-NEXT:    dataflow.layer_schedule "conv1_bypass" cost <energy = 5571556608.0, {{.*}}gbuf = 30152448.0, {{.*}}dram_access = [[[BDF:1115136.0]], {{.*}}gbuf_access = [0.0, {{.*}}itcn_access = [[[BXF:15611904.0]],
// CHECK-NOT:     dataflow.transfer fil dram -> gbuf
// CHECK:         dataflow.loop gbuf O trip 16 {
// CHECK-NEXT:      dataflow.transfer fil dram -> regf fills 64 words 33 access(dram = [[BDF]], itcn = [[BXF]])
// CHECK-NEXT:      dataflow.loop regf I trip 3 {
// CHECK-NOT:     dataflow.transfer fil
// CHECK:         dataflow.transfer ofm regf -> gbuf fills 1 words 1
// CHECK:         dataflow.transfer ofm gbuf -> dram fills 1 words 12320
func.func @bypass(%x: tensor<16x3x227x227xi16>) -> tensor<16x48x55x55xi16> attributes {dataflow.accelerator = @eyeriss} {
  %0 = dataflow.conv %x kernel [11, 11] stride [4, 4] pad [0, 0, 0, 0] dilation [1, 1] groups 1 {
    dataflow.mapping = #dataflow.mapping<row_stationary, fold = [1, 4], repl = [1, 1], ifmaps = 1, ofmaps = 1>,
    dataflow.blocking = #dataflow.blocking<dram = [1, 3, 64], gbuf = [1, 16, 1], regf = [3, 1, 1], dram_order = [I, B, O], gbuf_order = [B, I, O], bypass = [fil]>,
    dataflow.cost = #dataflow.cost<energy = 5571556608.0, mac = 843321600, regf = 3373286400, itcn = 96687360, gbuf = 30152448, dram = 1228108800, noc = 0, static = 0, cycles = 5575680, proc_cycles = 5575680, bus_cycles = 0, dram_cycles = 0, ops = 843321600, utilization = 0.5908203125, dram_access = [1115136, 2702208, 2323200], gbuf_access = [0, 2702208, 2323200], itcn_access = [15611904, 6711936, 26019840], regf_access = [843321600, 843321600, 1686643200]>
  } : tensor<16x3x227x227xi16> -> tensor<16x48x55x55xi16> loc("conv1_bypass")
  return %0 : tensor<16x48x55x55xi16>
}

// AlexNet pool1 (3x3 stride 2 over 16x48x55x55) and a concat. Pooling has no filters, so
// no filter transfer; every map is read once (55*55*48*16 = 2323200 words) and written once
// (27*27*48*16 = 559872). The PE array holds 2 copies of 3 x 27 PEs computing 2 ofmaps per
// pass. The concat is free and gets no layer schedule.
// CHECK-LABEL: dataflow.schedule @pools_schedule for @pools {
// CHECK-NEXT:    dataflow.layer_schedule "pool1" cost <energy = 624270336.0, {{.*}}ops = 5038848.0, utilization = 0.6328125, dram_access = [0.0, 2323200.0, 559872.0]
// CHECK-NEXT:      dataflow.loop dram I trip 1 {
// CHECK-NEXT:        dataflow.loop dram O trip 24 {
// CHECK-NEXT:          dataflow.loop dram B trip 16 {
// CHECK-NEXT:            dataflow.transfer ifm dram -> gbuf fills 1 words 6050 access(dram = 2323200.0)
// CHECK-NEXT:            dataflow.transfer ifm gbuf -> regf fills 1 words 3 access(gbuf = 2323200.0, itcn = 3421440.0)
// CHECK:                 dataflow.spatial row_stationary rows 3 cols 27 fold [1, 1] repl [2, 1] ifmaps 1 ofmaps 2 cycles 81 macs 5038848.0 regf [0.0, 5038848.0, 10077696.0]
// CHECK:                 dataflow.transfer ofm regf -> gbuf fills 1 words 1 access(gbuf = 559872.0, itcn = 1679616.0)
// CHECK-NEXT:            dataflow.transfer ofm gbuf -> dram fills 1 words 1458 access(dram = 559872.0)
// CHECK-NEXT:          }
// CHECK-NEXT:        }
// CHECK-NEXT:      }
// CHECK-NEXT:    }
// CHECK-NEXT:  }
// CHECK-NOT:   dataflow.transfer fil
func.func @pools(%x: tensor<16x48x55x55xi16>) -> tensor<16x96x27x27xi16> attributes {dataflow.accelerator = @eyeriss} {
  %0 = dataflow.pool max %x window [3, 3] stride [2, 2] pad [0, 0, 0, 0] {
    dataflow.mapping = #dataflow.mapping<row_stationary, fold = [1, 1], repl = [2, 1], ifmaps = 1, ofmaps = 2>,
    dataflow.blocking = #dataflow.blocking<dram = [1, 24, 16], gbuf = [1, 1, 1], regf = [1, 1, 1], dram_order = [I, O, B], gbuf_order = [I, O, B], bypass = []>,
    dataflow.cost = #dataflow.cost<energy = 624270336.0, mac = 5038848.0, regf = 15116544.0, itcn = 10202112.0, gbuf = 17298432.0, dram = 576614400.0, noc = 0.0, static = 0.0, cycles = 31104, proc_cycles = 31104, bus_cycles = 0, dram_cycles = 0, ops = 5038848.0, utilization = 0.6328125, dram_access = [0.0, 2323200.0, 559872.0], gbuf_access = [0.0, 2323200.0, 559872.0], itcn_access = [0.0, 3421440.0, 1679616.0], regf_access = [0.0, 5038848.0, 10077696.0]>
  } : tensor<16x48x55x55xi16> -> tensor<16x48x27x27xi16> loc("pool1")
  %1 = dataflow.concat %0, %0 : tensor<16x48x27x27xi16>, tensor<16x48x27x27xi16> -> tensor<16x96x27x27xi16>
  return %1 : tensor<16x96x27x27xi16>
}

// A function bound to no accelerator is not scheduled, so it gets no schedule and no error.
// CHECK-LABEL: func.func @negative_unbound
// CHECK-NOT:   dataflow.schedule @negative_unbound_schedule
func.func @negative_unbound(%x: tensor<1x4xi16>) -> tensor<1x2xi16> {
  %y = dataflow.fc %x : tensor<1x4xi16> -> tensor<1x2xi16>
  return %y : tensor<1x2xi16>
}
