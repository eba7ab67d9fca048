//===- DataflowAttrs.td - attributes of the dataflow dialect -*- tablegen -*-===//

#ifndef DATAFLOW_IR_DATAFLOWATTRS_TD
#define DATAFLOW_IR_DATAFLOWATTRS_TD

include "Dataflow/IR/DataflowDialect.td"
include "mlir/IR/AttrTypeBase.td"
include "Dataflow/IR/DataflowEnums.td"

class Dataflow_Attr<string name, string attrMnemonic, list<Trait> traits = []>
    : AttrDef<Dataflow_Dialect, name, traits> {
  let mnemonic = attrMnemonic;
}

// An IEEE double; the attribute's own printer writes it so that it reads back bit-identically.
def Dataflow_ExactDouble : APFloatParameter<"a finite IEEE double">;

def Dataflow_EnergyAttr : Dataflow_Attr<"Energy", "energy"> {
  let summary = "unit energies of an accelerator";
  let description = [{
    The energy of one event at each level, in one unit of the user's choice (nn_dataflow's
    `--op-cost`, `--hier-cost`, `--hop-cost` and `--unit-idle-cost`): a MAC, a register-file
    access, an array-bus (interconnect) transfer, a global-buffer access and a DRAM access,
    each per word; a NoC hop per word; and the static energy of the whole chip per cycle.
    Every field is required; fields may come in any order.

    ```mlir
    #dataflow.energy<mac = 1.0, regf = 1.0, itcn = 2.0, gbuf = 6.0, dram = 200.0,
                     noc_hop = 0.0, static_per_cycle = 0.0>
    ```
  }];
  let parameters = (ins
    Dataflow_ExactDouble:$mac,
    Dataflow_ExactDouble:$regf,
    Dataflow_ExactDouble:$itcn,
    Dataflow_ExactDouble:$gbuf,
    Dataflow_ExactDouble:$dram,
    Dataflow_ExactDouble:$noc_hop,
    Dataflow_ExactDouble:$static_per_cycle);
  // Hand-written so that a missing or repeated field is named in the error.
  let hasCustomAssemblyFormat = 1;
  let genVerifyDecl = 1;
  let builders = [
    AttrBuilder<(ins "double":$mac, "double":$regf, "double":$itcn, "double":$gbuf,
                     "double":$dram, "double":$noc_hop, "double":$static_per_cycle), [{
      return $_get($_ctxt, ::llvm::APFloat(mac), ::llvm::APFloat(regf),
                   ::llvm::APFloat(itcn), ::llvm::APFloat(gbuf), ::llvm::APFloat(dram),
                   ::llvm::APFloat(noc_hop), ::llvm::APFloat(static_per_cycle));
    }]>
  ];
}

//===----------------------------------------------------------------------===//
// Schedule attributes (discardable on layer ops: dataflow.mapping, dataflow.blocking,
// dataflow.cost)
//===----------------------------------------------------------------------===//

