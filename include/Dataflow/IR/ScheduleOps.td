//===- ScheduleOps.td - the explicit schedule IR ------------*- tablegen -*-===//
//
// What `dataflow-lower-to-schedule` emits: per scheduled layer, the loop nest of its
// blocking made explicit level by level (DRAM, global buffer, register file), the data
// transfers between levels placed where the refills happen (bypasses explicit), and the
// processing pass on the PE array. Every figure comes from the cost model; the verifiers
// check that the nest is a complete blocking and that the transfers and the processing
// pass add up to the layer's `#dataflow.cost`.
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_IR_SCHEDULEOPS_TD
#define DATAFLOW_IR_SCHEDULEOPS_TD

include "Dataflow/IR/DataflowDialect.td"
include "Dataflow/IR/DataflowAttrs.td"
include "Dataflow/IR/ScheduleEnums.td"
include "mlir/IR/SymbolInterfaces.td"
include "mlir/IR/BuiltinAttributes.td"
include "mlir/IR/CommonAttrConstraints.td"

def Dataflow_ScheduleOp : Dataflow_Op<"schedule", [
    Symbol, IsolatedFromAbove, NoTerminator, SingleBlock, NoRegionArguments,
    HasParent<"::mlir::ModuleOp">, DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "the explicit schedule of one network function";
  let description = [{
    Holds one `dataflow.layer_schedule` per scheduled layer of function `@for`, in network
    (program) order. Written at module level beside the function, which keeps its layer
    graph and schedule attributes.

    ```mlir
    dataflow.schedule @alexnet_schedule for @alexnet {
      dataflow.layer_schedule "conv1" cost <...> { ... }
    }
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name, FlatSymbolRefAttr:$function);
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat = "$sym_name `for` $function attr-dict-with-keyword $body";
  let hasRegionVerifier = 1;
}

def Dataflow_LayerScheduleOp : Dataflow_Op<"layer_schedule", [
    NoTerminator, SingleBlock, NoRegionArguments, HasParent<"::dataflow::ScheduleOp">]> {
  let summary = "the loop nest, transfers and processing pass of one layer";
  let description = [{
    `layer` is the layer's report name; `cost` its full `#dataflow.cost` (printed without
    the `#dataflow.cost` prefix). The body is one perfect chain of `dataflow.loop`s ending
    in a `dataflow.spatial`, with `dataflow.transfer`s at the refill points.

    Verified: each data category either passes through the global buffer
    (`dram -> gbuf` and `gbuf -> regf`, reversed for `ofm`) or bypasses it (`dram -> regf`),
    never both and never twice; and for every level and category the transfers' access
    counts (and the spatial op's register-file accesses and MACs) equal the cost's,
    exactly. Grouped convolutions show the nest of one group; figures cover all groups.

    A layer partitioned over a node grid (`dataflow.partition`) carries its `#dataflow.noc`
    figures (printed without the prefix) after `noc`, and its body is one chain of four
    `dataflow.node_loop`s (one per partition type, in the partition's order) around the
    per-node nest, with `dataflow.noc_transfer`s in the innermost node loop. Verified
    besides: the NoC transfers' hops add up, per category, to the figures' `mem_hops`
    (routes `dram`, `forwarded`), `node_hops` (route `shared`) and `total_hops`; their unit
    hops and forwarding groups are the figures' `unit_hops` and `access_divisor`. The
    per-node nest's access counts are over all nodes, as the cost's are.
  }];
  let arguments = (ins StrAttr:$layer, Dataflow_CostAttr:$cost,
                       OptionalAttr<Dataflow_NocAttr>:$noc);
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat = "$layer `cost` $cost (`noc` $noc^)? attr-dict-with-keyword $body";
  let hasRegionVerifier = 1;
}

def Dataflow_NodeLoopOp : Dataflow_Op<"node_loop", [
    NoTerminator, SingleBlock, NoRegionArguments,
    ParentOneOf<["::dataflow::LayerScheduleOp", "::dataflow::NodeLoopOp"]>]> {
  let summary = "the spatial loop of one partition type over the node grid";
  let description = [{
    Runs its body on `grid` = [rows, columns] node groups at once, each taking one slice
    of partition type `part` (docs/cost-model.md §5.1-§5.2): `outp` output channels, `ofmp`
    ofmap rows x columns, `batp` batch, `inpp` input channels. A partitioned layer's nest
    has one node loop per type, outermost first in the partition's `order` (a node's grid
    coordinate is `coord * grid + index` per type, in that order), trivial `[1, 1]` loops
    kept so that the nest reads as the partition. The innermost node loop holds the NoC
    transfers and the per-node nest (the single-node schedule of the per-node sub-layer,
    §5.2); the outer ones hold only the next node loop.

    ```mlir
    dataflow.node_loop ofmp grid [2, 2] { ... }
    ```
  }];
  let arguments = (ins Dataflow_NodePart:$part, DenseI64ArrayAttr:$grid);
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat = "$part `grid` $grid attr-dict-with-keyword $body";
  let hasVerifier = 1;
  let hasRegionVerifier = 1;
}

