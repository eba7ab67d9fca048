// Every parse error and verifier branch of the schedule IR (dataflow.schedule,
// layer_schedule, loop, transfer, spatial). Nests are written one loop per line, all
// trip counts 1, to keep the cases short; the one under test is commented.
// RUN: dataflow-opt %s -split-input-file -verify-diagnostics

// The schedule names a function that does not exist.
func.func @net() { return }
// expected-error @+1 {{'dataflow.schedule' op schedules unknown function @nope}}
dataflow.schedule @s for @nope {}

// -----

// The schedule names a symbol that is not a function.
func.func @net() { return }
dataflow.accelerator @eyeriss {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
// expected-error @+1 {{'dataflow.schedule' op schedules @eyeriss, which is a 'dataflow.accelerator', not a function}}
dataflow.schedule @s for @eyeriss {}

// -----

// A schedule holds layer schedules only.
func.func @net() { return }
// expected-error @+1 {{'dataflow.schedule' op may only hold 'dataflow.layer_schedule' and 'dataflow.segment_schedule' ops, got 'func.call'}}
dataflow.schedule @s for @net {
  func.call @net() : () -> ()
}

// -----

// Schedules live at module level.
func.func @net() {
  // expected-error @+1 {{'dataflow.schedule' op expects parent op 'builtin.module'}}
  dataflow.schedule @s for @net {}
  return
}

// -----

// A layer schedule belongs in a schedule.
#zero = #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]>
func.func @net() { return }
func.func @g() {
  // expected-error @+1 {{'dataflow.layer_schedule' op expects parent op 'dataflow.schedule'}}
  dataflow.layer_schedule "x" cost #zero {
  }
  return
}

// -----

// A processing pass runs inside the innermost loop, not directly in the layer.
#zero = #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]>
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #zero {
    // expected-error @+1 {{'dataflow.spatial' op expects parent op 'dataflow.loop'}}
    dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
  }
}

// -----

// A layer schedule without a loop nest.
#zero = #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]>
func.func @net() { return }
dataflow.schedule @s for @net {
  // expected-error @+1 {{'dataflow.layer_schedule' op must hold exactly one nested 'dataflow.loop', got 0}}
  dataflow.layer_schedule "x" cost #zero {
  }
}

// -----

