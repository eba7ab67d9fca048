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

    A network whose elements are wider or narrower than the accelerator's word (an f32
    export on a 16-bit Eyeriss) is priced at the accelerator's word size, with a remark on
    the function saying so; `strict-word-size=true` makes that an error instead.

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
           "MLIR file holding the dataflow.accelerator to import (default: none)">,
    Option<"name", "name", "std::string", /*default=*/"\"\"",
           "accelerator symbol to use (default: the only one in the file or module)">,
    Option<"overrideExisting", "override", "bool", /*default=*/"false",
           "rebind functions that already name an accelerator (default: false)">,
    Option<"strictWordSize", "strict-word-size", "bool", /*default=*/"false",
           "refuse a network whose element type differs from the accelerator's word "
           "(default: price it at the accelerator's word size, with a remark)">,
  ];
  let dependentDialects = ["::dataflow::DataflowDialect"];
}

def PrintEnergyTablePass : Pass<"dataflow-print-energy-table", "::mlir::ModuleOp"> {
  let summary = "Print the per-access energies each accelerator prices with";
  let description = [{
    For every `dataflow.accelerator` in the module, prints the unit energies the cost
    model uses: the explicit `#dataflow.energy` values, or the estimator's
    (`energy = estimated` / `estimated_relative`, docs/cost-model.md "Energy and area
    estimates") with what each figure was estimated from and the estimated area. A
    systolic array prints its MAC, buffer, DRAM and static energies and its area (or says
    it gives none). The IR is not changed.

    ```
    energy table of @t16: estimated at 45 nm (J per 16-bit word)
      mac               2e-12      16-bit MAC
      ...
    ```
  }];
  let options = [
    Option<"file", "file", "std::string", /*default=*/"\"-\"",
           "where to write the table ('-' = stdout) (default: -)">,
  ];
}

//===----------------------------------------------------------------------===//
// Scheduling (one node). Each pass is a thin driver over lib/CostModel.
//===----------------------------------------------------------------------===//

// The options every search pass shares, spelled as nn_dataflow's search tool does.
defvar SearchOptions = [
  Option<"goal", "goal", "::dataflow::SearchGoal", /*default=*/"::dataflow::SearchGoal::Energy",
         "optimisation goal: e (energy), d (delay) or ed (energy-delay product) (default: e)",
         "DATAFLOW_OPTION_VALUES(SearchGoal)">,
  Option<"method", "method", "::dataflow::BlockingMethod",
         /*default=*/"::dataflow::BlockingMethod::Exhaustive",
         "loop-blocking search: exhaustive, or solver (TETRIS analytical bypass solver; "
         "pooling and element-wise layers fall back to exhaustive) (default: exhaustive)",
         "DATAFLOW_OPTION_VALUES(BlockingMethod)">,
  Option<"disableBypass", "disable-bypass", "std::string", /*default=*/"\"\"",
         "data categories that must stay in the global buffer, any of i, o, f "
         "(nn_dataflow --disable-bypass; 'i,o,f' = no bypass) (default: none)">,
  Option<"progress", "progress", "::dataflow::ProgressMode",
         /*default=*/"::dataflow::ProgressMode::Auto",
         "print layers done / total and elapsed time on stderr: on, off, or auto "
         "(on when stderr is a terminal) (default: auto)",
         "DATAFLOW_OPTION_VALUES(ProgressMode)">,
  Option<"threads", "threads", "unsigned", /*default=*/"0",
         "threads searching layers in parallel (0 = all cores); the result is the "
         "same for any count (default: 0)">,
];

// The limits of the search passes (issue 11), not in nn_dataflow: the single-node passes
// and dataflow-partition-layers (there the count covers every partition of a layer).
defvar LimitOptions = [
  Option<"maxCandidates", "max-candidates", "int64_t", /*default=*/"1000000000",
         "refuse a layer whose blocking search would cost more than this many candidate "
         "schemes (an error with the count and how to narrow it); 0 = no limit (default: 1000000000)">,
  Option<"timeLimit", "time-limit", "double", /*default=*/"0",
         "seconds after the start of the pass at which searches stop and keep the best "
         "schedule found so far (a warning per layer; marked dataflow.search_incomplete); "
         "0 = no limit (default: 0)">,
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
           "data categories that must stay in the global buffer, any of i, o, f (default: none)">,
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
           "data categories that must stay in the global buffer, any of i, o, f (default: none)">,
  ];
}

