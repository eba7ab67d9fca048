//===- SweepCsv.cpp - The sweep's CSV: columns, rows, resume --------------===//

#include "SweepCsv.h"

#include "Dataflow/IR/KeyedSyntax.h"

#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

using namespace dataflow;
using namespace dataflow::dse;

namespace {

constexpr size_t kKeyColumns = 21; // network .. disable_bypass, without hw
constexpr size_t kCpuColumn = 28;  // search_cpu_s

/// RFC 4180 quoting when needed.
std::string quote(const std::string &field) {
  if (field.find_first_of(",\"\n\r") == std::string::npos)
    return field;
  std::string out = "\"";
  for (char c : field) {
    if (c == '"')
      out += '"';
    out += c;
  }
  return out + "\"";
}

/// Splits one CSV line (RFC 4180 quotes; no embedded newlines: rows never hold one).
std::vector<std::string> splitCsv(const std::string &line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"')
        fields.back() += '"', ++i;
      else if (c == '"')
        quoted = false;
      else
        fields.back() += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else {
      fields.back() += c;
    }
  }
  return fields;
}

std::string keyOf(const std::vector<std::string> &fields) {
  std::string key;
  for (size_t i = 0; i < kKeyColumns; ++i)
    key += fields[i] + '\x1f';
  return key;
}

std::vector<std::string> keyFields(const std::string &network, const HardwarePoint &p,
                                   const SearchColumns &s) {
  const bool eyeriss = p.kind == Kind::Eyeriss, systolic = p.kind == Kind::Systolic;
  const bool dmaze = p.kind == Kind::DMaze;
  auto when = [](bool applies, const std::string &text) { return applies ? text : ""; };
  return {network,
          kindName(p.kind),
          when(eyeriss, std::to_string(p.nodesH) + "x" + std::to_string(p.nodesW)),
          when(!systolic, std::to_string(p.peH)),
          when(!systolic, std::to_string(p.peW)),
          when(!systolic, std::to_string(p.regfBytes)),
          when(!systolic, std::to_string(p.gbufBytes)),
          when(!systolic && !dmaze, formatBandwidth(p.dramBandwidth)),
          when(!systolic && !dmaze, formatBandwidth(p.busWidth)),
          when(eyeriss, p.partitioning),
          when(eyeriss, p.interlayer ? "true" : "false"),
          when(systolic, std::to_string(p.arraySize)),
          when(systolic, std::to_string(p.bufferBytes)),
          when(systolic, formatBandwidth(p.bandwidthGbs)),
          when(systolic, p.systolicMethod),
          p.mapGoal,
          when((eyeriss || systolic) && p.technology, std::to_string(p.technology)),
          when((eyeriss || systolic) && p.technology, p.dramType),
          s.goal,
          s.method,
          s.disableBypass};
}

/// The header of the CSVs written before the kind column (refused on resume).
const char *kOldHeader =
    "network,pe_h,pe_w,regf_bytes,gbuf_bytes,dram_bandwidth,bus_width,goal,method,"
    "disable_bypass,hw,layers,energy,cycles,edp,area_proxy,search_cpu_s,status";
/// The header of the CSVs written before the technology, dram_type and area_mm2 columns.
const char *kHeaderWithoutTechnology =
    "network,kind,nodes,pe_h,pe_w,regf_bytes,gbuf_bytes,dram_bandwidth,bus_width,"
    "partitioning,interlayer,array_size,buffer_bytes,bandwidth_gbs,systolic_method,map_goal,"
    "goal,method,disable_bypass,hw,layers,energy,cycles,edp,area_proxy,search_cpu_s,status";
/// The header of the CSVs written before the energy_unit, time_s, power_w and edp_js
/// columns (the third layout).
const char *kHeaderWithoutUnits =
    "network,kind,nodes,pe_h,pe_w,regf_bytes,gbuf_bytes,dram_bandwidth,bus_width,"
    "partitioning,interlayer,array_size,buffer_bytes,bandwidth_gbs,systolic_method,map_goal,"
    "technology,dram_type,goal,method,disable_bypass,hw,layers,energy,cycles,edp,area_proxy,"
    "area_mm2,search_cpu_s,status";

} // namespace

