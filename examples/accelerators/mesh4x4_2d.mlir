// A 4x4 mesh of small nodes with DRAM on the four corners (the LSTM reference run),
// nn_dataflow's default unit energies.
// Energies are relative (MAC = 1, nn_dataflow's defaults); no clock stated.
dataflow.accelerator @mesh4x4_2d {
  nodes = [4, 4], pe_array = [8, 8],
  regf_bytes = 64, gbuf_bytes = 32768, word_bits = 16,
  memory = "2D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 0.0>, energy_unit = "relative"
}
