// Every verifier branch of the schedule IR's node level (dataflow.node_loop,
// dataflow.noc_transfer, and a partitioned dataflow.layer_schedule). The per-node nests are
// all trip-1 loops around an empty processing pass, the costs zero; the case is commented.
// RUN: dataflow-opt %s -split-input-file -verify-diagnostics

// A node grid factor is two positive [rows, columns].
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]> noc <unit_hops = [0.0, 0.0, 0.0], mem_hops = [0.0, 0.0, 0.0], node_hops = [0.0, 0.0, 0.0], total_hops = [0.0, 0.0, 0.0], access_divisor = [1.0, 1.0, 1.0]> {
    dataflow.node_loop outp grid [1, 1] {
      // expected-error @+1 {{'dataflow.node_loop' op grid must be two positive [rows, columns]}}
      dataflow.node_loop ofmp grid [0, 2] {
        dataflow.node_loop batp grid [1, 1] {
          dataflow.node_loop inpp grid [1, 1] {
            dataflow.loop dram I trip 1 { dataflow.loop dram O trip 1 { dataflow.loop dram B trip 1 {
             dataflow.loop gbuf I trip 1 { dataflow.loop gbuf O trip 1 { dataflow.loop gbuf B trip 1 {
             dataflow.loop regf I trip 1 { dataflow.loop regf O trip 1 { dataflow.loop regf B trip 1 {
               dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
             } } } } } } } } }
          }
        }
      }
    }
  }
}

// -----

// A partition splits each type once.
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]> noc <unit_hops = [0.0, 0.0, 0.0], mem_hops = [0.0, 0.0, 0.0], node_hops = [0.0, 0.0, 0.0], total_hops = [0.0, 0.0, 0.0], access_divisor = [1.0, 1.0, 1.0]> {
    dataflow.node_loop outp grid [1, 1] {
      dataflow.node_loop ofmp grid [1, 1] {
        dataflow.node_loop batp grid [1, 1] {
          // expected-error @+1 {{'dataflow.node_loop' op repeats the node loop over 'ofmp'; a partition splits each type once}}
          dataflow.node_loop ofmp grid [1, 1] {
            dataflow.loop dram I trip 1 { dataflow.loop dram O trip 1 { dataflow.loop dram B trip 1 {
             dataflow.loop gbuf I trip 1 { dataflow.loop gbuf O trip 1 { dataflow.loop gbuf B trip 1 {
             dataflow.loop regf I trip 1 { dataflow.loop regf O trip 1 { dataflow.loop regf B trip 1 {
               dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
             } } } } } } } } }
          }
        }
      }
    }
  }
}

// -----

// Every partition type has its node loop, trivial ones too.
func.func @net() { return }
dataflow.schedule @s for @net {
  // expected-error @+1 {{'dataflow.layer_schedule' op has 3 node loops; a partitioned layer has one per partition type (outp, ofmp, batp, inpp)}}
  dataflow.layer_schedule "x" cost #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]> noc <unit_hops = [0.0, 0.0, 0.0], mem_hops = [0.0, 0.0, 0.0], node_hops = [0.0, 0.0, 0.0], total_hops = [0.0, 0.0, 0.0], access_divisor = [1.0, 1.0, 1.0]> {
    dataflow.node_loop outp grid [1, 1] {
      dataflow.node_loop ofmp grid [1, 1] {
        dataflow.node_loop batp grid [1, 1] {
          dataflow.loop dram I trip 1 { dataflow.loop dram O trip 1 { dataflow.loop dram B trip 1 {
           dataflow.loop gbuf I trip 1 { dataflow.loop gbuf O trip 1 { dataflow.loop gbuf B trip 1 {
           dataflow.loop regf I trip 1 { dataflow.loop regf O trip 1 { dataflow.loop regf B trip 1 {
             dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
           } } } } } } } } }
        }
      }
    }
  }
}

// -----

// Node loops need the NoC figures they account for.
func.func @net() { return }
dataflow.schedule @s for @net {
  // expected-error @+1 {{'dataflow.layer_schedule' op has node loops but no 'noc' figures; a partitioned layer carries its #dataflow.noc}}
  dataflow.layer_schedule "x" cost #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]> {
    dataflow.node_loop outp grid [1, 1] {
      dataflow.node_loop ofmp grid [1, 1] {
        dataflow.node_loop batp grid [1, 1] {
          dataflow.node_loop inpp grid [1, 1] {
            dataflow.loop dram I trip 1 { dataflow.loop dram O trip 1 { dataflow.loop dram B trip 1 {
             dataflow.loop gbuf I trip 1 { dataflow.loop gbuf O trip 1 { dataflow.loop gbuf B trip 1 {
             dataflow.loop regf I trip 1 { dataflow.loop regf O trip 1 { dataflow.loop regf B trip 1 {
               dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
             } } } } } } } } }
          }
        }
      }
    }
  }
}