const std::string &dse::csvHeader() {
  static const std::string header =
      "network,kind,nodes,pe_h,pe_w,regf_bytes,gbuf_bytes,dram_bandwidth,bus_width,"
      "partitioning,interlayer,array_size,buffer_bytes,bandwidth_gbs,systolic_method,map_goal,"
      "technology,dram_type,goal,method,disable_bypass,hw,layers,energy,cycles,edp,area_proxy,"
      "area_mm2,search_cpu_s,status,energy_unit,time_s,power_w,edp_js";
  return header;
}

std::string dse::rowKey(const std::string &network, const HardwarePoint &point,
                        const SearchColumns &search) {
  return keyOf(keyFields(network, point, search));
}

double dse::areaProxy(const HardwarePoint &p) {
  // MAESTRO's fixed cost table: MAC 283 area per PE, SRAM 0.104 area per byte.
  if (p.kind == Kind::Systolic)
    return double(p.arraySize) * double(p.arraySize) * 283.0 + 0.104 * double(p.bufferBytes);
  const double pes = double(p.peH) * double(p.peW);
  const double node = pes * (283.0 + 0.104 * double(p.regfBytes)) + 0.104 * double(p.gbufBytes);
  return p.kind == Kind::Eyeriss ? node * double(p.nodesH * p.nodesW) : node;
}

std::string dse::csvRow(const std::string &network, int hwIndex, const HardwarePoint &point,
                        const SearchColumns &search, size_t layers, const RowResult &result,
                        double areaMm2, const PointUnits &units) {
  std::vector<std::string> fields = keyFields(network, point, search);
  fields.push_back(std::to_string(hwIndex));
  fields.push_back(std::to_string(layers));
  if (result.feasible) {
    // A systolic row has energy only on a base with estimated energies (the tool prices
    // time and DRAM traffic only).
    fields.push_back(result.hasEnergy ? formatExactDouble(result.energy) : "");
    fields.push_back(result.hasEnergy && result.cycles == std::floor(result.cycles) &&
                             result.cycles < 9e18
                         ? std::to_string(int64_t(result.cycles))
                         : formatExactDouble(result.cycles));
    fields.push_back(result.hasEnergy ? formatExactDouble(result.energy * result.cycles) : "");
  } else {
    fields.insert(fields.end(), {"", "", ""});
  }
  fields.push_back(formatExactDouble(areaProxy(point)));
  fields.push_back(std::isnan(areaMm2) ? "" : formatExactDouble(areaMm2));
  char seconds[32];
  std::snprintf(seconds, sizeof(seconds), "%.6f", result.searchCpuSeconds);
  fields.push_back(seconds);
  std::string status = result.status; // one row is one line (resume reads line by line)
  for (char &c : status)
    if (c == '\n' || c == '\r')
      c = ' ';
  fields.push_back(status);
  // The figures' physical units (docs/report-schema.md, "Physical units"). The unit is the
  // point's, so an infeasible row says it too (a plot groups points by it).
  const bool hasEnergy = result.feasible && result.hasEnergy;
  fields.push_back(result.feasible && !result.hasEnergy ? "" : units.energyUnit);
  PhysicalCells physical;
  if (result.feasible)
    physical = physicalCells(units, hasEnergy ? std::optional(result.energy) : std::nullopt,
                             result.cycles);
  fields.insert(fields.end(), {physical.timeS, physical.powerW, physical.edpJs});
  std::string line;
  for (size_t i = 0; i < fields.size(); ++i)
    line += (i ? "," : "") + quote(fields[i]);
  return line + "\n";
}