def LowerToSchedulePass : Pass<"dataflow-lower-to-schedule", "::mlir::ModuleOp"> {
  let summary = "Make each layer's schedule explicit as schedule IR";
  let description = [{
    Lowers the annotated graph to the explicit schedule IR: per layer, the loop nest
    level by level (DRAM, global buffer, PE array, register file) with spatial loops
    marked, the data transfers and bypasses explicit, and the cost attached. The layer
    graph is kept. On a multi-node accelerator a partitioned network is re-costed
    network-wide and each layer's nest sits inside its node loops (one per partition
    type), with NoC transfers (from DRAM, forwarded, shared buffers) carrying its
    `#dataflow.noc` hops:

    ```mlir
    dataflow.layer_schedule "conv1" cost <...> noc <...> {
      dataflow.node_loop outp grid [1, 1] { ... dataflow.node_loop ofmp grid [2, 2] {
        dataflow.noc_transfer ifm dram fills 1 unit_hops 1536 hops 1536.0
        dataflow.loop dram B trip 1 { ... }
        dataflow.noc_transfer ofm dram fills 1 unit_hops 0 hops 0.0 } ... }
    }
    ```
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
           "on pseudo-random data, compares them and prints the buffer peaks (default: false)">,
    Option<"executableOnly", "executable-only", "bool", /*default=*/"false",
           "keep only the generated code (drop accelerators, networks and schedules) so "
           "that upstream mlir-opt can lower the module to LLVM (default: false)">,
  ];
  let dependentDialects = ["::mlir::arith::ArithDialect", "::mlir::func::FuncDialect",
                           "::mlir::memref::MemRefDialect", "::mlir::scf::SCFDialect",
                           "::mlir::vector::VectorDialect"];
}

def ReportPass : Pass<"dataflow-report", "::mlir::ModuleOp"> {
  let summary = "Write the schedule report (JSON, a table or an HTML page)";
  let description = [{
    Writes the costs and schedules of every scheduled network: JSON with the schema of
    docs/report-schema.md, a readable per-layer table, or one self-contained HTML page that
    draws the JSON (docs/html-report.md). `file=-` writes to stdout.
  }];
  let options = [
    Option<"file", "file", "std::string", /*default=*/"\"-\"",
           "where to write the report ('-' = stdout) (default: -)">,
    Option<"format", "format", "::dataflow::ReportFormat",
           /*default=*/"::dataflow::ReportFormat::Json", "json, table or html (default: json)",
           "DATAFLOW_OPTION_VALUES(ReportFormat)">,
    Option<"minCoverage", "min-coverage", "double", /*default=*/"0.0",
           "fail when a network's scheduled MACs are below this fraction of the model's "
           "(dataflow.coverage, written by the importers; 0 = never) (default: 0.0)">,
  ];
}

def CheckFamilyPass : Pass<"dataflow-check-family", "::mlir::ModuleOp"> {
  let summary = "Check that an accelerator family schedules every network's accelerator kind";
  let description = [{
    `family=X` on a network whose accelerator X does not schedule would leave the network
    unscheduled and let a later pass fail on a missing schedule without saying why.
    `dataflow-schedule` runs this check first when `family=` is given (not `auto`): each
    network bound to an accelerator of another kind is a located error on the function
    that names the accelerator's kind and the family that schedules it, with a note at
    the accelerator. `family=auto` passes every network.
  }];
  let options = [
    Option<"family", "family", "::dataflow::FamilyChoice",
           /*default=*/"::dataflow::FamilyChoice::Auto",
           "the family to check: auto (every kind has its family), eyeriss, systolic, "
           "maestro or dmaze (default: auto)",
           "DATAFLOW_OPTION_VALUES(FamilyChoice)">,
  ];
}

