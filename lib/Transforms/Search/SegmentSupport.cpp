//===- SegmentSupport.cpp - what the pipelining passes share --------------===//

#include "Dataflow/Bridge/PipelineBridge.h"
#include "Dataflow/Transforms/Search/SegmentSupport.h"

#include <algorithm>

using namespace mlir;
using namespace dataflow;

SegmentAttr dataflow::getSegment(Operation *op) {
  return op->getAttrOfType<SegmentAttr>(DataflowDialect::kSegmentAttrName);
}

bool dataflow::isSegmented(const Network &network) {
  return llvm::any_of(network.layers, [](Operation *op) { return bool(getSegment(op)); });
}

SegmentList dataflow::collectSegments(const Network &network) {
  std::map<int64_t, std::map<std::pair<int64_t, int64_t>, std::string>> byIndex;
  for (Operation *op : network.layers)
    if (SegmentAttr s = getSegment(op))
      byIndex[s.getIndex()][{s.getSpatial(), s.getTemporal()}] = dataflow::layerName(op);
  SegmentList list;
  for (const auto &[index, layers] : byIndex) {
    std::vector<std::vector<std::string>> seg;
    for (const auto &[pos, name] : layers) {
      if (size_t(pos.first) >= seg.size())
        seg.resize(size_t(pos.first) + 1);
      seg[size_t(pos.first)].push_back(name);
    }
    list.segments.push_back(std::move(seg));
    list.indices.push_back(index);
  }
  return list;
}

void dataflow::orderProducers(const Network &network, Value value,
                              std::vector<std::string> &out) {
  llvm::SmallVector<Value> work{value};
  llvm::DenseSet<Operation *> seen;
  while (!work.empty()) {
    Operation *def = work.pop_back_val().getDefiningOp();
    if (!def || !seen.insert(def).second)
      continue; // a function argument, or reached already
    if (!llvm::is_contained(network.layers, def)) {
      work.append(def->operand_begin(), def->operand_end());
      continue;
    }
    std::string name = dataflow::layerName(def);
    if (!llvm::is_contained(out, name))
      out.push_back(std::move(name));
  }
}

static std::string regionText(const cost::NodeRegion &r) {
  std::string text = "origin [" + std::to_string(r.origin.h) + ", " +
                     std::to_string(r.origin.w) + "], dims [" + std::to_string(r.dim.h) +
                     ", " + std::to_string(r.dim.w) + "]";
  if (r.folded())
    text += ", fold [" + std::to_string(r.wtot) + ", " + std::to_string(r.wbeg) + "]";
  return text;
}