def Dataflow_MappingAttr : Dataflow_Attr<"Mapping", "mapping"> {
  let summary = "how a layer is spread over the PE array";
  let description = [{
    Row stationary (Eyeriss, ISCA'16; docs/cost-model.md §3): the logical PE set
    is R x E (PE rows hold filter rows, PE columns hold output rows). `fold = [h, w]`
    splits it over several passes when it is larger than the array; `repl = [h, w]`
    replicates it when smaller. Each processing pass computes `ifmaps` input channels
    times `ofmaps` output channels at once (the replication candidate).

    ```mlir
    #dataflow.mapping<row_stationary, fold = [1, 4], repl = [1, 1], ifmaps = 1, ofmaps = 1>
    ```
  }];
  let parameters = (ins
    EnumParameter<Dataflow_MappingStrategy>:$strategy,
    ArrayRefParameter<"int64_t", "folding [rows, columns]">:$fold,
    ArrayRefParameter<"int64_t", "replication [rows, columns]">:$repl,
    "int64_t":$ifmaps,
    "int64_t":$ofmaps);
  let hasCustomAssemblyFormat = 1;
  let genVerifyDecl = 1;
}

def Dataflow_BlockingAttr : Dataflow_Attr<"Blocking", "blocking"> {
  let summary = "loop blocking, loop order and global-buffer bypass of a layer";
  let description = [{
    nn_dataflow's three blocking levels over the loops `[I, O, B]` (input channels,
    output channels, batch; docs/cost-model.md §4): `dram` factors iterate over
    data in DRAM (each step refills the global buffer), `gbuf` factors over the global
    buffer (each step refills the register files), `regf` factors stay inside the
    register files. `dram_order` and `gbuf_order` list the loops outermost first.
    `bypass` lists the data categories (`fil`, `ifm`, `ofm`) that skip the global
    buffer; left out, the bypass is still to be decided (`dataflow-solve-bypass`).

    Any factor may be `?` and any order or `bypass` left out: such a partial blocking pins
    what is given and the search fills in the rest.

    ```mlir
    #dataflow.blocking<dram = [1, 3, 64], gbuf = [1, 16, 1], regf = [3, 1, 1],
                       dram_order = [I, B, O], gbuf_order = [B, I, O], bypass = []>
    ```
  }];
  let parameters = (ins
    ArrayRefParameter<"int64_t", "DRAM-level factors [I, O, B], 0 = free">:$dram,
    ArrayRefParameter<"int64_t", "GBUF-level factors [I, O, B], 0 = free">:$gbuf,
    ArrayRefParameter<"int64_t", "REGF-level factors [I, O, B], 0 = free">:$regf,
    ArrayRefParameter<"int64_t", "DRAM-level loops outermost first, or empty">:$dramOrder,
    ArrayRefParameter<"int64_t", "GBUF-level loops outermost first, or empty">:$gbufOrder,
    "int64_t":$bypass);
  let hasCustomAssemblyFormat = 1;
  let genVerifyDecl = 1;
  let extraClassDeclaration = [{
    static constexpr int64_t kBypassUndecided = -1;
    /// Every factor and both orders are given (bypass may still be undecided).
    bool isComplete() const;
    bool hasBypass() const { return getBypass() != kBypassUndecided; }
    /// Does data category `d` (0 fil, 1 ifm, 2 ofm) bypass the global buffer?
    bool bypasses(int d) const { return hasBypass() && ((getBypass() >> d) & 1); }
    ::llvm::ArrayRef<int64_t> getFactors(int level) const {
      return level == 0 ? getDram() : level == 1 ? getGbuf() : getRegf();
    }
  }];
}

def Dataflow_CostAttr : Dataflow_Attr<"Cost", "cost"> {
  let summary = "energy, time and accesses of a scheduled layer";
  let description = [{
    Energy in the accelerator's unit, by component (`mac`, `regf`, `itcn` the array bus,
    `gbuf`, `dram`, `noc`, `static`) and in total; `cycles` = max(`proc_cycles`,
    `bus_cycles`, `dram_cycles`); `ops` MACs; `utilization` the active fraction of the PE
    array; word accesses per level and data category `[fil, ifm, ofm]`. Written by the
    scheduling passes and by `dataflow-cost`, which re-costs a given schedule.
  }];
  let parameters = (ins
    APFloatParameter<"total energy">:$energy,
    APFloatParameter<"">:$mac, APFloatParameter<"">:$regf, APFloatParameter<"">:$itcn,
    APFloatParameter<"">:$gbuf, APFloatParameter<"">:$dram, APFloatParameter<"">:$noc,
    APFloatParameter<"">:$staticEnergy,
    "int64_t":$cycles, "int64_t":$procCycles, "int64_t":$busCycles, "int64_t":$dramCycles,
    APFloatParameter<"MACs">:$ops, APFloatParameter<"PE utilisation">:$utilization,
    ArrayRefParameter<"::llvm::APFloat", "DRAM accesses [fil, ifm, ofm]">:$dramAccess,
    ArrayRefParameter<"::llvm::APFloat", "GBUF accesses">:$gbufAccess,
    ArrayRefParameter<"::llvm::APFloat", "array-bus accesses">:$itcnAccess,
    ArrayRefParameter<"::llvm::APFloat", "REGF accesses">:$regfAccess);
  let hasCustomAssemblyFormat = 1;
  let genVerifyDecl = 1;
}

