// TETRIS T-16 (ASPLOS'17) node and memory on a 16x16 grid: the issue-25 timing target
// for large grids (docs/performance.md, "Partition search on a 16x16 grid").
dataflow.accelerator @tetris_16x16 {
  nodes = [16, 16], pe_array = [14, 14],
  regf_bytes = 512, gbuf_bytes = 133032, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 2.0e-12, regf = 0.6e-12, itcn = 4.0e-12, gbuf = 14.0e-12, dram = 80.0e-12, noc_hop = 40.0e-12, static_per_cycle = 200.0e-12>
}
