// Eyeriss chip (ISSCC'16): 12x14 PEs, 108 kB global buffer, 261-word register files; energies in
// joules (docs/cost-model.md §7).
// Clock: 200 MHz and technology: 65 nm CMOS (Chen et al., ISSCC 2016, the fabricated chip);
// its static 1.5e-10 J per cycle is 30 mW at 200 MHz. (`technology =` is the estimator's
// input, so an accelerator with explicit energies states its node here.)
dataflow.accelerator @eyeriss_isscc16 {
  nodes = [1, 1], pe_array = [12, 14],
  regf_bytes = 522, gbuf_bytes = 110592, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 2.0e-12, regf = 1.0e-12, itcn = 4.0e-12, gbuf = 15.0e-12, dram = 460.0e-12, noc_hop = 0.0, static_per_cycle = 1.5e-10>, energy_unit = "J", clock_ghz = 0.2
}
