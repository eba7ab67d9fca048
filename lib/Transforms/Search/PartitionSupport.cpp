//===- PartitionSupport.cpp - what the multi-node passes share ------------===//

#include "Dataflow/Bridge/EyerissBridge.h"
#include "Dataflow/Bridge/MultiNodeBridge.h"
#include "Dataflow/Transforms/Search/PartitionSupport.h"
#include "Dataflow/Transforms/Search/SegmentSupport.h"

#include "Dataflow/CostModel/MultiNode/PartitionScheme.h"

#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;
using namespace dataflow;

bool dataflow::isMultiNode(const Network &network) {
  return network.hardware.nodesH * network.hardware.nodesW > 1;
}

PartitionAttr dataflow::getPartition(Operation *op) {
  return op->getAttrOfType<PartitionAttr>(DataflowDialect::kPartitionAttrName);
}

bool dataflow::isPartitioned(Operation *op, const Network &network) {
  return isMultiNode(network) && getPartition(op);
}

/// batch x channels [x h [x w]]: the fmap a tensor holds on the grid, one rule for the
/// network's inputs and the values read back from DRAM (docs/cost-model.md "Views, slices and
/// token concats on a grid"): `T x D` is batch T, channels D; `H x L x X` read in the head
/// layout (`heads`) batch L, channels H X, otherwise batch H, channels L, rows X (as an
/// element-wise layer over it is priced); `N x C x H x W` batch N; `N x C x D x H x W` batch
/// N, C D channels (channel-major, depth-minor; "Slices on a grid").
static cost::FmapShape fmapOf(Type type, std::string name, bool heads = false) {
  cost::FmapShape shape;
  shape.name = std::move(name);
  auto tensor = cast<RankedTensorType>(type);
  ArrayRef<int64_t> d = tensor.getShape();
  if (d.size() > 1)
    shape.batch = d[0];
  shape.nofm = d.size() > 1 ? d[1] : 1;
  shape.hofm = d.size() > 2 ? d[2] : 1;
  shape.wofm = d.size() > 3 ? d[3] : 1;
  if (d.size() == 3 && heads) {
    shape.batch = d[1];
    shape.nofm = d[0] * d[2];
    shape.hofm = 1;
  }
  if (d.size() == 5) {
    shape.nofm = d[1] * d[2];
    shape.hofm = d[3];
    shape.wofm = d[4];
  }
  return shape;
}

static std::string externalName(unsigned argIndex) {
  return argIndex == 0 ? std::string(cost::kNetworkInput) : "%arg" + std::to_string(argIndex);
}

/// A head split or merge, `L x D` <-> `H x L x D/H` (docs/cost-model.md "Heads on a grid"):
/// both sides are batch `L` x channels `D`, head `h` owning channel block `h`, the layout
/// a batched matmul's `H` grouped FCs read and write. Other reshapes and permutations
/// (a K^T view, NCHW to tokens) have no §5.3 layout and stay refused.
static bool isHeadView(ViewOp view) {
  auto in = cast<RankedTensorType>(view.getInput().getType());
  auto out = cast<RankedTensorType>(view.getResult().getType());
  RankedTensorType flat = in.getRank() == 2 ? in : out;
  RankedTensorType heads = in.getRank() == 2 ? out : in;
  return flat.getRank() == 2 && heads.getRank() == 3 &&
         heads.getDimSize(1) == flat.getDimSize(0) &&
         heads.getDimSize(0) * heads.getDimSize(2) == flat.getDimSize(1);
}

/// `N x C x H x W` <-> `N x H x W x C` (to channels last when `toLast`): the importers'
/// LayerNorm over the channels (ConvNeXt); on the grid both sides keep the NCHW layout.
static bool isChannelsLastView(ViewOp view, bool toLast = false) {
  ArrayRef<int64_t> s = view.getInput().getType().getShape(), t = view.getType().getShape();
  return s.size() == 4 && t.size() == 4 && t[0] == s[0] &&
         ((t[1] == s[2] && t[2] == s[3] && t[3] == s[1]) ||
          (!toLast && t[1] == s[3] && t[2] == s[1] && t[3] == s[2]));
}

