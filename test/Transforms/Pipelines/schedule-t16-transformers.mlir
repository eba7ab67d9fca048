// The zoo's transformers schedule on the T-16 grid (issue #18; docs/cost-model.md "Heads on a
// grid"): head split and merge views are followed as the batch L x channels D layout they
// share with their producer, and the batched matmuls (QK^T, AV) are H grouped FCs whose OUTP
// splits whole heads. Default options and hybrid partitioning; totals are the tool's own.
// dataflow-cost re-prices the written schedule to the same IR.
// RUN: dataflow-opt %examples/networks/bert_base.mlir --dataflow-attach-accelerator="file=%examples/accelerators/tetris_t16.mlir" --dataflow-schedule="progress=off report=%t.bert.json" -o /dev/null
// RUN: FileCheck %s --check-prefixes=BERT,ALL < %t.bert.json
// RUN: dataflow-opt %examples/networks/bert_base.mlir --dataflow-attach-accelerator="file=%examples/accelerators/tetris_t16.mlir" --dataflow-schedule="hybrid=true progress=off lower=false report=%t.bert-h.json" -o %t.bert.mlir
// RUN: FileCheck %s --check-prefixes=BERT,ALL < %t.bert-h.json
// RUN: dataflow-opt %t.bert.mlir --dataflow-cost -o %t.bert-recost.mlir
// RUN: diff %t.bert.mlir %t.bert-recost.mlir
// RUN: dataflow-opt %examples/networks/gpt2_prefill.mlir --dataflow-attach-accelerator="file=%examples/accelerators/tetris_t16.mlir" --dataflow-schedule="progress=off report=%t.prefill.json" -o /dev/null
// RUN: FileCheck %s --check-prefixes=PREFILL,ALL < %t.prefill.json
// RUN: dataflow-opt %examples/networks/gpt2_prefill.mlir --dataflow-attach-accelerator="file=%examples/accelerators/tetris_t16.mlir" --dataflow-schedule="hybrid=true progress=off report=%t.prefill-h.json" -o /dev/null
// RUN: FileCheck %s --check-prefixes=PREFILL,ALL < %t.prefill-h.json
// RUN: dataflow-opt %examples/networks/gpt2_decode.mlir --dataflow-attach-accelerator="file=%examples/accelerators/tetris_t16.mlir" --dataflow-schedule="progress=off report=%t.decode.json" -o /dev/null
// RUN: FileCheck %s --check-prefixes=DECODE,ALL < %t.decode.json
// RUN: dataflow-opt %examples/networks/gpt2_decode.mlir --dataflow-attach-accelerator="file=%examples/accelerators/tetris_t16.mlir" --dataflow-schedule="hybrid=true progress=off lower=false report=%t.decode-h.json" -o %t.decode.mlir
// RUN: FileCheck %s --check-prefixes=DECODE,ALL < %t.decode-h.json
// RUN: dataflow-opt %t.decode.mlir --dataflow-cost -o %t.decode-recost.mlir
// RUN: diff %t.decode.mlir %t.decode-recost.mlir

// QK^T of layer 0 (12 heads of 128x64 . 64x128): OUTP 4x4 gives each node ceil(12/16) = 1
// head; its ops are 12 x 128x128x64 = 12,582,912 (up to the rounding of the occupancy).
// BERT:      "name": "l0.attn.qk",
// BERT:      "ops": 12582911.99
// BERT:      "partition": {
// BERT:        "outp": [4, 4],
// PREFILL:   "name": "l0.attn.qk",
// DECODE:    "name": "l0.attn.qk",

// Every layer is scheduled: the MACs scheduled are the whole network's, by hand
// 12 x (4 x 128x768x768 + 2 x 128x768x3072 + 2 x 128x128x768) = 11,173,625,856 for BERT-base,
// plus the 128x768x50257 LM head for GPT-2 prefill; decode: 12 x (4 x 768x768 + 2 x 768x3072
// + 2 x 128x768) + 768x50257 = 125,891,328.
// BERT:        "totals": {
// BERT-NEXT:     "energy": 0.11811273379840004,
// BERT-NEXT:     "time": 4045952,
// BERT:        "scheduled_macs": 11173625856,
// PREFILL:     "totals": {
// PREFILL-NEXT:  "energy": 0.15354738114560004,
// PREFILL-NEXT:  "time": 5629952,
// PREFILL:     "scheduled_macs": 16114089984,
// DECODE:      "totals": {
// DECODE-NEXT:   "energy": 0.0116459382832,
// DECODE-NEXT:   "time": 44039,
// DECODE:      "scheduled_macs": 125891328,
// ALL-NEXT:    "model_macs": null,
// ALL-NEXT:    "fraction": null,
// ALL-NEXT:    "left_out": []