def DecomposeAttentionPass : Pass<"dataflow-decompose-attention", "::mlir::ModuleOp"> {
  let summary = "Rewrite multi-head attention as two batched matmuls and a softmax";
  let description = [{
    A `dataflow.attention` with `q: Lq x D`, `k, v: Lk x D` and `H` heads becomes the
    layers every accelerator family prices, the heads as the batch of two batched
    matmuls (Vaswani et al., NeurIPS 2017, eq. 1): views split the heads (`H x Lq x D/H`,
    `H x D/H x Lk` for K^T, `H x Lk x D/H`), `QK^T` (`H x Lq x Lk`), a softmax over the
    keys, `AV` (`H x Lq x D/H`) and a view merging the heads back to `Lq x D`. MACs are
    `2 Lq Lk D`, the op's count. `causal` keeps the dense extents (masked scores are
    computed, as the op counts them); LLM decode with a KV cache is `Lq = 1` against the
    `Lk` cached keys. The new ops are named `<name>.q_heads`, `.k_heads_t`, `.v_heads`,
    `.qk`, `.softmax`, `.av`, `.merge_heads` (`<name>` defaults to `attention`).

    Before:
    ```mlir
    %o = dataflow.attention %q, %k, %v heads 4 {name = "att"}
         : tensor<8x32xi16>, tensor<8x32xi16>, tensor<8x32xi16> -> tensor<8x32xi16>
    ```
    After:
    ```mlir
    %qh = dataflow.view %q {name = "att.q_heads"} : tensor<8x32xi16> -> tensor<4x8x8xi16>
    %kt = dataflow.view %k {name = "att.k_heads_t"} : tensor<8x32xi16> -> tensor<4x8x8xi16>
    %vh = dataflow.view %v {name = "att.v_heads"} : tensor<8x32xi16> -> tensor<4x8x8xi16>
    %s = dataflow.matmul %qh, %kt {name = "att.qk"} : ... -> tensor<4x8x8xi16>
    %p = dataflow.softmax %s {name = "att.softmax"} : tensor<4x8x8xi16> -> tensor<4x8x8xi16>
    %a = dataflow.matmul %p, %vh {name = "att.av"} : ... -> tensor<4x8x8xi16>
    %o = dataflow.view %a {name = "att.merge_heads"} : tensor<4x8x8xi16> -> tensor<8x32xi16>
    ```
  }];
}

