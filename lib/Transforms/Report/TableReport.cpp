//===- TableReport.cpp - the report as a per-layer table for people -------===//

#include "ReportModel.h"

#include <cmath>
#include <cstdio>

using namespace mlir;
using namespace dataflow;
using namespace dataflow::report;

namespace {

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
        "x spatial (W x H[ x D]); bound: C compute, M memory";
  // An energy column only when the accelerator gives energies (in its unit).
  const bool energies = network.systolicEnergy.has_value();
  if (energies)
    os << "; energy " << network.units.energyNote;
  os << "\n\n";
  SmallVector<SmallVector<std::string>> rows;
  rows.push_back({"layer", "kind", "method", "order", "splits", "cycles", "compute", "memory",
                  "bound", "traffic", "util%"});
  if (energies)
    rows.front().push_back("energy");
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
    if (energies)
      rows.back().push_back(eng(s.getEnergy().getValueAsDouble()));
  }
  rows.push_back({"total", "", "", "", "", eng(network.systolicCycles), "", "", "",
                  eng(network.systolicTransfer), ""});
  if (energies)
    rows.back().push_back(eng(*network.systolicEnergy));
  const bool left[] = {true, true, true, true, true, false, false, false, true, false, false,
                       false};
  printColumns(os, rows, ArrayRef<bool>(left).take_front(energies ? 12 : 11),
               /*ruleBefore=*/rows.size() - 1);
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

/// The one `coverage:` line: the MACs scheduled, and for an imported model its MACs, the
/// percentage and each operation left out with its reason.
void writeCoverageLine(raw_ostream &os, const Coverage &c) {
  os << "coverage: " << eng(static_cast<double>(c.scheduledMacs));
  std::optional<double> f = c.fraction();
  if (!c.modelMacs) {
    os << " MACs scheduled (no model count: not written by an importer)\n";
    return;
  }
  os << " of the model's " << eng(static_cast<double>(*c.modelMacs)) << " MACs scheduled ("
     << (f ? percent(*f) : std::string("-")) << "%)";
  if (c.leftOut.empty()) {
    os << "; nothing left out\n";
    return;
  }
  os << "; left out:";
  for (auto [i, l] : llvm::enumerate(c.leftOut))
    os << (i ? "; " : " ") << l.name << " (" << l.op << ", "
       << eng(static_cast<double>(l.macs)) << " MACs): " << l.reason;
  os << "\n";
}

/// `physical:` the network's energy in joules, time in seconds, average power, EDP and area,
/// or what the accelerator lacks for each (docs/report-schema.md, "Physical units").
void writePhysicalLine(raw_ostream &os, const Units &u, std::optional<double> energy,
                       double cycleCount) {
  Physical p = physicalOf(u, energy, cycleCount);
  os << "physical: ";
  if (!energy)
    os << "energy " << u.energyNote;
  else if (p.joules)
    os << "energy " << eng(*p.joules) << " J";
  else if (u.energyUnit == "relative")
    os << "energy " << eng(*energy) << " relative (MAC = 1), no joules";
  else
    os << "energy " << eng(*energy) << " in the accelerator's unit (not stated), no joules";
  os << "; time "
     << (cycleCount == std::floor(cycleCount) && std::fabs(cycleCount) < 1e18
             ? cycles(static_cast<int64_t>(cycleCount))
             : eng(cycleCount))
     << " cycles";
  if (p.seconds)
    os << " = " << eng(*p.seconds) << " s at " << eng(*u.clockHz) << " Hz";
  else
    os << " (no clock: clock_ghz gives seconds)";
  if (p.watts)
    os << "; average power " << eng(*p.watts) << " W";
  if (p.jouleSeconds)
    os << "; EDP " << eng(*p.jouleSeconds) << " J·s";
  if (energy && !p.joules)
    os << "; power and EDP need energies in joules";
  else if (energy && !p.seconds)
    os << "; power and EDP need a clock";
  if (u.areaMm2)
    os << "; area " << eng(*u.areaMm2) << " mm² (estimated: PEs and buffers)";
  os << "\n";
}

} // namespace

void report::writeTable(raw_ostream &os, ArrayRef<NetworkEntry> networks, double searchSeconds) {
  for (auto [n, network] : llvm::enumerate(networks)) {
    AcceleratorOp accelerator = network.accelerator;
    if (accelerator.isSystolic()) {
      os << (n ? "\n" : "");
      writeSystolicTable(os, network);
      writeCoverageLine(os, network.coverage);
      writePhysicalLine(os, network.units, network.systolicEnergy, network.systolicCycles);
      continue;
    }
    os << (n ? "\n" : "") << "network @" << network.name << " on @"
       << accelerator.getSymName() << ", " << network.layers.size()
       << (network.layers.size() == 1 ? " layer\n" : " layers\n")
       << (network.units.energyUnit == "relative" ? std::string("energy relative (MAC = 1)")
           : network.units.energyUnit.empty()
               ? "energy in @" + accelerator.getSymName().str() +
                     "'s unit (not stated: energy_unit gives it)"
               : "energy in " + network.units.energyUnit)
       << ", time in cycles; blocking factors of loops I,O,B then the loop "
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
    writeCoverageLine(os, network.coverage);
    writePhysicalLine(os, network.units, network.totals.energy,
                      static_cast<double>(network.totals.cycles));
    if (network.pipeline)
      writeSegmentTable(os, network);
    std::string cut;
    for (const LayerEntry &layer : network.layers)
      if (layer.searchIncomplete)
        cut += " " + layer.name;
    if (!cut.empty())
      os << "not proven optimal (a time limit stopped their search):" << cut << "\n";
    // Why the global buffer costs nothing, when it does on no layer (issue 26): every layer
    // bypasses it for all three categories, which bypass's default allows.
    const size_t gbuf = 3; // kComponents: mac, regf, itcn, gbuf, ...
    bool allBypassed = !network.layers.empty();
    for (const LayerEntry &layer : network.layers)
      allBypassed &= layer.figures.components[gbuf] == 0 && layer.blocking &&
                     layer.blocking.hasBypass() && layer.blocking.bypasses(0) &&
                     layer.blocking.bypasses(1) && layer.blocking.bypasses(2);
    if (allBypassed)
      os << "note: global-buffer energy is 0 on every layer because every layer bypasses the "
            "buffer for fil, ifm and ofm (bypass is allowed by default; a category stays in the "
            "buffer only where that saves DRAM fetches, docs/cost-model.md §4); "
            "disable-bypass=i,o,f keeps all three in it\n";
  }
  char buffer[64];
  std::snprintf(buffer, sizeof(buffer), "\nsearch_seconds %.3f\n", searchSeconds);
  os << buffer;
}