def Dataflow_PartitionAttr : Dataflow_Attr<"Partition", "partition"> {
  let summary = "how a layer is split over the node grid of a multi-node accelerator";
  let description = [{
    nn_dataflow's intra-layer partition (TETRIS section 5; docs/cost-model.md §5.1):
    per partition type a 2-D factor `[h, w]` of the node grid -- `outp` output channels,
    `ofmp` ofmap rows x columns, `batp` batch, `inpp` input channels -- and `order`, the
    types from the outermost level of the node hierarchy to the innermost. The product of
    the four factors is the grid. `access_forwarding = true` (TANGRAM: nodes fetch disjoint
    parts from DRAM and forward them) and `buffer_sharing = true` (TANGRAM: global buffers
    shared over the NoC) record how the layer's data move; both are left out when off.
    On a layer op (`dataflow.partition`) it is the layer's split; on a function
    (`dataflow.input_partition`) it lays out the network input in DRAM.

    ```mlir
    #dataflow.partition<order = [batp, outp, ofmp, inpp], outp = [1, 2], ofmp = [2, 2],
                        batp = [2, 1], inpp = [1, 1]>
    ```
  }];
  let parameters = (ins
    ArrayRefParameter<"int64_t", "types outermost first (0 outp, 1 ofmp, 2 batp, 3 inpp)">:$order,
    ArrayRefParameter<"int64_t", "OUTP [h, w]">:$outp,
    ArrayRefParameter<"int64_t", "OFMP [h, w]">:$ofmp,
    ArrayRefParameter<"int64_t", "BATP [h, w]">:$batp,
    ArrayRefParameter<"int64_t", "INPP [h, w]">:$inpp,
    "bool":$accessForwarding,
    "bool":$bufferSharing);
  let hasCustomAssemblyFormat = 1;
  let genVerifyDecl = 1;
  let extraClassDeclaration = [{
    /// The [h, w] factor of partition type `p` (0 outp, 1 ofmp, 2 batp, 3 inpp).
    ::llvm::ArrayRef<int64_t> getDims(int p) const {
      return p == 0 ? getOutp() : p == 1 ? getOfmp() : p == 2 ? getBatp() : getInpp();
    }
    /// Product of the factors: the [h, w] node grid this partition covers.
    std::pair<int64_t, int64_t> getGrid() const;
    /// Every factor is [1, 1].
    bool isTrivial() const;
  }];
}

def Dataflow_NocAttr : Dataflow_Attr<"Noc", "noc"> {
  let summary = "NoC traffic of a partitioned layer, per data category";
  let description = [{
    The hop counts behind a partitioned layer's NoC energy (docs/cost-model.md
    §5.3-5.5), each `[fil, ifm, ofm]`: `unit_hops` moving every datum once from where it
    lives to the nodes that need it; `mem_hops` = unit hops x DRAM fetches; `node_hops`
    the global-buffer sharing rotation and wide fetches; `total_hops` = mem + node (the NoC
    energy is `noc_hop` x their sum); `access_divisor` the access-forwarding group size
    that divides each category's DRAM accesses. Written beside `dataflow.cost`.

    ```mlir
    #dataflow.noc<unit_hops = [0.0, 1290240.0, 0.0], mem_hops = [0.0, 1290240.0, 0.0],
                  node_hops = [0.0, 0.0, 0.0], total_hops = [0.0, 1290240.0, 0.0],
                  access_divisor = [1.0, 1.0, 1.0]>
    ```
  }];
  let parameters = (ins
    ArrayRefParameter<"::llvm::APFloat", "unit hops [fil, ifm, ofm]">:$unitHops,
    ArrayRefParameter<"::llvm::APFloat", "memory hops">:$memHops,
    ArrayRefParameter<"::llvm::APFloat", "buffer-sharing hops">:$nodeHops,
    ArrayRefParameter<"::llvm::APFloat", "total hops">:$totalHops,
    ArrayRefParameter<"::llvm::APFloat", "DRAM access divisor">:$accessDivisor);
  let hasCustomAssemblyFormat = 1;
  let genVerifyDecl = 1;
}