def SplitDilatedConvPass : Pass<"dataflow-split-dilated-conv", "::mlir::ModuleOp"> {
  let summary = "Split a dilated convolution whose dilation phases differ in size into output bands of equal phases";
  let description = [{
    A convolution with stride s and dilation d along a spatial dimension of E outputs is
    P = d / gcd(s, d) independent phase convolutions (the outputs o = p mod P read only the
    inputs p s + d m, an undilated convolution of stride s / gcd(s, d)), each of
    ceil((E - p) / P) outputs (stride 1: P = d). The cost models price equal phases (P
    divides E, or P >= E: E phases of one output). When neither holds (DeepLabV3's dilation
    2 and 4 on a 65x65 map, its ASPP's 12/24/36), this pass splits the outputs of each such
    dimension into two bands, the first q*P (q = floor(E / P): P phases of q outputs) and
    the last E mod P (< P: phases of one output), so every piece has equal phases.
    Up to 2^k convolutions for k such dimensions, named `<name>.band_<b0>_<b1>..` (band 0
    the first q*P outputs, 1 the rest, per spatial dimension), each reading the input rows
    and columns its outputs need (outputs [a, b) read the padded rows
    [a s, (b - 1) s + (K - 1) d + 1): `tensor.extract_slice`, padding kept where the band
    reaches the border), stitched by `tensor.insert_slice` into a `tensor.empty` (a zero
    constant when a band reads only padding: its outputs are zero). The pieces together do
    exactly the original's MACs on the original's outputs: an exact decomposition, each
    piece searched as a layer. Convolutions whose phases are already equal are left alone.
    Run by `dataflow-schedule` before any search.

    Before (one spatial dimension uneven):
    ```mlir
    %y = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [2, 2, 2, 2] dilation [2, 2]
         groups 1 {name = "c"} : tensor<1x4x7x8xi16> -> tensor<1x4x7x8xi16>
    ```
    After: `c.band_0_0` (rows 0-5, all 8 columns) and `c.band_1_0` (row 6), each a
    dilated convolution over the input rows it reads, inserted at rows 0 and 6.
  }];
  let dependentDialects = ["::mlir::tensor::TensorDialect", "::mlir::arith::ArithDialect"];
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
           "run the sub-kernels as one convolution with s^d times the output channels (default: false)">,
    Option<"eyerissOnly", "eyeriss-only", "bool", /*default=*/"false",
           "rewrite only the deconvolutions of networks bound to an Eyeriss-kind "
           "accelerator, one node or a grid: systolic networks price theirs as "
           "dataflow-schedule-systolic's deconv= says (default: false)">,
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
    nn_dataflow's network search without inter-layer pipelining (docs/cost-model.md
    sections 5-6): the layers are visited in the tool's order, each producer's ofmap
    layout feeding its consumers (a concat reads the concatenated layouts); every
    partition of a layer over the node grid (OUTP output channels, OFMP ofmap rows and
    columns, BATP batch, INPP input channels) is costed with its best per-node mapping and
    blocking, NoC hops included, and the best by (energy, time) is kept. Writes per layer
    `dataflow.partition`, `dataflow.mapping` and `dataflow.blocking` (of the per-node
    sub-layer, bypass decided), `dataflow.cost` (NoC energy included) and `dataflow.noc`
    (hops per category), and on the function `dataflow.input_partition`, the network
    input's layout. A `dataflow.partition` in the input is kept (its per-node schedule is
    searched, narrowed by a per-node `dataflow.mapping` and/or a partial
    `dataflow.blocking` given with it, or re-costed when a complete mapping and blocking
    are given). On a
    one-node accelerator the pass only writes the trivial partition; the single-node
    passes schedule those layers.

    `network-search=beam` looks beyond the tool's greedy order: after each layer it keeps
    the `network-beam` cheapest partial networks (those with the same layouts still to
    be read kept once), so an early partition that is cheaper but lays its ofmaps out
    badly for a later layer can lose; its answer replaces the greedy one only when
    strictly better, so it is never worse. `lower-bound=true` reports, as a remark on
    each function, how far the answer is from the sum of each layer's best cost with its
    ifmaps already in place (no network schedule of this search can cost less).

    ```mlir
    %1 = dataflow.conv %0 ... {name = "conv1"}
    // becomes, on TETRIS T-16 (4x4 nodes)
    %1 = dataflow.conv %0 ... {dataflow.partition = #dataflow.partition<order = [outp, ofmp,
           batp, inpp], outp = [1, 1], ofmp = [4, 4], batp = [1, 1], inpp = [1, 1]>,
           dataflow.mapping = ..., dataflow.blocking = ..., dataflow.cost = ...,
           dataflow.noc = #dataflow.noc<...>, name = "conv1"}
    ```
  }];
  let options = !listconcat(SearchOptions, LimitOptions, [
    Option<"hybrid", "hybrid", "bool", /*default=*/"false",
           "hybrid partitioning (nn_dataflow --hybrid-partition); off: ofmap partitioning "
           "for conv layers, output-channel partitioning for fc layers (default: false)">,
    Option<"batchPartition", "batch-partition", "bool", /*default=*/"false",
           "also partition the batch (nn_dataflow --batch-partition) (default: false)">,
    Option<"ifmapsPartition", "ifmaps-partition", "bool", /*default=*/"false",
           "also partition input channels; needs hybrid (nn_dataflow --ifmaps-partition) (default: false)">,
    Option<"accessForwarding", "access-forwarding", "bool", /*default=*/"false",
           "nodes fetch disjoint parts of shared data and forward them (TANGRAM; "
           "nn_dataflow --enable-access-forwarding) (default: false)">,
    Option<"bufferSharing", "buffer-sharing", "bool", /*default=*/"false",
           "share global buffers over the NoC, implies access forwarding (TANGRAM; "
           "nn_dataflow --enable-gbuf-sharing) (default: false)">,
    Option<"networkSearch", "network-search", "::dataflow::NetworkSearch",
           /*default=*/"::dataflow::NetworkSearch::Greedy",
           "greedy (layer by layer, nn_dataflow's order and answer) or beam (keeps the "
           "network-beam best partial networks per layer; never worse than greedy) "
           "(default: greedy)",
           "DATAFLOW_OPTION_VALUES(NetworkSearch)">,
    Option<"networkBeam", "network-beam", "unsigned", /*default=*/"4",
           "network-search=beam: partial networks kept per layer, at least 2 (default: 4)">,
    Option<"lowerBound", "lower-bound", "bool", /*default=*/"false",
           "remark, per network, the gap to a lower bound: the sum of each layer's best "
           "cost with its ifmaps in place (default: false)">,
  ]);
  let dependentDialects = ["::dataflow::DataflowDialect"];
}


