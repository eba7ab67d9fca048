// Eyeriss (ISCA'16 Fig. 10), the configuration nn_dataflow verifies against: one node, 16x16
// PEs, 128 kB global buffer, 512 B register files, unit energies MAC 1, DRAM 200, GBUF 6, array
// bus 2, REGF 1 (docs/cost-model.md §7).
// Energies are relative (MAC = 1). Clock: 200 MHz, the Eyeriss chip's (Chen et al.,
// ISSCC 2016), so the reports also give seconds.
dataflow.accelerator @eyeriss {
  nodes = [1, 1], pe_array = [16, 16],
  regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>, energy_unit = "relative", clock_ghz = 0.2
}
