// The systolic-array dataflow optimizer's hardware (its runner.sh; docs/seed-tools.md
// §3): a 16x16 array, a 1572864-word buffer of 16-bit words split 3:3:4 among
// ifmap, ofmap and weights, 25.6 GB/s of DRAM bandwidth at 1 GHz, output stationary.
// Energies: the tool prices none, so they are estimated in joules (docs/cost-model.md
// "Energy and area estimates") at 45 nm, the node of the estimator's anchors (Horowitz,
// ISSCC 2014; TETRIS, ASPLOS 2017), so its MAC and SRAM figures are the published ones
// unscaled; DRAM LPDDR4 (8 pJ/bit, Accelergy's table), a 25.6 GB/s part (LPDDR4-3200 on
// 64 bits). Clock: the tool's 1 GHz.
dataflow.accelerator @systolic16 {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = [0.3, 0.3, 0.4],
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary,
  energy = estimated, technology = 45, dram_type = "LPDDR4"
}