def Dataflow_NocTransferOp : Dataflow_Op<"noc_transfer", [HasParent<"::dataflow::NodeLoopOp">]> {
  let summary = "where a data category comes from (goes to) over the NoC";
  let description = [{
    Moves `data` between the nodes of a partitioned layer and where it lives, over the
    network on chip, by `route`:

    - `dram`: each node exchanges its block with the DRAM channels holding it (filters from
      the nearest channel, ifmaps from the producers' layout, ofmaps to this layer's
      layout; docs/cost-model.md §5.3);
    - `forwarded`: DRAM is read once per access-forwarding group of `group` nodes and the
      block is forwarded neighbour to neighbour (§5.4; the DRAM accesses in the per-node
      nest are already divided by `group`);
    - `shared`: the block rotates between the shared global buffers of a buffer-sharing
      subgroup of `group` nodes, plus wide fetches (§5.5).

    `unit_hops` is the hops of moving every datum once (`dram`, `forwarded`); `fills` how
    often that happens (the DRAM-level fetch count, as the `dram` transfers inside say);
    `hops` = `unit_hops` x `fills` for those routes, the rotation and wide-fetch words for
    `shared`. Summed over the layer they are its `#dataflow.noc` hops; the NoC energy is
    `noc_hop` x the total. `fil` and `ifm` come in before the per-node nest, `ofm` goes
    out after it.

    ```mlir
    dataflow.noc_transfer ifm dram fills 1 unit_hops 1536 hops 1536.0
    dataflow.noc_transfer fil forwarded group 4 fills 2 unit_hops 120 hops 240.0
    dataflow.noc_transfer ifm shared group 2 hops 4096.0
    ```
  }];
  let arguments = (ins Dataflow_DataKind:$data, Dataflow_NocRoute:$route,
                       OptionalAttr<I64Attr>:$group, OptionalAttr<I64Attr>:$fills,
                       OptionalAttr<I64Attr>:$unit_hops, F64Attr:$hops);
  let assemblyFormat = [{
    $data $route (`group` $group^)? (`fills` $fills^)? (`unit_hops` $unit_hops^)?
    `hops` custom<ExactF64>($hops) attr-dict
  }];
  let hasVerifier = 1;
}