def ScheduleSystolicPass : Pass<"dataflow-schedule-systolic", "::mlir::ModuleOp"> {
  let summary = "Search the tiling of every layer bound to a systolic accelerator";
  let description = [{
    For every conv (2-D or 3-D), fc and matmul of a function bound to a
    `kind = systolic` accelerator, searches the systolic-array optimizer's tiling and
    DRAM loop order (docs/seed-tools.md section 3) and writes it, with its cycles and
    DRAM traffic, as `dataflow.systolic`. `method`: `exhaustive` (the buffer partition
    swept in 5 % steps, greedy fill), `static` (the accelerator's fixed partition),
    `constrained` (NLopt COBYLA on the continuous relaxation, rounded), `combined`
    (constrained from the static tiling, never worse than it); left empty, `static` when
    the accelerator fixes its partition and `exhaustive` when it is `searched`. `goal`
    ranks tilings: `latency` (cycles, then traffic) or `traffic` (traffic, then cycles).
    Pool, eltwise and concat are not priced on the array and get no attribute. A
    `dataflow.deconv` of a systolic network is priced as `deconv` says: `upsample` (the
    default, as the original tool without `--split`) keeps the op and prices it as one
    stride-1 convolution over the zero-upsampled input; `split` rewrites it into its
    stride-phase convolutions (`dataflow-decompose-deconv`), each searched as a layer;
    `combine` rewrites it into one convolution whose output channels are the phases'
    (`dataflow-decompose-deconv combine=true`: the sub-kernels share one input tile).
    Functions bound to Eyeriss accelerators are left alone.

    Before:
    ```mlir
    %y = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1]
         groups 1 {name = "c1"} : tensor<1x64x56x56xi16> -> tensor<1x64x56x56xi16>
    ```
    After:
    ```mlir
    %y = dataflow.conv ... {dataflow.systolic = #dataflow.systolic<method = exhaustive,
         order = row_major, channel_splits = 1, spatial_splits = [1, 1], buffer = [...],
         fill_drain = false, cycles = ..., compute_cycles = ..., memory_cycles = ...,
         transfer = ..., utilization = ...>, name = "c1"} : ...
    ```
  }];
  let options = [
    Option<"method", "method", "::dataflow::SystolicMethodChoice",
           /*default=*/"::dataflow::SystolicMethodChoice::Auto",
           "the search engine: exhaustive, static, constrained or combined, or auto "
           "(static when the accelerator fixes its buffer partition, else exhaustive) "
           "(default: auto)",
           "DATAFLOW_OPTION_VALUES(SystolicMethodChoice)">,
    Option<"goal", "goal", "::dataflow::SystolicGoalChoice",
           /*default=*/"::dataflow::SystolicGoalChoice::Latency",
           "what the search minimises first: latency (cycles, then DRAM traffic; the "
           "original tool) or traffic (DRAM traffic, then cycles) (default: latency)",
           "DATAFLOW_OPTION_VALUES(SystolicGoalChoice)">,
    Option<"toolRules", "tool-rules", "bool", /*default=*/"false",
           "price as the original optimizer does, to reproduce its figures: a footprint up "
           "to 1.01 x the buffer fits, 3-D layers follow its own formulas, and on equal "
           "cycles its loop order even where the other moves less data (off: this "
           "project's consistent model) (default: false)">,
    Option<"fillDrain", "fill-drain", "bool", /*default=*/"false",
           "a refinement: charge every array pass its pipeline fill and drain (off: the "
           "steady state only, as the original tool) (default: false)">,
    Option<"deconv", "deconv", "::dataflow::DeconvPricing",
           /*default=*/"::dataflow::DeconvPricing::Upsample",
           "how a transposed convolution is priced: upsample (one convolution over the "
           "zero-upsampled input, as the original tool without --split), split (one "
           "convolution per stride phase) or combine (one convolution over all phases' "
           "output channels, sharing the input tile) (default: upsample)",
           "DATAFLOW_OPTION_VALUES(DeconvPricing)">,
  ];
  let dependentDialects = ["::dataflow::DataflowDialect", "::mlir::tensor::TensorDialect",
                           "::mlir::arith::ArithDialect"];
}

//===----------------------------------------------------------------------===//
// Inter-layer pipelining (TANGRAM §4-5; docs/cost-model.md §6).
//===----------------------------------------------------------------------===//

// The partitioning options of dataflow-partition-layers, shared by the pipelining pass.
defvar PartitionOptions = [
  Option<"hybrid", "hybrid", "bool", /*default=*/"false",
         "hybrid partitioning (nn_dataflow --hybrid-partition) (default: false)">,
  Option<"batchPartition", "batch-partition", "bool", /*default=*/"false",
         "also partition the batch (nn_dataflow --batch-partition) (default: false)">,
  Option<"ifmapsPartition", "ifmaps-partition", "bool", /*default=*/"false",
         "also partition input channels; needs hybrid (nn_dataflow --ifmaps-partition) (default: false)">,
  Option<"accessForwarding", "access-forwarding", "bool", /*default=*/"false",
         "access forwarding (TANGRAM; nn_dataflow --enable-access-forwarding) (default: false)">,
  Option<"bufferSharing", "buffer-sharing", "bool", /*default=*/"false",
         "global-buffer sharing over the NoC (TANGRAM; nn_dataflow --enable-gbuf-sharing) (default: false)">,
];

def PartitionSegmentsPass : Pass<"dataflow-partition-segments", "::mlir::ModuleOp"> {
  let summary = "Group layers into pipeline segments over the node grid (inter-layer pipelining)";
  let description = [{
    TANGRAM's inter-layer pipelining as nn_dataflow searches it (docs/cost-model.md
    section 6, `--interlayer-partition`): consecutive layers form segments whose vertices
    run side by side on disjoint node regions (spatial) or one after another on the whole
    grid with their ofmaps kept on chip (temporal); a layer-wise beam search over every
    segment candidate, each layer searched on its region with the pipelining constraints,
    keeps the best network by (energy, time). Writes on every layer `dataflow.segment`
    (segment, position, node region), `dataflow.partition` (over its region),
    `dataflow.mapping`, `dataflow.blocking`, `dataflow.cost` and `dataflow.noc`, and on the
    function `dataflow.input_partition` and `dataflow.pipeline` (segment times and the
    network totals with the static energy re-based on the pipelined time). Segments
    already in the input (`dataflow.segment`) are kept; the search fills in the rest. On a
    one-node accelerator the pass leaves the network alone (a remark says so);
    `dataflow-partition-layers` then schedules it. Later passes keep what it writes.

    ```mlir
    %3 = dataflow.conv %2 ... {name = "conv3_a"}
    %4 = dataflow.conv %3 ... {name = "conv4_a"}
    // becomes, on TETRIS T-16 (4x4 nodes)
    %3 = dataflow.conv %2 ... {dataflow.segment = #dataflow.segment<index = 6, kind = spatial,
           spatial = 0, temporal = 0, origin = [0, 0], dims = [1, 9], fold = [4, 4]>,
           dataflow.partition = ..., dataflow.cost = ..., name = "conv3_a"}
    %4 = dataflow.conv %3 ... {dataflow.segment = #dataflow.segment<index = 6, kind = spatial,
           spatial = 1, temporal = 0, origin = [2, 1], dims = [1, 7], fold = [4, 3]>, ...}
    ```
  }];
  let options = !listconcat(SearchOptions, PartitionOptions, [
    Option<"enable", "enable", "bool", /*default=*/"true",
           "search pipeline segments (off: the pass does nothing) (default: true)">,
    Option<"timeLimit", "time-limit", "double", /*default=*/"0",
           "seconds after the start of the pass at which the per-layer searches inside the "
           "segment search stop (each keeps its first valid scheme, no further partition "
           "once one holds a scheme; a warning per layer whose chosen schedule was cut, "
           "marked dataflow.search_incomplete); the segment enumeration itself is not cut; "
           "0 = no limit (default: 0)">,
    Option<"temporal", "temporal", "bool", /*default=*/"false",
           "also temporal segments (nn_dataflow --enable-save-writeback) (default: false)">,
    Option<"maxTimeOverhead", "max-time-overhead", "double",
           /*default=*/"std::numeric_limits<double>::infinity()",
           "largest pipelining time overhead a segment may have (nn_dataflow "
           "--layer-pipeline-time-overhead; default unbounded)">,
    Option<"maxDegree", "max-degree", "unsigned", /*default=*/"0",
           "most DAG vertices in a segment (nn_dataflow --layer-pipeline-max-degree; "
           "0 = unbounded) (default: 0)">,
    Option<"basicOnly", "basic-only", "bool", /*default=*/"false",
           "basic pipelining only, without TANGRAM's optimisations (nn_dataflow "
           "--disable-interlayer-opt) (default: false)">,
    Option<"beamWidth", "beam-width", "unsigned", /*default=*/"1",
           "partial networks kept per layer (nn_dataflow --ntops) (default: 1)">,
  ]);
  let dependentDialects = ["::dataflow::DataflowDialect"];
}

