// The schedule IR round-trips in custom and generic form, every figure exact.
// RUN: dataflow-opt %s --verify-roundtrip | FileCheck %s
// RUN: dataflow-opt %s --mlir-print-op-generic | dataflow-opt --verify-roundtrip | FileCheck %s

func.func @alexnet(%x: tensor<16x3x227x227xi16>) -> tensor<16x48x55x55xi16> {
  %0 = dataflow.conv %x kernel [11, 11] stride [4, 4] pad [0, 0, 0, 0] dilation [1, 1] groups 1 : tensor<16x3x227x227xi16> -> tensor<16x48x55x55xi16>
  return %0 : tensor<16x48x55x55xi16>
}

// AlexNet conv1 on Eyeriss (schedule-attrs.mlir @complete): dram_order [I, B, O],
// gbuf_order [B, I, O], nothing bypassed. Each transfer sits inside the innermost
// non-trivial loop that changes its block; ofm goes back up after the nested loop.
// CHECK-LABEL: dataflow.schedule @alexnet_schedule for @alexnet {
// CHECK-NEXT:    dataflow.layer_schedule "conv1" cost <energy = 5578247424.0, {{.*}}regf_access = [843321600.0, 843321600.0, 1686643200.0]> {
// CHECK-NEXT:      dataflow.loop dram I trip 1 {
// CHECK-NEXT:        dataflow.loop dram B trip 64 {
// CHECK-NEXT:          dataflow.transfer ifm dram -> gbuf fills 1 words 42903 access(dram = 2702208.0)
// CHECK-NEXT:          dataflow.transfer ifm gbuf -> regf fills 1 words 33 access(gbuf = 2702208.0, itcn = 6711936.0)
// CHECK-NEXT:          dataflow.loop dram O trip 3 {
// CHECK-NEXT:            dataflow.transfer fil dram -> gbuf fills 64 words 5808 access(dram = 1115136.0)
// CHECK-NEXT:            dataflow.loop gbuf B trip 1 {
// CHECK-NEXT:              dataflow.loop gbuf I trip 1 {
// CHECK-NEXT:                dataflow.loop gbuf O trip 16 {
// CHECK-NEXT:                  dataflow.transfer fil gbuf -> regf fills 64 words 33 access(gbuf = 1115136.0, itcn = 15611904.0)
// CHECK-NEXT:                  dataflow.loop regf I trip 3 {
// CHECK-NEXT:                    dataflow.loop regf O trip 1 {
// CHECK-NEXT:                      dataflow.loop regf B trip 1 {
// CHECK-NEXT:                        dataflow.spatial row_stationary rows 11 cols 14 fold [1, 4] repl [1, 1] ifmaps 1 ofmaps 1 cycles 605 macs 843321600.0 regf [843321600.0, 843321600.0, 1686643200.0]
// CHECK-NEXT:                      }
// CHECK-NEXT:                    }
// CHECK-NEXT:                  }
// CHECK-NEXT:                  dataflow.transfer ofm regf -> gbuf fills 1 words 1 access(gbuf = 2323200.0, itcn = 26019840.0)
// CHECK-NEXT:                }
// CHECK-NEXT:              }
// CHECK-NEXT:            }
// CHECK-NEXT:            dataflow.transfer ofm gbuf -> dram fills 1 words 12320 access(dram = 2323200.0)
// CHECK-NEXT:          }
// CHECK-NEXT:        }
// CHECK-NEXT:      }
// CHECK-NEXT:    }
// CHECK-NEXT:  }
dataflow.schedule @alexnet_schedule for @alexnet {
  dataflow.layer_schedule "conv1" cost <energy = 5578247424.0, mac = 843321600, regf = 3373286400, itcn = 96687360, gbuf = 36843264, dram = 1228108800, noc = 0, static = 0, cycles = 5575680, proc_cycles = 5575680, bus_cycles = 0, dram_cycles = 0, ops = 843321600, utilization = 0.5908203125, dram_access = [1115136, 2702208, 2323200], gbuf_access = [1115136, 2702208, 2323200], itcn_access = [15611904, 6711936, 26019840], regf_access = [843321600, 843321600, 1686643200]> {
    dataflow.loop dram I trip 1 {
      dataflow.loop dram B trip 64 {
        dataflow.transfer ifm dram -> gbuf fills 1 words 42903 access(dram = 2702208)
        dataflow.transfer ifm gbuf -> regf fills 1 words 33 access(itcn = 6711936, gbuf = 2702208)
        dataflow.loop dram O trip 3 {
          dataflow.transfer fil dram -> gbuf fills 64 words 5808 access(dram = 1115136.0)
          dataflow.loop gbuf B trip 1 {
            dataflow.loop gbuf I trip 1 {
              dataflow.loop gbuf O trip 16 {
                dataflow.transfer fil gbuf -> regf fills 64 words 33 access(gbuf = 1115136.0, itcn = 15611904.0)
                dataflow.loop regf I trip 3 {
                  dataflow.loop regf O trip 1 {
                    dataflow.loop regf B trip 1 {
                      dataflow.spatial row_stationary rows 11 cols 14 fold [1, 4] repl [1, 1] ifmaps 1 ofmaps 1 cycles 605 macs 843321600 regf [843321600, 843321600, 1686643200]
                    }
                  }
                }
                dataflow.transfer ofm regf -> gbuf fills 1 words 1 access(gbuf = 2323200.0, itcn = 26019840.0)
              }
            }
          }
          dataflow.transfer ofm gbuf -> dram fills 1 words 12320 access(dram = 2323200.0)
        }
      }
    }
  }
}