def Dataflow_LoopOp : Dataflow_Op<"loop", [
    NoTerminator, SingleBlock, NoRegionArguments,
    ParentOneOf<["::dataflow::LayerScheduleOp", "::dataflow::NodeLoopOp",
                 "::dataflow::LoopOp"]>]> {
  let summary = "one blocked loop at one storage level";
  let description = [{
    Iterates loop `dim` (`I` input channels, `O` output channels, `B` batch) `trip` times
    at `level`: `dram` loops step over data in DRAM (each step may refill the global
    buffer), `gbuf` loops over data in the global buffer (refilling the register files),
    `regf` loops over processing passes on data kept in the register files. The trip
    counts are the blocking's factors, so the product over a level is that level's
    blocking and the nest holds every (level, loop) pair exactly once, in the order
    dram (`dram_order`), gbuf (`gbuf_order`), regf (`I, O, B`; nn_dataflow gives that
    level no order). Trip counts of 1 are kept so that the nest reads as the blocking.

    ```mlir
    dataflow.loop dram O trip 3 { ... }
    ```
  }];
  let arguments = (ins Dataflow_BufferLevel:$level, Dataflow_LoopDim:$dim, I64Attr:$trip);
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat = "$level $dim `trip` $trip attr-dict-with-keyword $body";
  let hasVerifier = 1;
  let hasRegionVerifier = 1;
  let extraClassDeclaration = [{
    int64_t tripCount() { return getTripAttr().getInt(); }
  }];
}

def Dataflow_TransferOp : Dataflow_Op<"transfer", [
    ParentOneOf<["::dataflow::LayerScheduleOp", "::dataflow::NodeLoopOp",
                 "::dataflow::LoopOp"]>]> {
  let summary = "a refill of one data category between two storage levels";
  let description = [{
    Moves `data` from level `from` to level `to` where the refill happens: just inside the
    innermost non-trivial loop (at this level or further out) that changes the block of
    `data`, before the nested loop for `fil`/`ifm`, after it for `ofm`, which goes back
    up (read-modify-write). `dram -> regf` (`regf -> dram` for `ofm`) is the global-buffer
    bypass made explicit.

    - `fills`: how often the block is fetched (nn_dataflow's fetch count; for `ofm`
      `2f-1`, the f write-backs plus f-1 partial-sum reads).
    - `words`: the block's footprint in the inner buffer (global buffer: words per node;
      register file: words per PE).
    - `access(...)`: the accesses this transfer costs, by level: the outer level's
      (`dram` or `gbuf`) and, into the register files, the array bus (`itcn`). Summed
      over a layer they give the cost's `dram_access`, `gbuf_access`, `itcn_access`.

    ```mlir
    dataflow.transfer ifm dram -> gbuf fills 1 words 42903 access(dram = 2702208.0)
    dataflow.transfer ifm gbuf -> regf fills 1 words 33 access(gbuf = 2702208.0, itcn = 6711936.0)
    dataflow.transfer fil dram -> regf fills 64 words 33 access(dram = 1115136.0, itcn = 15611904.0)
    ```
  }];
  let arguments = (ins Dataflow_DataKind:$data, Dataflow_BufferLevel:$from,
                       Dataflow_BufferLevel:$to, I64Attr:$fills, I64Attr:$words,
                       OptionalAttr<F64Attr>:$dram_access,
                       OptionalAttr<F64Attr>:$gbuf_access,
                       OptionalAttr<F64Attr>:$itcn_access);
  let assemblyFormat = [{
    $data $from `->` $to `fills` $fills `words` $words
    `access` `(` custom<Accesses>($dram_access, $gbuf_access, $itcn_access) `)` attr-dict
  }];
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    int64_t fillCount() { return getFillsAttr().getInt(); }
    int64_t wordCount() { return getWordsAttr().getInt(); }
    /// Moves data outward (toward DRAM)?
    bool isWriteBack() { return getFrom() > getTo(); }
    /// The level further from the PEs, and the one nearer.
    BufferLevel outerLevel() { return isWriteBack() ? getTo() : getFrom(); }
    BufferLevel innerLevel() { return isWriteBack() ? getFrom() : getTo(); }
    /// Skips the global buffer?
    bool isBypass() { return outerLevel() == BufferLevel::dram &&
                             innerLevel() == BufferLevel::regf; }
  }];
}

