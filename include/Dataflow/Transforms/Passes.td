//===- Passes.td - passes of dataflow-opt -------------------*- tablegen -*-===//

#ifndef DATAFLOW_TRANSFORMS_PASSES_TD
#define DATAFLOW_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

def AttachAcceleratorPass : Pass<"dataflow-attach-accelerator", "::mlir::ModuleOp"> {
  let summary = "Bind the networks of a module to an accelerator";
  let description = [{
    Networks and accelerators usually live in separate files. This pass copies the
    `dataflow.accelerator` named `name` from the file `file` into the module (or, with no
    `file`, uses one already in it) and binds every function holding layer ops that names
    no accelerator yet (or every such function, with `override=true`).

    Before, with `file=eyeriss.mlir`:
    ```mlir
    func.func @net(%x: tensor<1x3x8x8xi16>) -> tensor<1x4x8x8xi16> { ... }
    ```
    After:
    ```mlir
    dataflow.accelerator @eyeriss { ... }
    func.func @net(%x: tensor<1x3x8x8xi16>) -> tensor<1x4x8x8xi16>
        attributes {dataflow.accelerator = @eyeriss} { ... }
    ```
  }];
  let options = [
    Option<"file", "file", "std::string", /*default=*/"\"\"",
           "MLIR file holding the dataflow.accelerator to import">,
    Option<"name", "name", "std::string", /*default=*/"\"\"",
           "accelerator symbol to use (default: the only one in the file or module)">,
    Option<"overrideExisting", "override", "bool", /*default=*/"false",
           "rebind functions that already name an accelerator">,
  ];
  let dependentDialects = ["::dataflow::DataflowDialect"];
}

//===----------------------------------------------------------------------===//
// Scheduling (one node). Each pass is a thin driver over lib/CostModel.
//===----------------------------------------------------------------------===//

// The options every search pass shares, spelled as nn_dataflow's search tool does.
defvar SearchOptions = [
  Option<"goal", "goal", "std::string", /*default=*/"\"e\"",
         "optimisation goal: e (energy), d (delay) or ed (energy-delay product)">,
  Option<"method", "method", "std::string", /*default=*/"\"exhaustive\"",
         "loop-blocking search: exhaustive, or solver (TETRIS analytical bypass solver; "
         "pooling and element-wise layers fall back to exhaustive)">,
  Option<"disableBypass", "disable-bypass", "std::string", /*default=*/"\"\"",
         "data categories that must stay in the global buffer, any of i, o, f "
         "(nn_dataflow --disable-bypass; 'i,o,f' = no bypass)">,
  Option<"progress", "progress", "std::string", /*default=*/"\"auto\"",
         "print layers done / total and elapsed time on stderr: on, off, or auto "
         "(on when stderr is a terminal)">,
  Option<"threads", "threads", "unsigned", /*default=*/"0",
         "threads searching layers in parallel (0 = all cores); the result is the "
         "same for any count">,
];

// The limits of the single-node search passes (issue 11), not in nn_dataflow.
defvar LimitOptions = [
  Option<"maxCandidates", "max-candidates", "int64_t", /*default=*/"100000000",
         "refuse a layer whose blocking search would cost more than this many candidate "
         "schemes (an error with the count and how to narrow it); 0 = no limit">,
  Option<"timeLimit", "time-limit", "double", /*default=*/"0",
         "seconds after the start of the pass at which searches stop and keep the best "
         "schedule found so far (a warning per layer; marked dataflow.search_incomplete); "
         "0 = no limit">,
];

def MapArrayPass : Pass<"dataflow-map-array", "::mlir::ModuleOp"> {
  let summary = "Map every layer onto the PE array (row stationary)";
  let description = [{
    Writes `dataflow.mapping` on every conv, fc, matmul, pool and eltwise layer of the
    functions bound to an accelerator: the folding and replication of the row-stationary
    logical PE set and the processing-pass candidate that the best full schedule uses
    (the search is memoised, so `dataflow-block-loops` does not pay for it again). A
    mapping already present is checked against the layer and kept.

    ```mlir
    %1 = dataflow.conv %0 ... {dataflow.mapping = #dataflow.mapping<row_stationary,
           fold = [1, 4], repl = [1, 1], ifmaps = 1, ofmaps = 1>, name = "conv1"} ...
    ```
  }];
  let options = !listconcat(SearchOptions, LimitOptions);
  let dependentDialects = ["::dataflow::DataflowDialect"];
}