//===----------------------------------------------------------------------===//
// The seed tools' cost modes: MAESTRO directives and dMazeRunner tilings
//===----------------------------------------------------------------------===//

def MaestroCostPass : Pass<"dataflow-maestro-cost", "::mlir::ModuleOp"> {
  let summary = "Cost each layer's MAESTRO directives with MAESTRO's model";
  let description = [{
    For every layer with `dataflow.directives` in a function bound to a one-node
    accelerator, prices the directives the way MAESTRO does (cycles, L1/L2 reads and
    writes; docs/cost-model.md, "MAESTRO") and writes `dataflow.cost`: `cycles` =
    MAESTRO's runtime, `energy` = mac x MACs + regf x L1 accesses + gbuf x L2 accesses
    with the accelerator's unit energies (MAESTRO's correct on-screen formula when they
    are 1, 1.68 and 18.61, as `dataflow-translate --import-maestro` writes them).
    Layers without directives are left alone; a layer MAESTRO cannot price, or
    directives that do not fit it, is a located error.

    ```mlir
    %1 = dataflow.conv %0 ... {dataflow.directives = #dataflow.directives<...>}
    // becomes
    %1 = dataflow.conv %0 ... {dataflow.cost = #dataflow.cost<energy = ..., cycles = ...>,
                               dataflow.directives = #dataflow.directives<...>}
    ```
  }];
  let options = [
    Option<"maestroReuseQuirk", "reuse-quirk", "bool", /*default=*/"true",
           "count reuse as MAESTRO does (true) or refetch reset tiles (false) (default: true)">,
    Option<"nocLatency", "noc-latency", "int64_t", /*default=*/"1",
           "NoC head latency in cycles: MAESTRO's NoC_NumHops (hardware file) or "
           "noc_hops x noc_hop_latency (command line) (default: 1)">,
    Option<"simdLanes", "simd-lanes", "int64_t", /*default=*/"1",
           "MACs per PE per cycle (MAESTRO's num_simd_lanes) (default: 1)">,
  ];
}