/// A per-channel broadcast element-wise layer over `N > 1` samples: priced as `N C` depthwise
/// groups of batch 1 (docs/cost-model.md "Broadcast element-wise"), so its fmaps are `1 x N C
/// x H x W` on the grid, which its producers and consumers (batch `N`) reach through DRAM.
static bool isBatchedBroadcast(Operation *op) {
  auto eltwise = dyn_cast_or_null<EltwiseOp>(op);
  if (!eltwise)
    return false;
  return eltwise.getOutput().getType().getDimSize(0) > 1 && eltwise.hasPerChannelInput();
}

/// A rank-3 `H x L x X` value in the head layout (batch `L`, channels `H X`): written by a
/// batched matmul, a head split, or an element-wise layer over such a value.
static bool inHeadLayout(Value value) {
  auto type = dyn_cast<RankedTensorType>(value.getType());
  Operation *def = value.getDefiningOp();
  if (!type || type.getRank() != 3 || !def)
    return false;
  if (isa<MatmulOp>(def))
    return true;
  if (auto view = dyn_cast<ViewOp>(def))
    return isHeadView(view);
  if (isa<ActivationOp, NormOp, SoftmaxOp, EltwiseOp>(def))
    return llvm::any_of(def->getOperands(), inHeadLayout);
  return false;
}