// -----

// An outer node loop holds only the next node loop.
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]> noc <unit_hops = [0.0, 0.0, 0.0], mem_hops = [0.0, 0.0, 0.0], node_hops = [0.0, 0.0, 0.0], total_hops = [0.0, 0.0, 0.0], access_divisor = [1.0, 1.0, 1.0]> {
    dataflow.node_loop outp grid [1, 1] {
      dataflow.node_loop ofmp grid [1, 1] {
        // expected-error @+1 {{'dataflow.node_loop' op holds a nested node loop, so it may hold nothing else, got 'dataflow.noc_transfer'}}
        dataflow.node_loop batp grid [1, 1] {
          dataflow.noc_transfer ifm dram fills 1 unit_hops 0 hops 0.0
          dataflow.node_loop inpp grid [1, 1] {
            dataflow.loop dram I trip 1 { dataflow.loop dram O trip 1 { dataflow.loop dram B trip 1 {
             dataflow.loop gbuf I trip 1 { dataflow.loop gbuf O trip 1 { dataflow.loop gbuf B trip 1 {
             dataflow.loop regf I trip 1 { dataflow.loop regf O trip 1 { dataflow.loop regf B trip 1 {
               dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
             } } } } } } } } }
          }
        }
      }
    }
  }
}

// -----

// The innermost node loop holds the per-node nest.
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]> noc <unit_hops = [0.0, 0.0, 0.0], mem_hops = [0.0, 0.0, 0.0], node_hops = [0.0, 0.0, 0.0], total_hops = [0.0, 0.0, 0.0], access_divisor = [1.0, 1.0, 1.0]> {
    dataflow.node_loop outp grid [1, 1] {
      dataflow.node_loop ofmp grid [1, 1] {
        dataflow.node_loop batp grid [1, 1] {
          // expected-error @+1 {{'dataflow.node_loop' op must hold exactly one nested 'dataflow.node_loop' or 'dataflow.loop', got 0}}
          dataflow.node_loop inpp grid [1, 1] {
            dataflow.noc_transfer ifm dram fills 1 unit_hops 0 hops 0.0
          }
        }
      }
    }
  }
}

// -----

// Only schedule ops go in a node loop.
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]> noc <unit_hops = [0.0, 0.0, 0.0], mem_hops = [0.0, 0.0, 0.0], node_hops = [0.0, 0.0, 0.0], total_hops = [0.0, 0.0, 0.0], access_divisor = [1.0, 1.0, 1.0]> {
    dataflow.node_loop outp grid [1, 1] {
      dataflow.node_loop ofmp grid [1, 1] {
        dataflow.node_loop batp grid [1, 1] {
          // expected-error @+1 {{'dataflow.node_loop' op may only hold 'dataflow.loop', 'dataflow.transfer', 'dataflow.noc_transfer' and 'dataflow.spatial' ops, got 'func.call'}}
          dataflow.node_loop inpp grid [1, 1] {
            func.call @net() : () -> ()
            dataflow.loop dram I trip 1 { dataflow.loop dram O trip 1 { dataflow.loop dram B trip 1 {
             dataflow.loop gbuf I trip 1 { dataflow.loop gbuf O trip 1 { dataflow.loop gbuf B trip 1 {
             dataflow.loop regf I trip 1 { dataflow.loop regf O trip 1 { dataflow.loop regf B trip 1 {
               dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
             } } } } } } } } }
          }
        }
      }
    }
  }
}

// -----

