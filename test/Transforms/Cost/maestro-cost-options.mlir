// MAESTRO's command-line hardware options as options of dataflow-maestro-cost: the NoC head
// latency (MAESTRO: NoC_NumHops in the hardware file, or noc_hops x noc_hop_latency on its
// command line) and the SIMD lanes per PE. vgg16_ckp_ws on narrow_noc.m (16 elements/cycle of
// NoC, so the latency shows) with NoC_NumHops: 3 and --num_simd_lanes=4: every layer's cycles
// equal MAESTRO's (4eb08d1; oracle/vgg16_ckp_ws.narrow_noc3.json, bench/maestro_oracle.py).
// RUN: dataflow-translate --import-maestro %maestro_data/vgg16_ckp_ws.m --maestro-hw=%maestro_data/narrow_noc.m \
// RUN:   | dataflow-opt --dataflow-maestro-cost="noc-latency=3 simd-lanes=4" | FileCheck %s
// Defaults (latency 1, one lane) are MAESTRO's run with the hardware file alone.
// RUN: dataflow-translate --import-maestro %maestro_data/vgg16_ckp_ws.m --maestro-hw=%maestro_data/narrow_noc.m \
// RUN:   | dataflow-opt --dataflow-maestro-cost | FileCheck %s --check-prefix=DEFAULT
// RUN: dataflow-translate --import-maestro %maestro_data/vgg16_ckp_ws.m --maestro-hw=%maestro_data/narrow_noc.m \
// RUN:   | not dataflow-opt --dataflow-maestro-cost="simd-lanes=0" 2>&1 | FileCheck %s --check-prefix=BAD
// BAD: error: dataflow-maestro-cost: noc-latency must be in [0, 2^40] and simd-lanes in [1, 2^40], got 1 and 0

// CHECK: dataflow.conv {{.*}}, cycles = 2070040,
// CHECK: dataflow.conv {{.*}}, cycles = 33120602,
// CHECK: dataflow.conv {{.*}}, cycles = 16265818,
// CHECK: dataflow.conv {{.*}}, cycles = 32531594,
// CHECK: dataflow.conv {{.*}}, cycles = 15689866,
// CHECK: dataflow.conv {{.*}}, cycles = 31379690,
// CHECK: dataflow.conv {{.*}}, cycles = 31379690,
// CHECK: dataflow.conv {{.*}}, cycles = 14590186,
// CHECK: dataflow.conv {{.*}}, cycles = 29180330,
// CHECK: dataflow.conv {{.*}}, cycles = 29180330,
// CHECK: dataflow.conv {{.*}}, cycles = 6300074,
// CHECK: dataflow.conv {{.*}}, cycles = 6300074,
// CHECK: dataflow.conv {{.*}}, cycles = 6300074,
// DEFAULT: dataflow.conv {{.*}}, cycles = 2267174,
// DEFAULT: dataflow.conv {{.*}}, cycles = 36274686,
// DEFAULT: dataflow.conv {{.*}}, cycles = 17814430,
// DEFAULT: dataflow.conv {{.*}}, cycles = 35628814,
// DEFAULT: dataflow.conv {{.*}}, cycles = 17182094,
// DEFAULT: dataflow.conv {{.*}}, cycles = 34364142,
// DEFAULT: dataflow.conv {{.*}}, cycles = 34364142,
// DEFAULT: dataflow.conv {{.*}}, cycles = 15971566,
// DEFAULT: dataflow.conv {{.*}}, cycles = 31943086,
// DEFAULT: dataflow.conv {{.*}}, cycles = 31943086,
// DEFAULT: dataflow.conv {{.*}}, cycles = 6883758,
// DEFAULT: dataflow.conv {{.*}}, cycles = 6883758,
// DEFAULT: dataflow.conv {{.*}}, cycles = 6883758,