def BlockLoopsPass : Pass<"dataflow-block-loops", "::mlir::ModuleOp"> {
  let summary = "Search loop blocking and loop order for every layer";
  let description = [{
    For every mapped layer, searches the blocking factors of the DRAM, global-buffer and
    register-file levels and the loop orders (nn_dataflow's exhaustive search with its
    pruning of equivalent orders, or the TETRIS bypass solver) and writes
    `dataflow.blocking` (factors and orders) and `dataflow.cost` (the search's figures).
    A partial blocking already present pins what it gives; a missing mapping is chosen
    as by `dataflow-map-array`. A layer that fits no schedule is an error naming the
    layer and the resource that is short.
  }];
  let options = !listconcat(SearchOptions, LimitOptions);
  let dependentDialects = ["::dataflow::DataflowDialect"];
}

def SolveBypassPass : Pass<"dataflow-solve-bypass", "::mlir::ModuleOp"> {
  let summary = "Decide which data categories bypass the global buffer";
  let description = [{
    For every layer with a complete blocking whose bypass is undecided, applies
    nn_dataflow's rule (a category allowed to bypass stays in the global buffer iff it
    is fetched from DRAM fewer times than into the register files) and writes the
    decision into `dataflow.blocking` as `bypass = [...]`. `disable-bypass` keeps
    categories in the buffer.
  }];
  let options = [
    Option<"disableBypass", "disable-bypass", "std::string", /*default=*/"\"\"",
           "data categories that must stay in the global buffer, any of i, o, f">,
  ];
}

def CostPass : Pass<"dataflow-cost", "::mlir::ModuleOp"> {
  let summary = "Cost the schedule the IR holds";
  let description = [{
    Re-costs every scheduled layer from its `dataflow.mapping` and `dataflow.blocking`,
    searched or hand-written, and writes `dataflow.cost`. On a searched schedule the
    figures are bit-identical to the search's. An undecided bypass follows
    nn_dataflow's rule with `disable-bypass`.
  }];
  let options = [
    Option<"disableBypass", "disable-bypass", "std::string", /*default=*/"\"\"",
           "data categories that must stay in the global buffer, any of i, o, f">,
  ];
}

def LowerToSchedulePass : Pass<"dataflow-lower-to-schedule", "::mlir::ModuleOp"> {
  let summary = "Make each layer's schedule explicit as schedule IR";
  let description = [{
    Lowers the annotated graph to the explicit schedule IR: per layer, the loop nest
    level by level (DRAM, global buffer, PE array, register file) with spatial loops
    marked, the data transfers and bypasses explicit, and the cost attached. The layer
    graph is kept.
  }];
  let dependentDialects = ["::dataflow::DataflowDialect"];
}

def LowerToLoopsPass : Pass<"dataflow-lower-to-loops", "::mlir::ModuleOp"> {
  let summary = "Lower the schedule IR to executable scf/memref loop nests";
  let description = [{
    For every `dataflow.layer_schedule` (run `dataflow-lower-to-schedule` first), emits
    `@<layer>_scheduled(inputs..., [weights,] output)` computing the layer exactly as
    scheduled: the dram, gbuf and regf loops become `scf.for` bands in the scheduled
    order, each refill a local buffer (`memref.alloc`) filled by `memref.copy` of
    `memref.subview`s with the cost model's footprint, the ofm write-backs copies back,
    and the processing pass an `scf.parallel` over the PE array. `df.*` attributes link
    bands, buffers and copies to the schedule. docs/lower-to-loops.md has the details.

    ```mlir
    dataflow.loop dram O trip 3 { dataflow.transfer fil dram -> gbuf ... }
    // becomes
    scf.for %o0 = %c0 to %c3 step %c1 {
      %fil = memref.alloc() {df.level = "gbuf", df.data = "fil", ...} : memref<16x3x11x11xi32>
      memref.copy %src, %dst {df.transfer = "fil dram -> gbuf", ...}
      ...
    } {df.level = "dram", df.loop = "O", df.trip = 3 : i64}
    ```
  }];
  let options = [
    Option<"harness", "harness", "bool", /*default=*/"false",
           "also emit an untiled @<layer>_reference per layer and a @main that runs both "
           "on pseudo-random data, compares them and prints the buffer peaks">,
    Option<"executableOnly", "executable-only", "bool", /*default=*/"false",
           "keep only the generated code (drop accelerators, networks and schedules) so "
           "that upstream mlir-opt can lower the module to LLVM">,
  ];
  let dependentDialects = ["::mlir::arith::ArithDialect", "::mlir::func::FuncDialect",
                           "::mlir::memref::MemRefDialect", "::mlir::scf::SCFDialect",
                           "::mlir::vector::VectorDialect"];
}

def ReportPass : Pass<"dataflow-report", "::mlir::ModuleOp"> {
  let summary = "Write the schedule report (JSON or a table)";
  let description = [{
    Writes the costs and schedules of every scheduled network: JSON with the schema of
    docs/report-schema.md, or a readable per-layer table. `file=-` writes to stdout.
  }];
  let options = [
    Option<"file", "file", "std::string", /*default=*/"\"-\"",
           "where to write the report ('-' = stdout)">,
    Option<"format", "format", "std::string", /*default=*/"\"json\"",
           "json or table">,
  ];
}