def Dataflow_SystolicScheduleAttr : Dataflow_Attr<"SystolicSchedule", "systolic"> {
  let summary = "tiling, loop order and figures of a layer on a systolic array";
  let description = [{
    The systolic-array optimizer's schedule of one convolution (docs/seed-tools.md
    §3.2): the output channels are cut into `channel_splits` even pieces and each
    output spatial dimension `d` (W, H[, D], the cost model's order) into
    `spatial_splits[d]` pieces; `order` is the DRAM loop order (`row_major` keeps a weight
    tile and walks the ofmap tiles, `channel_major` keeps an ifmap tile and walks the
    output channels). `method` names the search that chose it; `buffer` the
    `[ifmap, ofmap, weights]` words of the buffer partition it was filled under (zeros for
    the constrained search, which bounds only the total); `fill_drain` whether each array
    pass pays its pipeline fill and drain. The figures: `cycles` = max(`compute_cycles`,
    `memory_cycles`), `transfer` the DRAM traffic in words, `utilization` the array's
    active fraction. `energy` (optional, printed only when present) is the op's energy
    when the accelerator gives energies (J when estimated; docs/cost-model.md "Systolic
    energy"). `rules = tool` (optional, printed only when present) says the figures follow
    the original optimizer's own rules (`dataflow-schedule-systolic tool-rules=true`: its
    1.01 buffer slack, its 3-D formulas and its loop-order tie rule), which `dataflow-cost`
    then re-prices with. Written on a layer op as `dataflow.systolic` by
    `dataflow-schedule-systolic`; `dataflow-cost` re-prices the tiling and rewrites them.

    ```mlir
    #dataflow.systolic<method = exhaustive, order = row_major, channel_splits = 2,
                       spatial_splits = [1, 1], buffer = [471859.2, 471859.2, 629145.6],
                       fill_drain = false, cycles = 2663424.0, compute_cycles = 2663424.0,
                       memory_cycles = 94925.0, transfer = 1215040.0, utilization = 1.0>
    ```
  }];
  let parameters = (ins
    EnumParameter<Dataflow_SystolicMethod>:$method,
    EnumParameter<Dataflow_SystolicOrder>:$order,
    "int64_t":$channelSplits,
    ArrayRefParameter<"int64_t", "pieces per output spatial dimension (W, H[, D])">:$spatialSplits,
    ArrayRefParameter<"::llvm::APFloat", "buffer partition [ifmap, ofmap, weights] in words">:$buffer,
    "bool":$fillDrain,
    APFloatParameter<"cycles">:$cycles,
    APFloatParameter<"compute cycles">:$computeCycles,
    APFloatParameter<"memory cycles">:$memoryCycles,
    APFloatParameter<"DRAM traffic in words">:$transfer,
    APFloatParameter<"array utilisation">:$utilization,
    OptionalParameter<"::mlir::FloatAttr", "the op's energy in the accelerator's unit">:$energy,
    DefaultValuedParameter<"bool", "false", "priced by the original tool's rules">:$toolRules);
  let hasCustomAssemblyFormat = 1;
  let genVerifyDecl = 1;
  let builders = [
    // Without an energy (an accelerator that gives none).
    AttrBuilder<(ins "SystolicMethodKind":$method, "SystolicOrderKind":$order,
                     "int64_t":$channelSplits, "::llvm::ArrayRef<int64_t>":$spatialSplits,
                     "::llvm::ArrayRef<::llvm::APFloat>":$buffer, "bool":$fillDrain,
                     "::llvm::APFloat":$cycles, "::llvm::APFloat":$computeCycles,
                     "::llvm::APFloat":$memoryCycles, "::llvm::APFloat":$transfer,
                     "::llvm::APFloat":$utilization), [{
      return $_get($_ctxt, method, order, channelSplits, spatialSplits, buffer, fillDrain,
                   cycles, computeCycles, memoryCycles, transfer, utilization,
                   ::mlir::FloatAttr(), false);
    }]>
  ];
}

//===----------------------------------------------------------------------===//
// Inter-layer pipelining (TANGRAM §4-5; docs/cost-model.md §6): dataflow.segment on layer
// ops, dataflow.pipeline on the function.
//===----------------------------------------------------------------------===//