def MaestroMapPass : Pass<"dataflow-maestro-map", "::mlir::ModuleOp"> {
  let summary = "Search MAESTRO directive mappings for layers that have none";
  let description = [{
    MAESTRO prices a given mapping; this pass searches one (two-level mappings:
    a spatial map over clusters, temporal tiles in every order, a spatial map inside the
    cluster; docs/cost-model.md, "MAESTRO mapping search") for every CONV, DSCONV and
    GEMM layer without `dataflow.directives`, and writes the best as
    `dataflow.directives`. Layers that have directives keep them. Run
    `dataflow-maestro-cost` after it for the figures.
  }];
  let options = [
    Option<"goal", "goal", "::dataflow::MaestroGoal",
           /*default=*/"::dataflow::MaestroGoal::Runtime",
           "what to minimise: runtime, energy or edp (default: runtime)",
           "DATAFLOW_OPTION_VALUES(MaestroGoal)">,
    Option<"respectBuffers", "respect-buffers", "bool", /*default=*/"true",
           "reject mappings whose L1/L2 requirement exceeds regf_bytes/gbuf_bytes "
           "(MAESTRO only warns) (default: true)">,
    Option<"nocLatency", "noc-latency", "int64_t", /*default=*/"1",
           "NoC head latency in cycles, as for dataflow-maestro-cost (default: 1)">,
    Option<"simdLanes", "simd-lanes", "int64_t", /*default=*/"1",
           "MACs per PE per cycle, as for dataflow-maestro-cost (default: 1)">,
    Option<"maxCandidates", "max-candidates", "int64_t", /*default=*/"1000000000",
           "refuse a layer whose search would price more than this many mappings (an "
           "error with the count); 0 = no limit (default: 1000000000)">,
    Option<"timeLimit", "time-limit", "double", /*default=*/"0",
           "seconds after the start of the pass at which searches stop and keep the best "
           "mapping found so far (a warning per layer; marked dataflow.search_incomplete); "
           "0 = no limit (default: 0)">,
  ];
}

