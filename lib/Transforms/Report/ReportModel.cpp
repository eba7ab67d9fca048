//===- ReportModel.cpp - the report's model of the scheduled networks -----===//
//
// Reads the schedule attributes of every scheduled network. The only arithmetic is the
// network totals, plain sums in layer order (nn_dataflow: a network's cost is the sum of
// its layers' costs, its time on one node the sum of their times). A network in pipeline
// segments takes its energy, static energy and time from dataflow.pipeline (TANGRAM §6).
//
//===----------------------------------------------------------------------===//

#include "ReportModel.h"

#include "Dataflow/IR/BoundNetworks.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "llvm/Support/MathExtras.h"

#include <limits>
#include <map>

using namespace mlir;
using namespace dataflow;
using namespace dataflow::report;

Figures report::figuresOf(CostAttr cost) {
  Figures f;
  f.energy = cost.getEnergy().convertToDouble();
  const APFloat components[] = {cost.getMac(),  cost.getRegf(), cost.getItcn(),
                                cost.getGbuf(), cost.getDram(), cost.getNoc(),
                                cost.getStaticEnergy()};
  for (auto [i, c] : llvm::enumerate(components))
    f.components[i] = c.convertToDouble();
  f.cycles = cost.getCycles();
  f.procCycles = cost.getProcCycles();
  f.busCycles = cost.getBusCycles();
  f.dramCycles = cost.getDramCycles();
  f.ops = cost.getOps().convertToDouble();
  const ArrayRef<APFloat> access[] = {cost.getDramAccess(), cost.getGbufAccess(),
                                      cost.getItcnAccess(), cost.getRegfAccess()};
  for (auto [level, values] : llvm::enumerate(access))
    for (auto [d, v] : llvm::enumerate(values))
      if (d < 3) // the verifier guarantees exactly three
        f.access[level][d] = v.convertToDouble();
  return f;
}

bool report::accumulate(Figures &total, const Figures &layer) {
  total.energy += layer.energy;
  for (size_t i = 0; i < kNumComponents; ++i)
    total.components[i] += layer.components[i];
  total.ops += layer.ops;
  for (size_t level = 0; level < kNumLevels; ++level)
    for (int d = 0; d < 3; ++d)
      total.access[level][d] += layer.access[level][d];
  bool overflow = false;
  for (auto [sum, add] : {std::pair{&total.cycles, layer.cycles},
                          std::pair{&total.procCycles, layer.procCycles},
                          std::pair{&total.busCycles, layer.busCycles},
                          std::pair{&total.dramCycles, layer.dramCycles}})
    overflow |= llvm::AddOverflow(*sum, add, *sum);
  return !overflow;
}

Coverage report::coverageOf(Operation *func) {
  Coverage c;
  for (LayerOpInterface layer : computeLayersOf(func)) {
    std::optional<int64_t> macs = layer.getMacCount();
    int64_t add = macs ? *macs : std::numeric_limits<int64_t>::max();
    if (llvm::AddOverflow(c.scheduledMacs, add, c.scheduledMacs))
      c.scheduledMacs = std::numeric_limits<int64_t>::max();
  }
  auto dict = func->getAttrOfType<DictionaryAttr>(DataflowDialect::kCoverageAttrName);
  if (!dict)
    return c; // the verifier checked the fields below
  c.modelMacs = dict.getAs<IntegerAttr>("model_macs").getInt();
  for (Attribute entry : dict.getAs<ArrayAttr>("left_out")) {
    auto d = cast<DictionaryAttr>(entry);
    c.leftOut.push_back({d.getAs<StringAttr>("name").str(), d.getAs<StringAttr>("op").str(),
                         d.getAs<StringAttr>("reason").str(),
                         d.getAs<IntegerAttr>("macs").getInt()});
  }
  return c;
}