def DecomposeDeconvPass : Pass<"dataflow-decompose-deconv", "::mlir::ModuleOp"> {
  let summary = "Rewrite transposed convolutions as convolutions on stride-phase sub-kernels";
  let description = [{
    A `dataflow.deconv` with stride s (per dimension) and kernel K is s^d convolutions of
    the original input, one per output phase p (output positions o with
    (o + pad_begin) mod s = p), with ceil((K - p) / s) taps: the sub-kernel of phase p
    is taps p, p+s, p+2s, .. of the kernel in reverse order. Each phase convolution has
    stride 1, its own padding, and writes every s-th output element from offset
    `m_lo*s + p - pad_begin`; `tensor.insert_slice` with strides s interleaves them
    (the layout op) into a `tensor.empty` (an all-zero constant when a phase has no
    taps, K < s). Sub-convolutions are named `<name>.phase_<p0>_<p1>..`.

    With `combine=true` the phases share one convolution with Co * s^d output channels
    (phase-major) and the largest sub-kernel, smaller sub-kernels zero-padded in front;
    `tensor.extract_slice` takes each phase's channels and rows back out before the
    interleave. It needs groups = 1. Dilation must be 1.

    Before (2-D, stride 2):
    ```mlir
    %y = dataflow.deconv %x kernel [4, 4] stride [2, 2] pad [1, 1, 1, 1]
         output_padding [0, 0] dilation [1, 1] groups 1 {name = "up"}
         : tensor<1x8x4x4xi16> -> tensor<1x4x8x8xi16>
    ```
    After (split):
    ```mlir
    %e = tensor.empty() : tensor<1x4x8x8xi16>
    %p00 = dataflow.conv %x kernel [2, 2] stride [1, 1] pad [0, 0, 1, 1] dilation [1, 1]
           groups 1 {name = "up.phase_0_0"} : tensor<1x8x4x4xi16> -> tensor<1x4x4x4xi16>
    %i0 = tensor.insert_slice %p00 into %e[0, 0, 1, 1] [1, 4, 4, 4] [1, 1, 2, 2] : ...
    ... (phases 0_1, 1_0, 1_1)
    ```
  }];
  let options = [
    Option<"combine", "combine", "bool", /*default=*/"false",
           "run the sub-kernels as one convolution with s^d times the output channels">,
  ];
  let dependentDialects = ["::dataflow::DataflowDialect", "::mlir::tensor::TensorDialect",
                           "::mlir::arith::ArithDialect"];
}

//===----------------------------------------------------------------------===//
// Multi-node accelerators (TETRIS §5, TANGRAM): intra-layer partitioning.
//===----------------------------------------------------------------------===//

def PartitionLayersPass : Pass<"dataflow-partition-layers", "::mlir::ModuleOp"> {
  let summary = "Partition every layer over the node grid of a multi-node accelerator";
  let description = [{
    nn_dataflow's network search without inter-layer pipelining (nn_dataflow-model.md
    sections 5-6): the layers are visited in the tool's order, each producer's ofmap
    layout feeding its consumers (a concat reads the concatenated layouts); every
    partition of a layer over the node grid (OUTP output channels, OFMP ofmap rows and
    columns, BATP batch, INPP input channels) is costed with its best per-node mapping and
    blocking, NoC hops included, and the best by (energy, time) is kept. Writes per layer
    `dataflow.partition`, `dataflow.mapping` and `dataflow.blocking` (of the per-node
    sub-layer, bypass decided), `dataflow.cost` (NoC energy included) and `dataflow.noc`
    (hops per category), and on the function `dataflow.input_partition`, the network
    input's layout. A `dataflow.partition` in the input is kept (its per-node schedule is
    searched, or re-costed when a complete mapping and blocking are given too). On a
    one-node accelerator the pass only writes the trivial partition; the single-node
    passes schedule those layers.

    ```mlir
    %1 = dataflow.conv %0 ... {name = "conv1"}
    // becomes, on TETRIS T-16 (4x4 nodes)
    %1 = dataflow.conv %0 ... {dataflow.partition = #dataflow.partition<order = [outp, ofmp,
           batp, inpp], outp = [1, 1], ofmp = [4, 4], batp = [1, 1], inpp = [1, 1]>,
           dataflow.mapping = ..., dataflow.blocking = ..., dataflow.cost = ...,
           dataflow.noc = #dataflow.noc<...>, name = "conv1"}
    ```
  }];
  let options = !listconcat(SearchOptions, [
    Option<"hybrid", "hybrid", "bool", /*default=*/"false",
           "hybrid partitioning (nn_dataflow --hybrid-partition); off: ofmap partitioning "
           "for conv layers, output-channel partitioning for fc layers">,
    Option<"batchPartition", "batch-partition", "bool", /*default=*/"false",
           "also partition the batch (nn_dataflow --batch-partition)">,
    Option<"ifmapsPartition", "ifmaps-partition", "bool", /*default=*/"false",
           "also partition input channels; needs hybrid (nn_dataflow --ifmaps-partition)">,
    Option<"accessForwarding", "access-forwarding", "bool", /*default=*/"false",
           "nodes fetch disjoint parts of shared data and forward them (TANGRAM; "
           "nn_dataflow --enable-access-forwarding)">,
    Option<"bufferSharing", "buffer-sharing", "bool", /*default=*/"false",
           "share global buffers over the NoC, implies access forwarding (TANGRAM; "
           "nn_dataflow --enable-gbuf-sharing)">,
  ]);
  let dependentDialects = ["::dataflow::DataflowDialect"];
}

#endif // DATAFLOW_TRANSFORMS_PASSES_TD