// A bypass made explicit: filters go from DRAM straight to the register files and output
// partial sums straight back (no gbuf access); a pooling layer has no filters at all, and
// fractional access counts (partial loop occupancy) stay exact. Figures are made up but
// consistent: each access figure of the cost is the one transfer's that carries it.
// CHECK-LABEL: dataflow.schedule @bypass_schedule for @alexnet {
// CHECK:         dataflow.layer_schedule "conv_bypass"
// CHECK:           dataflow.transfer fil dram -> regf fills 2 words 9 access(dram = 100.0, itcn = 300.0)
// CHECK:           dataflow.transfer ofm regf -> dram fills 3 words 1 access(dram = 40.0, itcn = 50.0)
// CHECK:         dataflow.layer_schedule "pool1"
// CHECK-NOT:       dataflow.transfer fil
// CHECK:           dataflow.transfer ifm gbuf -> regf fills 1 words 4 access(gbuf = 2.5, itcn = 0.1)
// CHECK:           dataflow.spatial row_stationary rows 3 cols 7 fold [1, 2] repl [2, 1] ifmaps 1 ofmaps 2 cycles 9 macs 64.0 regf [0.0, 64.0, 128.0]
dataflow.schedule @bypass_schedule for @alexnet {
  dataflow.layer_schedule "conv_bypass" cost <energy = 1.0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 8, utilization = 0.5, dram_access = [100, 20, 40], gbuf_access = [0, 30, 0], itcn_access = [300, 60, 50], regf_access = [8, 8, 16]> {
    dataflow.loop dram O trip 2 {
      dataflow.loop dram I trip 1 {
        dataflow.loop dram B trip 1 {
          dataflow.transfer ifm dram -> gbuf fills 1 words 12 access(dram = 20.0)
          dataflow.loop gbuf I trip 1 {
            dataflow.transfer fil dram -> regf fills 2 words 9 access(dram = 100.0, itcn = 300.0)
            dataflow.transfer ifm gbuf -> regf fills 1 words 4 access(gbuf = 30.0, itcn = 60.0)
            dataflow.loop gbuf O trip 1 {
              dataflow.loop gbuf B trip 1 {
                dataflow.loop regf I trip 1 {
                  dataflow.loop regf O trip 1 {
                    dataflow.loop regf B trip 1 {
                      dataflow.spatial row_stationary rows 3 cols 3 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 9 macs 8.0 regf [8.0, 8.0, 16.0]
                    }
                  }
                }
              }
            }
            dataflow.transfer ofm regf -> dram fills 3 words 1 access(dram = 40.0, itcn = 50.0)
          }
        }
      }
    }
  }
  dataflow.layer_schedule "pool1" cost <energy = 1.0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 64, utilization = 0.75, dram_access = [0, 2.5, 1], gbuf_access = [0, 2.5, 1], itcn_access = [0, 0.1, 2], regf_access = [0, 64, 128]> {
    dataflow.transfer ifm dram -> gbuf fills 1 words 40 access(dram = 2.5)
    dataflow.transfer ifm gbuf -> regf fills 1 words 4 access(gbuf = 2.5, itcn = 0.1)
    dataflow.loop dram I trip 1 {
      dataflow.loop dram O trip 1 {
        dataflow.loop dram B trip 1 {
          dataflow.loop gbuf I trip 1 {
            dataflow.loop gbuf O trip 1 {
              dataflow.loop gbuf B trip 1 {
                dataflow.loop regf I trip 1 {
                  dataflow.loop regf O trip 1 {
                    dataflow.loop regf B trip 1 {
                      dataflow.spatial row_stationary rows 3 cols 7 fold [1, 2] repl [2, 1] ifmaps 1 ofmaps 2 cycles 9 macs 64 regf [0, 64, 128]
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    dataflow.transfer ofm regf -> gbuf fills 1 words 2 access(gbuf = 1.0, itcn = 2.0)
    dataflow.transfer ofm gbuf -> dram fills 1 words 20 access(dram = 1.0)
  }
}

// The node level of a partitioned layer (hand-written, zero cost): four node loops in the
// partition order, NoC transfers of every route, and the NoC figures they add up to.
func.func @node_level() { return }
// CHECK-LABEL: dataflow.schedule @node_level_schedule for @node_level {
// CHECK-NEXT:    dataflow.layer_schedule "conv" cost <{{.*}}> noc <unit_hops = [3.0, 4.0, 0.0], mem_hops = [6.0, 4.0, 0.0], node_hops = [0.0, 10.0, 0.0], total_hops = [6.0, 14.0, 0.0], access_divisor = [2.0, 1.0, 1.0]> {
// CHECK-NEXT:      dataflow.node_loop outp grid [1, 2] {
// CHECK-NEXT:        dataflow.node_loop ofmp grid [2, 1] {
// CHECK-NEXT:          dataflow.node_loop batp grid [1, 1] {
// CHECK-NEXT:            dataflow.node_loop inpp grid [1, 1] {
// CHECK-NEXT:              dataflow.noc_transfer fil forwarded group 2 fills 2 unit_hops 3 hops 6.0
// CHECK-NEXT:              dataflow.noc_transfer ifm dram fills 1 unit_hops 4 hops 4.0
// CHECK-NEXT:              dataflow.noc_transfer ifm shared group 2 hops 10.0
// CHECK-NEXT:              dataflow.loop dram I trip 1 {
// CHECK:                     dataflow.noc_transfer ofm dram fills 1 unit_hops 0 hops 0.0
dataflow.schedule @node_level_schedule for @node_level {
  dataflow.layer_schedule "conv" cost #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]> noc <unit_hops = [3.0, 4.0, 0.0], mem_hops = [6.0, 4.0, 0.0], node_hops = [0.0, 10.0, 0.0], total_hops = [6.0, 14.0, 0.0], access_divisor = [2.0, 1.0, 1.0]> {
    dataflow.node_loop outp grid [1, 2] {
      dataflow.node_loop ofmp grid [2, 1] {
        dataflow.node_loop batp grid [1, 1] {
          dataflow.node_loop inpp grid [1, 1] {
            dataflow.noc_transfer fil forwarded group 2 fills 2 unit_hops 3 hops 6.0
            dataflow.noc_transfer ifm dram fills 1 unit_hops 4 hops 4.0
            dataflow.noc_transfer ifm shared group 2 hops 10.0
            dataflow.loop dram I trip 1 { dataflow.loop dram O trip 1 { dataflow.loop dram B trip 1 {
             dataflow.loop gbuf I trip 1 { dataflow.loop gbuf O trip 1 { dataflow.loop gbuf B trip 1 {
             dataflow.loop regf I trip 1 { dataflow.loop regf O trip 1 { dataflow.loop regf B trip 1 {
               dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
             } } } } } } } } }
            dataflow.noc_transfer ofm dram fills 1 unit_hops 0 hops 0.0
          }
        }
      }
    }
  }
}