FailureOr<PartitionedNetwork> dataflow::buildPartitionedNetwork(const Network &network) {
  PartitionedNetwork pn;
  func::FuncOp func = network.func;
  if (func.getNumArguments() == 0 ||
      !isa<RankedTensorType>(func.getArgument(0).getType()))
    return func.emitError() << "network @" << func.getSymName()
                            << " takes no input tensor; a multi-node schedule lays out the "
                               "network input (the first argument) in DRAM";
  pn.graph.input = fmapOf(func.getArgument(0).getType(), cost::kNetworkInput);
  pn.graph.input.batch = 0; // the network's batch, as the pipeline's seeds take it
  for (unsigned i = 1; i < func.getNumArguments(); ++i)
    if (isa<RankedTensorType>(func.getArgument(i).getType()))
      pn.graph.external.push_back(fmapOf(func.getArgument(i).getType(), externalName(i)));

  // A value the grid cannot lay out is read back from DRAM (docs/cost-model.md "Views,
  // slices and token concats on a grid"): in a layer-by-layer schedule every layer writes
  // its ofmap to DRAM, so a reshape or permutation of it (a view other than a head split
  // or channels last), part of it (a slice), a concat along tokens or a decomposed
  // deconvolution's interleave (strided insert_slices), or the input rows of a split
  // dilated convolution's band (an extract_slice) is the same DRAM words under another
  // shape: an external fmap of its own shape, laid out in the DRAM region like
  // the network input, one per value and reading (`heads`: a rank-3 value in the head
  // layout).
  std::map<std::pair<Operation *, bool>, std::string> inDram;
  std::map<std::string, std::string> dramOf; // its name -> the value it holds, for messages
  auto fromDram = [&](Value value, bool heads) {
    heads = heads && cast<RankedTensorType>(value.getType()).getRank() == 3;
    auto [it, fresh] = inDram.try_emplace({value.getDefiningOp(), heads},
                                          "%dram" + std::to_string(inDram.size()));
    if (fresh) {
      pn.graph.external.push_back(fmapOf(value.getType(), it->second, heads));
      dramOf[it->second] = dataflow::layerName(value.getDefiningOp());
    }
    return it->second;
  };
  auto rankOf = [](Value value) { return cast<RankedTensorType>(value.getType()).getRank(); };

  // The producers of a value: a layer, the function's arguments, through channel concats,
  // head views and channels-last views; `heads`: the reader takes a rank-3 value in the
  // head layout.
  std::function<LogicalResult(Operation *, Value, bool, std::vector<std::string> &)>
      producers = [&](Operation *user, Value value, bool heads,
                      std::vector<std::string> &out) -> LogicalResult {
    if (auto arg = dyn_cast<BlockArgument>(value)) {
      if (arg.getOwner()->getParentOp() != func)
        return user->emitError() << "reads a block argument that is not the network's input";
      if (heads && rankOf(value) == 3 && arg.getArgNumber() > 0) {
        // An external H x L x X read in the head layout (a mask or bias over scores).
        std::string name = externalName(arg.getArgNumber()) + ".heads";
        if (!llvm::any_of(pn.graph.external,
                          [&](const cost::FmapShape &e) { return e.name == name; }))
          pn.graph.external.push_back(fmapOf(value.getType(), name, true));
        out.push_back(name);
        return success();
      }
      out.push_back(externalName(arg.getArgNumber()));
      return success();
    }
    Operation *def = value.getDefiningOp();
    if (isa<ConcatOp>(def)) {
      // Along dimension 1: channels, except of a rank-3 value in the head layout (its
      // tokens, the batch), which only DRAM holds.
      if (heads && rankOf(value) == 3) {
        out.push_back(fromDram(value, heads));
        return success();
      }
      for (Value in : def->getOperands())
        if (failed(producers(user, in, heads, out)))
          return failure();
      return success();
    }
    if (auto view = dyn_cast<ViewOp>(def); view && isHeadView(view))
      return producers(user, view.getInput(), rankOf(view.getInput()) == 3, out);
    if (auto view = dyn_cast<ViewOp>(def); view && isChannelsLastView(view)) {
      // Channels last keeps the N x C x H x W layout only where both sides read it so: a
      // norm, activation or softmax over the view (priced as the value it views), and a view
      // back from such a layer's output or from another channels-last view.
      Value in = view.getInput();
      if (isChannelsLastView(view, true)) {
        if (isa<ActivationOp, NormOp, SoftmaxOp>(user) && user->getOperand(0) == value)
          return producers(user, in, false, out);
      } else if (auto back = in.getDefiningOp<ViewOp>(); back && isChannelsLastView(back, true)) {
        return producers(user, back.getInput(), false, out);
      } else if (Operation *layer = in.getDefiningOp();
                 layer && isa<ActivationOp, NormOp, SoftmaxOp>(layer) &&
                 llvm::is_contained(network.layers, layer)) {
        if (auto last = layer->getOperand(0).getDefiningOp<ViewOp>();
            last && isChannelsLastView(last, true)) {
          out.push_back(dataflow::layerName(layer));
          return success();
        }
      }
    }
    if (isa<ViewOp, SliceOp, tensor::InsertSliceOp, tensor::ExtractSliceOp>(def)) {
      out.push_back(fromDram(value, heads));
      return success();
    }
    if (!llvm::is_contained(network.layers, def))
      return user->emitError() << "reads a value of '" << def->getName()
                               << "', which is not a layer of the network";
    if (isBatchedBroadcast(def)) {
      // Its 1 x N C x H x W output is the N x C x H x W value its consumers read: the same
      // DRAM words under another shape.
      out.push_back(fromDram(value, heads));
      return success();
    }
    if (auto last = def->getOperand(0).getDefiningOp<ViewOp>();
        last && isa<ActivationOp, NormOp, SoftmaxOp>(def) && isChannelsLastView(last, true)) {
      // Its N x H x W x C output laid out as N x C x H x W, read as N x H x W x C.
      out.push_back(fromDram(value, heads));
      return success();
    }
    if (rankOf(value) == 3 && heads != inHeadLayout(value)) {
      // A layer's H x L x X ofmap read in the other rank-3 box (a 1 x T x D norm output
      // added to a 1 x T x D head view of T x D): the words its producer wrote to DRAM.
      out.push_back(fromDram(value, heads));
      return success();
    }
    out.push_back(dataflow::layerName(def));
    return success();
  };

  // Every fmap a layer reads must hold its batch: a layout splits a batch x channels x h x
  // w box, and its consumer reads the same box (a value of another batch is refused rather
  // than priced with a wrong number of words).
  auto checkBatches = [&](Operation *op, const cost::Layer &layer,
                          const std::vector<std::string> &prevs) -> LogicalResult {
    const int64_t network = pn.graph.layers.empty() ? layer.batch
                                                    : pn.graph.layers.front().layer.batch;
    for (const std::string &p : prevs) {
      int64_t batch = -1;
      if (const cost::Network::Node *n = pn.graph.find(p))
        batch = n->layer.batch;
      else if (p == cost::kNetworkInput)
        batch = pn.graph.input.batchOr(network);
      for (const cost::FmapShape &e : pn.graph.external)
        if (e.name == p)
          batch = e.batchOr(network);
      if (batch >= 0 && batch != layer.batch)
        return emitLayerError(op, "reads ")
               << (p == cost::kNetworkInput ? std::string("the network input")
                                            : "'" + (dramOf.count(p) ? dramOf[p] : p) + "'")
               << " of batch " << batch << ", but its own batch is " << layer.batch
               << "; no data layout on the node grid maps one onto the other";
    }
    return success();
  };

  bool ok = true;
  for (Operation *op : network.layers) {
    FailureOr<cost::Layer> layer = layerOf(op);
    if (failed(layer)) {
      ok = false;
      continue;
    }
    if (auto pool = dyn_cast<PoolOp>(op); pool && pool.getWindow().size() == 3) {
      // A 3-D pool on the grid (docs/cost-model.md "Slices on a grid"): batch N, its D output
      // slices as groups (one node: as batch), the same T regions per output and ops.
      const int64_t depth = cast<RankedTensorType>(pool.getOutput().getType()).getDimSize(2);
      layer->batch /= depth;
      layer->groups = depth;
      layer->depth = depth;
      layer->depthIn = cast<RankedTensorType>(pool.getInput().getType()).getDimSize(2);
    }
    if (isa<ActivationOp, NormOp, SoftmaxOp, EltwiseOp>(op) &&
        inHeadLayout(op->getResult(0))) {
      // An element-wise pass over H x L x X heads (a softmax over scores): the same
      // H L X elements as on one node, laid out as its producer writes them (batch L,
      // channels H X) so the partitioned layouts chain.
      auto type = cast<RankedTensorType>(op->getResult(0).getType());
      *layer = cost::makeEltwise(layer->name, type.getDimSize(0) * type.getDimSize(2), 1, 1,
                                 layer->nreg, type.getDimSize(1));
    }
    if (auto view = op->getOperand(0).getDefiningOp<ViewOp>();
        view && isa<ActivationOp, NormOp, SoftmaxOp>(op) && isChannelsLastView(view, true)) {
      ArrayRef<int64_t> nhwc = view.getType().getShape(); // priced as the NCHW value it views
      *layer = cost::makeEltwise(layer->name, nhwc[3], nhwc[1], nhwc[2], layer->nreg, nhwc[0]);
    }
    std::string name = dataflow::layerName(op);
    if (pn.opOf.count(name)) {
      emitLayerError(op, "shares its name with another layer; layers on a multi-node "
                         "accelerator are scheduled by name, give each a unique name");
      ok = false;
      continue;
    }
    SmallVector<Value> inputs;
    std::vector<std::string> after; // order-only producers (cost::Network::Node::after)
    std::vector<std::string> flatInputs; // externals read in place of `inputs`
    if (auto eltwise = dyn_cast<EltwiseOp>(op)) {
      // A per-channel broadcast input (a squeeze-excitation scale) is the filter of the
      // depthwise 1x1 convolution the layer is priced as (docs/cost-model.md "Broadcast
      // element-wise"): read like weights from DRAM, its producers run first; x flows in.
      RankedTensorType outType = eltwise.getOutput().getType();
      bool broadcast = false;
      for (Value in : eltwise.getInputs()) {
        if (in.getType() == outType) {
          inputs.push_back(in);
          continue;
        }
        broadcast = true;
        orderProducers(network, in, after);
      }
      if (broadcast && outType.getRank() != 4) {
        emitLayerError(op, "cannot be partitioned over nodes: a per-channel broadcast "
                           "element-wise layer is priced as a depthwise convolution of one "
                           "group per sample and channel, whose fmaps a grid lays out for "
                           "an N x C x H x W value only, got ")
            << outType << "; schedule it on one node";
        ok = false;
        continue;
      }
      if (broadcast && outType.getDimSize(0) > 1) {
        // N > 1: x, N x C x H x W in DRAM, read as the 1 x N C x H x W fmap of the N C
        // groups (the same words); its producers run first, so x is in DRAM.
        ArrayRef<int64_t> d = outType.getShape();
        cost::FmapShape flat;
        flat.name = "%bcast" + std::to_string(pn.graph.external.size());
        flat.batch = 1;
        flat.nofm = d[0] * d[1];
        flat.hofm = d[2];
        flat.wofm = d[3];
        pn.graph.external.push_back(flat);
        flatInputs.push_back(flat.name);
        for (Value in : inputs)
          orderProducers(network, in, after);
        inputs.clear();
      }
    } else if (isa<ConvOp, FCOp, PoolOp, ActivationOp, NormOp, SoftmaxOp>(op))
      inputs.push_back(op->getOperand(0));
    else if (auto matmul = dyn_cast<MatmulOp>(op)) {
      // Partitioned like the FC it is priced as (rows = batch, K in, N out channels): the
      // lhs is the ifmap, flowing from its producer; the rhs is read like FC weights, from
      // the nearest DRAM channel (docs/cost-model.md §5.3 FIL). A batched matmul is H
      // grouped FCs reading its lhs in the head layout ("Heads on a grid").
      // An lhs another view or a concat made (Swin's windows, permuted q) is read back from
      // DRAM in the head layout ("Views, slices and token concats on a grid").
      if (cast<RankedTensorType>(matmul.getLhs().getType()).getRank() == 3 &&
          !inHeadLayout(matmul.getLhs()) && isa<BlockArgument>(matmul.getLhs())) {
        emitLayerError(op, "cannot be partitioned over nodes: its batched lhs is not in the "
                           "head layout (a head-split view, a batched matmul or an "
                           "element-wise layer over one), so it has no data layout on the "
                           "grid");
        ok = false;
        continue;
      }
      inputs.push_back(matmul.getLhs());
      orderProducers(network, matmul.getRhs(), after); // its rhs's producers run first
    } else {
      emitLayerError(op, "cannot be partitioned over nodes yet: only conv, fc, matmul, pool "
                         "and eltwise layers are");
      ok = false;
      continue;
    }
    cost::Network::Node node{*layer, {}, std::move(after)};
    // A rank-3 ifmap is read in the head layout by a batched matmul and by an element-wise
    // layer over heads.
    const bool heads = isa<MatmulOp>(op) || inHeadLayout(op->getResult(0));
    for (Value in : inputs)
      if (failed(producers(op, in, heads, node.prevs)))
        ok = false;
    node.prevs.insert(node.prevs.end(), flatInputs.begin(), flatInputs.end());
    if (failed(checkBatches(op, *layer, node.prevs)))
      ok = false;
    pn.opOf[name] = op;
    pn.graph.layers.push_back(std::move(node));
  }
  if (!ok)
    return failure();
  return pn;
}