// A partitioned layer is one chain of node loops and nothing else.
func.func @net() { return }
dataflow.schedule @s for @net {
  // expected-error @+1 {{'dataflow.layer_schedule' op holds node loops, so it may hold nothing else, got 'dataflow.transfer'}}
  dataflow.layer_schedule "x" cost #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]> noc <unit_hops = [0.0, 0.0, 0.0], mem_hops = [0.0, 0.0, 0.0], node_hops = [0.0, 0.0, 0.0], total_hops = [0.0, 0.0, 0.0], access_divisor = [1.0, 1.0, 1.0]> {
    dataflow.transfer ifm dram -> gbuf fills 1 words 1 access(dram = 0)
    dataflow.node_loop outp grid [1, 1] {
      dataflow.node_loop ofmp grid [1, 1] {
        dataflow.node_loop batp grid [1, 1] {
          dataflow.node_loop inpp grid [1, 1] {
            dataflow.loop dram I trip 1 { dataflow.loop dram O trip 1 { dataflow.loop dram B trip 1 {
             dataflow.loop gbuf I trip 1 { dataflow.loop gbuf O trip 1 { dataflow.loop gbuf B trip 1 {
             dataflow.loop regf I trip 1 { dataflow.loop regf O trip 1 { dataflow.loop regf B trip 1 {
               dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
             } } } } } } } } }
          }
        }
      }
    }
  }
}

// -----

// Only a partitioned layer carries NoC figures.
func.func @net() { return }
dataflow.schedule @s for @net {
  // expected-error @+1 {{'dataflow.layer_schedule' op carries NoC figures but no node loops; only a partitioned layer moves data over the NoC}}
  dataflow.layer_schedule "x" cost #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]> noc <unit_hops = [0.0, 0.0, 0.0], mem_hops = [0.0, 0.0, 0.0], node_hops = [0.0, 0.0, 0.0], total_hops = [0.0, 0.0, 0.0], access_divisor = [1.0, 1.0, 1.0]> {
    dataflow.loop dram I trip 1 { dataflow.loop dram O trip 1 { dataflow.loop dram B trip 1 {
     dataflow.loop gbuf I trip 1 { dataflow.loop gbuf O trip 1 { dataflow.loop gbuf B trip 1 {
     dataflow.loop regf I trip 1 { dataflow.loop regf O trip 1 { dataflow.loop regf B trip 1 {
       dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
     } } } } } } } } }
  }
}

// -----

// Node loops belong in a layer schedule.
func.func @net() {
  // expected-error @+1 {{'dataflow.node_loop' op expects parent op to be one of 'dataflow.layer_schedule, dataflow.node_loop'}}
  dataflow.node_loop outp grid [1, 1] {
  }
  return
}

// -----

// NoC transfers sit at the node level, not inside the per-node nest.
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]> noc <unit_hops = [0.0, 0.0, 0.0], mem_hops = [0.0, 0.0, 0.0], node_hops = [0.0, 0.0, 0.0], total_hops = [0.0, 0.0, 0.0], access_divisor = [1.0, 1.0, 1.0]> {
    dataflow.node_loop outp grid [1, 1] {
      dataflow.node_loop ofmp grid [1, 1] {
        dataflow.node_loop batp grid [1, 1] {
          dataflow.node_loop inpp grid [1, 1] {
            dataflow.loop dram I trip 1 { dataflow.loop dram O trip 1 { dataflow.loop dram B trip 1 {
             // expected-error @+1 {{'dataflow.noc_transfer' op expects parent op 'dataflow.node_loop'}}
             dataflow.noc_transfer ifm dram fills 1 unit_hops 0 hops 0.0
             dataflow.loop gbuf I trip 1 { dataflow.loop gbuf O trip 1 { dataflow.loop gbuf B trip 1 {
             dataflow.loop regf I trip 1 { dataflow.loop regf O trip 1 { dataflow.loop regf B trip 1 {
               dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
             } } } } } } } } }
          }
        }
      }
    }
  }
}

// -----

// Hops are finite and non-negative.
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]> noc <unit_hops = [0.0, 0.0, 0.0], mem_hops = [0.0, 0.0, 0.0], node_hops = [0.0, 0.0, 0.0], total_hops = [0.0, 0.0, 0.0], access_divisor = [1.0, 1.0, 1.0]> {
    dataflow.node_loop outp grid [1, 1] {
      dataflow.node_loop ofmp grid [1, 1] {
        dataflow.node_loop batp grid [1, 1] {
          dataflow.node_loop inpp grid [1, 1] {
            // expected-error @+1 {{'dataflow.noc_transfer' op hops must be finite and non-negative, got -1.000000e+00}}
            dataflow.noc_transfer fil shared group 2 hops -1.0
            dataflow.loop dram I trip 1 { dataflow.loop dram O trip 1 { dataflow.loop dram B trip 1 {
             dataflow.loop gbuf I trip 1 { dataflow.loop gbuf O trip 1 { dataflow.loop gbuf B trip 1 {
             dataflow.loop regf I trip 1 { dataflow.loop regf O trip 1 { dataflow.loop regf B trip 1 {
               dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
             } } } } } } } } }
          }
        }
      }
    }
  }
}

