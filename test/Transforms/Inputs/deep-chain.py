"""Writes a chain of N 3x3 convolutions on a 4x4 mesh (issue 24: the segment search of
interlayer=true on deep chains). Usage: deep-chain.py N"""
import sys

n = int(sys.argv[1])
print('''dataflow.accelerator @mesh {
  nodes = [4, 4], pe_array = [4, 4],
  regf_bytes = 64, gbuf_bytes = 4096, word_bits = 16,
  memory = "2D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0, noc_hop = 10.0, static_per_cycle = 0.0>
}
func.func @chain(%x: tensor<1x8x8x8xi16>) -> tensor<1x8x8x8xi16> attributes {dataflow.accelerator = @mesh} {''')
prev = "%x"
for i in range(n):
    print(f'  %{i} = dataflow.conv {prev} kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] '
          f'dilation [1, 1] groups 1 {{name = "c{i}"}} : tensor<1x8x8x8xi16> -> tensor<1x8x8x8xi16>')
    prev = f"%{i}"
print(f"  return {prev} : tensor<1x8x8x8xi16>\n}}")