Operation *dataflow::layerOf(const PartitionedNetwork &pn, const cost::Status &status,
                             StringRef *rest) {
  if (!status.layer())
    return nullptr;
  auto it = pn.opOf.find(*status.layer());
  if (it == pn.opOf.end())
    return nullptr;
  *rest = status.detail();
  rest->consume_front(":");
  return it->second;
}

FailureOr<cost::NetworkSchedule> dataflow::runNetwork(const Network &network,
                                                      const PartitionedNetwork &pn,
                                                      const cost::Options &options,
                                                      const NetworkPins &pins,
                                                      unsigned threads,
                                                      const cost::NetworkSearchOptions &search) {
  cost::Result<cost::NetworkSchedule> schedule =
      cost::scheduleNetwork(pn.graph, network.hardware, options, pins.choices,
                            pins.input ? &*pins.input : nullptr, pins.partitions,
                            pins.schedules, threads, search);
  if (schedule)
    return std::move(schedule).value();
  // Locate the error on the layer the message names.
  StringRef message = schedule.status().message();
  StringRef rest;
  if (Operation *op = layerOf(pn, schedule.status(), &rest)) {
    if (schedule.status().code() == cost::StatusCode::SearchTooLarge)
      return emitLayerError(op, "has too large a search space:")
             << rest
             << " (max-candidates); narrow it: pin a dataflow.partition (with a per-node "
                "dataflow.mapping or blocking) on the layer, turn off hybrid, "
                "batch-partition or ifmaps-partition, use method=solver, or raise "
                "max-candidates (0 = no limit)";
    return emitLayerError(op, "fits no partitioned schedule on accelerator @")
           << AcceleratorOp(network.accelerator).getSymName() << ":" << rest;
  }
  return func::FuncOp(network.func).emitError() << "network @" << func::FuncOp(network.func).getSymName()
                                  << " cannot be scheduled on accelerator @"
                                  << AcceleratorOp(network.accelerator).getSymName() << ": " << message;
}

