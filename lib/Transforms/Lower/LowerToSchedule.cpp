//===- LowerToSchedule.cpp - layer schedules as explicit schedule IR ------===//
//
// dataflow-lower-to-schedule: for every layer of a function bound to an accelerator, re-costs
// the written schedule through the bridge and cost::evaluateScheme, then writes the loop nest
// of its blocking level by level, the refills (transfers) where nn_dataflow's fetch counts
// place them, and the processing pass on the PE array (ScheduleOps.td). Every figure comes
// from the SchemeCost; this file only decides where each op goes. A layer partitioned over a
// node grid is re-costed network-wide (the NoC depends on the producers' layouts, as in
// dataflow-cost) and gets the node level around its per-node nest: one node loop per
// partition type and the NoC transfers of its #dataflow.noc figures.
//
//===----------------------------------------------------------------------===//

#include "Dataflow/Bridge/EyerissBridge.h"
#include "Dataflow/IR/BoundNetworks.h"
#include "Dataflow/Bridge/MultiNodeBridge.h"
#include "Dataflow/CostModel/Eyeriss/LayerSearch.h"
#include "Dataflow/IR/DataflowOps.h"
#include "Dataflow/IR/ScheduleOps.h"
#include "Dataflow/Transforms/Search/PartitionPins.h"
#include "Dataflow/Transforms/Search/PartitionSupport.h"
#include "Dataflow/Transforms/Passes.h"
#include "Dataflow/Transforms/Search/SegmentSupport.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/SymbolTable.h"
#include "llvm/Support/MathExtras.h"

#include <map>

namespace dataflow {
#define GEN_PASS_DEF_LOWERTOSCHEDULEPASS
#include "Dataflow/Transforms/Passes.h.inc"
} // namespace dataflow

using namespace mlir;
using namespace dataflow;