namespace {

/// The figures of a row (what a duplicate must repeat): every column but the key, the
/// point's index `hw` (it depends on the spec) and `search_cpu_s` (a measurement).
std::string figuresOf(const std::vector<std::string> &fields) {
  std::string figures;
  for (size_t i = kKeyColumns + 1; i < fields.size(); ++i)
    if (i != kCpuColumn)
      figures += fields[i] + '\x1f';
  return figures;
}

/// Calls `row(lineNumber, line, fields)` for every complete row of `all`.
template <typename Fn>
bool forEachRow(const std::string &path, const std::string &all, size_t complete,
                std::string &error, Fn row) {
  const size_t columns = splitCsv(csvHeader()).size();
  std::istringstream lines(all.substr(0, complete));
  std::string line;
  for (size_t number = 1; std::getline(lines, line); ++number) {
    if (number == 1) {
      if (line == kOldHeader) {
        error = path + ":1: written by an older dataflow-dse (no 'kind' column; "
                       "docs/design-space-sweeps.md); write to another file or remove it";
        return false;
      }
      if (line == kHeaderWithoutTechnology) {
        error = path + ":1: written by an older dataflow-dse (no 'technology', 'dram_type' "
                       "and 'area_mm2' columns; docs/design-space-sweeps.md); write to "
                       "another file or remove it";
        return false;
      }
      if (line == kHeaderWithoutUnits) {
        error = path + ":1: written by an older dataflow-dse (no 'energy_unit', 'time_s', "
                       "'power_w' and 'edp_js' columns; docs/design-space-sweeps.md); write "
                       "to another file or remove it";
        return false;
      }
      if (line != csvHeader()) {
        error = path + ":1: not a dataflow-dse CSV of this version (its header differs); "
                       "write to another file or remove it";
        return false;
      }
      continue;
    }
    std::vector<std::string> fields = splitCsv(line);
    if (fields.size() != columns) {
      error = path + ":" + std::to_string(number) + ": a row with " +
              std::to_string(fields.size()) + " columns, expected " + std::to_string(columns);
      return false;
    }
    row(number, line, fields);
  }
  return true;
}

bool readAll(const std::string &path, std::string &all) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return false;
  std::stringstream text;
  text << in.rdbuf();
  all = text.str();
  return true;
}

} // namespace

bool dse::readDoneRows(const std::string &path, DoneRows &done, std::string &error) {
  done = DoneRows();
  std::string all;
  if (!readAll(path, all))
    return true; // nothing written yet
  size_t complete = all.rfind('\n');
  complete = complete == std::string::npos ? 0 : complete + 1;
  done.truncateTo = complete;
  done.hasHeader = complete > 0;
  // key -> (line number, figures) of its first row
  std::map<std::string, std::pair<size_t, std::string>> first;
  return forEachRow(path, all, complete, error,
                    [&](size_t number, const std::string &, const auto &fields) {
                      std::string key = keyOf(fields);
                      auto [it, inserted] =
                          first.emplace(key, std::pair{number, figuresOf(fields)});
                      if (inserted) {
                        done.keys.insert(key);
                        return;
                      }
                      if (done.duplicates++ == 0)
                        done.firstDuplicateLine = number, done.firstDuplicateOf = it->second.first;
                      if (it->second.second != figuresOf(fields) && done.conflicts++ == 0)
                        done.firstConflictLine = number, done.firstConflictOf = it->second.first;
                    });
}

bool dse::removeDuplicateRows(const std::string &path, const DoneRows &done,
                              std::string &error) {
  std::string all;
  if (!readAll(path, all)) {
    error = "cannot read '" + path + "'";
    return false;
  }
  std::string kept = csvHeader() + "\n";
  std::set<std::string> seen;
  if (!forEachRow(path, all, done.truncateTo, error,
                  [&](size_t, const std::string &line, const auto &fields) {
                    if (seen.insert(keyOf(fields)).second)
                      kept += line + "\n";
                  }))
    return false;
  const std::string temp = path + ".dedup";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out << kept;
    out.flush();
    if (!out) {
      error = "cannot write '" + temp + "'";
      return false;
    }
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    error = "cannot replace '" + path + "' by '" + temp + "'";
    return false;
  }
  return true;
}
