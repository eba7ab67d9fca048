//===- Report.cpp - the schedule report: JSON for tools, a table for people ===//
//
// Reads the schedule attributes of every scheduled network and writes them out, either
// as versioned JSON (docs/report-schema.md) or as a per-layer table. Nothing is priced
// here (architecture.md rule 2): the only arithmetic is the network totals, plain sums
// in layer order (nn_dataflow: a network's cost is the sum of its layers' costs, its
// time on one node the sum of their times). A network in pipeline segments takes its
// energy, static energy and time from dataflow.pipeline (docs/cost-model.md §6).
//
//===----------------------------------------------------------------------===//

#include "Dataflow/Bridge/CostModelBridge.h"
#include "Dataflow/IR/DataflowAttrs.h"
#include "Dataflow/IR/DataflowOps.h"
#include "Dataflow/IR/KeyedSyntax.h"
#include "Dataflow/Transforms/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/SymbolTable.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MathExtras.h"
#include "llvm/Support/ToolOutputFile.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>

namespace dataflow {
#define GEN_PASS_DEF_REPORTPASS
#include "Dataflow/Transforms/Passes.h.inc"
} // namespace dataflow

using namespace mlir;
using namespace dataflow;
namespace json = llvm::json;

namespace {

/// Bump when an existing reader could be misled (docs/report-schema.md, "Versioning").
constexpr int64_t kSchemaVersion = 1;

constexpr StringRef kLoopNames[] = {"I", "O", "B"};
constexpr StringRef kDataNames[] = {"fil", "ifm", "ofm"};
constexpr StringRef kComponents[] = {"mac", "regf", "itcn", "gbuf", "dram", "noc", "static"};
constexpr StringRef kLevels[] = {"dram", "gbuf", "itcn", "regf"};
constexpr size_t kNumComponents = std::size(kComponents);
constexpr size_t kNumLevels = std::size(kLevels);

/// The figures of one layer or, summed, of a network.
struct Figures {
  double energy = 0;
  double components[kNumComponents] = {}; ///< in kComponents order
  int64_t cycles = 0, procCycles = 0, busCycles = 0, dramCycles = 0;
  double ops = 0;
  double access[kNumLevels][3] = {}; ///< [level in kLevels order][fil, ifm, ofm]
};

Figures figuresOf(CostAttr cost) {
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

/// total += layer, figure by figure; false when a cycle count overflows int64.
bool accumulate(Figures &total, const Figures &layer) {
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

struct LayerEntry {
  std::string name;
  StringRef kind;
  Figures figures;
  double utilization = 0;
  MappingAttr mapping;   ///< null when absent
  BlockingAttr blocking; ///< null when absent
  PartitionAttr partition; ///< null when absent (multi-node accelerators)
  NocAttr noc;             ///< null when absent
  SegmentAttr segment;     ///< null when absent (inter-layer pipelining)
  DirectivesAttr directives; ///< null when absent (MAESTRO mappings)
  LoopTilingAttr loopTiling; ///< null when absent (dMazeRunner mappings)
  bool searchIncomplete = false; ///< dataflow.search_incomplete: a time limit cut the search
};

/// A layer on a systolic accelerator: its `dataflow.systolic`.
struct SystolicEntry {
  std::string name;
  StringRef kind;
  SystolicScheduleAttr schedule;
};

struct NetworkEntry {
  std::string name;
  AcceleratorOp accelerator;
  std::vector<LayerEntry> layers;
  Figures totals;
  PipelineAttr pipeline; ///< null unless the network is in pipeline segments
  /// Systolic accelerators: the priced layers and their summed cycles and DRAM words.
  std::vector<SystolicEntry> systolicLayers;
  double systolicCycles = 0, systolicTransfer = 0;
};

bool isLayer(Operation *op) {
  return isa<ConvOp, DeconvOp, FCOp, MatmulOp, PoolOp, EltwiseOp>(op);
}

/// Every function bound to an accelerator that holds at least one layer, its layers in
/// program order. A layer without a cost is an error on that layer (all are reported).
FailureOr<std::vector<NetworkEntry>> collectNetworks(ModuleOp module) {
  std::vector<NetworkEntry> networks;
  bool failed = false;
  module.walk([&](func::FuncOp func) {
    AcceleratorOp accelerator = AcceleratorOp::boundTo(func);
    if (!accelerator)
      return; // no binding (an unknown one the binding verifier rejects first)
    NetworkEntry network{func.getSymName().str(), accelerator, {}, {},
                         func->getAttrOfType<PipelineAttr>("dataflow.pipeline")};
    if (accelerator.isSystolic()) {
      func.walk<WalkOrder::PreOrder>([&](Operation *op) {
        if (!isLayer(op))
          return;
        std::string name = bridge::layerName(op);
        cost::Result<std::optional<cost::SystolicLayer>> priced = bridge::toSystolicLayer(op);
        if (priced && !priced.value())
          return; // pool, eltwise: not priced on the array
        auto schedule = op->getAttrOfType<SystolicScheduleAttr>("dataflow.systolic");
        if (!schedule) {
          op->emitError() << "layer '" << name << "' has no dataflow.systolic: run "
                          << "dataflow-schedule (or dataflow-schedule-systolic) first";
          failed = true;
          return;
        }
        // Sums in layer order, as the Eyeriss totals (one array runs one layer at a time).
        network.systolicCycles += schedule.getCycles().convertToDouble();
        network.systolicTransfer += schedule.getTransfer().convertToDouble();
        network.systolicLayers.push_back({name, op->getName().stripDialect(), schedule});
      });
      if (!network.systolicLayers.empty())
        networks.push_back(std::move(network));
      return;
    }
    func.walk<WalkOrder::PreOrder>([&](Operation *op) {
      if (!isLayer(op))
        return;
      std::string name = bridge::layerName(op);
      auto cost = op->getAttrOfType<CostAttr>("dataflow.cost");
      if (!cost) {
        op->emitError() << "layer '" << name
                        << "' has no cost: run dataflow-schedule (or dataflow-cost) first";
        failed = true;
        return;
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
    });
    if (PipelineAttr p = network.pipeline) {
      // §6: the pipelined time and the static energy re-based on it.
      network.totals.energy = p.getEnergy().convertToDouble();
      network.totals.components[kNumComponents - 1] = p.getStaticEnergy().convertToDouble();
      network.totals.cycles = p.getTime();
    }
    if (!network.layers.empty())
      networks.push_back(std::move(network));
  });
  if (failed)
    return failure();
  return networks;
}

//===----------------------------------------------------------------------===//
// JSON
//===----------------------------------------------------------------------===//

/// Shortest decimal that reads back as exactly `v` (as in the IR); null if not finite,
/// which verified attributes never are.
std::string jsonNumber(double v) {
  return std::isfinite(v) ? formatExactDouble(v) : std::string("null");
}

void number(json::OStream &j, StringRef key, double v) {
  j.attributeBegin(key);
  j.rawValue(jsonNumber(v));
  j.attributeEnd();
}

/// Short arrays stay on one line: `[1.0, 2.0, 3.0]`.
void inlineArray(json::OStream &j, StringRef key, ArrayRef<std::string> items) {
  j.attributeBegin(key);
  j.rawValue([&](raw_ostream &os) {
    os << '[';
    llvm::interleave(items, os, ", ");
    os << ']';
  });
  j.attributeEnd();
}

void intArray(json::OStream &j, StringRef key, ArrayRef<int64_t> values) {
  SmallVector<std::string> items;
  for (int64_t v : values)
    items.push_back(std::to_string(v));
  inlineArray(j, key, items);
}

void writeFigures(json::OStream &j, const Figures &f) {
  number(j, "energy", f.energy);
  j.attribute("time", f.cycles);
  for (auto [name, value] : llvm::zip(kComponents, f.components))
    number(j, name, value);
  j.attribute("proc_cycles", f.procCycles);
  j.attribute("bus_cycles", f.busCycles);
  j.attribute("dram_cycles", f.dramCycles);
  number(j, "ops", f.ops);
}

void writeAccesses(json::OStream &j, const Figures &f) {
  j.attributeObject("accesses", [&] {
    for (auto [level, name] : llvm::enumerate(kLevels)) {
      SmallVector<std::string> items;
      for (double v : f.access[level])
        items.push_back(jsonNumber(v));
      inlineArray(j, name, items);
    }
  });
}

void writeSystolicAccelerator(json::OStream &j, AcceleratorOp accel) {
  j.attributeObject("accelerator", [&] {
    j.attribute("name", accel.getSymName());
    j.attribute("kind", "systolic");
    j.attribute("array_size", accel.arraySize());
    j.attribute("buffer_bytes", accel.bufferBytes());
    if (std::optional<ArrayRef<double>> fractions = accel.getPartition()) {
      SmallVector<std::string> items;
      for (double v : *fractions)
        items.push_back(jsonNumber(v));
      inlineArray(j, "partition", items);
    } else {
      j.attribute("partition", "searched");
    }
    number(j, "bandwidth_gbs", accel.getBandwidthGbsAttr().getValueAsDouble());
    number(j, "clock_ghz", accel.getClockGhzAttr().getValueAsDouble());
    j.attribute("word_bits", accel.wordBits());
    j.attribute("dataflow", stringifySystolicDataflowKind(*accel.getDataflow()));
  });
}

void writeAccelerator(json::OStream &j, AcceleratorOp accel) {
  if (accel.isSystolic())
    return writeSystolicAccelerator(j, accel);
  j.attributeObject("accelerator", [&] {
    j.attribute("name", accel.getSymName());
    intArray(j, "nodes", *accel.getNodes());
    intArray(j, "pe_array", *accel.getPeArray());
    j.attribute("regf_bytes", accel.regfBytes());
    j.attribute("gbuf_bytes", accel.gbufBytes());
    j.attribute("word_bits", accel.wordBits());
    j.attribute("memory", stringifyMemoryType(*accel.getMemory()));
    if (std::optional<APFloat> bw = accel.getDramBandwidth())
      number(j, "dram_bandwidth", bw->convertToDouble());
    else
      j.attribute("dram_bandwidth", nullptr);
    if (IntegerAttr bus = accel.getBusWidthAttr())
      j.attribute("bus_width", bus.getInt());
    else
      j.attribute("bus_width", nullptr);
    EnergyAttr e = accel.getEnergyAttr();
    j.attributeObject("energy", [&] {
      const std::pair<StringRef, APFloat> fields[] = {
          {"mac", e.getMac()},   {"regf", e.getRegf()}, {"itcn", e.getItcn()},
          {"gbuf", e.getGbuf()}, {"dram", e.getDram()}, {"noc_hop", e.getNocHop()},
          {"static_per_cycle", e.getStaticPerCycle()}};
      for (const auto &[name, value] : fields)
        number(j, name, value.convertToDouble());
    });
  });
}

/// The layer's split over the node grid (null on layers without one).
void writePartition(json::OStream &j, PartitionAttr p) {
  if (!p) {
    j.attribute("partition", nullptr);
    return;
  }
  constexpr StringRef kPartTypes[] = {"outp", "ofmp", "batp", "inpp"};
  j.attributeObject("partition", [&] {
    SmallVector<std::string> order;
    for (int64_t t : p.getOrder())
      order.push_back(("\"" + kPartTypes[t] + "\"").str());
    inlineArray(j, "order", order);
    for (int t = 0; t < 4; ++t)
      intArray(j, kPartTypes[t], p.getDims(t));
    j.attribute("access_forwarding", p.getAccessForwarding());
    j.attribute("buffer_sharing", p.getBufferSharing());
  });
}

/// NoC hops per category [fil, ifm, ofm] (null on layers without them).
void writeNoc(json::OStream &j, NocAttr noc) {
  if (!noc) {
    j.attribute("noc_hops", nullptr);
    return;
  }
  j.attributeObject("noc_hops", [&] {
    const std::pair<StringRef, ArrayRef<APFloat>> lists[] = {
        {"unit_hops", noc.getUnitHops()},   {"mem_hops", noc.getMemHops()},
        {"node_hops", noc.getNodeHops()},   {"total_hops", noc.getTotalHops()},
        {"access_divisor", noc.getAccessDivisor()}};
    for (auto [name, values] : lists) {
      SmallVector<std::string> items;
      for (const APFloat &v : values)
        items.push_back(jsonNumber(v.convertToDouble()));
      inlineArray(j, name, items);
    }
  });
}

/// The seed tools' mappings (docs/ir-reference.md, "Imported mappings"), written only on
/// layers that carry one: MAESTRO's directives in order, a dMazeRunner tiling.
void writeImportedMapping(json::OStream &j, const LayerEntry &layer) {
  if (DirectivesAttr d = layer.directives) {
    constexpr StringRef kKinds[] = {"TemporalMap", "SpatialMap", "Cluster"};
    j.attributeArray("directives", [&] {
      for (size_t i = 0; i < d.size(); ++i)
        j.object([&] {
          j.attribute("kind", kKinds[d.getKinds()[i]]);
          j.attribute("size", d.getSizes()[i]);
          if (d.getKinds()[i] == DirectivesAttr::Cluster) {
            j.attribute("type", d.getOffsets()[i] ? "L" : "P");
            return;
          }
          j.attribute("offset", d.getOffsets()[i]);
          j.attribute("dim", DirectivesAttr::getDimNames()[d.getDims()[i]]);
        });
    });
  }
  if (LoopTilingAttr t = layer.loopTiling) {
    ArrayRef<StringRef> names = LoopTilingAttr::getLoopNames(t.getDram().size());
    auto nameList = [&](ArrayRef<int64_t> loops) {
      SmallVector<std::string> items;
      for (int64_t l : loops)
        items.push_back(("\"" + names[l] + "\"").str());
      return items;
    };
    j.attributeObject("loop_tiling", [&] {
      SmallVector<int64_t> all;
      for (size_t l = 0; l < names.size(); ++l)
        all.push_back(static_cast<int64_t>(l));
      inlineArray(j, "loops", nameList(all));
      const std::pair<StringRef, ArrayRef<int64_t>> levels[] = {
          {"dram", t.getDram()}, {"spm", t.getSpm()}, {"rf", t.getRf()}, {"spatial", t.getSpatial()}};
      for (auto [name, factors] : levels)
        intArray(j, name, factors);
      inlineArray(j, "dram_order", nameList(t.getDramOrder()));
      inlineArray(j, "spm_order", nameList(t.getSpmOrder()));
    });
  }
}

void writeSchedule(json::OStream &j, const LayerEntry &layer) {
  j.attributeObject("schedule", [&] {
    writePartition(j, layer.partition);
    if (MappingAttr m = layer.mapping) {
      j.attributeObject("mapping", [&] {
        j.attribute("strategy", stringifyMappingStrategy(m.getStrategy()));
        intArray(j, "fold", m.getFold());
        intArray(j, "repl", m.getRepl());
        j.attribute("ifmaps", m.getIfmaps());
        j.attribute("ofmaps", m.getOfmaps());
      });
    } else {
      j.attribute("mapping", nullptr);
    }
    writeImportedMapping(j, layer);
    BlockingAttr b = layer.blocking;
    if (!b) {
      j.attribute("blocking", nullptr);
      return;
    }
    j.attributeObject("blocking", [&] {
      const std::pair<StringRef, ArrayRef<int64_t>> factors[] = {
          {"dram", b.getDram()}, {"gbuf", b.getGbuf()}, {"regf", b.getRegf()}};
      for (auto [name, values] : factors) {
        SmallVector<std::string> items; // 0 = still free (`?` in the IR) -> null
        for (int64_t v : values)
          items.push_back(v ? std::to_string(v) : std::string("null"));
        inlineArray(j, name, items);
      }
      const std::pair<StringRef, ArrayRef<int64_t>> orders[] = {
          {"dram_order", b.getDramOrder()}, {"gbuf_order", b.getGbufOrder()}};
      for (auto [name, order] : orders) {
        if (order.empty()) {
          j.attribute(name, nullptr);
          continue;
        }
        SmallVector<std::string> items;
        for (int64_t l : order)
          items.push_back(("\"" + kLoopNames[l] + "\"").str());
        inlineArray(j, name, items);
      }
      if (!b.hasBypass()) {
        j.attribute("bypass", nullptr);
        return;
      }
      SmallVector<std::string> items;
      for (int d = 0; d < 3; ++d)
        if (b.bypasses(d))
          items.push_back(("\"" + kDataNames[d] + "\"").str());
      inlineArray(j, "bypass", items);
    });
  });
}

/// The layer's pipeline segment and node region (null outside inter-layer pipelining).
void writeSegment(json::OStream &j, SegmentAttr s) {
  if (!s) {
    j.attribute("segment", nullptr);
    return;
  }
  j.attributeObject("segment", [&] {
    j.attribute("index", s.getIndex());
    j.attribute("kind", stringifySegmentKind(s.getKind()));
    j.attribute("spatial", s.getSpatial());
    j.attribute("temporal", s.getTemporal());
    intArray(j, "origin", s.getOrigin());
    intArray(j, "dims", s.getDims());
    if (s.getFold().empty())
      j.attribute("fold", nullptr);
    else
      intArray(j, "fold", s.getFold());
    SmallVector<std::string> nodes;
    for (auto [h, w] : s.getNodes())
      nodes.push_back("[" + std::to_string(h) + ", " + std::to_string(w) + "]");
    inlineArray(j, "nodes", nodes);
  });
}

/// Segments in index order with their kind, times and layers (spatial, then temporal).
struct SegmentSummary {
  int64_t index = 0;
  SegmentKind kind = SegmentKind::single;
  int64_t time = 0, criticalTime = 0;
  std::vector<const LayerEntry *> layers;
};

std::vector<SegmentSummary> summarise(const NetworkEntry &network) {
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

void writePipeline(json::OStream &j, const NetworkEntry &network) {
  PipelineAttr p = network.pipeline;
  if (!p) {
    j.attribute("pipeline", nullptr);
    return;
  }
  j.attributeObject("pipeline", [&] {
    number(j, "energy", p.getEnergy().convertToDouble());
    number(j, "static", p.getStaticEnergy().convertToDouble());
    j.attribute("time", p.getTime());
    j.attributeArray("segments", [&] {
      for (const SegmentSummary &s : summarise(network))
        j.object([&] {
          j.attribute("index", s.index);
          j.attribute("kind", stringifySegmentKind(s.kind));
          j.attribute("time", s.time);
          j.attribute("critical_time", s.criticalTime);
          j.attributeArray("layers", [&] {
            for (const LayerEntry *l : s.layers)
              j.value(l->name);
          });
        });
    });
  });
}

void writeLayers(json::OStream &j, ArrayRef<LayerEntry> layers) {
  j.attributeArray("layers", [&] {
    for (const LayerEntry &layer : layers)
      j.object([&] {
        j.attribute("name", layer.name);
        j.attribute("kind", layer.kind);
        writeFigures(j, layer.figures);
        number(j, "utilization", layer.utilization);
        writeAccesses(j, layer.figures);
        writeNoc(j, layer.noc);
        writeSegment(j, layer.segment);
        writeSchedule(j, layer);
        // Only when set, so reports of complete searches keep their exact text.
        if (layer.searchIncomplete)
          j.attribute("search_incomplete", true);
      });
  });
}

void writeTotals(json::OStream &j, const Figures &totals) {
  j.attributeObject("totals", [&] {
    writeFigures(j, totals);
    writeAccesses(j, totals);
  });
}

/// A systolic network's figures: `systolic_totals` and `systolic_layers`.
void writeSystolic(json::OStream &j, const NetworkEntry &network) {
  j.attributeObject("systolic_totals", [&] {
    number(j, "cycles", network.systolicCycles);
    number(j, "transfer", network.systolicTransfer);
  });
  j.attributeArray("systolic_layers", [&] {
    for (const SystolicEntry &layer : network.systolicLayers)
      j.object([&] {
        SystolicScheduleAttr s = layer.schedule;
        j.attribute("name", layer.name);
        j.attribute("kind", layer.kind);
        j.attribute("method", stringifySystolicMethodKind(s.getMethod()));
        j.attribute("order", stringifySystolicOrderKind(s.getOrder()));
        j.attribute("channel_splits", s.getChannelSplits());
        intArray(j, "spatial_splits", s.getSpatialSplits());
        SmallVector<std::string> buffer;
        for (const APFloat &v : s.getBuffer())
          buffer.push_back(jsonNumber(v.convertToDouble()));
        inlineArray(j, "buffer", buffer);
        j.attribute("fill_drain", s.getFillDrain());
        number(j, "cycles", s.getCycles().convertToDouble());
        number(j, "compute_cycles", s.getComputeCycles().convertToDouble());
        number(j, "memory_cycles", s.getMemoryCycles().convertToDouble());
        number(j, "transfer", s.getTransfer().convertToDouble());
        number(j, "utilization", s.getUtilization().convertToDouble());
      });
  });
}

/// `totals` and `layers` (Eyeriss), or `systolic_totals` and `systolic_layers` with an
/// empty `layers`.
/// `withPipeline`: also `pipeline` (null unless pipelined; always null on a systolic network).
void writeNetworkFigures(json::OStream &j, const NetworkEntry &network, bool withPipeline) {
  if (AcceleratorOp(network.accelerator).isSystolic()) {
    writeSystolic(j, network);
    if (withPipeline)
      j.attribute("pipeline", nullptr);
    j.attributeArray("layers", [] {});
    return;
  }
  writeTotals(j, network.totals);
  if (withPipeline)
    writePipeline(j, network);
  writeLayers(j, network.layers);
}

void writeJson(raw_ostream &os, ArrayRef<NetworkEntry> networks, double searchSeconds) {
  json::OStream j(os, /*IndentSize=*/2);
  j.object([&] {
    j.attribute("schema_version", kSchemaVersion);
    j.attribute("tool", "dataflow-opt");
    number(j, "search_seconds", searchSeconds);
    // The first network again at the top level, for readers of a one-network report.
    writeNetworkFigures(j, networks.front(), /*withPipeline=*/false);
    j.attributeArray("networks", [&] {
      for (const NetworkEntry &network : networks)
        j.object([&] {
          j.attribute("name", network.name);
          writeAccelerator(j, network.accelerator);
          writeNetworkFigures(j, network, /*withPipeline=*/true);
        });
    });
  });
  os << '\n';
}

//===----------------------------------------------------------------------===//
// Table
//===----------------------------------------------------------------------===//

/// Engineering notation, 4 significant digits, exponent a multiple of 3:
/// 5578247424 -> "5.578e9", 0.000123 -> "123.0e-6", 42 -> "42.00".
std::string eng(double v) {
  if (v == 0)
    return "0";
  if (!std::isfinite(v))
    return std::isnan(v) ? "nan" : v > 0 ? "inf" : "-inf";
  int exponent = static_cast<int>(std::floor(std::log10(std::fabs(v))));
  int e3 = exponent >= 0 ? exponent / 3 * 3 : -((-exponent + 2) / 3 * 3);
  auto format = [](double m) {
    double a = std::fabs(m);
    int decimals = a < 10 ? 3 : a < 100 ? 2 : 1;
    char buffer[32];
    std::snprintf(buffer, sizeof(buffer), "%.*f", decimals, m);
    return std::string(buffer);
  };
  std::string mantissa = format(v / std::pow(10.0, e3));
  if (std::fabs(std::strtod(mantissa.c_str(), nullptr)) >= 1000) { // 999.96 rounds up
    e3 += 3;
    mantissa = format(v / std::pow(10.0, e3));
  }
  return e3 ? mantissa + "e" + std::to_string(e3) : mantissa;
}

/// Cycle counts: whole below 1000, engineering notation above.
std::string cycles(int64_t v) {
  return v < 1000 && v > -1000 ? std::to_string(v) : eng(static_cast<double>(v));
}

std::string percent(double fraction) {
  char buffer[32];
  std::snprintf(buffer, sizeof(buffer), "%.1f", 100 * fraction);
  return std::string(buffer);
}

std::string pair(ArrayRef<int64_t> v) {
  return v.size() == 2 ? std::to_string(v[0]) + "x" + std::to_string(v[1]) : "?";
}

/// `1,3,64:IBO`: the factors of loops I,O,B (? = free), then the loop order outermost
/// first when given.
std::string level(ArrayRef<int64_t> factors, ArrayRef<int64_t> order) {
  std::string text;
  for (auto [i, f] : llvm::enumerate(factors))
    text += (i ? "," : "") + (f ? std::to_string(f) : std::string("?"));
  if (!order.empty()) {
    text += ':';
    for (int64_t l : order)
      text += kLoopNames[l];
  }
  return text;
}

/// `ifm,ofm`, `-` for none, `?` while undecided.
std::string bypassList(BlockingAttr b) {
  if (!b.hasBypass())
    return "?";
  std::string text;
  for (int d = 0; d < 3; ++d)
    if (b.bypasses(d))
      text += (text.empty() ? "" : ",") + kDataNames[d].str();
  return text.empty() ? "-" : text;
}

/// `outp1x2/ofmp2x1`: the non-trivial partition types outermost first (`1x1` for the
/// trivial partition), `+af` / `+bs` when costed with access forwarding / buffer sharing;
/// `-` without a partition.
std::string partitionText(PartitionAttr p) {
  if (!p)
    return "-";
  constexpr StringRef kPartTypes[] = {"outp", "ofmp", "batp", "inpp"};
  std::string text;
  for (int64_t t : p.getOrder())
    if (p.getDims(t)[0] * p.getDims(t)[1] > 1)
      text += (text.empty() ? "" : "/") + kPartTypes[t].str() + pair(p.getDims(t));
  if (text.empty())
    text = "1x1";
  if (p.getAccessForwarding())
    text += "+af";
  if (p.getBufferSharing())
    text += "+bs";
  return text;
}

/// Rows of cells; the columns marked left-aligned are text, the others numbers.
void printColumns(raw_ostream &os, ArrayRef<SmallVector<std::string>> rows,
                  ArrayRef<bool> leftAligned, size_t ruleBefore) {
  SmallVector<size_t> widths(leftAligned.size(), 0);
  for (const auto &row : rows)
    for (auto [i, cell] : llvm::enumerate(row))
      if (i < widths.size())
        widths[i] = std::max(widths[i], cell.size());
  size_t total = 0;
  for (size_t w : widths)
    total += w + 2;
  for (auto [r, row] : llvm::enumerate(rows)) {
    if (r == ruleBefore)
      os << std::string(total - 2, '-') << '\n';
    std::string line;
    for (auto [i, cell] : llvm::enumerate(row)) {
      if (i >= widths.size())
        break;
      std::string pad(widths[i] - cell.size(), ' ');
      line += (i ? "  " : "") + (leftAligned[i] ? cell + pad : pad + cell);
    }
    os << StringRef(line).rtrim() << '\n';
  }
}

/// A systolic network: per layer the search, tiling, cycles and DRAM words.
void writeSystolicTable(raw_ostream &os, const NetworkEntry &network) {
  os << "network @" << network.name << " on systolic @" << AcceleratorOp(network.accelerator).getSymName()
     << ", " << network.systolicLayers.size()
     << (network.systolicLayers.size() == 1 ? " layer" : " layers")
     << " on the array\ntime in cycles, DRAM traffic in words; splits: output channels "
        "x spatial (W x H[ x D]); bound: C compute, M memory\n\n";
  SmallVector<SmallVector<std::string>> rows;
  rows.push_back({"layer", "kind", "method", "order", "splits", "cycles", "compute", "memory",
                  "bound", "traffic", "util%"});
  for (const SystolicEntry &layer : network.systolicLayers) {
    SystolicScheduleAttr s = layer.schedule;
    std::string splits = std::to_string(s.getChannelSplits());
    for (int64_t v : s.getSpatialSplits())
      splits += "x" + std::to_string(v);
    double compute = s.getComputeCycles().convertToDouble();
    double memory = s.getMemoryCycles().convertToDouble();
    rows.push_back({layer.name, layer.kind.str(),
                    stringifySystolicMethodKind(s.getMethod()).str(),
                    stringifySystolicOrderKind(s.getOrder()).str(), splits,
                    eng(s.getCycles().convertToDouble()), eng(compute), eng(memory),
                    memory >= compute ? "M" : "C", eng(s.getTransfer().convertToDouble()),
                    percent(s.getUtilization().convertToDouble())});
  }
  rows.push_back({"total", "", "", "", "", eng(network.systolicCycles), "", "", "",
                  eng(network.systolicTransfer), ""});
  const bool left[] = {true, true, true, true, true, false, false, false, true, false, false};
  printColumns(os, rows, left, /*ruleBefore=*/rows.size() - 1);
}

/// docs/cost-model.md §6: one row per segment, its layers with their node regions.
void writeSegmentTable(raw_ostream &os, const NetworkEntry &network) {
  std::vector<SegmentSummary> segments = summarise(network);
  os << "\npipeline: " << segments.size() << " segments, time "
     << cycles(network.pipeline.getTime()) << " cycles; a layer's region is origin:dims "
     << "[+fold]\n\n";
  SmallVector<SmallVector<std::string>> rows;
  rows.push_back({"segment", "kind", "time", "critical", "layers"});
  for (const SegmentSummary &s : segments) {
    std::string layers;
    for (const LayerEntry *l : s.layers) {
      SegmentAttr a = l->segment;
      layers += (layers.empty() ? "" : " ") + l->name + "@" + std::to_string(a.getSpatial()) +
                "." + std::to_string(a.getTemporal()) + "[" + std::to_string(a.getOrigin()[0]) +
                "," + std::to_string(a.getOrigin()[1]) + ":" + pair(a.getDims());
      if (!a.getFold().empty())
        layers += "+" + std::to_string(a.getFold()[0]) + "," + std::to_string(a.getFold()[1]);
      layers += "]";
    }
    rows.push_back({std::to_string(s.index), stringifySegmentKind(s.kind).str(),
                    cycles(s.time), cycles(s.criticalTime), layers});
  }
  const bool left[] = {false, true, false, false, true};
  printColumns(os, rows, left, /*ruleBefore=*/1);
}

void writeTable(raw_ostream &os, ArrayRef<NetworkEntry> networks, double searchSeconds) {
  for (auto [n, network] : llvm::enumerate(networks)) {
    AcceleratorOp accelerator = network.accelerator;
    if (accelerator.isSystolic()) {
      os << (n ? "\n" : "");
      writeSystolicTable(os, network);
      continue;
    }
    os << (n ? "\n" : "") << "network @" << network.name << " on @"
       << accelerator.getSymName() << ", " << network.layers.size()
       << (network.layers.size() == 1 ? " layer\n" : " layers\n")
       << "energy in @" << accelerator.getSymName()
       << "'s energy unit, time in cycles; blocking factors of loops I,O,B then the loop "
          "order, outermost first\n\n";
    SmallVector<SmallVector<std::string>> rows;
    SmallVector<std::string> header = {"layer", "kind", "energy", "share%"};
    for (StringRef c : kComponents)
      header.push_back(c.str());
    for (StringRef c : {"cycles", "util%", "fold", "repl", "dram blk", "gbuf blk",
                        "regf blk", "bypass", "partition"})
      header.push_back(c.str());
    rows.push_back(header);
    double total = network.totals.energy;
    auto numbers = [&](SmallVector<std::string> &row, const Figures &f) {
      row.push_back(eng(f.energy));
      row.push_back(total > 0 ? percent(f.energy / total) : std::string("-"));
      for (double c : f.components)
        row.push_back(eng(c));
      row.push_back(cycles(f.cycles));
    };
    for (const LayerEntry &layer : network.layers) {
      SmallVector<std::string> row = {layer.name, layer.kind.str()};
      numbers(row, layer.figures);
      row.push_back(percent(layer.utilization));
      MappingAttr m = layer.mapping;
      row.push_back(m ? pair(m.getFold()) : "-");
      row.push_back(m ? pair(m.getRepl()) : "-");
      if (BlockingAttr b = layer.blocking) {
        row.push_back(level(b.getDram(), b.getDramOrder()));
        row.push_back(level(b.getGbuf(), b.getGbufOrder()));
        row.push_back(level(b.getRegf(), {}));
        row.push_back(bypassList(b));
      } else {
        row.append({"-", "-", "-", "-"});
      }
      row.push_back(partitionText(layer.partition));
      rows.push_back(row);
    }
    SmallVector<std::string> totals = {"total", ""};
    numbers(totals, network.totals);
    rows.push_back(totals);
    const bool left[] = {true,  true,  false, false, false, false, false,
                         false, false, false, false, false, false, true,
                         true,  true,  true,  true,  true,  true};
    printColumns(os, rows, left, /*ruleBefore=*/rows.size() - 1);
    if (network.pipeline)
      writeSegmentTable(os, network);
    std::string cut;
    for (const LayerEntry &layer : network.layers)
      if (layer.searchIncomplete)
        cut += " " + layer.name;
    if (!cut.empty())
      os << "not proven optimal (a time limit stopped their search):" << cut << "\n";
  }
  char buffer[64];
  std::snprintf(buffer, sizeof(buffer), "\nsearch_seconds %.3f\n", searchSeconds);
  os << buffer;
}

//===----------------------------------------------------------------------===//
// The pass
//===----------------------------------------------------------------------===//

struct ReportPass : public dataflow::impl::ReportPassBase<ReportPass> {
  using Base::Base;

  /// Called once when the pass manager starts, before any pass of the pipeline runs:
  /// search_seconds counts from here.
  LogicalResult initialize(MLIRContext *) override {
    start = std::chrono::steady_clock::now();
    return success();
  }

  void runOnOperation() override {
    double searchSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    ModuleOp module = getOperation();
    if (format != "json" && format != "table") {
      module.emitError() << "unknown report format '" << format << "'; expected json or table";
      return signalPassFailure();
    }
    FailureOr<std::vector<NetworkEntry>> networks = collectNetworks(module);
    if (failed(networks))
      return signalPassFailure();
    if (networks->empty()) {
      module.emitError() << "no scheduled network to report: no function bound to an "
                            "accelerator holds a layer (run dataflow-attach-accelerator and "
                            "dataflow-schedule first)";
      return signalPassFailure();
    }
    // Removed again unless keep() is reached, so a failed report leaves no partial file.
    std::error_code error;
    auto out = std::make_unique<llvm::ToolOutputFile>(file, error, llvm::sys::fs::OF_None);
    if (error) {
      module.emitError() << "cannot write the report to '" << file << "': " << error.message();
      return signalPassFailure();
    }
    if (format == "json")
      writeJson(out->os(), *networks, searchSeconds);
    else
      writeTable(out->os(), *networks, searchSeconds);
    out->os().flush();
    if (out->os().has_error()) {
      module.emitError() << "cannot write the report to '" << file
                         << "': " << out->os().error().message();
      out->os().clear_error();
      return signalPassFailure();
    }
    out->keep();
    markAllAnalysesPreserved();
  }

private:
  std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now();
};

} // namespace