def Dataflow_SpatialOp : Dataflow_Op<"spatial", [HasParent<"::dataflow::LoopOp">]> {
  let summary = "one processing pass on the PE array: the spatial loops";
  let description = [{
    The innermost op of a layer's nest, run once per iteration of the loops around it.
    Row stationary (Eyeriss ISCA'16; docs/cost-model.md §3): `rows` PE rows hold filter
    rows and `cols` PE columns hold output rows of one folded logical PE set
    (R / fold_h and E / fold_w rounded up); `repl [h, w]` copies of it sit side by side,
    so the pass computes `ifmaps` input x `ofmaps` output channels at once; `fold [h, w]`
    is the mapping's folding (fold_h sub-passes run inside the pass, fold_w is part of the
    `B` loop). `rows x cols` is the logical set, not a rectangle of the physical array:
    when the mapping trades row replication for fewer column folds (docs/cost-model.md
    §3.2, `k = min(repl_h, fold_w)`), `cols` may exceed the array width and the set wraps
    over the freed PE rows (e.g. MobileNet's 3 x 56 on a 16 x 16 array). `cycles` is the time of one pass; `macs` and `regf [fil, ifm, ofm]` are the
    layer's MACs and register-file accesses over all passes (the cost's `ops` and
    `regf_access`).

    ```mlir
    dataflow.spatial row_stationary rows 11 cols 14 fold [1, 4] repl [1, 1] ifmaps 1
        ofmaps 1 cycles 605 macs 843321600.0
        regf [843321600.0, 843321600.0, 1686643200.0]
    ```
  }];
  let arguments = (ins Dataflow_MappingStrategy:$strategy, I64Attr:$rows,
                       I64Attr:$cols, DenseI64ArrayAttr:$fold, DenseI64ArrayAttr:$repl,
                       I64Attr:$ifmaps, I64Attr:$ofmaps, I64Attr:$cycles, F64Attr:$macs,
                       DenseF64ArrayAttr:$regf_access);
  let assemblyFormat = [{
    $strategy `rows` $rows `cols` $cols `fold` $fold `repl` $repl `ifmaps` $ifmaps
    `ofmaps` $ofmaps `cycles` $cycles `macs` custom<ExactF64>($macs)
    `regf` custom<ExactF64List>($regf_access) attr-dict
  }];
  let hasVerifier = 1;
}

def Dataflow_SegmentScheduleOp : Dataflow_Op<"segment_schedule", [
    HasParent<"::dataflow::ScheduleOp">]> {
  let summary = "one pipeline segment of a network: kind, timing, layers and their regions";
  let description = [{
    Inter-layer pipelining (docs/cost-model.md §6): segment `index` of the
    function's `dataflow.pipeline`, its kind, its time and critical time in cycles, and its
    layers (vertex by vertex, in their order inside a vertex) each with its
    `#dataflow.segment` (vertex, position, node region). Segments run one after another in
    index order; the vertices of a spatial segment at once.

    ```mlir
    dataflow.segment_schedule 6 spatial time 1088256 critical 878592
        layers ["conv3_a", "conv4_a"]
        regions [#dataflow.segment<index = 6, kind = spatial, spatial = 0, ...>, ...]
    ```

    Verified: one region per layer, each naming this segment's index and kind.
  }];
  let arguments = (ins I64Attr:$index, Dataflow_SegmentKind:$kind, I64Attr:$time,
                       I64Attr:$critical_time, StrArrayAttr:$layers,
                       TypedArrayAttrBase<Dataflow_SegmentAttr, "segment attributes">:$regions);
  let assemblyFormat = [{
    $index $kind `time` $time `critical` $critical_time `layers` $layers `regions` $regions
    attr-dict
  }];
  let hasVerifier = 1;
}

#endif // DATAFLOW_IR_SCHEDULEOPS_TD