def Dataflow_SegmentAttr : Dataflow_Attr<"Segment", "segment"> {
  let summary = "the pipeline segment a layer belongs to and the node region it runs on";
  let description = [{
    Segment `index` (segments run one after another, in index order) of kind `single`
    (one layer or one vertex), `spatial` (vertices side by side on disjoint node regions,
    at once) or `temporal` (one vertex of several layers one after another on the whole
    grid, ofmaps kept on chip). The layer is at vertex `spatial` of the segment and at
    position `temporal` inside its vertex. `origin = [h, w]` and `dims = [h, w]` are its
    node region (nn_dataflow NodeRegion); a region that winds over several rows of the
    grid (the zig-zag allocation of §6) adds `fold = [wtot, wbeg]`: `wtot` nodes per turn,
    `|wbeg|` nodes before the first turn, negative when it first runs towards w = 0.

    ```mlir
    #dataflow.segment<index = 6, kind = spatial, spatial = 1, temporal = 0,
                      origin = [2, 1], dims = [1, 7], fold = [4, 3]>
    ```
  }];
  let parameters = (ins
    "int64_t":$index,
    EnumParameter<Dataflow_SegmentKind>:$kind,
    "int64_t":$spatial,
    "int64_t":$temporal,
    ArrayRefParameter<"int64_t", "region origin [h, w]">:$origin,
    ArrayRefParameter<"int64_t", "region dims [h, w]">:$dims,
    ArrayRefParameter<"int64_t", "[wtot, wbeg], or empty when unfolded">:$fold);
  let hasCustomAssemblyFormat = 1;
  let genVerifyDecl = 1;
  let extraClassDeclaration = [{
    /// The absolute [h, w] of every node of the region, in the region's own order
    /// (nn_dataflow NodeRegion.rel2abs over rel h-major).
    ::llvm::SmallVector<std::pair<int64_t, int64_t>> getNodes() const;
    int64_t getNumNodes() const { return getDims()[0] * getDims()[1]; }
  }];
}

def Dataflow_PipelineAttr : Dataflow_Attr<"Pipeline", "pipeline"> {
  let summary = "the timing and totals of a network scheduled in pipeline segments";
  let description = [{
    On a function whose layers carry `dataflow.segment` (docs/cost-model.md §6): the
    network's total `energy` (the sum of its layers' with the static energy re-based on
    the pipelined time) and its `static` part, its total `time` in cycles (the sum of the
    segment times, or the critical time of a segment holding the whole network), and per
    segment in index order its time (`segment_times`, max of node and DRAM time) and
    critical time (`critical_times`, the first batch group's path through the pipeline).

    ```mlir
    #dataflow.pipeline<energy = 6.9e-2, static = 1.1e-3, time = 5729296,
                       segment_times = [356832, 5372464], critical_times = [356832, 860160]>
    ```
  }];
  let parameters = (ins
    APFloatParameter<"total energy">:$energy,
    APFloatParameter<"static energy (re-based)">:$staticEnergy,
    "int64_t":$time,
    ArrayRefParameter<"int64_t", "time per segment">:$segmentTimes,
    ArrayRefParameter<"int64_t", "critical time per segment">:$criticalTimes);
  let hasCustomAssemblyFormat = 1;
  let genVerifyDecl = 1;
}

//===----------------------------------------------------------------------===//
// Mappings imported from the seed tools (dataflow-translate): MAESTRO directives
// (dataflow.directives), dMazeRunner explicit tilings (dataflow.loop_tiling) and
// dMazeRunner's scratchpad banks and DMA timing on an accelerator (dataflow.spm_dma)
//===----------------------------------------------------------------------===//

def Dataflow_DirectivesAttr : Dataflow_Attr<"Directives", "directives"> {
  let summary = "a MAESTRO data-centric mapping: temporal/spatial maps and clusters";
  let description = [{
    MAESTRO's `Dataflow { ... }` block (MICRO'19; docs/seed-tools.md §1.1), in
    MAESTRO's own spelling, outermost first: `TemporalMap(size, offset) D`,
    `SpatialMap(size, offset) D` and `Cluster(n, P)` (`L` for a logical cluster). `D` is
    one of `N G K C R S Y X Y' X' M` (`Y`/`X` are input coordinates, `Y'`/`X'` output
    ones; a GEMM uses `M N K`); the primed names are written as strings. Evaluated by
    `dataflow-maestro-cost`, searched by `dataflow-maestro-map`.

    ```mlir
    #dataflow.directives<SpatialMap(1, 1) C, TemporalMap(64, 64) K, TemporalMap(3, 3) R,
                         TemporalMap(3, 3) S, TemporalMap(1, 1) "Y'", TemporalMap(1, 1) "X'",
                         Cluster(64, P), SpatialMap(1, 1) K, TemporalMap(3, 3) R,
                         TemporalMap(3, 3) S>
    ```
  }];
  let parameters = (ins
    ArrayRefParameter<"int64_t", "kind per directive: 0 TemporalMap, 1 SpatialMap, 2 Cluster">:$kinds,
    ArrayRefParameter<"int64_t", "map size, or the cluster size">:$sizes,
    ArrayRefParameter<"int64_t", "map offset; for a cluster 1 = logical (L), 0 = physical (P)">:$offsets,
    ArrayRefParameter<"int64_t", "dimension (index into kDimNames), -1 for a cluster">:$dims);
  let hasCustomAssemblyFormat = 1;
  let genVerifyDecl = 1;
  let extraClassDeclaration = [{
    enum Kind : int64_t { Temporal = 0, Spatial = 1, Cluster = 2 };
    /// The dimension names a directive may use, in the order `dims` indexes them.
    static ::llvm::ArrayRef<::llvm::StringRef> getDimNames();
    size_t size() const { return getKinds().size(); }
  }];
}