FailureOr<std::vector<NetworkEntry>> report::collectNetworks(ModuleOp module) {
  std::vector<NetworkEntry> networks;
  bool failed = false;
  for (BoundNetwork &bound : networksOf(module)) {
    func::FuncOp func = bound.func;
    AcceleratorOp accelerator = bound.accelerator;
    if (!accelerator)
      continue; // no binding (an unknown one the binding verifier rejects first)
    NetworkEntry network{func.getSymName().str(), accelerator, unitsOf(accelerator), {}, {},
                         func->getAttrOfType<PipelineAttr>("dataflow.pipeline")};
    network.coverage = coverageOf(func);
    if (accelerator.isSystolic()) {
      bool everyEnergy = true;
      for (LayerOpInterface layer : bound.layers) {
        Operation *op = layer;
        std::string name = dataflow::layerName(op);
        // Layers without multiply-accumulates (pool, eltwise, activation, norm, softmax)
        // do not run on the array: the systolic model prices its GEMMs only.
        if (layer.getMacCount() == 0)
          continue;
        auto schedule = op->getAttrOfType<SystolicScheduleAttr>("dataflow.systolic");
        if (!schedule) {
          op->emitError() << "layer '" << name << "' has no dataflow.systolic: run "
                          << "dataflow-schedule (or dataflow-schedule-systolic) first";
          failed = true;
          continue;
        }
        // Sums in layer order, as the Eyeriss totals (one array runs one layer at a time).
        network.systolicCycles += schedule.getCycles().convertToDouble();
        network.systolicTransfer += schedule.getTransfer().convertToDouble();
        network.systolicLayers.push_back({name, op->getName().stripDialect(), schedule});
        // The energy dataflow-schedule-systolic wrote (the report prices nothing).
        if (FloatAttr energy = schedule.getEnergy())
          network.systolicEnergy = network.systolicEnergy.value_or(0.0) +
                                   energy.getValueAsDouble();
        else
          everyEnergy = false;
      }
      if (!everyEnergy)
        network.systolicEnergy.reset();
      if (!network.systolicLayers.empty())
        networks.push_back(std::move(network));
      continue;
    }
    for (Operation *op : bound.layers) {
      std::string name = dataflow::layerName(op);
      auto cost = op->getAttrOfType<CostAttr>("dataflow.cost");
      if (!cost) {
        op->emitError() << "layer '" << name
                        << "' has no cost: run dataflow-schedule (or dataflow-cost) first";
        failed = true;
        continue;
      }
      LayerEntry layer{name,
                       op->getName().stripDialect(),
                       figuresOf(cost),
                       cost.getUtilization().convertToDouble(),
                       op->getAttrOfType<MappingAttr>("dataflow.mapping"),
                       op->getAttrOfType<BlockingAttr>("dataflow.blocking"),
                       op->getAttrOfType<PartitionAttr>("dataflow.partition"),
                       op->getAttrOfType<NocAttr>("dataflow.noc"),
                       op->getAttrOfType<SegmentAttr>("dataflow.segment"),
                       op->getAttrOfType<DirectivesAttr>("dataflow.directives"),
                       op->getAttrOfType<LoopTilingAttr>("dataflow.loop_tiling"),
                       op->hasAttr(DataflowDialect::kSearchIncompleteAttrName)};
      if (!accumulate(network.totals, layer.figures)) {
        op->emitError() << "layer '" << name << "': the network's total cycles overflow "
                        << "a 64-bit count";
        failed = true;
      }
      network.layers.push_back(std::move(layer));
    }
    if (PipelineAttr p = network.pipeline) {
      // §6: the pipelined time and the static energy re-based on it.
      network.totals.energy = p.getEnergy().convertToDouble();
      network.totals.components[kNumComponents - 1] = p.getStaticEnergy().convertToDouble();
      network.totals.cycles = p.getTime();
    }
    if (!network.layers.empty())
      networks.push_back(std::move(network));
  }
  if (failed)
    return failure();
  return networks;
}

std::vector<SegmentSummary> report::summarise(const NetworkEntry &network) {
  std::map<int64_t, std::map<std::pair<int64_t, int64_t>, const LayerEntry *>> byIndex;
  for (const LayerEntry &layer : network.layers)
    if (layer.segment)
      byIndex[layer.segment.getIndex()][{layer.segment.getSpatial(),
                                         layer.segment.getTemporal()}] = &layer;
  std::vector<SegmentSummary> out;
  ArrayRef<int64_t> times = network.pipeline.getSegmentTimes();
  ArrayRef<int64_t> critical = network.pipeline.getCriticalTimes();
  for (const auto &[index, layers] : byIndex) {
    SegmentSummary s;
    s.index = index;
    s.kind = layers.begin()->second->segment.getKind();
    // The verifier ties the times to the segments, numbered 0..n-1.
    if (size_t(index) < times.size()) {
      s.time = times[size_t(index)];
      s.criticalTime = critical[size_t(index)];
    }
    for (const auto &[pos, layer] : layers)
      s.layers.push_back(layer);
    out.push_back(std::move(s));
  }
  return out;
}