def DMazeCostPass : Pass<"dataflow-dmaze-cost", "::mlir::ModuleOp"> {
  let summary = "Cost each layer's dMazeRunner tiling with dMazeRunner's model";
  let description = [{
    For every layer with `dataflow.loop_tiling` in a function bound to an accelerator
    with `dataflow.spm_dma`, prices the execution method as dMazeRunner does (energy in
    the accelerator's unit, rounded like dMazeRunner; pipelined PE / NoC / DMA cycles;
    docs/cost-model.md, "dMazeRunner") and writes `dataflow.cost`. Layers without a
    tiling are left alone; a tiling that does not factor the layer or overflows the RF
    or SPM is a located error.
  }];
}

def DMazeMapPass : Pass<"dataflow-dmaze-map", "::mlir::ModuleOp"> {
  let summary = "Search dMazeRunner execution methods for layers that have none";
  let description = [{
    dMazeRunner's space (per-level tiling of the loop nest, every distinct DRAM and SPM
    loop order) with its pruning (utilisation thresholds, no spatial reduction, no
    feature-map DRAM re-fetch; `auto-optimize` starts strict and relaxes until methods
    survive), for every CONV, DW_CONV and GEMM layer without `dataflow.loop_tiling`;
    writes the best method for `goal` as `dataflow.loop_tiling`.
  }];
  let options = [
    Option<"goal", "goal", "::dataflow::DMazeGoal", /*default=*/"::dataflow::DMazeGoal::Edp",
           "what to minimise: edp, energy or cycles (default: edp)",
           "DATAFLOW_OPTION_VALUES(DMazeGoal)">,
    Option<"autoOptimize", "auto-optimize", "bool", /*default=*/"true",
           "dMazeRunner's --auto-optimize pruning and relaxation; off: no pruning (default: true)">,
    Option<"timeLimit", "time-limit", "double", /*default=*/"0.0",
           "seconds from the start of the pass; past it each layer's search keeps the best "
           "method found so far, warns and marks the layer dataflow.search_incomplete "
           "(0 = no limit) (default: 0.0)">,
  ];
}

#endif // DATAFLOW_TRANSFORMS_PASSES_TD
