//===- Report.cpp - the schedule report: JSON for tools, a table for people ===//
//
// Reads the schedule attributes of every scheduled network and writes them out, either
// as versioned JSON (docs/report-schema.md) or as a per-layer table. Nothing is priced
// here (architecture.md rule 2): the only arithmetic is the network totals, plain sums
// in layer order (nn_dataflow: a network's cost is the sum of its layers' costs, its
// time on one node the sum of their times).
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
  bool searchIncomplete = false; ///< dataflow.search_incomplete: a time limit cut the search
};

struct NetworkEntry {
  std::string name;
  AcceleratorOp accelerator;
  std::vector<LayerEntry> layers;
  Figures totals;
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
    auto ref = func->getAttrOfType<FlatSymbolRefAttr>("dataflow.accelerator");
    if (!ref)
      return;
    auto accelerator = SymbolTable::lookupNearestSymbolFrom<AcceleratorOp>(func, ref.getAttr());
    if (!accelerator)
      return; // the binding verifier rejects this before any pass runs
    NetworkEntry network{func.getSymName().str(), accelerator, {}, {}};
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
                       op->hasAttr(DataflowDialect::kSearchIncompleteAttrName)};
      if (!accumulate(network.totals, layer.figures)) {
        op->emitError() << "layer '" << name << "': the network's total cycles overflow "
                        << "a 64-bit count";
        failed = true;
      }
      network.layers.push_back(std::move(layer));
    });
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

void writeAccelerator(json::OStream &j, AcceleratorOp accel) {
  j.attributeObject("accelerator", [&] {
    j.attribute("name", accel.getSymName());
    intArray(j, "nodes", accel.getNodes());
    intArray(j, "pe_array", accel.getPeArray());
    j.attribute("regf_bytes", accel.regfBytes());
    j.attribute("gbuf_bytes", accel.gbufBytes());
    j.attribute("word_bits", accel.wordBits());
    j.attribute("memory", stringifyMemoryType(accel.getMemory()));
    if (std::optional<APFloat> bw = accel.getDramBandwidth())
      number(j, "dram_bandwidth", bw->convertToDouble());
    else
      j.attribute("dram_bandwidth", nullptr);
    if (IntegerAttr bus = accel.getBusWidthAttr())
      j.attribute("bus_width", bus.getInt());
    else
      j.attribute("bus_width", nullptr);
    EnergyAttr e = accel.getEnergy();
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

void writeJson(raw_ostream &os, ArrayRef<NetworkEntry> networks, double searchSeconds) {
  json::OStream j(os, /*IndentSize=*/2);
  j.object([&] {
    j.attribute("schema_version", kSchemaVersion);
    j.attribute("tool", "dataflow-opt");
    number(j, "search_seconds", searchSeconds);
    // The first network again at the top level, for readers of a one-network report.
    writeTotals(j, networks.front().totals);
    writeLayers(j, networks.front().layers);
    j.attributeArray("networks", [&] {
      for (const NetworkEntry &network : networks)
        j.object([&] {
          j.attribute("name", network.name);
          writeAccelerator(j, network.accelerator);
          writeTotals(j, network.totals);
          writeLayers(j, network.layers);
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

void writeTable(raw_ostream &os, ArrayRef<NetworkEntry> networks, double searchSeconds) {
  for (auto [n, network] : llvm::enumerate(networks)) {
    AcceleratorOp accelerator = network.accelerator;
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
                        "regf blk", "bypass"})
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
      rows.push_back(row);
    }
    SmallVector<std::string> totals = {"total", ""};
    numbers(totals, network.totals);
    rows.push_back(totals);
    const bool left[] = {true,  true,  false, false, false, false, false,
                         false, false, false, false, false, false, true,
                         true,  true,  true,  true,  true};
    printColumns(os, rows, left, /*ruleBefore=*/rows.size() - 1);
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
