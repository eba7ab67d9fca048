//===- PartitionPins.cpp - the decisions a multi-node network's IR pins ---===//

#include "Dataflow/Transforms/Search/PartitionPins.h"

#include "Dataflow/Bridge/EyerissBridge.h"
#include "Dataflow/Bridge/MultiNodeBridge.h"
#include "Dataflow/CostModel/MultiNode/PartitionScheme.h"

using namespace mlir;
using namespace dataflow;

/// A located error when `part` does not fit the grid or the layer.
static LogicalResult checkPartition(Operation *op, PartitionAttr attr, const cost::Layer &layer,
                                    const Network &network,
                                    std::optional<std::pair<int64_t, int64_t>> region) {
  auto [h, w] = attr.getGrid();
  const cost::Hardware &hw = network.hardware;
  if (region) {
    if (std::pair(h, w) != *region)
      return emitLayerError(op, "has a partition over ")
             << h << "x" << w << " nodes, but its dataflow.segment region is "
             << region->first << "x" << region->second << " nodes";
  }
  auto dims = [&](int p) {
    return "[" + std::to_string(attr.getDims(p)[0]) + ", " + std::to_string(attr.getDims(p)[1]) +
           "]";
  };
  auto size = [&](int p) { return attr.getDims(p)[0] * attr.getDims(p)[1]; };
  if (!region && (h != hw.nodesH || w != hw.nodesW))
    return emitLayerError(op, "has a partition over ")
           << h << "x" << w << " nodes, but accelerator @"
           << AcceleratorOp(network.accelerator).getSymName() << " has a " << hw.nodesH << "x" << hw.nodesW
           << " node grid";
  // A split larger than the layer's extent leaves nodes idle (priced by occupancy). nn_dataflow's
  // naive partitioning does this with one type over the whole grid or segment region (OFMP for
  // conv, OUTP for FC; partition.py gen_partition, guaranteed=True); elsewhere it is a mistake.
  auto spansGrid = [&](int p) { return size(p) == h * w; };
  auto idleNote = [&]() {
    return " (only a partition type spanning the whole " + std::to_string(h) + "x" +
           std::to_string(w) + " grid may leave nodes idle)";
  };
  // Grouped layers: OUTP splits whole groups (docs/cost-model.md §5.2).
  const bool grouped = layer.channelGroups() > 1;
  const int64_t outUnits = grouped ? layer.channelGroups() : layer.M;
  if (size(cost::kOutp) > outUnits && !spansGrid(cost::kOutp))
    return emitLayerError(op, "has a partition that does not fit it: outp = ")
           << dims(cost::kOutp) << " splits " << outUnits
           << (grouped ? " groups" : " output channels") << " over "
           << size(cost::kOutp) << " nodes" << idleNote();
  if ((attr.getDims(cost::kOfmp)[0] > layer.E || attr.getDims(cost::kOfmp)[1] > layer.F) &&
      !spansGrid(cost::kOfmp))
    return emitLayerError(op, "has a partition that does not fit it: ofmp = ")
           << dims(cost::kOfmp) << " splits a " << layer.E << "x" << layer.F
           << " ofmap into more rows or columns than it has" << idleNote();
  if (layer.batch % size(cost::kBatp) != 0)
    return emitLayerError(op, "has a partition that does not fit it: batp = ")
           << dims(cost::kBatp) << " does not divide the batch of " << layer.batch;
  if (size(cost::kInpp) > 1 && !layer.isConvLike())
    return emitLayerError(op, "has a partition that does not fit it: inpp = ")
           << dims(cost::kInpp)
           << " splits the input channels of a pooling or element-wise layer";
  if (size(cost::kInpp) > layer.C && !spansGrid(cost::kInpp))
    return emitLayerError(op, "has a partition that does not fit it: inpp = ")
           << dims(cost::kInpp) << " splits " << layer.C << " input channels over "
           << size(cost::kInpp) << " nodes" << idleNote();
  return success();
}