FailureOr<std::vector<cost::PipelineSegment>>
dataflow::checkSegments(const Network &network, const PartitionedNetwork &pn,
                        const SegmentList &list, const cost::SegmentOptions &options,
                        bool checkRegions) {
  const std::vector<std::string> order = cost::schedulingOrder(pn.graph);
  std::vector<cost::PipelineSegment> out;
  bool ok = true;
  for (auto [i, seg] : llvm::enumerate(list.segments)) {
    std::vector<std::string> flat;
    for (const auto &v : seg)
      flat.insert(flat.end(), v.begin(), v.end());
    Operation *first = pn.opOf.at(flat.front());
    auto start = std::find(order.begin(), order.end(), flat.front());
    size_t at = size_t(start - order.begin());
    for (size_t k = 0; k < flat.size(); ++k)
      if (at + k >= order.size() || order[at + k] != flat[k]) {
        InFlightDiagnostic diag = emitLayerError(first, "starts segment ")
                                  << list.indices[i] << ", whose layers [";
        llvm::interleaveComma(flat, diag);
        diag << "] are not a consecutive run of the network's execution order (";
        if (at + k < order.size())
          diag << "'" << order[at + k] << "' comes after '" << flat[k - 1] << "'";
        else
          diag << "'" << flat[k - 1] << "' is last";
        diag << "); a segment groups consecutive layers (docs/cost-model.md section 6)";
        ok = false;
        break;
      }
    if (!ok)
      continue;
    // docs/cost-model.md section 6 "Order-only dependencies" and "Sliced layers", said
    // before the general rule below.
    for (const std::string &name : flat) {
      const cost::Network::Node *node = pn.graph.find(name);
      for (const std::string &producer : node->after)
        if (llvm::is_contained(flat, producer)) {
          emitLayerError(pn.opOf.at(name), "reads the ofmaps of '")
              << producer << "' from DRAM (a matmul's rhs), but both are in segment "
              << list.indices[i] << "; a segment keeps its fmaps on chip, so '" << producer
              << "' must run in an earlier segment (docs/cost-model.md section 6)";
          ok = false;
        }
      if (flat.size() > 1 && node->layer.isSliced()) {
        emitLayerError(pn.opOf.at(name), "is a dilated or 3-D layer in segment ")
            << list.indices[i] << " with " << flat.size() - 1
            << " other layer(s); such a layer runs in a segment of its own "
               "(docs/cost-model.md section 6)";
        ok = false;
      }
    }
    if (!ok)
      continue;
    std::optional<cost::PipelineSegment> built =
        cost::makeSegment(pn.graph, seg, network.hardware, options);
    if (!built) {
      InFlightDiagnostic diag = emitLayerError(first, "starts segment ")
                                << list.indices[i] << " [";
      llvm::interleaveComma(flat, diag);
      diag << "], which is not a valid pipeline segment on accelerator @"
           << AcceleratorOp(network.accelerator).getSymName()
           << ": its on-chip dependencies or its node allocation break the rules of "
              "docs/cost-model.md section 6"
           << (options.basicOnly ? " (with basic pipelining only)" : "");
      ok = false;
      continue;
    }
    if (checkRegions)
      for (size_t s = 0; s < seg.size(); ++s)
        for (size_t t = 0; t < seg[s].size(); ++t) {
          Operation *op = pn.opOf.at(seg[s][t]);
          cost::NodeRegion given = bridge::toNodeRegion(getSegment(op));
          const cost::NodeRegion &alloc = built->alloc[s][t].proc;
          if (given == alloc)
            continue;
          emitLayerError(op, "runs on the region ")
              << regionText(given) << ", but the section 6 allocation of segment "
              << list.indices[i] << " gives it " << regionText(alloc);
          ok = false;
        }
    out.push_back(std::move(*built));
  }
  if (!ok)
    return failure();
  return out;
}

InFlightDiagnostic dataflow::emitNetworkError(const Network &network,
                                              const PartitionedNetwork &pn,
                                              const cost::Status &status) {
  StringRef message = status.message();
  StringRef rest;
  if (Operation *op = layerOf(pn, status, &rest))
    return emitLayerError(op, "fits no pipelined schedule on accelerator @")
           << AcceleratorOp(network.accelerator).getSymName() << ":" << rest;
  func::FuncOp func = network.func;
  return func.emitError() << "network @" << func.getSymName()
                          << " has no pipelined schedule on accelerator @"
                          << AcceleratorOp(network.accelerator).getSymName() << ": "
                          << message;
}

LogicalResult dataflow::writePipelinedSchedule(const Network &network, const PartitionedNetwork &pn,
                                      const cost::PipelinedSchedule &schedule,
                                      const cost::PartitionOptions &options, bool costOnly) {
  cost::NetworkSchedule layers;
  layers.order = schedule.order;
  layers.layers = schedule.layers;
  layers.inputPart = schedule.inputPart;
  if (failed(writeNetworkSchedule(network, pn, layers, options, costOnly)))
    return failure();
  MLIRContext *context = func::FuncOp(network.func).getContext();
  if (!costOnly)
    for (const auto &[name, seq] : schedule.schedSeq)
      pn.opOf.at(name)->setAttr(
          DataflowDialect::kSegmentAttrName,
          bridge::toSegmentAttr(context, seq[0], schedule.segments[size_t(seq[0])], seq[1],
                                seq[2]));
  func::FuncOp(network.func)
      ->setAttr(DataflowDialect::kPipelineAttrName, bridge::toPipelineAttr(context, schedule));
  return success();
}