// -----

// A DRAM route says how often and how far.
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]> noc <unit_hops = [0.0, 0.0, 0.0], mem_hops = [0.0, 0.0, 0.0], node_hops = [0.0, 0.0, 0.0], total_hops = [0.0, 0.0, 0.0], access_divisor = [1.0, 1.0, 1.0]> {
    dataflow.node_loop outp grid [1, 1] {
      dataflow.node_loop ofmp grid [1, 1] {
        dataflow.node_loop batp grid [1, 1] {
          dataflow.node_loop inpp grid [1, 1] {
            // expected-error @+1 {{'dataflow.noc_transfer' op route 'dram' needs 'fills' and 'unit_hops'}}
            dataflow.noc_transfer ifm dram hops 0.0
            dataflow.loop dram I trip 1 { dataflow.loop dram O trip 1 { dataflow.loop dram B trip 1 {
             dataflow.loop gbuf I trip 1 { dataflow.loop gbuf O trip 1 { dataflow.loop gbuf B trip 1 {
             dataflow.loop regf I trip 1 { dataflow.loop regf O trip 1 { dataflow.loop regf B trip 1 {
               dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
             } } } } } } } } }
          }
        }
      }
    }
  }
}

// -----

// Buffer sharing has no DRAM fetches.
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]> noc <unit_hops = [0.0, 0.0, 0.0], mem_hops = [0.0, 0.0, 0.0], node_hops = [0.0, 0.0, 0.0], total_hops = [0.0, 0.0, 0.0], access_divisor = [1.0, 1.0, 1.0]> {
    dataflow.node_loop outp grid [1, 1] {
      dataflow.node_loop ofmp grid [1, 1] {
        dataflow.node_loop batp grid [1, 1] {
          dataflow.node_loop inpp grid [1, 1] {
            // expected-error @+1 {{'dataflow.noc_transfer' op route 'shared' takes no 'fills' and 'unit_hops'}}
            dataflow.noc_transfer ifm shared group 2 fills 1 unit_hops 0 hops 0.0
            dataflow.loop dram I trip 1 { dataflow.loop dram O trip 1 { dataflow.loop dram B trip 1 {
             dataflow.loop gbuf I trip 1 { dataflow.loop gbuf O trip 1 { dataflow.loop gbuf B trip 1 {
             dataflow.loop regf I trip 1 { dataflow.loop regf O trip 1 { dataflow.loop regf B trip 1 {
               dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
             } } } } } } } } }
          }
        }
      }
    }
  }
}

// -----

// Straight from DRAM has no group.
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]> noc <unit_hops = [0.0, 0.0, 0.0], mem_hops = [0.0, 0.0, 0.0], node_hops = [0.0, 0.0, 0.0], total_hops = [0.0, 0.0, 0.0], access_divisor = [1.0, 1.0, 1.0]> {
    dataflow.node_loop outp grid [1, 1] {
      dataflow.node_loop ofmp grid [1, 1] {
        dataflow.node_loop batp grid [1, 1] {
          dataflow.node_loop inpp grid [1, 1] {
            // expected-error @+1 {{'dataflow.noc_transfer' op route 'dram' takes no 'group'}}
            dataflow.noc_transfer ifm dram group 2 fills 1 unit_hops 0 hops 0.0
            dataflow.loop dram I trip 1 { dataflow.loop dram O trip 1 { dataflow.loop dram B trip 1 {
             dataflow.loop gbuf I trip 1 { dataflow.loop gbuf O trip 1 { dataflow.loop gbuf B trip 1 {
             dataflow.loop regf I trip 1 { dataflow.loop regf O trip 1 { dataflow.loop regf B trip 1 {
               dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
             } } } } } } } } }
          }
        }
      }
    }
  }
}

// -----

