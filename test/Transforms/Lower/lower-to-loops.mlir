// dataflow-lower-to-loops turns a layer's schedule IR into loops over memrefs. This is the
// loop structure of one conv layer; the numerical checks of every layer kind are in
// lower-to-loops/*.mlir (executed with mlir-runner).
// RUN: dataflow-opt %s --dataflow-attach-accelerator=file=%examples/accelerators/eyeriss.mlir --dataflow-schedule="disable-bypass=i,o,f" --dataflow-lower-to-schedule --dataflow-lower-to-loops | FileCheck %s

// AlexNet conv3's shape, batch 2, 32 -> 48 channels, with a pinned blocking: dram
// [I 2, O 2, B 1] in order I, O, B; gbuf [16, 1, 2] in order B, I, O; regf [1, 5, 1]; the
// pass computes ofmaps = 5 channels on 3 x 13 PEs (repl 5). Schedule IR (lower-to-schedule):
//   dram I 2 { ifm dram->gbuf 7200
//     dram O 2 { fil dram->gbuf 3600
//       dram B 1 { gbuf B 2 {
//           gbuf I 16 { fil gbuf->regf 15; ifm gbuf->regf 3
//             gbuf O 1 { regf I 1 { regf O 5 { regf B 1 { spatial } } } } }
//           ofm regf->gbuf 5 }
//       } ofm gbuf->dram 8450 } }
// Each buffer is allocated where its refill happens, with the block the cost model counted
// (gbuf: words == the transfer's words), filled by memref.copy of subviews, and freed at the
// end of the loop body that refills it. The ofm blocks read their partial sums back (from
// DRAM or the global buffer) before the loop that accumulates into them, except on the
// block's first visit, and write them back after it. Loop attributes print at the loop's
// end, so the bands read bottom-up below: innermost first.

// The layer graph and its schedule IR stay (executable-only=true drops them); the lowered
// function is appended to the module.
// CHECK:       dataflow.schedule @net_schedule for @net
// CHECK-LABEL: func.func @conv3p_scheduled(
// CHECK-SAME:    %[[IN:.*]]: memref<2x32x13x13xi32>, %[[W:.*]]: memref<48x32x3x3xi32>, %[[OUT:.*]]: memref<2x48x13x13xi32>)
// CHECK-SAME:    df.gbuf_capacity = 65536 : i64, df.gbuf_words = 19250 : i64, df.layer = "conv3p", df.regf_capacity = 256 : i64, df.regf_words_per_pe = 23 : i64
// Padding is a DRAM-side copy (not priced, as in the cost model).
// CHECK:         %[[PAD:.*]] = memref.alloc() {df.data = "padded_ifm", df.level = "dram"} : memref<2x32x15x15xi32>
// CHECK:         memref.copy %[[IN]], %{{.*}} : memref<2x32x13x13xi32> to memref<2x32x13x13xi32, strided<[7200, 225, 15, 1], offset: 16>>
// The PE array's partial-sum registers: one word per PE.
// CHECK:         memref.alloc() {df.data = "psum", df.level = "pe_array"} : memref<1x5x3x13xi32>
// dram I: the ifm block (2 samples x 16 channels x 15 x 15 rows/cols) fills once per step.
// CHECK:         scf.for
// CHECK:           memref.alloc() {df.data = "ifm", df.level = "gbuf", df.schedule_words = 7200 : i64, df.words = 7200 : i64} : memref<2x1x16x15x15xi32>
// CHECK:           memref.copy {{.*}}df.transfer = "ifm dram -> gbuf", df.words = 7200
// dram O: 25 filters (5 units of 5) x 16 channels; the ofm block reads its partial sums back.
// CHECK:           scf.for
// CHECK:             memref.alloc() {df.data = "fil", df.level = "gbuf", df.schedule_words = 3600 : i64, df.words = 3600 : i64} : memref<25x16x3x3xi32>
// CHECK:             memref.copy {{.*}}df.transfer = "fil dram -> gbuf", df.words = 3600
// CHECK:             memref.alloc() {df.data = "ofm", df.level = "gbuf", df.schedule_words = 8450 : i64, df.words = 8450 : i64} : memref<2x25x13x13xi32>
// CHECK:             scf.if
// CHECK:             } else {
// CHECK:               memref.copy {{.*}}df.partial_sums, df.transfer = "ofm dram -> gbuf"
// dram B, gbuf B: the register files' psum block (5 words per PE).
// CHECK:             memref.alloc() {df.data = "ofm", df.level = "regf", df.schedule_words = 5 : i64, df.words_per_pe = 5 : i64} : memref<1x25x13x13xi32>
// CHECK:               memref.copy {{.*}}df.partial_sums, df.transfer = "ofm gbuf -> regf"
// gbuf I: filter rows and ifmap windows of one input channel.
// CHECK:               memref.alloc() {df.data = "fil", df.level = "regf", df.schedule_words = 15 : i64, df.words_per_pe = 15 : i64} : memref<25x1x3x3xi32>
// CHECK:               memref.copy {{.*}}df.transfer = "fil gbuf -> regf", df.words = 15
// CHECK:               memref.alloc() {df.data = "ifm", df.level = "regf", df.schedule_words = 3 : i64, df.words_per_pe = 3 : i64} : memref<1x1x1x15x15xi32>
// CHECK:               memref.copy {{.*}}df.transfer = "ifm gbuf -> regf", df.words = 3
// The processing pass: fold_h sub-passes, F steps, the PE array in parallel, then the psum
// accumulation down the PE columns.
// CHECK:                           scf.parallel
// CHECK:                           } {df.pe_array = array<i64: 1, 5, 3, 13>, df.spatial = "row_stationary"}
// CHECK:                           } {df.psum_accumulation}
// CHECK:                         } {df.steps = "F"}
// CHECK:                       } {df.fold_h = 1 : i64}
// CHECK:                     } {df.level = "regf", df.loop = "B", df.trip = 1 : i64}
// CHECK-NEXT:              } {df.level = "regf", df.loop = "O", df.trip = 5 : i64}
// CHECK-NEXT:            } {df.level = "regf", df.loop = "I", df.trip = 1 : i64}
// CHECK-NEXT:          } {df.level = "gbuf", df.loop = "O", df.trip = 1 : i64}
// CHECK-NEXT:          memref.dealloc
// CHECK-NEXT:          memref.dealloc
// CHECK-NEXT:        } {df.level = "gbuf", df.loop = "I", df.trip = 16 : i64}
// CHECK:             memref.copy {{.*}}df.transfer = "ofm regf -> gbuf", df.words = 5
// CHECK:             memref.dealloc
// CHECK-NEXT:      } {df.level = "gbuf", df.loop = "B", df.trip = 2 : i64}
// CHECK-NEXT:    } {df.level = "dram", df.loop = "B", df.trip = 1 : i64}
// CHECK:         memref.copy {{.*}}df.transfer = "ofm gbuf -> dram", df.words = 8450
// CHECK:         } {df.level = "dram", df.loop = "O", df.trip = 2 : i64}
// CHECK:       } {df.level = "dram", df.loop = "I", df.trip = 2 : i64}
func.func @net(%x: tensor<2x32x13x13xi16>) -> tensor<2x48x13x13xi16> {
  %y = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 1 {name = "conv3p",
    dataflow.blocking = #dataflow.blocking<dram = [2, 2, 1], gbuf = [16, 1, 2], regf = [1, 5, 1], dram_order = [I, O, B], gbuf_order = [B, I, O]>} : tensor<2x32x13x13xi16> -> tensor<2x48x13x13xi16>
  return %y : tensor<2x48x13x13xi16>
}
