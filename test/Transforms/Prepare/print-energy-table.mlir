// dataflow-print-energy-table: the estimator reproduces TETRIS T-16's energies (nn_dataflow's
// test_eyeriss_asplos17) at 45 nm and Eyeriss's normalised ones (ISCA 2016) at 65 nm; explicit
// energies print as written; a larger global buffer is dearer per access; systolic arrays
// print their four energies and area.
// RUN: dataflow-opt %s --dataflow-print-energy-table -o /dev/null | FileCheck %s

// CHECK-LABEL: energy table of @t16: estimated at 45 nm (J per 16-bit word)
// CHECK-NEXT:   mac               2e-12       16-bit MAC
// CHECK-NEXT:   regf              6e-13       512 B register file
// CHECK-NEXT:   itcn              4e-12       array bus
// CHECK-NEXT:   gbuf              1.4e-11     133032 B SRAM
// CHECK-NEXT:   dram              8e-11       3D DRAM
// CHECK-NEXT:   noc_hop           4e-11       1.230 mm link
// CHECK-NEXT:   static_per_cycle  3.168e-10   0.3168 W leakage at 1 GHz
// CHECK-NEXT:   area              1.513 mm^2 per node, 24.215 mm^2 chip (MACs, register files, global buffers)
dataflow.accelerator @t16 {
  nodes = [4, 4], pe_array = [14, 14],
  regf_bytes = 512, gbuf_bytes = 133032, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = estimated, technology = 45, dram_type = "3D", clock_ghz = 1.0
}

// CHECK-LABEL: energy table of @eyeriss: estimated at 65 nm (16-bit MACs per 16-bit word, pinned to Eyeriss ISCA 2016)
// CHECK-NEXT:   mac               1           16-bit MAC
// CHECK-NEXT:   regf              1           512 B register file
// CHECK-NEXT:   itcn              2           array bus
// CHECK-NEXT:   gbuf              6           131072 B SRAM
// CHECK-NEXT:   dram              200         DRAM
// CHECK:        static_per_cycle  0           none (Eyeriss ISCA 2016 setup)
dataflow.accelerator @eyeriss {
  nodes = [1, 1], pe_array = [16, 16],
  regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = estimated_relative, technology = 65
}

// CHECK-LABEL: energy table of @eyeriss_1m: estimated at 65 nm
// CHECK:        gbuf              16.04       1048576 B SRAM
dataflow.accelerator @eyeriss_1m {
  nodes = [1, 1], pe_array = [16, 16],
  regf_bytes = 512, gbuf_bytes = 1048576, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = estimated_relative, technology = 65
}

// CHECK-LABEL: energy table of @explicit: explicit (the accelerator's energy unit per 16-bit word)
// CHECK-NEXT:   mac               1           as written
// CHECK-NEXT:   regf              1           as written
// CHECK-NEXT:   itcn              2           as written
// CHECK-NEXT:   gbuf              6           as written
// CHECK-NEXT:   dram              200         as written
// CHECK-NEXT:   noc_hop           10          as written
// CHECK-NEXT:   static_per_cycle  0           as written
dataflow.accelerator @explicit {
  nodes = [2, 2], pe_array = [8, 8],
  regf_bytes = 64, gbuf_bytes = 32768, word_bits = 16,
  memory = "2D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 0.0>
}

// A systolic array without energies says so.
// CHECK-LABEL: energy table of @sa: none (a systolic array without energies: its energy is not priced)
dataflow.accelerator @sa {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = searched,
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary
}

// A systolic array's estimate: the MAC is TETRIS's 2 pJ, DRAM 8 pJ/bit x 16 (LPDDR4), the
// buffer a 3 MiB SRAM. Area by hand: 256 MACs x (16-bit multiplier 282 x 4^(log4(3495/282)/2)
// = 992.8 um^2 + 32-bit adder 137 um^2) = 0.2892 mm^2, plus the buffer's cells
// 3145728 x 8 bits x 0.346 um^2 / 0.5 = 17.4148 mm^2: 17.704 mm^2.
// CHECK-LABEL: energy table of @sa_est: estimated at 45 nm, systolic (J per 16-bit word)
// CHECK-NEXT:   mac               2e-12       16-bit MAC
// CHECK-NEXT:   buffer            6.249e-11   3145728 B SRAM
// CHECK-NEXT:   dram              1.28e-10    LPDDR4 DRAM
// CHECK-NEXT:   static_per_cycle  2.669e-10   0.2669 W leakage at 1 GHz
// CHECK-NEXT:   area              17.704 mm^2 (16x16 MACs, buffer)
dataflow.accelerator @sa_est {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = searched,
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary,
  energy = estimated, technology = 45, dram_type = "LPDDR4"
}

// Explicit systolic energies: the four the array uses, as written.
// CHECK-LABEL: energy table of @sa_explicit: explicit, systolic (the accelerator's energy unit per 16-bit word)
// CHECK-NEXT:   mac               1           as written
// CHECK-NEXT:   buffer            6           as written (gbuf)
// CHECK-NEXT:   dram              200         as written
// CHECK-NEXT:   static_per_cycle  0.5         as written
// CHECK-NEXT:   (regf, itcn and noc_hop do not apply to a systolic array)
dataflow.accelerator @sa_explicit {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = searched,
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.5>, energy_unit = "pJ"
}