// Forwarding has a group.
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]> noc <unit_hops = [0.0, 0.0, 0.0], mem_hops = [0.0, 0.0, 0.0], node_hops = [0.0, 0.0, 0.0], total_hops = [0.0, 0.0, 0.0], access_divisor = [1.0, 1.0, 1.0]> {
    dataflow.node_loop outp grid [1, 1] {
      dataflow.node_loop ofmp grid [1, 1] {
        dataflow.node_loop batp grid [1, 1] {
          dataflow.node_loop inpp grid [1, 1] {
            // expected-error @+1 {{'dataflow.noc_transfer' op route 'forwarded' needs a 'group'}}
            dataflow.noc_transfer ifm forwarded fills 1 unit_hops 0 hops 0.0
            dataflow.loop dram I trip 1 { dataflow.loop dram O trip 1 { dataflow.loop dram B trip 1 {
             dataflow.loop gbuf I trip 1 { dataflow.loop gbuf O trip 1 { dataflow.loop gbuf B trip 1 {
             dataflow.loop regf I trip 1 { dataflow.loop regf O trip 1 { dataflow.loop regf B trip 1 {
               dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
             } } } } } } } } }
          }
        }
      }
    }
  }
}

// -----

// Forwarding takes two nodes at least.
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]> noc <unit_hops = [0.0, 0.0, 0.0], mem_hops = [0.0, 0.0, 0.0], node_hops = [0.0, 0.0, 0.0], total_hops = [0.0, 0.0, 0.0], access_divisor = [1.0, 1.0, 1.0]> {
    dataflow.node_loop outp grid [1, 1] {
      dataflow.node_loop ofmp grid [1, 1] {
        dataflow.node_loop batp grid [1, 1] {
          dataflow.node_loop inpp grid [1, 1] {
            // expected-error @+1 {{'dataflow.noc_transfer' op group must be at least 2 (one node forwarding to another), got 1}}
            dataflow.noc_transfer ifm forwarded group 1 fills 1 unit_hops 0 hops 0.0
            dataflow.loop dram I trip 1 { dataflow.loop dram O trip 1 { dataflow.loop dram B trip 1 {
             dataflow.loop gbuf I trip 1 { dataflow.loop gbuf O trip 1 { dataflow.loop gbuf B trip 1 {
             dataflow.loop regf I trip 1 { dataflow.loop regf O trip 1 { dataflow.loop regf B trip 1 {
               dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
             } } } } } } } } }
          }
        }
      }
    }
  }
}

// -----

// A sharing subgroup is positive.
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]> noc <unit_hops = [0.0, 0.0, 0.0], mem_hops = [0.0, 0.0, 0.0], node_hops = [0.0, 0.0, 0.0], total_hops = [0.0, 0.0, 0.0], access_divisor = [1.0, 1.0, 1.0]> {
    dataflow.node_loop outp grid [1, 1] {
      dataflow.node_loop ofmp grid [1, 1] {
        dataflow.node_loop batp grid [1, 1] {
          dataflow.node_loop inpp grid [1, 1] {
            // expected-error @+1 {{'dataflow.noc_transfer' op group must be positive, got 0}}
            dataflow.noc_transfer ifm shared group 0 hops 0.0
            dataflow.loop dram I trip 1 { dataflow.loop dram O trip 1 { dataflow.loop dram B trip 1 {
             dataflow.loop gbuf I trip 1 { dataflow.loop gbuf O trip 1 { dataflow.loop gbuf B trip 1 {
             dataflow.loop regf I trip 1 { dataflow.loop regf O trip 1 { dataflow.loop regf B trip 1 {
               dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
             } } } } } } } } }
          }
        }
      }
    }
  }
}

// -----

// Fills are positive.
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]> noc <unit_hops = [0.0, 0.0, 0.0], mem_hops = [0.0, 0.0, 0.0], node_hops = [0.0, 0.0, 0.0], total_hops = [0.0, 0.0, 0.0], access_divisor = [1.0, 1.0, 1.0]> {
    dataflow.node_loop outp grid [1, 1] {
      dataflow.node_loop ofmp grid [1, 1] {
        dataflow.node_loop batp grid [1, 1] {
          dataflow.node_loop inpp grid [1, 1] {
            // expected-error @+1 {{'dataflow.noc_transfer' op fills must be positive and unit_hops non-negative, got 0 and 5}}
            dataflow.noc_transfer ifm dram fills 0 unit_hops 5 hops 0.0
            dataflow.loop dram I trip 1 { dataflow.loop dram O trip 1 { dataflow.loop dram B trip 1 {
             dataflow.loop gbuf I trip 1 { dataflow.loop gbuf O trip 1 { dataflow.loop gbuf B trip 1 {
             dataflow.loop regf I trip 1 { dataflow.loop regf O trip 1 { dataflow.loop regf B trip 1 {
               dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
             } } } } } } } } }
          }
        }
      }
    }
  }
}