namespace {

/// A layer whose written schedule has been re-costed: what the emitter needs.
struct CostedLayer {
  Operation *op;
  std::string name;
  BlockingAttr blocking;
  cost::MappingCandidate candidate;
  cost::ArrayFolding folding;
  cost::SchemeCost scheme;
  CostAttr cost;
  /// Set for a layer partitioned over a node grid: its partition and NoC figures.
  std::optional<cost::PartitionedSchedule> partitioned;
  NocAttr noc;
};

/// One blocked loop of the nest, outermost first.
struct NestLoop {
  BufferLevel level;
  LoopDim dim;
  int64_t trip;
};

/// Row stationary §3.2: one folded logical PE set is ceil(R/fold_h) x ceil(E/fold_w).
LogicalResult checkFolding(const CostedLayer &layer) {
  const cost::ArrayFolding &f = layer.folding;
  if (llvm::divideCeilSigned(f.lpesetH, f.foldH) * llvm::divideCeilSigned(f.lpesetW, f.foldW) ==
      f.foldedPes)
    return success();
  return layer.op->emitError() << "layer '" << layer.name
                               << "': the mapping's folded PE set does not match its rows x "
                                  "columns (internal error)";
}

/// Checks that `op` carries a complete, up-to-date schedule and re-costs it. Emits a located
/// error and fails otherwise; nullopt for ops that are not priced (concat).
FailureOr<std::optional<CostedLayer>> costLayer(Operation *op, const cost::Hardware &hw) {
  cost::Result<std::optional<cost::Layer>> converted = bridge::toLayer(op);
  if (!converted)
    return op->emitError() << converted.status().message();
  if (!converted->has_value())
    return std::optional<CostedLayer>();
  const cost::Layer &layer = **converted;

  CostedLayer result;
  result.op = op;
  result.name = dataflow::layerName(op);
  auto mapping = op->getAttrOfType<MappingAttr>(DataflowDialect::kMappingAttrName);
  result.blocking = op->getAttrOfType<BlockingAttr>(DataflowDialect::kBlockingAttrName);
  auto written = op->getAttrOfType<CostAttr>(DataflowDialect::kCostAttrName);
  if (!mapping)
    return op->emitError() << "layer '" << result.name
                           << "' has no complete schedule: run dataflow-map-array, "
                              "dataflow-block-loops and dataflow-solve-bypass first";
  if (!result.blocking || !result.blocking.isComplete() || !result.blocking.hasBypass())
    return op->emitError() << "layer '" << result.name
                           << "' has no complete schedule: run dataflow-block-loops and "
                              "dataflow-solve-bypass first";
  if (!written)
    return op->emitError() << "layer '" << result.name
                           << "' has no cost: run dataflow-cost first";

  cost::Result<cost::RowStationaryMapping> rs = cost::mapRowStationary(layer, hw);
  if (!rs)
    return op->emitError() << "layer '" << result.name << "': " << rs.status().message();
  cost::Result<int> candidate = bridge::findCandidate(mapping, *rs);
  if (!candidate)
    return op->emitError() << "layer '" << result.name << "': "
                           << candidate.status().message();
  cost::SchemeChoice choice;
  choice.mappingCandidate = *candidate;
  choice.blocking = bridge::toLoopBlocking(result.blocking);
  choice.gbufStored = bridge::toGbufStored(result.blocking);
  cost::Result<cost::SchemeCost> scheme =
      cost::evaluateScheme(layer, hw, choice, cost::Options());
  if (!scheme)
    return op->emitError() << scheme.status().message();

  result.candidate = rs->candidates[size_t(*candidate)];
  result.folding = rs->folding;
  result.scheme = std::move(scheme).value();
  result.cost = bridge::toCostAttr(op->getContext(), result.scheme, rs->folding.utilization);
  // The schedule IR claims to carry the layer's cost; a stale one would make it lie.
  if (result.cost != written)
    return op->emitError() << "layer '" << result.name
                           << "' carries a stale cost: its schedule re-costs to "
                           << result.cost << "; run dataflow-cost first";
  if (failed(checkFolding(result)))
    return failure();
  return std::optional<CostedLayer>(std::move(result));
}

/// Re-costs a network partitioned over a node grid as dataflow-cost does (every decision
/// pinned, producers' layouts flowing) and checks each layer's written cost and NoC figures.
/// Emits located errors and fails otherwise.
FailureOr<std::vector<CostedLayer>> costPartitioned(const Network &net) {
  MLIRContext *ctx = func::FuncOp(net.func).getContext();
  FailureOr<PartitionedNetwork> pn = buildPartitionedNetwork(net);
  if (failed(pn))
    return failure();
  // The network was partitioned with one set of flags; collectPins checks the others.
  Operation *first = *llvm::find_if(net.layers, [](Operation *op) { return getPartition(op); });
  cost::Options options;
  options.partitioning = bridge::toPartitionOptions(getPartition(first));
  FailureOr<NetworkPins> pins =
      collectPins(net, *pn, options.partitioning, /*requireComplete=*/true);
  if (failed(pins))
    return failure();
  FailureOr<cost::NetworkSchedule> schedule = runNetwork(net, *pn, options, *pins);
  if (failed(schedule))
    return failure();

  std::vector<CostedLayer> layers;
  bool ok = true;
  for (Operation *op : net.layers) {
    CostedLayer result;
    result.op = op;
    result.name = dataflow::layerName(op);
    const cost::PartitionedSchedule &p = schedule->layers.at(result.name);
    result.blocking = getBlocking(op);
    if (!result.blocking.hasBypass()) {
      emitLayerError(op, "has no complete schedule: run dataflow-partition-layers first "
                         "(its blocking leaves the bypass undecided)");
      ok = false;
      continue;
    }
    cost::Result<cost::RowStationaryMapping> rs =
        cost::mapRowStationary(p.nodeLayer, net.hardware, p.occ);
    if (!rs) {
      emitLayerError(op, "cannot map its per-node layer: ") << rs.status().message();
      ok = false;
      continue;
    }
    result.candidate = rs->candidates[size_t(p.scheme.mappingCandidate)];
    result.folding = rs->folding;
    result.scheme = p.scheme;
    result.cost = bridge::toCostAttr(ctx, p.scheme, rs->folding.utilization);
    result.noc = bridge::toNocAttr(ctx, p);
    result.partitioned = p;
    CostAttr written = getCost(op);
    auto writtenNoc = op->getAttrOfType<NocAttr>(DataflowDialect::kNocAttrName);
    if (!written || !writtenNoc) {
      emitLayerError(op, "has no cost: run dataflow-cost first");
      ok = false;
      continue;
    }
    // The schedule IR claims to carry the layer's cost; a stale one would make it lie.
    if (result.cost != written || result.noc != writtenNoc) {
      emitLayerError(op, "carries a stale cost: its partitioned schedule re-costs to ")
          << result.cost << " with " << result.noc << "; run dataflow-cost first";
      ok = false;
      continue;
    }
    if (failed(checkFolding(result))) {
      ok = false;
      continue;
    }
    layers.push_back(std::move(result));
  }
  if (!ok)
    return failure();
  return layers;
}

/// The nest of a blocking: dram loops in dram_order, gbuf loops in gbuf_order, regf loops in
/// I, O, B order (nn_dataflow gives the register-file level no order).
SmallVector<NestLoop, 9> nestOf(BlockingAttr blocking) {
  SmallVector<NestLoop, 9> nest;
  for (int64_t l : blocking.getDramOrder())
    nest.push_back({BufferLevel::dram, static_cast<LoopDim>(l), blocking.getDram()[l]});
  for (int64_t l : blocking.getGbufOrder())
    nest.push_back({BufferLevel::gbuf, static_cast<LoopDim>(l), blocking.getGbuf()[l]});
  for (int l = 0; l < cost::kNumLoops; ++l)
    nest.push_back({BufferLevel::regf, static_cast<LoopDim>(l), blocking.getRegf()[l]});
  return nest;
}

/// Where the refill of category `d` at blocking level `b` (0: the global buffer, 1: the
/// register files) goes: just inside the innermost non-trivial loop over one of d's
/// dimensions among the loops of levels <= b, or -1 (before the whole nest). That is the
/// placement nn_dataflow's fetch count describes (docs/cost-model.md §4): inner loops over
/// other dimensions reuse the block.
int anchorOf(ArrayRef<NestLoop> nest, const cost::DataLoops &loops, int b, int d) {
  int anchor = -1;
  for (int p = 0; p < 3 * (b + 1); ++p)
    if (loops.isDim(d, static_cast<int>(nest[p].dim)) && nest[p].trip > 1)
      anchor = p;
  return anchor;
}

/// Emits the schedule of one costed layer at the builder's insertion point.
void emitLayerSchedule(OpBuilder &builder, const CostedLayer &layer) {
  MLIRContext *ctx = builder.getContext();
  Location loc = layer.op->getLoc();
  const cost::SchemeCost &s = layer.scheme;
  auto f64 = [&](double v) { return builder.getF64FloatAttr(v); };

  auto layerOp = LayerScheduleOp::create(builder, loc, builder.getStringAttr(layer.name),
                                         layer.cost, layer.noc);
  Block *block = &layerOp.getBody().emplaceBlock();

  // A category takes part iff the cost charges it anything (pooling has no filters).
  bool present[cost::kNumData];
  for (int d = 0; d < cost::kNumData; ++d) {
    present[d] = false;
    for (int m = 0; m < cost::kNumMemLevels; ++m)
      present[d] |= s.access[m][d] != 0;
  }

  // The node level of a partitioned layer: a node loop per partition type, outermost first
  // (docs/cost-model.md §5.1), then the NoC transfers around the per-node nest.
  Block *nodeBlock = nullptr;
  auto nocTransfers = [&](bool up) {
    const cost::PartitionedSchedule &p = *layer.partitioned;
    auto i64 = [&](int64_t v) { return builder.getI64IntegerAttr(v); };
    for (int d = 0; d < cost::kNumData; ++d) {
      if (!present[d] || (d == cost::kOfm) != up)
        continue;
      auto data = DataKindAttr::get(ctx, static_cast<DataKind>(d));
      // §5.3-§5.4: DRAM <-> nodes, unit hops x DRAM fetches; forwarded when the
      // access-forwarding group divides the DRAM accesses.
      if (s.fetch[0][d] >= 1) {
        int64_t fwd = int64_t(p.fwdReduction[d]);
        NocTransferOp::create(
            builder, loc, data,
            NocRouteAttr::get(ctx, fwd > 1 ? NocRoute::forwarded : NocRoute::dram),
            fwd > 1 ? i64(fwd) : IntegerAttr(), i64(s.fetch[0][d]), i64(p.unitHops[d]),
            f64(p.memHops[d]));
      }
      // §5.5: the buffer-sharing rotation and wide fetches.
      if (p.nodeHops[d] != 0)
        NocTransferOp::create(builder, loc, data, NocRouteAttr::get(ctx, NocRoute::shared),
                              i64(p.sharing.subgroupSize[d]), IntegerAttr(), IntegerAttr(),
                              f64(p.nodeHops[d]));
    }
  };
  if (layer.partitioned) {
    const cost::PartitionScheme &part = layer.partitioned->part;
    for (int type : part.order) {
      builder.setInsertionPointToEnd(block);
      const cost::Coord &grid = part.dims[size_t(type)];
      auto loop = NodeLoopOp::create(builder, loc, NodePartAttr::get(ctx, NodePart(type)),
                                     builder.getDenseI64ArrayAttr({grid.h, grid.w}));
      block = &loop.getBody().emplaceBlock();
    }
    nodeBlock = block;
    builder.setInsertionPointToEnd(nodeBlock);
    nocTransfers(/*up=*/false);
  }

  SmallVector<NestLoop, 9> nest = nestOf(layer.blocking);
  auto transfer = [&](int b, int d) {
    bool stored = s.gbufStored[d];
    BufferLevel outer = b == 0 || !stored ? BufferLevel::dram : BufferLevel::gbuf;
    BufferLevel inner = b == 0 ? BufferLevel::gbuf : BufferLevel::regf;
    bool up = d == cost::kOfm;
    FloatAttr dram, gbuf, itcn;
    (outer == BufferLevel::dram ? dram : gbuf) = f64(s.access[outer == BufferLevel::dram
                                                                   ? cost::kDram
                                                                   : cost::kGbuf][d]);
    if (inner == BufferLevel::regf)
      itcn = f64(s.access[cost::kItcn][d]);
    TransferOp::create(builder, loc, DataKindAttr::get(ctx, static_cast<DataKind>(d)),
                       BufferLevelAttr::get(ctx, up ? inner : outer),
                       BufferLevelAttr::get(ctx, up ? outer : inner),
                       builder.getI64IntegerAttr(s.fetch[b][d]),
                       builder.getI64IntegerAttr(s.footprint[b][d]), dram, gbuf, itcn);
  };
  // Refills at one anchor: global buffer before register files going down, the reverse
  // going up; a bypassed category has no global-buffer refill.
  auto emitAt = [&](int anchor, bool up) {
    for (int step = 0; step < 2; ++step) {
      int b = up ? 1 - step : step;
      for (int d = 0; d < cost::kNumData; ++d)
        if (present[d] && (d == cost::kOfm) == up && (b == 1 || s.gbufStored[d]) &&
            anchorOf(nest, layer.candidate.dataLoops, b, d) == anchor)
          transfer(b, d);
    }
  };

  for (int p = -1; p < int(nest.size()); ++p) {
    builder.setInsertionPointToEnd(block);
    emitAt(p, /*up=*/false);
    if (p + 1 < int(nest.size())) {
      const NestLoop &l = nest[p + 1];
      auto loop = LoopOp::create(builder, loc, BufferLevelAttr::get(ctx, l.level),
                                 LoopDimAttr::get(ctx, l.dim),
                                 builder.getI64IntegerAttr(l.trip));
      emitAt(p, /*up=*/true);
      block = &loop.getBody().emplaceBlock();
      continue;
    }
    const cost::ArrayFolding &f = layer.folding;
    SpatialOp::create(
        builder, loc, MappingStrategyAttr::get(ctx, MappingStrategy::row_stationary),
        builder.getI64IntegerAttr(llvm::divideCeilSigned(f.lpesetH, f.foldH)),
        builder.getI64IntegerAttr(llvm::divideCeilSigned(f.lpesetW, f.foldW)),
        builder.getDenseI64ArrayAttr({f.foldH, f.foldW}),
        builder.getDenseI64ArrayAttr({f.replH, f.replW}),
        builder.getI64IntegerAttr(layer.candidate.ifms),
        builder.getI64IntegerAttr(layer.candidate.ofms),
        builder.getI64IntegerAttr(layer.candidate.unitTime), f64(s.ops),
        builder.getDenseF64ArrayAttr(s.access[cost::kRegf]));
    emitAt(p, /*up=*/true);
  }
  if (nodeBlock) {
    builder.setInsertionPointToEnd(nodeBlock);
    nocTransfers(/*up=*/true);
  }
}

/// Inter-layer pipelining (docs/cost-model.md §6): one dataflow.segment_schedule per
/// segment of a function with dataflow.pipeline, its layers vertex by vertex.
void emitSegmentSchedules(OpBuilder &builder, func::FuncOp func) {
  auto pipeline = func->getAttrOfType<PipelineAttr>(DataflowDialect::kPipelineAttrName);
  if (!pipeline)
    return;
  std::map<int64_t, std::map<std::pair<int64_t, int64_t>, std::pair<std::string, SegmentAttr>>>
      segments;
  func.walk([&](Operation *op) {
    if (auto seg = op->getAttrOfType<SegmentAttr>(DataflowDialect::kSegmentAttrName))
      segments[seg.getIndex()][{seg.getSpatial(), seg.getTemporal()}] = {
          dataflow::layerName(op), seg};
  });
  ArrayRef<int64_t> times = pipeline.getSegmentTimes();
  ArrayRef<int64_t> critical = pipeline.getCriticalTimes();
  for (const auto &[index, layers] : segments) {
    SmallVector<StringRef> names;
    SmallVector<Attribute> regions;
    for (const auto &[pos, layer] : layers) {
      names.push_back(layer.first);
      regions.push_back(layer.second);
    }
    // The verifier ties dataflow.pipeline's times to segments numbered 0..n-1.
    SegmentScheduleOp::create(
        builder, func.getLoc(), builder.getI64IntegerAttr(index),
        SegmentKindAttr::get(builder.getContext(), layers.begin()->second.second.getKind()),
        builder.getI64IntegerAttr(times[size_t(index)]),
        builder.getI64IntegerAttr(critical[size_t(index)]), builder.getStrArrayAttr(names),
        builder.getArrayAttr(regions));
  }
}

struct LowerToSchedulePass
    : public dataflow::impl::LowerToSchedulePassBase<LowerToSchedulePass> {
  using Base::Base;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    SymbolTable symbols(module);
    bool failedAny = false;
    for (BoundNetwork &bound : networksOf(module)) {
      func::FuncOp func = bound.func;
      // The dialect verifier guarantees a binding names an accelerator.
      AcceleratorOp accel = bound.accelerator;
      // Systolic schedules have no explicit schedule IR yet: their dataflow.systolic is
      // the whole answer.
      if (!accel || accel.isSystolic())
        continue;
      cost::Hardware hw = bridge::toHardware(accel);

      std::vector<CostedLayer> layers;
      bool failedHere = false;
      Network net{func, accel, hw, {}};
      net.layers.assign(bound.layers.begin(), bound.layers.end());
      if (isMultiNode(net) && isSegmented(net)) {
        // Pipelined (§6): the segments are shown below; the layers keep their schedules.
        func.emitRemark() << "network @" << func.getSymName()
                          << " is in pipeline segments: dataflow-lower-to-schedule writes its "
                             "segments (dataflow.segment_schedule) but does not lower the "
                             "layers of a pipelined network yet (their schedules and costs "
                             "stay on the ops)";
      } else if (isMultiNode(net) && llvm::any_of(net.layers, [](Operation *op) {
            return getPartition(op);
          })) {
        FailureOr<std::vector<CostedLayer>> costed = costPartitioned(net);
        if (failed(costed))
          failedHere = true;
        else
          layers = std::move(*costed);
      } else {
        for (Operation *op : net.layers) {
          FailureOr<std::optional<CostedLayer>> costed = costLayer(op, hw);
          if (failed(costed))
            failedHere = true;
          else if (costed->has_value())
            layers.push_back(std::move(**costed));
        }
      }
      if (failedHere) {
        failedAny = true;
        continue;
      }

      // Lowering again replaces the function's previous schedule.
      for (auto old : llvm::make_early_inc_range(module.getOps<ScheduleOp>()))
        if (old.getFunction() == func.getSymName())
          symbols.erase(old);
      OpBuilder builder(func->getContext());
      builder.setInsertionPointAfter(func);
      auto schedule = ScheduleOp::create(
          builder, func.getLoc(), builder.getStringAttr(func.getSymName() + "_schedule"),
          FlatSymbolRefAttr::get(func.getSymNameAttr()));
      symbols.insert(schedule); // renames on a clash with another symbol
      Block &body = schedule.getBody().emplaceBlock();
      for (const CostedLayer &layer : layers) {
        builder.setInsertionPointToEnd(&body);
        emitLayerSchedule(builder, layer);
      }
      builder.setInsertionPointToEnd(&body);
      emitSegmentSchedules(builder, func);
    }
    if (failedAny)
      signalPassFailure();
  }
};

} // namespace