LogicalResult dataflow::setPartitionOptions(ModuleOp module, cost::Options &options,
                                            bool hybrid, bool batch, bool ifmaps,
                                            bool accessForwarding, bool bufferSharing) {
  cost::PartitionOptions &part = options.partitioning;
  part.hybrid = hybrid;
  part.batch = batch;
  part.ifmaps = ifmaps;
  part.accessForwarding = accessForwarding;
  part.bufferSharing = bufferSharing;
  if (part.ifmaps && !part.hybrid)
    return module.emitError() << "ifmaps-partition needs hybrid: nn_dataflow partitions input "
                                 "channels only in hybrid mode";
  if (part.bufferSharing && options.method == cost::SearchMethod::Solver)
    return module.emitError() << "buffer-sharing cannot be combined with method=solver (the "
                                 "bypass solver does not model shared buffers)";
  return success();
}

void dataflow::markIncompleteSearches(
    const PartitionedNetwork &pn, const std::vector<std::string> &order,
    const std::map<std::string, cost::PartitionedSchedule> &layers) {
  for (const std::string &name : order) {
    auto it = layers.find(name);
    if (it == layers.end() || it->second.complete)
      continue;
    const cost::PartitionedSchedule &p = it->second;
    Operation *op = pn.opOf.at(name);
    op->emitWarning() << "layer '" << name << "': time-limit stopped its search after "
                      << p.schemesEvaluated << (p.schemesEvaluated == 1 ? " scheme" : " schemes")
                      << " in " << p.partitionsSearched << " of " << p.partitionsTotal
                      << (p.partitionsTotal == 1 ? " partition" : " partitions")
                      << "; the schedule is the best found so far, not proven "
                         "optimal";
    op->setAttr(DataflowDialect::kSearchIncompleteAttrName, UnitAttr::get(op->getContext()));
  }
}

