// dataflow-cost re-costs partitioned layers network-wide (producers' layouts flowing) and
// gives the partition search's figures back bit for bit, NoC included, for every option.
// RUN: dataflow-opt %examples/networks/alexnet.mlir --dataflow-attach-accelerator="file=%examples/accelerators/mesh8x8_2d_gbuf8k.mlir" --dataflow-partition-layers="hybrid=true buffer-sharing=true" -o %t.searched.mlir
// RUN: grep -o 'dataflow.cost = #dataflow.cost<[^>]*>, dataflow.mapping = #dataflow.mapping<[^>]*>, dataflow.noc = #dataflow.noc<[^>]*>' %t.searched.mlir > %t.search-costs
// RUN: sed -e 's/dataflow.cost = #dataflow.cost<[^>]*>, //' -e 's/dataflow.noc = #dataflow.noc<[^>]*>, //' %t.searched.mlir | dataflow-opt --dataflow-cost | grep -o 'dataflow.cost = #dataflow.cost<[^>]*>, dataflow.mapping = #dataflow.mapping<[^>]*>, dataflow.noc = #dataflow.noc<[^>]*>' > %t.recosts
// RUN: diff %t.search-costs %t.recosts
// RUN: count 19 < %t.recosts
// RUN: dataflow-opt %S/../Inputs/mesh2x2.mlir --dataflow-partition-layers="hybrid=true batch-partition=true ifmaps-partition=true access-forwarding=true" -o %t.small.mlir
// RUN: grep -o 'dataflow.cost = #dataflow.cost<[^>]*>' %t.small.mlir > %t.small-costs
// RUN: sed -e 's/dataflow.cost = #dataflow.cost<[^>]*>, //' %t.small.mlir | dataflow-opt --dataflow-cost | grep -o 'dataflow.cost = #dataflow.cost<[^>]*>' > %t.small-recosts
// RUN: diff %t.small-costs %t.small-recosts
// RUN: count 5 < %t.small-recosts
// RUN: sed -e "0,/dataflow.partition = #dataflow.partition<[^>]*>, /s///" %t.small.mlir | not dataflow-opt --dataflow-cost 2>&1 | FileCheck %s --check-prefix=MISSING
// MISSING: error: layer 'conv1' has no dataflow.partition; on multi-node accelerator @mesh2x2 run dataflow-partition-layers first
