dataflow.accelerator @eyeriss {
  nodes = [1, 1], pe_array = [16, 16],
  regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 0.0, static_per_cycle = 0.0>
}
func.func @lstm_phoneme(%input: tensor<16x26xi16>, %cell_cinit: tensor<16x140xi16>, %cell_hinit: tensor<16x140xi16>) -> tensor<16x61xi16> attributes {dataflow.accelerator = @eyeriss} {
  %We = dataflow.fc %input {name = "We"} : tensor<16x26xi16> -> tensor<16x140xi16>
  %cell_cand_cat = dataflow.concat %cell_hinit, %We {name = "cell_cand_cat"} : tensor<16x140xi16>, tensor<16x140xi16> -> tensor<16x280xi16>
  %cell_cand = dataflow.fc %cell_cand_cat {name = "cell_cand"} : tensor<16x280xi16> -> tensor<16x140xi16>
  %cell_igate = dataflow.fc %cell_cand_cat {name = "cell_igate"} : tensor<16x280xi16> -> tensor<16x140xi16>
  %cell_fgate = dataflow.fc %cell_cand_cat {name = "cell_fgate"} : tensor<16x280xi16> -> tensor<16x140xi16>
  %cell_ogate = dataflow.fc %cell_cand_cat {name = "cell_ogate"} : tensor<16x280xi16> -> tensor<16x140xi16>
  %cell_cout_f = dataflow.eltwise mul %cell_cinit, %cell_fgate {name = "cell_cout_f"} : tensor<16x140xi16>, tensor<16x140xi16> -> tensor<16x140xi16>
  %cell_cout_i = dataflow.eltwise mul %cell_cand, %cell_igate {name = "cell_cout_i"} : tensor<16x140xi16>, tensor<16x140xi16> -> tensor<16x140xi16>
  %cell_cout = dataflow.eltwise add %cell_cout_i, %cell_cout_f {name = "cell_cout"} : tensor<16x140xi16>, tensor<16x140xi16> -> tensor<16x140xi16>
  %cell_hout = dataflow.eltwise mul %cell_cout, %cell_ogate {name = "cell_hout"} : tensor<16x140xi16>, tensor<16x140xi16> -> tensor<16x140xi16>
  %Wd = dataflow.fc %cell_hout {name = "Wd"} : tensor<16x140xi16> -> tensor<16x61xi16>
  return %Wd : tensor<16x61xi16>
}