// Only schedule ops inside a layer schedule.
#zero = #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]>
func.func @net() { return }
dataflow.schedule @s for @net {
  // expected-error @+1 {{'dataflow.layer_schedule' op may only hold 'dataflow.loop', 'dataflow.transfer' and 'dataflow.spatial' ops, got 'func.call'}}
  dataflow.layer_schedule "x" cost #zero {
    func.call @net() : () -> ()
    dataflow.loop dram I trip 1 {
      dataflow.loop dram O trip 1 {
        dataflow.loop dram B trip 1 {
          dataflow.loop gbuf I trip 1 {
            dataflow.loop gbuf O trip 1 {
              dataflow.loop gbuf B trip 1 {
                dataflow.loop regf I trip 1 {
                  dataflow.loop regf O trip 1 {
                    dataflow.loop regf B trip 1 {
                      dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}

// -----

// The same refill written twice.
#zero = #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]>
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #zero {
    // expected-note @+1 {{first transfer here}}
    dataflow.transfer ifm dram -> gbuf fills 1 words 1 access(dram = 0)
    // expected-error @+1 {{'dataflow.transfer' op repeats the transfer of 'ifm' between dram and gbuf; a layer refills each buffer from one place}}
    dataflow.transfer ifm dram -> gbuf fills 1 words 1 access(dram = 0)
    dataflow.transfer ifm gbuf -> regf fills 1 words 1 access(gbuf = 0, itcn = 0)
    dataflow.loop dram I trip 1 {
      dataflow.loop dram O trip 1 {
        dataflow.loop dram B trip 1 {
          dataflow.loop gbuf I trip 1 {
            dataflow.loop gbuf O trip 1 {
              dataflow.loop gbuf B trip 1 {
                dataflow.loop regf I trip 1 {
                  dataflow.loop regf O trip 1 {
                    dataflow.loop regf B trip 1 {
                      dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}

// -----

// A category either bypasses the global buffer or passes through it.
#zero = #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]>
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #zero {
    // expected-error @+1 {{'dataflow.transfer' op moves 'ifm' through the global buffer, which another transfer of it bypasses (dram <-> regf); a category does one or the other}}
    dataflow.transfer ifm dram -> gbuf fills 1 words 1 access(dram = 0)
    dataflow.transfer ifm gbuf -> regf fills 1 words 1 access(gbuf = 0, itcn = 0)
    dataflow.transfer ifm dram -> regf fills 1 words 1 access(dram = 0, itcn = 0)
    dataflow.loop dram I trip 1 {
      dataflow.loop dram O trip 1 {
        dataflow.loop dram B trip 1 {
          dataflow.loop gbuf I trip 1 {
            dataflow.loop gbuf O trip 1 {
              dataflow.loop gbuf B trip 1 {
                dataflow.loop regf I trip 1 {
                  dataflow.loop regf O trip 1 {
                    dataflow.loop regf B trip 1 {
                      dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}

// -----

// Data reaches the global buffer but never the register files.
#zero = #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]>
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #zero {
    // expected-error @+1 {{'dataflow.transfer' op moves 'ifm' between dram and the global buffer, but nothing moves it on to the register files}}
    dataflow.transfer ifm dram -> gbuf fills 1 words 1 access(dram = 0)
    dataflow.loop dram I trip 1 {
      dataflow.loop dram O trip 1 {
        dataflow.loop dram B trip 1 {
          dataflow.loop gbuf I trip 1 {
            dataflow.loop gbuf O trip 1 {
              dataflow.loop gbuf B trip 1 {
                dataflow.loop regf I trip 1 {
                  dataflow.loop regf O trip 1 {
                    dataflow.loop regf B trip 1 {
                      dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}

// -----

// Data leaves the global buffer without ever coming from DRAM.
#zero = #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]>
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #zero {
    // expected-error @+1 {{'dataflow.transfer' op moves 'ifm' between the global buffer and the register files, but nothing moves it to or from dram}}
    dataflow.transfer ifm gbuf -> regf fills 1 words 1 access(gbuf = 0, itcn = 0)
    dataflow.loop dram I trip 1 {
      dataflow.loop dram O trip 1 {
        dataflow.loop dram B trip 1 {
          dataflow.loop gbuf I trip 1 {
            dataflow.loop gbuf O trip 1 {
              dataflow.loop gbuf B trip 1 {
                dataflow.loop regf I trip 1 {
                  dataflow.loop regf O trip 1 {
                    dataflow.loop regf B trip 1 {
                      dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}

// -----

// The transfers must add up to the cost's access counts.
#c = #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 8, utilization = 1, dram_access = [0, 10, 0], gbuf_access = [0, 20.5, 0], itcn_access = [0, 30, 0], regf_access = [0, 8, 0]>
func.func @net() { return }
dataflow.schedule @s for @net {
  // expected-error @+1 {{'dataflow.layer_schedule' op transfers of 'ifm' make 20.0 gbuf accesses, but the cost says 20.5}}
  dataflow.layer_schedule "x" cost #c {
    dataflow.transfer ifm dram -> gbuf fills 1 words 1 access(dram = 10)
    dataflow.transfer ifm gbuf -> regf fills 1 words 1 access(gbuf = 20, itcn = 30)
    dataflow.loop dram I trip 1 {
      dataflow.loop dram O trip 1 {
        dataflow.loop dram B trip 1 {
          dataflow.loop gbuf I trip 1 {
            dataflow.loop gbuf O trip 1 {
              dataflow.loop gbuf B trip 1 {
                dataflow.loop regf I trip 1 {
                  dataflow.loop regf O trip 1 {
                    dataflow.loop regf B trip 1 {
                      dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 8 regf [0, 8, 0]
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}

// -----

// A category the cost gives accesses to has no transfer.
#c = #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 8, utilization = 1, dram_access = [0, 10, 7], gbuf_access = [0, 20, 0], itcn_access = [0, 30, 0], regf_access = [0, 8, 0]>
func.func @net() { return }
dataflow.schedule @s for @net {
  // expected-error @+1 {{'dataflow.layer_schedule' op transfers of 'ofm' make 0.0 dram accesses, but the cost says 7.0}}
  dataflow.layer_schedule "x" cost #c {
    dataflow.transfer ifm dram -> gbuf fills 1 words 1 access(dram = 10)
    dataflow.transfer ifm gbuf -> regf fills 1 words 1 access(gbuf = 20, itcn = 30)
    dataflow.loop dram I trip 1 {
      dataflow.loop dram O trip 1 {
        dataflow.loop dram B trip 1 {
          dataflow.loop gbuf I trip 1 {
            dataflow.loop gbuf O trip 1 {
              dataflow.loop gbuf B trip 1 {
                dataflow.loop regf I trip 1 {
                  dataflow.loop regf O trip 1 {
                    dataflow.loop regf B trip 1 {
                      dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 8 regf [0, 8, 0]
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}

// -----

// The processing pass's register-file accesses must be the cost's.
#zero = #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]>
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #zero {
    dataflow.loop dram I trip 1 {
      dataflow.loop dram O trip 1 {
        dataflow.loop dram B trip 1 {
          dataflow.loop gbuf I trip 1 {
            dataflow.loop gbuf O trip 1 {
              dataflow.loop gbuf B trip 1 {
                dataflow.loop regf I trip 1 {
                  dataflow.loop regf O trip 1 {
                    dataflow.loop regf B trip 1 {
                      // expected-error @+1 {{'dataflow.spatial' op makes 2.0 regf accesses of 'ofm', but the cost says 0.0}}
                      dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 2]
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}

// -----

// The processing pass's MACs must be the cost's ops.
#zero = #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]>
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #zero {
    dataflow.loop dram I trip 1 {
      dataflow.loop dram O trip 1 {
        dataflow.loop dram B trip 1 {
          dataflow.loop gbuf I trip 1 {
            dataflow.loop gbuf O trip 1 {
              dataflow.loop gbuf B trip 1 {
                dataflow.loop regf I trip 1 {
                  dataflow.loop regf O trip 1 {
                    dataflow.loop regf B trip 1 {
                      // expected-error @+1 {{'dataflow.spatial' op makes 3.0 MACs, but the cost says 0.0}}
                      dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 3 regf [0, 0, 0]
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}

// -----

// Trip counts are positive.
#zero = #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]>
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #zero {
    dataflow.loop dram I trip 1 {
      dataflow.loop dram O trip 1 {
        // expected-error @+1 {{'dataflow.loop' op trip count must be positive, got 0}}
        dataflow.loop dram B trip 0 {
          dataflow.loop gbuf I trip 1 {
            dataflow.loop gbuf O trip 1 {
              dataflow.loop gbuf B trip 1 {
                dataflow.loop regf I trip 1 {
                  dataflow.loop regf O trip 1 {
                    dataflow.loop regf B trip 1 {
                      dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}

// -----

// Levels go dram, gbuf, regf from the outside in.
#zero = #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]>
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #zero {
    dataflow.loop dram I trip 1 {
      dataflow.loop dram O trip 1 {
        dataflow.loop gbuf I trip 1 {
          // expected-error @+1 {{'dataflow.loop' op dram loop over 'B' is nested inside a gbuf loop; levels go dram, gbuf, regf from the outside in}}
          dataflow.loop dram B trip 1 {
            dataflow.loop gbuf O trip 1 {
              dataflow.loop gbuf B trip 1 {
                dataflow.loop regf I trip 1 {
                  dataflow.loop regf O trip 1 {
                    dataflow.loop regf B trip 1 {
                      dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}

// -----

// Each level blocks each loop once.
#zero = #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]>
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #zero {
    dataflow.loop dram I trip 1 {
      dataflow.loop dram O trip 1 {
        // expected-error @+1 {{'dataflow.loop' op repeats the dram loop over 'O'; each level blocks each loop once}}
        dataflow.loop dram O trip 1 {
          dataflow.loop gbuf I trip 1 {
            dataflow.loop gbuf O trip 1 {
              dataflow.loop gbuf B trip 1 {
                dataflow.loop regf I trip 1 {
                  dataflow.loop regf O trip 1 {
                    dataflow.loop regf B trip 1 {
                      dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}

// -----

// A loop nests exactly one loop or processing pass (a perfect chain).
#zero = #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]>
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #zero {
    dataflow.loop dram I trip 1 {
      dataflow.loop dram O trip 1 {
        dataflow.loop dram B trip 1 {
          dataflow.loop gbuf I trip 1 {
            dataflow.loop gbuf O trip 1 {
              dataflow.loop gbuf B trip 1 {
                dataflow.loop regf I trip 1 {
                  // expected-error @+1 {{'dataflow.loop' op must hold exactly one nested 'dataflow.loop' or 'dataflow.spatial', got 2}}
                  dataflow.loop regf O trip 1 {
                    dataflow.loop regf B trip 1 {
                      dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
                    }
                    dataflow.loop regf B trip 1 {
                      dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}

// -----

// Only schedule ops inside a loop.
#zero = #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]>
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #zero {
    dataflow.loop dram I trip 1 {
      dataflow.loop dram O trip 1 {
        dataflow.loop dram B trip 1 {
          dataflow.loop gbuf I trip 1 {
            dataflow.loop gbuf O trip 1 {
              dataflow.loop gbuf B trip 1 {
                dataflow.loop regf I trip 1 {
                  dataflow.loop regf O trip 1 {
                    // expected-error @+1 {{'dataflow.loop' op may only hold 'dataflow.loop', 'dataflow.transfer' and 'dataflow.spatial' ops, got 'func.call'}}
                    dataflow.loop regf B trip 1 {
                      func.call @net() : () -> ()
                      dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}

// -----

// Loops belong in a layer schedule.
func.func @net() { return }
dataflow.schedule @s for @net {
  // expected-error @+1 {{'dataflow.loop' op expects parent op to be one of 'dataflow.layer_schedule, dataflow.node_loop, dataflow.loop'}}
  dataflow.loop dram I trip 1 {
  }
}

// -----

// A refill moves at least one word at least once.
#zero = #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]>
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #zero {
    // expected-error @+1 {{'dataflow.transfer' op fills and words must be positive, got 0 and 5}}
    dataflow.transfer ifm dram -> gbuf fills 0 words 5 access(dram = 0)
  }
}

// -----

// A transfer goes between two different levels.
#zero = #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]>
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #zero {
    // expected-error @+1 {{'dataflow.transfer' op moves 'ifm' from gbuf to itself}}
    dataflow.transfer ifm gbuf -> gbuf fills 1 words 1 access(gbuf = 0)
  }
}

// -----

// Output partial sums go back up.
#zero = #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]>
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #zero {
    // expected-error @+1 {{'dataflow.transfer' op 'ofm' goes back up (read-modify-write of partial sums); write it 'regf -> gbuf'}}
    dataflow.transfer ofm gbuf -> regf fills 1 words 1 access(gbuf = 0, itcn = 0)
  }
}

// -----

// Filters and input maps only move toward the PEs.
#zero = #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]>
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #zero {
    // expected-error @+1 {{'dataflow.transfer' op 'fil' only moves toward the PEs; write it 'dram -> regf'}}
    dataflow.transfer fil regf -> dram fills 1 words 1 access(dram = 0, itcn = 0)
  }
}

// -----

// A transfer into the register files crosses the array bus.
#zero = #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]>
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #zero {
    // expected-error @+1 {{'dataflow.transfer' op a transfer between gbuf and regf costs exactly gbuf and itcn accesses, missing itcn}}
    dataflow.transfer ifm gbuf -> regf fills 1 words 1 access(gbuf = 0)
  }
}

// -----

// A transfer is charged to the levels it touches only.
#zero = #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]>
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #zero {
    // expected-error @+1 {{'dataflow.transfer' op a transfer between dram and gbuf costs exactly dram accesses, not gbuf}}
    dataflow.transfer ifm dram -> gbuf fills 1 words 1 access(dram = 1, gbuf = 1)
  }
}

// -----

// Access counts are non-negative.
#zero = #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]>
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #zero {
    // expected-error @+1 {{'dataflow.transfer' op dram accesses must be finite and non-negative, got -1.0}}
    dataflow.transfer ifm dram -> gbuf fills 1 words 1 access(dram = -1)
  }
}

// -----

// An access level is named once.
#zero = #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]>
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #zero {
    // expected-error @+1 {{transfer access field 'dram' is given twice}}
    dataflow.transfer ifm dram -> gbuf fills 1 words 1 access(dram = 1, dram = 1)
  }
}

// -----

// The global buffer is refilled among the dram loops, not inside a gbuf loop.
#zero = #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]>
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #zero {
    dataflow.loop dram I trip 1 {
      dataflow.loop dram O trip 1 {
        dataflow.loop dram B trip 1 {
          dataflow.loop gbuf I trip 1 {
            // expected-error @+1 {{'dataflow.transfer' op refills gbuf, so it belongs outside the gbuf loops}}
            dataflow.transfer ifm dram -> gbuf fills 1 words 1 access(dram = 0)
            dataflow.loop gbuf O trip 1 {
              dataflow.loop gbuf B trip 1 {
                dataflow.loop regf I trip 1 {
                  dataflow.loop regf O trip 1 {
                    dataflow.loop regf B trip 1 {
                      dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}

// -----

// The register files are refilled outside the regf loops.
#zero = #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]>
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #zero {
    dataflow.loop dram I trip 1 {
      dataflow.loop dram O trip 1 {
        dataflow.loop dram B trip 1 {
          dataflow.loop gbuf I trip 1 {
            dataflow.loop gbuf O trip 1 {
              dataflow.loop gbuf B trip 1 {
                dataflow.loop regf I trip 1 {
                  // expected-error @+1 {{'dataflow.transfer' op refills regf, so it belongs outside the regf loops}}
                  dataflow.transfer ifm dram -> regf fills 1 words 1 access(dram = 0, itcn = 0)
                  dataflow.loop regf O trip 1 {
                    dataflow.loop regf B trip 1 {
                      dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}

// -----

// Reads come before the loop they feed.
#zero = #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]>
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #zero {
    dataflow.loop dram I trip 1 {
      dataflow.loop dram O trip 1 {
        dataflow.loop dram B trip 1 {
          dataflow.loop gbuf I trip 1 {
            dataflow.loop gbuf O trip 1 {
              dataflow.loop gbuf B trip 1 {
                dataflow.loop regf I trip 1 {
                  dataflow.loop regf O trip 1 {
                    dataflow.loop regf B trip 1 {
                      dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
                    }
                  }
                }
              }
            }
          }
          // expected-error @+1 {{'dataflow.transfer' op 'ifm' must be moved before the nested 'dataflow.loop'}}
          dataflow.transfer ifm dram -> regf fills 1 words 1 access(dram = 0, itcn = 0)
        }
      }
    }
  }
}

// -----

// Write-backs come after the loop that produces them.
#zero = #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]>
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #zero {
    dataflow.loop dram I trip 1 {
      dataflow.loop dram O trip 1 {
        dataflow.loop dram B trip 1 {
          dataflow.loop gbuf I trip 1 {
            dataflow.loop gbuf O trip 1 {
              dataflow.loop gbuf B trip 1 {
                // expected-error @+1 {{'dataflow.transfer' op 'ofm' must be written back after the nested 'dataflow.loop'}}
                dataflow.transfer ofm regf -> dram fills 1 words 1 access(dram = 0, itcn = 0)
                dataflow.loop regf I trip 1 {
                  dataflow.loop regf O trip 1 {
                    dataflow.loop regf B trip 1 {
                      dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}

// -----

// Transfers belong in a layer schedule.
func.func @net() { return }
dataflow.schedule @s for @net {
  // expected-error @+1 {{'dataflow.transfer' op expects parent op to be one of 'dataflow.layer_schedule, dataflow.node_loop, dataflow.loop'}}
  dataflow.transfer ifm dram -> gbuf fills 1 words 1 access(dram = 0)
}

// -----

// PE rows are positive.
#zero = #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]>
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #zero {
    dataflow.loop dram I trip 1 {
      dataflow.loop dram O trip 1 {
        dataflow.loop dram B trip 1 {
          dataflow.loop gbuf I trip 1 {
            dataflow.loop gbuf O trip 1 {
              dataflow.loop gbuf B trip 1 {
                dataflow.loop regf I trip 1 {
                  dataflow.loop regf O trip 1 {
                    dataflow.loop regf B trip 1 {
                      // expected-error @+1 {{'dataflow.spatial' op 'rows' must be positive, got 0}}
                      dataflow.spatial row_stationary rows 0 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}

// -----

// One pass takes time.
#zero = #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]>
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #zero {
    dataflow.loop dram I trip 1 {
      dataflow.loop dram O trip 1 {
        dataflow.loop dram B trip 1 {
          dataflow.loop gbuf I trip 1 {
            dataflow.loop gbuf O trip 1 {
              dataflow.loop gbuf B trip 1 {
                dataflow.loop regf I trip 1 {
                  dataflow.loop regf O trip 1 {
                    dataflow.loop regf B trip 1 {
                      // expected-error @+1 {{'dataflow.spatial' op 'cycles' must be positive, got 0}}
                      dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 0 macs 0 regf [0, 0, 0]
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}

// -----

// Folding is [rows, columns].
#zero = #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]>
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #zero {
    dataflow.loop dram I trip 1 {
      dataflow.loop dram O trip 1 {
        dataflow.loop dram B trip 1 {
          dataflow.loop gbuf I trip 1 {
            dataflow.loop gbuf O trip 1 {
              dataflow.loop gbuf B trip 1 {
                dataflow.loop regf I trip 1 {
                  dataflow.loop regf O trip 1 {
                    dataflow.loop regf B trip 1 {
                      // expected-error @+1 {{'dataflow.spatial' op 'fold' must be two positive [rows, columns]}}
                      dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}

// -----

// Replication is positive.
#zero = #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]>
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #zero {
    dataflow.loop dram I trip 1 {
      dataflow.loop dram O trip 1 {
        dataflow.loop dram B trip 1 {
          dataflow.loop gbuf I trip 1 {
            dataflow.loop gbuf O trip 1 {
              dataflow.loop gbuf B trip 1 {
                dataflow.loop regf I trip 1 {
                  dataflow.loop regf O trip 1 {
                    dataflow.loop regf B trip 1 {
                      // expected-error @+1 {{'dataflow.spatial' op 'repl' must be two positive [rows, columns]}}
                      dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [0, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}

// -----

// MACs are a count.
#zero = #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]>
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #zero {
    dataflow.loop dram I trip 1 {
      dataflow.loop dram O trip 1 {
        dataflow.loop dram B trip 1 {
          dataflow.loop gbuf I trip 1 {
            dataflow.loop gbuf O trip 1 {
              dataflow.loop gbuf B trip 1 {
                dataflow.loop regf I trip 1 {
                  dataflow.loop regf O trip 1 {
                    dataflow.loop regf B trip 1 {
                      // expected-error @+1 {{'dataflow.spatial' op 'macs' must be finite and non-negative}}
                      dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs -2 regf [0, 0, 0]
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}

// -----

// Register-file accesses are [fil, ifm, ofm].
#zero = #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]>
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #zero {
    dataflow.loop dram I trip 1 {
      dataflow.loop dram O trip 1 {
        dataflow.loop dram B trip 1 {
          dataflow.loop gbuf I trip 1 {
            dataflow.loop gbuf O trip 1 {
              dataflow.loop gbuf B trip 1 {
                dataflow.loop regf I trip 1 {
                  dataflow.loop regf O trip 1 {
                    dataflow.loop regf B trip 1 {
                      // expected-error @+1 {{'dataflow.spatial' op 'regf' must be three finite, non-negative access counts [fil, ifm, ofm]}}
                      dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0]
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}

// -----

// The loops around a processing pass are a complete blocking.
#zero = #dataflow.cost<energy = 0, mac = 0, regf = 0, itcn = 0, gbuf = 0, dram = 0, noc = 0, static = 0, cycles = 1, proc_cycles = 1, bus_cycles = 0, dram_cycles = 0, ops = 0, utilization = 1, dram_access = [0, 0, 0], gbuf_access = [0, 0, 0], itcn_access = [0, 0, 0], regf_access = [0, 0, 0]>
func.func @net() { return }
dataflow.schedule @s for @net {
  dataflow.layer_schedule "x" cost #zero {
    dataflow.loop dram I trip 1 {
      dataflow.loop dram O trip 1 {
        dataflow.loop dram B trip 1 {
          dataflow.loop gbuf I trip 1 {
            dataflow.loop gbuf O trip 1 {
              dataflow.loop regf I trip 1 {
                dataflow.loop regf O trip 1 {
                  dataflow.loop regf B trip 1 {
                    // expected-error @+1 {{'dataflow.spatial' op is not inside a complete blocking: no gbuf loop over 'B'}}
                    dataflow.spatial row_stationary rows 1 cols 1 fold [1, 1] repl [1, 1] ifmaps 1 ofmaps 1 cycles 1 macs 0 regf [0, 0, 0]
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
