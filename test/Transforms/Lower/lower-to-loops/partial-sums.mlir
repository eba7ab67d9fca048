// A pinned blocking whose dram I loop encloses the ofm blocks (dram_order = [I, O, B]):
// the second input-channel half re-reads the partial sums the first wrote back to DRAM
// (ofm fills 3 = 2f - 1), and the register files re-read theirs from the global buffer.
// 48 output channels in ofmaps = 5 leave a partial last O tile.
// RUN: dataflow-opt %s --dataflow-attach-accelerator=file=%examples/accelerators/eyeriss.mlir --dataflow-schedule="disable-bypass=i,o,f" --dataflow-lower-to-schedule --dataflow-lower-to-loops="harness=true executable-only=true" | %lower-to-llvm | %run-main | FileCheck %s

// CHECK: conv3p: outputs 16224 mismatches 0 max_abs_error 0
// CHECK: conv3p: gbuf peak 19250 of 65536 words, regf peak 23 of 256 words per PE: fits
func.func @net(%x: tensor<2x32x13x13xi16>) -> tensor<2x48x13x13xi16> {
  %y = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "conv3p",
    dataflow.blocking = #dataflow.blocking<dram = [2, 2, 1], gbuf = [16, 1, 2], regf = [1, 5, 1], dram_order = [I, O, B], gbuf_order = [B, I, O]>} : tensor<2x32x13x13xi16> -> tensor<2x48x13x13xi16>
  return %y : tensor<2x48x13x13xi16>
}
