// The systolic-array dataflow optimizer's hardware (its runner.sh; docs/seed-tools.md
// §3): a 16x16 array, a 1572864-word buffer of 16-bit words split 3:3:4 among
// ifmap, ofmap and weights, 25.6 GB/s of DRAM bandwidth at 1 GHz, output stationary.
dataflow.accelerator @systolic16 {
  kind = systolic, array_size = 16, buffer_bytes = 3145728, partition = [0.3, 0.3, 0.4],
  bandwidth_gbs = 25.6, clock_ghz = 1.0, word_bits = 16, dataflow = output_stationary
}
