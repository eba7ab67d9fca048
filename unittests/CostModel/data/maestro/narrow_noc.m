// MAESTRO's accelerator_1.m with a narrow NoC (16 elements/cycle) and a wide off-chip link,
// so that NoC latency and SIMD lanes show in the runtime (docs/cost-model.md, MAESTRO).
num_pes: 256
l1_size_cstr: 100
l2_size_cstr: 3000
noc_bw_cstr: 16
offchip_bw_cstr: 100000