// -----

// Memory hops are unit hops times fills (docs/cost-model.md §5.3).
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]> noc <unit_hops = [0.0, 0.0, 0.0], mem_hops = [0.0, 0.0, 0.0], node_hops = [0.0, 0.0, 0.0], total_hops = [0.0, 0.0, 0.0], access_divisor = [1.0, 1.0, 1.0]> {
    dataflow.node_loop outp grid [1, 1] {
      dataflow.node_loop ofmp grid [1, 1] {
        dataflow.node_loop batp grid [1, 1] {
          dataflow.node_loop inpp grid [1, 1] {
            // expected-error @+1 {{'dataflow.noc_transfer' op hops 7.0 must be unit_hops x fills = 10.0}}
            dataflow.noc_transfer ifm dram fills 2 unit_hops 5 hops 7.0
            dataflow.loop dram I trip 1 { dataflow.loop dram O trip 1 { dataflow.loop dram B trip 1 {
             dataflow.loop gbuf I trip 1 { dataflow.loop gbuf O trip 1 { dataflow.loop gbuf B trip 1 {
             dataflow.loop regf I trip 1 { dataflow.loop regf O trip 1 { dataflow.loop regf B trip 1 {
               dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
             } } } } } } } } }
          }
        }
      }
    }
  }
}

// -----

// Ofmaps go back after the per-node nest.
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]> noc <unit_hops = [0.0, 0.0, 0.0], mem_hops = [0.0, 0.0, 0.0], node_hops = [0.0, 0.0, 0.0], total_hops = [0.0, 0.0, 0.0], access_divisor = [1.0, 1.0, 1.0]> {
    dataflow.node_loop outp grid [1, 1] {
      dataflow.node_loop ofmp grid [1, 1] {
        dataflow.node_loop batp grid [1, 1] {
          dataflow.node_loop inpp grid [1, 1] {
            // expected-error @+1 {{'dataflow.noc_transfer' op 'ofm' must be sent after the per-node nest}}
            dataflow.noc_transfer ofm dram fills 1 unit_hops 0 hops 0.0
            dataflow.loop dram I trip 1 { dataflow.loop dram O trip 1 { dataflow.loop dram B trip 1 {
             dataflow.loop gbuf I trip 1 { dataflow.loop gbuf O trip 1 { dataflow.loop gbuf B trip 1 {
             dataflow.loop regf I trip 1 { dataflow.loop regf O trip 1 { dataflow.loop regf B trip 1 {
               dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
             } } } } } } } } }
          }
        }
      }
    }
  }
}

// -----

// Filters and ifmaps arrive before the per-node nest.
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]> noc <unit_hops = [0.0, 0.0, 0.0], mem_hops = [0.0, 0.0, 0.0], node_hops = [0.0, 0.0, 0.0], total_hops = [0.0, 0.0, 0.0], access_divisor = [1.0, 1.0, 1.0]> {
    dataflow.node_loop outp grid [1, 1] {
      dataflow.node_loop ofmp grid [1, 1] {
        dataflow.node_loop batp grid [1, 1] {
          dataflow.node_loop inpp grid [1, 1] {
            dataflow.loop dram I trip 1 { dataflow.loop dram O trip 1 { dataflow.loop dram B trip 1 {
             dataflow.loop gbuf I trip 1 { dataflow.loop gbuf O trip 1 { dataflow.loop gbuf B trip 1 {
             dataflow.loop regf I trip 1 { dataflow.loop regf O trip 1 { dataflow.loop regf B trip 1 {
               dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
             } } } } } } } } }
            // expected-error @+1 {{'dataflow.noc_transfer' op 'fil' must be received before the per-node nest}}
            dataflow.noc_transfer fil dram fills 1 unit_hops 0 hops 0.0
          }
        }
      }
    }
  }
}

// -----