def Dataflow_LoopTilingAttr : Dataflow_Attr<"LoopTiling", "loop_tiling"> {
  let summary = "a dMazeRunner execution method: per-level tiling and two loop orders";
  let description = [{
    dMazeRunner's explicit tiling of a perfect loop nest (docs/seed-tools.md §2.2):
    one factor per loop at each of the four levels `dram`, `spm` (scratchpad), `rf`
    (register file) and `spatial` (PEs), whose product per loop is its trip count, and the
    loop orders at the DRAM and the SPM level, outermost first. The loops are
    `N M C Ox Oy Fx Fy` for a convolution (7 factors) and `X Y K` for a GEMM (3 factors),
    exactly as dMazeRunner prints an execution method. Evaluated by `dataflow-dmaze-cost`,
    searched by `dataflow-dmaze-map`.

    ```mlir
    #dataflow.loop_tiling<dram = [1, 1, 16, 8, 1, 1, 1], spm = [1, 1, 4, 1, 1, 1, 1],
                          rf = [1, 1, 1, 7, 14, 3, 3], spatial = [1, 64, 1, 1, 4, 1, 1],
                          dram_order = [N, Fy, Fx, Oy, Ox, M, C],
                          spm_order = [N, Fy, Fx, Oy, Ox, M, C]>
    ```
  }];
  let parameters = (ins
    ArrayRefParameter<"int64_t", "DRAM-level factor per loop">:$dram,
    ArrayRefParameter<"int64_t", "SPM-level factor per loop">:$spm,
    ArrayRefParameter<"int64_t", "RF-level factor per loop">:$rf,
    ArrayRefParameter<"int64_t", "spatial factor per loop">:$spatial,
    ArrayRefParameter<"int64_t", "DRAM-level loops outermost first">:$dramOrder,
    ArrayRefParameter<"int64_t", "SPM-level loops outermost first">:$spmOrder);
  let hasCustomAssemblyFormat = 1;
  let genVerifyDecl = 1;
  let extraClassDeclaration = [{
    /// The loop names for a nest of `numLoops` loops (7: convolution, 3: GEMM).
    static ::llvm::ArrayRef<::llvm::StringRef> getLoopNames(size_t numLoops);
    ::llvm::ArrayRef<int64_t> getFactors(int level) const {
      return level == 0 ? getDram() : level == 1 ? getSpm() : level == 2 ? getRf() : getSpatial();
    }
  }];
}

def Dataflow_SpmDmaAttr : Dataflow_Attr<"SpmDma", "spm_dma"> {
  let summary = "dMazeRunner's scratchpad banking and DMA timing of an accelerator";
  let description = [{
    What dMazeRunner's `arch_spec.json` adds to an accelerator (docs/seed-tools.md
    §2.1): the global buffer (scratchpad) is `banks` equal banks, and a DRAM transfer takes
    `dma_init_cycles` plus `dma_cycles_per_byte` per byte at `dma_mhz`, seen from an
    accelerator clocked at `accel_mhz`. Attached to a `dataflow.accelerator` as
    `dataflow.spm_dma`; `dataflow-dmaze-cost` and `dataflow-dmaze-map` need it.

    ```mlir
    #dataflow.spm_dma<banks = 32, dma_init_cycles = 291.0, dma_cycles_per_byte = 0.24,
                      dma_mhz = 3200.0, accel_mhz = 500.0>
    ```
  }];
  let parameters = (ins
    "int64_t":$banks,
    Dataflow_ExactDouble:$dmaInitCycles,
    Dataflow_ExactDouble:$dmaCyclesPerByte,
    Dataflow_ExactDouble:$dmaMhz,
    Dataflow_ExactDouble:$accelMhz);
  let hasCustomAssemblyFormat = 1;
  let genVerifyDecl = 1;
}

#endif // DATAFLOW_IR_DATAFLOWATTRS_TD