LogicalResult dataflow::writeNetworkSchedule(const Network &network,
                                             const PartitionedNetwork &pn,
                                             const cost::NetworkSchedule &schedule,
                                             const cost::PartitionOptions &options,
                                             bool costOnly) {
  bool consistent = true;
  for (const auto &[name, p] : schedule.layers)
    consistent &= succeeded(checkInvariants(pn.opOf.at(name), p.scheme, network.hardware));
  if (!consistent)
    return failure();
  MLIRContext *context = func::FuncOp(network.func).getContext();
  for (const auto &[name, p] : schedule.layers) {
    Operation *op = pn.opOf.at(name);
    // The mapping the per-node scheme was costed in (the cost model mapped it before).
    cost::Result<cost::RowStationaryMapping> rs =
        cost::mapRowStationary(p.nodeLayer, network.hardware, p.occ);
    double utilization = rs ? rs->folding.utilization : 0.0;
    if (!costOnly) {
      op->setAttr(DataflowDialect::kPartitionAttrName,
                  bridge::toPartitionAttr(context, p.part, options));
      if (rs)
        op->setAttr(DataflowDialect::kMappingAttrName,
                    bridge::toMappingAttr(context, *rs, p.scheme.mappingCandidate));
      op->setAttr(DataflowDialect::kBlockingAttrName,
                  bridge::toBlockingAttr(context, p.scheme.blocking, p.scheme.gbufStored));
    }
    op->setAttr(DataflowDialect::kCostAttrName,
                bridge::toCostAttr(context, p.scheme, utilization));
    op->setAttr(DataflowDialect::kNocAttrName, bridge::toNocAttr(context, p));
  }
  if (!costOnly)
    func::FuncOp(network.func)->setAttr(DataflowDialect::kInputPartitionAttrName,
                          bridge::toPartitionAttr(context, schedule.inputPart, {}));
  return success();
}