// A category comes from DRAM one way, not two.
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]> noc <unit_hops = [0.0, 0.0, 0.0], mem_hops = [0.0, 0.0, 0.0], node_hops = [0.0, 0.0, 0.0], total_hops = [0.0, 0.0, 0.0], access_divisor = [1.0, 1.0, 1.0]> {
    dataflow.node_loop outp grid [1, 1] {
      dataflow.node_loop ofmp grid [1, 1] {
        dataflow.node_loop batp grid [1, 1] {
          dataflow.node_loop inpp grid [1, 1] {
            dataflow.noc_transfer ifm dram fills 1 unit_hops 0 hops 0.0
            // expected-note @-1 {{first transfer here}}
            // expected-error @+1 {{'dataflow.noc_transfer' op repeats the memory NoC transfer of 'ifm'}}
            dataflow.noc_transfer ifm forwarded group 2 fills 1 unit_hops 0 hops 0.0
            dataflow.loop dram I trip 1 { dataflow.loop dram O trip 1 { dataflow.loop dram B trip 1 {
             dataflow.loop gbuf I trip 1 { dataflow.loop gbuf O trip 1 { dataflow.loop gbuf B trip 1 {
             dataflow.loop regf I trip 1 { dataflow.loop regf O trip 1 { dataflow.loop regf B trip 1 {
               dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
             } } } } } } } } }
          }
        }
      }
    }
  }
}

// -----

// Unit hops are the NoC figures'.
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]> noc <unit_hops = [0.0, 4.0, 0.0], mem_hops = [0.0, 5.0, 0.0], node_hops = [0.0, 0.0, 0.0], total_hops = [0.0, 5.0, 0.0], access_divisor = [1.0, 1.0, 1.0]> {
    dataflow.node_loop outp grid [1, 1] {
      dataflow.node_loop ofmp grid [1, 1] {
        dataflow.node_loop batp grid [1, 1] {
          dataflow.node_loop inpp grid [1, 1] {
            // expected-error @+1 {{'dataflow.noc_transfer' op moves 'ifm' with 5 unit hops, but the layer's NoC figures say 4.0}}
            dataflow.noc_transfer ifm dram fills 1 unit_hops 5 hops 5.0
            dataflow.loop dram I trip 1 { dataflow.loop dram O trip 1 { dataflow.loop dram B trip 1 {
             dataflow.loop gbuf I trip 1 { dataflow.loop gbuf O trip 1 { dataflow.loop gbuf B trip 1 {
             dataflow.loop regf I trip 1 { dataflow.loop regf O trip 1 { dataflow.loop regf B trip 1 {
               dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
             } } } } } } } } }
          }
        }
      }
    }
  }
}

// -----

// A forwarding group is the access divisor.
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]> noc <unit_hops = [0.0, 0.0, 0.0], mem_hops = [0.0, 0.0, 0.0], node_hops = [0.0, 0.0, 0.0], total_hops = [0.0, 0.0, 0.0], access_divisor = [4.0, 1.0, 1.0]> {
    dataflow.node_loop outp grid [1, 1] {
      dataflow.node_loop ofmp grid [1, 1] {
        dataflow.node_loop batp grid [1, 1] {
          dataflow.node_loop inpp grid [1, 1] {
            // expected-error @+1 {{'dataflow.noc_transfer' op moves 'fil' forwarded in groups of 2, but the layer's access divisor of 'fil' is 4.0}}
            dataflow.noc_transfer fil forwarded group 2 fills 1 unit_hops 0 hops 0.0
            dataflow.loop dram I trip 1 { dataflow.loop dram O trip 1 { dataflow.loop dram B trip 1 {
             dataflow.loop gbuf I trip 1 { dataflow.loop gbuf O trip 1 { dataflow.loop gbuf B trip 1 {
             dataflow.loop regf I trip 1 { dataflow.loop regf O trip 1 { dataflow.loop regf B trip 1 {
               dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
             } } } } } } } } }
          }
        }
      }
    }
  }
}

// -----

// A divided DRAM access is forwarded, not fetched by every node.
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]> noc <unit_hops = [0.0, 0.0, 0.0], mem_hops = [0.0, 0.0, 0.0], node_hops = [0.0, 0.0, 0.0], total_hops = [0.0, 0.0, 0.0], access_divisor = [4.0, 1.0, 1.0]> {
    dataflow.node_loop outp grid [1, 1] {
      dataflow.node_loop ofmp grid [1, 1] {
        dataflow.node_loop batp grid [1, 1] {
          dataflow.node_loop inpp grid [1, 1] {
            // expected-error @+1 {{'dataflow.noc_transfer' op moves 'fil' straight from dram, but the layer's access divisor of 'fil' is 4.0}}
            dataflow.noc_transfer fil dram fills 1 unit_hops 0 hops 0.0
            dataflow.loop dram I trip 1 { dataflow.loop dram O trip 1 { dataflow.loop dram B trip 1 {
             dataflow.loop gbuf I trip 1 { dataflow.loop gbuf O trip 1 { dataflow.loop gbuf B trip 1 {
             dataflow.loop regf I trip 1 { dataflow.loop regf O trip 1 { dataflow.loop regf B trip 1 {
               dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
             } } } } } } } } }
          }
        }
      }
    }
  }
}

