// MobileNetV2 (depthwise convolutions), DeepLabV3 (dilated convolutions) and the zoo's
// transformers (attention as batched matmuls over the heads) schedule end to end on the
// systolic optimizer's 16x16 array (issue #18; docs/cost-model.md "Every layer kind on the
// array"). Totals are the tool's own; the attention layer is checked by hand.
// RUN: dataflow-opt %examples/networks/mobilenet_v2.mlir --dataflow-attach-accelerator="file=%examples/accelerators/systolic16.mlir" --dataflow-schedule="progress=off report=%t.mbv2.json" -o /dev/null
// RUN: FileCheck %s --check-prefix=MBV2 < %t.mbv2.json
// DeepLabV3's 7x7 stem does not fit the static partition's strips: exhaustive.
// RUN: dataflow-opt %examples/networks/deeplab_v3.mlir --dataflow-attach-accelerator="file=%examples/accelerators/systolic16.mlir" --dataflow-schedule="progress=off systolic-method=exhaustive report=%t.dl.json" -o /dev/null
// RUN: FileCheck %s --check-prefix=DEEPLAB < %t.dl.json
// RUN: dataflow-opt %examples/networks/bert_base.mlir --dataflow-attach-accelerator="file=%examples/accelerators/systolic16.mlir" --dataflow-schedule="progress=off report=%t.bert.json" -o /dev/null
// RUN: FileCheck %s --check-prefix=BERT < %t.bert.json
// RUN: dataflow-opt %examples/networks/vit_b16.mlir --dataflow-attach-accelerator="file=%examples/accelerators/systolic16.mlir" --dataflow-schedule="progress=off report=%t.vit.json" -o /dev/null
// RUN: FileCheck %s --check-prefix=VIT < %t.vit.json
// RUN: dataflow-opt %examples/networks/gpt2_prefill.mlir --dataflow-attach-accelerator="file=%examples/accelerators/systolic16.mlir" --dataflow-schedule="progress=off report=%t.prefill.json" -o /dev/null
// RUN: FileCheck %s --check-prefix=PREFILL < %t.prefill.json
// RUN: dataflow-opt %examples/networks/gpt2_decode.mlir --dataflow-attach-accelerator="file=%examples/accelerators/systolic16.mlir" --dataflow-schedule="progress=off report=%t.decode.json" -o /dev/null
// RUN: FileCheck %s --check-prefix=DECODE < %t.decode.json

// MBV2:      "systolic_totals": {
// MBV2-NEXT:   "cycles": 45870707.0,
// MBV2-NEXT:   "transfer": 362046341.0

// DEEPLAB:      "systolic_totals": {
// DEEPLAB-NEXT:   "cycles": 84564324.0,
// DEEPLAB-NEXT:   "transfer": 672592268.0

// BERT:      "systolic_totals": {
// BERT-NEXT:   "cycles": 43646976.0,
// BERT-NEXT:   "transfer": 125337600.0
// QK^T of layer 0 by hand: 12 heads of 128x64 . 64x128, one tile each (row-major):
// 128*128*64 MACs / 256 PEs = 4096 cycles; ofmap 16384 + ifmap 8192, + ofmap 16384 +
// weights 8192 = 49152 words, / 12.8 = 3840 cycles; times 12 heads.
// BERT:      "name": "l0.attn.qk",
// BERT:      "cycles": 49152.0,
// BERT-NEXT: "compute_cycles": 49152.0,
// BERT-NEXT: "memory_cycles": 46080.0,
// BERT-NEXT: "transfer": 589824.0,

// VIT:      "systolic_totals": {
// VIT-NEXT:   "cycles": 72521280.0,
// VIT-NEXT:   "transfer": 154041840.0

// PREFILL:      "systolic_totals": {
// PREFILL-NEXT:   "cycles": 63074304.0,
// PREFILL-NEXT:   "transfer": 170569932.0

// DECODE:      "systolic_totals": {
// DECODE-NEXT:   "cycles": 9862530.0,
// DECODE-NEXT:   "transfer": 126240380.0
