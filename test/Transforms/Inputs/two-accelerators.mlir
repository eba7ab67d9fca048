// Two accelerators: the importer must be told which one to use.
dataflow.accelerator @small {
  nodes = [1, 1], pe_array = [8, 8], regf_bytes = 64, gbuf_bytes = 32768, word_bits = 16,
  memory = "2D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1, regf = 1, itcn = 2, gbuf = 6, dram = 200, noc_hop = 10, static_per_cycle = 0>
}
dataflow.accelerator @big {
  nodes = [4, 4], pe_array = [14, 14], regf_bytes = 512, gbuf_bytes = 133032, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1, regf = 1, itcn = 2, gbuf = 6, dram = 200, noc_hop = 10, static_per_cycle = 0>
}