// -----

// Memory hops add up to the figures.
func.func @net() { return }
dataflow.schedule @s for @net {
  // expected-error @+1 {{'dataflow.layer_schedule' op NoC transfers of 'ifm' make 4.0 mem_hops, but the layer's NoC figures say 8.0}}
  dataflow.layer_schedule "x" cost #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]> noc <unit_hops = [0.0, 4.0, 0.0], mem_hops = [0.0, 8.0, 0.0], node_hops = [0.0, 0.0, 0.0], total_hops = [0.0, 8.0, 0.0], access_divisor = [1.0, 1.0, 1.0]> {
    dataflow.node_loop outp grid [1, 1] {
      dataflow.node_loop ofmp grid [1, 1] {
        dataflow.node_loop batp grid [1, 1] {
          dataflow.node_loop inpp grid [1, 1] {
            dataflow.noc_transfer ifm dram fills 1 unit_hops 4 hops 4.0
            dataflow.loop dram I trip 1 { dataflow.loop dram O trip 1 { dataflow.loop dram B trip 1 {
             dataflow.loop gbuf I trip 1 { dataflow.loop gbuf O trip 1 { dataflow.loop gbuf B trip 1 {
             dataflow.loop regf I trip 1 { dataflow.loop regf O trip 1 { dataflow.loop regf B trip 1 {
               dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
             } } } } } } } } }
          }
        }
      }
    }
  }
}

// -----

// Buffer-sharing hops add up to the figures.
func.func @net() { return }
dataflow.schedule @s for @net {
  // expected-error @+1 {{'dataflow.layer_schedule' op NoC transfers of 'fil' make 0.0 node_hops, but the layer's NoC figures say 6.0}}
  dataflow.layer_schedule "x" cost #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]> noc <unit_hops = [0.0, 0.0, 0.0], mem_hops = [0.0, 0.0, 0.0], node_hops = [6.0, 0.0, 0.0], total_hops = [6.0, 0.0, 0.0], access_divisor = [1.0, 1.0, 1.0]> {
    dataflow.node_loop outp grid [1, 1] {
      dataflow.node_loop ofmp grid [1, 1] {
        dataflow.node_loop batp grid [1, 1] {
          dataflow.node_loop inpp grid [1, 1] {
            dataflow.loop dram I trip 1 { dataflow.loop dram O trip 1 { dataflow.loop dram B trip 1 {
             dataflow.loop gbuf I trip 1 { dataflow.loop gbuf O trip 1 { dataflow.loop gbuf B trip 1 {
             dataflow.loop regf I trip 1 { dataflow.loop regf O trip 1 { dataflow.loop regf B trip 1 {
               dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
             } } } } } } } } }
          }
        }
      }
    }
  }
}

// -----

// Total hops are memory plus buffer-sharing hops.
func.func @net() { return }
dataflow.schedule @s for @net {
  // expected-error @+1 {{'dataflow.layer_schedule' op NoC transfers of 'ifm' make 6.0 total_hops, but the layer's NoC figures say 7.0}}
  dataflow.layer_schedule "x" cost #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]> noc <unit_hops = [0.0, 0.0, 0.0], mem_hops = [0.0, 0.0, 0.0], node_hops = [0.0, 6.0, 0.0], total_hops = [0.0, 7.0, 0.0], access_divisor = [1.0, 1.0, 1.0]> {
    dataflow.node_loop outp grid [1, 1] {
      dataflow.node_loop ofmp grid [1, 1] {
        dataflow.node_loop batp grid [1, 1] {
          dataflow.node_loop inpp grid [1, 1] {
            dataflow.noc_transfer ifm shared group 2 hops 6.0
            dataflow.loop dram I trip 1 { dataflow.loop dram O trip 1 { dataflow.loop dram B trip 1 {
             dataflow.loop gbuf I trip 1 { dataflow.loop gbuf O trip 1 { dataflow.loop gbuf B trip 1 {
             dataflow.loop regf I trip 1 { dataflow.loop regf O trip 1 { dataflow.loop regf B trip 1 {
               dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
             } } } } } } } } }
          }
        }
      }
    }
  }
}
