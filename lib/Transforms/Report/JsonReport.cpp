//===- JsonReport.cpp - the report as versioned JSON for tools ------------===//
//
// docs/report-schema.md describes every field; bump kSchemaVersion when a reader could be
// misled.
//
//===----------------------------------------------------------------------===//

#include "ReportModel.h"

#include "Dataflow/IR/KeyedSyntax.h"

#include "llvm/Support/JSON.h"

#include <cmath>
#include <map>

using namespace mlir;
using namespace dataflow;
using namespace dataflow::report;
namespace json = llvm::json;

namespace {

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

void optionalNumber(json::OStream &j, StringRef key, std::optional<double> v) {
  if (v)
    number(j, key, *v);
  else
    j.attribute(key, nullptr);
}

/// `physical`: the figure in SI units, each null when the accelerator lacks what it needs.
void writePhysical(json::OStream &j, const Physical &p) {
  j.attributeObject("physical", [&] {
    optionalNumber(j, "energy_j", p.joules);
    optionalNumber(j, "seconds", p.seconds);
    optionalNumber(j, "power_w", p.watts);
    optionalNumber(j, "edp_js", p.jouleSeconds);
  });
}

/// `units`: how to read the network's energies, and what turns them into SI units.
void writeUnits(json::OStream &j, const Units &u) {
  j.attributeObject("units", [&] {
    if (u.energyUnit.empty())
      j.attribute("energy", nullptr);
    else
      j.attribute("energy", u.energyUnit);
    j.attribute("energy_note", u.energyNote);
    optionalNumber(j, "joules_per_unit", u.joulesPerUnit);
    optionalNumber(j, "clock_hz", u.clockHz);
    optionalNumber(j, "area_mm2", u.areaMm2);
  });
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
    // Explicit, or the estimator's table as dataflow-cost wrote it (the report never
    // calls the estimator; without dataflow-cost there is no table to give).
    EnergyAttr e = accel.hasEstimatedEnergy()
                       ? accel->getAttrOfType<EnergyAttr>(
                             DataflowDialect::kEstimatedEnergyAttrName)
                       : accel.getEnergyAttr();
    if (!e)
      j.attribute("energy", nullptr);
    else
      j.attributeObject("energy", [&] {
        const std::pair<StringRef, APFloat> fields[] = {
            {"mac", e.getMac()},   {"regf", e.getRegf()}, {"itcn", e.getItcn()},
            {"gbuf", e.getGbuf()}, {"dram", e.getDram()}, {"noc_hop", e.getNocHop()},
            {"static_per_cycle", e.getStaticPerCycle()}};
        for (const auto &[name, value] : fields)
          number(j, name, value.convertToDouble());
      });
    if (FloatAttr clock = accel.getClockGhzAttr())
      number(j, "clock_ghz", clock.getValueAsDouble());
    else
      j.attribute("clock_ghz", nullptr);
    if (StringAttr unit = accel.getEnergyUnitAttr())
      j.attribute("energy_unit", unit.getValue());
    else
      j.attribute("energy_unit", nullptr);
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

void writeLayers(json::OStream &j, ArrayRef<LayerEntry> layers, const Units &units) {
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
        writePhysical(j, physicalOf(units, layer.figures.energy,
                                    static_cast<double>(layer.figures.cycles)));
      });
  });
}

void writeTotals(json::OStream &j, const Figures &totals, const Units &units) {
  j.attributeObject("totals", [&] {
    writeFigures(j, totals);
    writeAccesses(j, totals);
    writePhysical(j, physicalOf(units, totals.energy, static_cast<double>(totals.cycles)));
  });
}

/// A systolic network's figures: `systolic_totals` and `systolic_layers`.
void writeSystolic(json::OStream &j, const NetworkEntry &network) {
  j.attributeObject("systolic_totals", [&] {
    number(j, "cycles", network.systolicCycles);
    number(j, "transfer", network.systolicTransfer);
    if (network.systolicEnergy) // only when the accelerator gives energies
      number(j, "energy", *network.systolicEnergy);
    writePhysical(j, physicalOf(network.units, network.systolicEnergy, network.systolicCycles));
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
        if (s.getToolRules())
          j.attribute("rules", "tool"); // only when present, as the attribute prints it
        number(j, "cycles", s.getCycles().convertToDouble());
        number(j, "compute_cycles", s.getComputeCycles().convertToDouble());
        number(j, "memory_cycles", s.getMemoryCycles().convertToDouble());
        number(j, "transfer", s.getTransfer().convertToDouble());
        number(j, "utilization", s.getUtilization().convertToDouble());
        std::optional<double> energy;
        if (FloatAttr e = s.getEnergy()) {
          energy = e.getValueAsDouble();
          number(j, "energy", *energy);
        }
        writePhysical(j, physicalOf(network.units, energy, s.getCycles().convertToDouble()));
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
  writeTotals(j, network.totals, network.units);
  if (withPipeline)
    writePipeline(j, network);
  writeLayers(j, network.layers, network.units);
}

/// `coverage`: the MACs scheduled and, for an imported model, the model's MACs, the
/// scheduled fraction and the operations left out (docs/report-schema.md).
void writeCoverage(json::OStream &j, const Coverage &c) {
  j.attributeObject("coverage", [&] {
    j.attribute("scheduled_macs", c.scheduledMacs);
    if (c.modelMacs)
      j.attribute("model_macs", *c.modelMacs);
    else
      j.attribute("model_macs", nullptr);
    if (std::optional<double> f = c.fraction())
      number(j, "fraction", *f);
    else
      j.attribute("fraction", nullptr);
    j.attributeArray("left_out", [&] {
      for (const LeftOut &l : c.leftOut)
        j.object([&] {
          j.attribute("name", l.name);
          j.attribute("op", l.op);
          j.attribute("macs", l.macs);
          j.attribute("reason", l.reason);
        });
    });
  });
}

} // namespace

void report::writeJson(raw_ostream &os, ArrayRef<NetworkEntry> networks, double searchSeconds) {
  json::OStream j(os, /*IndentSize=*/2);
  j.object([&] {
    j.attribute("schema_version", kSchemaVersion);
    j.attribute("tool", "dataflow-opt");
    number(j, "search_seconds", searchSeconds);
    // The first network again at the top level, for readers of a one-network report.
    writeUnits(j, networks.front().units);
    writeNetworkFigures(j, networks.front(), /*withPipeline=*/false);
    j.attributeArray("networks", [&] {
      for (const NetworkEntry &network : networks)
        j.object([&] {
          j.attribute("name", network.name);
          writeAccelerator(j, network.accelerator);
          writeUnits(j, network.units);
          writeNetworkFigures(j, network, /*withPipeline=*/true);
          writeCoverage(j, network.coverage);
        });
    });
  });
  os << '\n';
}
