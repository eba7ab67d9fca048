// TETRIS T-16 (ASPLOS'17): a 4x4 grid of Eyeriss-like nodes, each on its own HMC vault (3D
// memory), energies in joules.
// Energies in joules (nn_dataflow test_eyeriss_asplos17); no clock stated here (the
// reports give cycles, not seconds, until one is given with clock_ghz).
dataflow.accelerator @tetris_t16 {
  nodes = [4, 4], pe_array = [14, 14],
  regf_bytes = 512, gbuf_bytes = 133032, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 2.0e-12, regf = 0.6e-12, itcn = 4.0e-12, gbuf = 14.0e-12, dram = 80.0e-12, noc_hop = 40.0e-12, static_per_cycle = 200.0e-12>, energy_unit = "J"
}
