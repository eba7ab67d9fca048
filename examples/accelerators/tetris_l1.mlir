// TETRIS L-1 (ASPLOS'17): one large Eyeriss-like node, energies in joules.
// Energies in joules (nn_dataflow test_eyeriss_asplos17); no clock stated here (the
// reports give cycles, not seconds, until one is given with clock_ghz).
dataflow.accelerator @tetris_l1 {
  nodes = [1, 1], pe_array = [16, 16],
  regf_bytes = 1024, gbuf_bytes = 576056, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 2.0e-12, regf = 1.0e-12, itcn = 4.0e-12, gbuf = 28.0e-12, dram = 240.0e-12, noc_hop = 0.0, static_per_cycle = 320.0e-12>, energy_unit = "J"
}