FailureOr<NetworkPins>
dataflow::collectPins(const Network &network, const PartitionedNetwork &pn,
                      const cost::PartitionOptions &options, bool requireComplete,
                      const std::map<std::string, std::pair<int64_t, int64_t>> &regionGrids) {
  NetworkPins pins;
  const cost::Hardware &hw = network.hardware;
  bool ok = true;
  for (const cost::Network::Node &node : pn.graph.layers) {
    Operation *op = pn.opOf.at(node.layer.name);
    PartitionAttr partition = getPartition(op);
    MappingAttr mapping = getMapping(op);
    BlockingAttr blocking = getBlocking(op);
    if (!partition) {
      if (requireComplete)
        emitLayerError(op, "has no dataflow.partition; on multi-node accelerator @")
            << AcceleratorOp(network.accelerator).getSymName() << " run dataflow-partition-layers first";
      else if (mapping || blocking)
        emitLayerError(op, "has a per-node schedule (dataflow.mapping / dataflow.blocking) "
                           "but no dataflow.partition; pin the partition too, or remove "
                           "them");
      else
        continue;
      ok = false;
      continue;
    }
    cost::PartitionOptions given = bridge::toPartitionOptions(partition);
    if (given.accessForwarding != (options.accessForwarding && !options.bufferSharing) ||
        given.bufferSharing != options.bufferSharing) {
      emitLayerError(op, "has a partition costed with access_forwarding = ")
          << (given.accessForwarding ? "true" : "false")
          << ", buffer_sharing = " << (given.bufferSharing ? "true" : "false")
          << ", but the network is scheduled with access_forwarding = "
          << (options.accessForwarding && !options.bufferSharing ? "true" : "false")
          << ", buffer_sharing = " << (options.bufferSharing ? "true" : "false");
      ok = false;
      continue;
    }
    auto region = regionGrids.find(node.layer.name);
    if (failed(checkPartition(op, partition, node.layer, network,
                              region == regionGrids.end()
                                  ? std::nullopt
                                  : std::optional(region->second)))) {
      ok = false;
      continue;
    }
    cost::PartitionScheme part = bridge::toPartitionScheme(partition);
    bool complete = mapping && blocking && blocking.isComplete();
    if (!complete && requireComplete) {
      emitLayerError(op, "has no complete per-node schedule: it needs a dataflow.mapping and "
                         "a dataflow.blocking with every factor and both orders (run "
                         "dataflow-partition-layers)");
      ok = false;
      continue;
    }
    if (!mapping && !blocking) {
      pins.partitions[node.layer.name] = part;
      continue;
    }
    // A mapping names a processing pass of the per-node layer (§5.2).
    int candidateIndex = -1;
    if (mapping) {
      cost::Result<cost::PartitionedLayer> pl = cost::partitionLayer(node.layer, part);
      if (!pl) {
        emitLayerError(op, "has a partition that does not fit it: ") << pl.status().message();
        ok = false;
        continue;
      }
      cost::Result<cost::RowStationaryMapping> rs =
          cost::mapRowStationary(pl->layer, hw, pl->occ);
      if (!rs) {
        emitLayerError(op, "cannot map its per-node layer: ") << rs.status().message();
        ok = false;
        continue;
      }
      cost::Result<int> candidate = bridge::findCandidate(mapping, *rs);
      if (!candidate) {
        emitLayerError(op, "has a contradictory per-node schedule: ")
            << candidate.status().message();
        ok = false;
        continue;
      }
      candidateIndex = *candidate;
    }
    if (!complete) {
      // Part of the per-node schedule: the search fills in the rest (as the single-node
      // passes do). A bypass changes what the search ranks, so only a complete schedule
      // may carry one.
      if (blocking && blocking.hasBypass()) {
        emitLayerError(op, "pins a bypass on an incomplete per-node schedule: give the "
                           "mapping, every blocking factor and both orders, or leave bypass "
                           "out");
        ok = false;
        continue;
      }
      cost::SchedulePins schedulePins;
      schedulePins.mappingCandidate = candidateIndex;
      if (blocking)
        bridge::addPins(blocking, schedulePins);
      pins.partitions[node.layer.name] = part;
      pins.schedules[node.layer.name] = schedulePins;
      continue;
    }
    cost::PartitionedChoice choice;
    choice.part = part;
    choice.scheme.mappingCandidate = candidateIndex;
    choice.scheme.blocking = bridge::toLoopBlocking(blocking);
    choice.scheme.gbufStored = bridge::toGbufStored(blocking);
    pins.choices[node.layer.name] = choice;
  }
  if (auto input = func::FuncOp(network.func)->getAttrOfType<PartitionAttr>(
          DataflowDialect::kInputPartitionAttrName)) {
    cost::Coord dram = cost::dramRegion(hw).dim;
    auto [h, w] = input.getGrid();
    if (h != dram.h || w != dram.w) {
      func::FuncOp(network.func).emitError() << "'" << DataflowDialect::kInputPartitionAttrName
                               << "' covers " << h << "x" << w
                               << " nodes, but the DRAM region of accelerator @"
                               << AcceleratorOp(network.accelerator).getSymName() << " is " << dram.h << "x"
                               << dram.w;
      ok = false;
    } else {
      pins.input = bridge::toPartitionScheme(input);
    }
  }
  if (!ok)
    return failure();
  return pins;
}

