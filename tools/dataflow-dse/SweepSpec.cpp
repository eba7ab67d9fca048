//===- SweepSpec.cpp - The hardware points of a design-space sweep --------===//

#include "SweepSpec.h"

#include "Dataflow/CostModel/Technology/DramEstimate.h"
#include "Dataflow/CostModel/Technology/TechnologyNode.h"
#include "Dataflow/IR/Limits.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <iterator>
#include <set>
#include <sstream>
#include <type_traits>

using namespace dataflow::dse;

namespace {

constexpr size_t kMaxValues = 100000;
/// Points of one block (the product of its value counts): a sweep is a list held in memory.
constexpr double kMaxPoints = 1000000;

/// The largest value of a numeric key (include/Dataflow/IR/Limits.h, the verifiers'
/// maxima; the systolic array side and buffer take the PE-array side and the global
/// buffer's), and the smallest (positive values; DRAM bandwidth from its minimum).
double maximumOf(const std::string &key) {
  namespace L = dataflow::limits;
  if (key == "pe_array" || key == "array_size")
    return double(L::kMaxPesPerSide);
  if (key == "nodes")
    return double(L::kMaxNodesPerSide);
  if (key == "regf_bytes")
    return double(L::kMaxRegfBytes);
  if (key == "gbuf_bytes" || key == "buffer_bytes")
    return double(L::kMaxGbufBytes);
  if (key == "bus_width")
    return double(L::kMaxBusWidth);
  return L::kMaxDramBandwidth; // dram_bandwidth (bytes per cycle), bandwidth_gbs (GB/s)
}
double minimumOf(const std::string &key) {
  return key == "dram_bandwidth" ? dataflow::limits::kMinDramBandwidth : 0.0;
}

/// A value outside [minimumOf, maximumOf]: the message naming the bound, else empty.
std::string outOfRange(const std::string &key, const std::string &text, double v) {
  auto bound = [](double x) {
    return x == std::floor(x) ? std::to_string(int64_t(x)) : dataflow::dse::formatBandwidth(x);
  };
  if (v > maximumOf(key))
    return "'" + key + "' value " + text + " exceeds the maximum of " + bound(maximumOf(key));
  if (v < minimumOf(key))
    return "'" + key + "' value " + text + " is below the minimum of " + bound(minimumOf(key));
  return "";
}

std::string trim(const std::string &s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos)
    return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

std::vector<std::string> split(const std::string &s, char sep) {
  std::vector<std::string> items;
  std::string item;
  std::istringstream in(s);
  while (std::getline(in, item, sep))
    items.push_back(trim(item));
  if (!s.empty() && s.back() == sep)
    items.push_back("");
  return items;
}

bool parseInt(const std::string &text, int64_t &out) {
  if (text.empty())
    return false;
  errno = 0;
  char *end = nullptr;
  long long v = std::strtoll(text.c_str(), &end, 10);
  if (errno || *end != '\0')
    return false;
  out = v;
  return true;
}

bool parseReal(const std::string &text, double &out) {
  if (text.empty())
    return false;
  errno = 0;
  char *end = nullptr;
  double v = std::strtod(text.c_str(), &end);
  if (errno || *end != '\0' || !std::isfinite(v))
    return false;
  out = v;
  return true;
}

/// Expands one item: a number, or a range `a..b *k` (geometric) / `a..b +k` (arithmetic),
/// both ends included when hit. `integral` rejects fractions.
bool expand(const std::string &key, const std::string &item, bool integral,
            std::vector<double> &out, std::string &error) {
  auto number = [&](const std::string &text, double &v) {
    if (integral) {
      int64_t i;
      if (!parseInt(text, i)) {
        error = "'" + key + "' takes integers, got '" + text + "'";
        return false;
      }
      v = double(i);
    } else if (!parseReal(text, v)) {
      error = "'" + key + "' takes numbers or 'unlimited', got '" + text + "'";
      return false;
    }
    if (v <= 0) {
      error = "'" + key + "' values must be positive, got '" + text + "'";
      return false;
    }
    error = outOfRange(key, text, v);
    return error.empty();
  };
  size_t dots = item.find("..");
  if (dots == std::string::npos) {
    double v;
    if (!number(item, v))
      return false;
    out.push_back(v);
    return true;
  }
  std::string lo = trim(item.substr(0, dots)), rest = trim(item.substr(dots + 2));
  size_t op = rest.find_first_of("*+");
  if (op == std::string::npos) {
    error = "range '" + item + "' needs a step: 'a..b *factor' or 'a..b +increment'";
    return false;
  }
  std::string hi = trim(rest.substr(0, op)), step = trim(rest.substr(op + 1));
  double a, b, s;
  if (!number(lo, a) || !number(hi, b))
    return false;
  if (!parseReal(step, s) || (rest[op] == '*' ? s <= 1 : s <= 0) ||
      (integral && s != std::floor(s))) {
    error = "range '" + item + "': the " +
            std::string(rest[op] == '*' ? "factor must be > 1" : "increment must be > 0") +
            (integral ? " and an integer" : "") + ", got '" + step + "'";
    return false;
  }
  if (b < a) {
    error = "range '" + item + "' is empty: " + lo + " > " + hi;
    return false;
  }
  // Each value from the start (no accumulated rounding); the end counts when hit to 1e-12.
  const bool geometric = rest[op] == '*';
  for (size_t i = 0;; ++i) {
    double v = geometric ? a * std::pow(s, double(i)) : a + double(i) * s;
    if (v > b * (1 + 1e-12))
      break;
    out.push_back(integral ? std::round(v) : v);
    if (out.size() > kMaxValues) {
      error = "range '" + item + "' has more than 100000 values";
      return false;
    }
  }
  return true;
}

} // namespace

const char *dataflow::dse::kindName(Kind kind) {
  switch (kind) {
  case Kind::Eyeriss:
    return "eyeriss";
  case Kind::Systolic:
    return "systolic";
  case Kind::Maestro:
    return "maestro";
  case Kind::DMaze:
    return "dmaze";
  }
  return "?";
}

namespace {

/// The keys each kind takes (docs/design-space-sweeps.md).
const char *keysOf(Kind kind) {
  switch (kind) {
  case Kind::Eyeriss:
    return "pe_array, regf_bytes, gbuf_bytes, dram_bandwidth, bus_width, nodes, "
           "partitioning, interlayer, technology, dram_type, energy";
  case Kind::Systolic:
    return "array_size, buffer_bytes, bandwidth_gbs, systolic_method, technology, dram_type, "
           "energy";
  case Kind::Maestro:
    return "pe_array, regf_bytes, gbuf_bytes, dram_bandwidth, bus_width, map_goal";
  case Kind::DMaze:
    return "pe_array, regf_bytes, gbuf_bytes, map_goal";
  }
  return "";
}

bool takesKey(Kind kind, const std::string &key) {
  std::string keys = ", " + std::string(keysOf(kind)) + ",";
  return keys.find(", " + key + ",") != std::string::npos;
}

/// `HxW` (or N for NxN) pairs of positive integers.
bool parsePairs(const std::string &key, const std::vector<std::string> &items,
                std::vector<std::pair<int64_t, int64_t>> &out, std::string &error) {
  for (const std::string &item : items) {
    size_t x = item.find('x');
    int64_t h = 0, w = 0;
    bool ok;
    if (x == std::string::npos) {
      ok = parseInt(item, h);
      w = h;
    } else {
      ok = parseInt(trim(item.substr(0, x)), h) && parseInt(trim(item.substr(x + 1)), w);
    }
    if (!ok || h <= 0 || w <= 0) {
      error = "'" + key + "' takes positive HxW values (or N for NxN), got '" + item + "'";
      return false;
    }
    error = outOfRange(key, item, double(std::max(h, w)));
    if (!error.empty())
      return false;
    out.push_back({h, w});
  }
  return true;
}

/// `none` or a '+'-joined set of hybrid, batch, ifmaps, forwarding, sharing, written back
/// in that order (so "batch+hybrid" and "hybrid+batch" are one point).
bool canonicalPartitioning(const std::string &item, std::string &out, std::string &error) {
  static const char *parts[] = {"hybrid", "batch", "ifmaps", "forwarding", "sharing"};
  if (item == "none") {
    out = "none";
    return true;
  }
  std::set<std::string> given;
  for (const std::string &part : split(item, '+')) {
    bool known = false;
    for (const char *p : parts)
      known |= part == p;
    if (!known || !given.insert(part).second) {
      error = "'partitioning' takes 'none' or a '+'-joined set of hybrid, batch, ifmaps, "
              "forwarding, sharing; got '" + item + "'";
      return false;
    }
  }
  if (given.count("ifmaps") && !given.count("hybrid")) {
    error = "'partitioning' value '" + item + "': ifmaps partitioning needs hybrid";
    return false;
  }
  out.clear();
  for (const char *p : parts)
    if (given.count(p))
      out += (out.empty() ? "" : "+") + std::string(p);
  return true;
}

bool parseWords(const std::string &key, const std::vector<std::string> &items,
                const std::vector<const char *> &allowed, std::vector<std::string> &out,
                std::string &error) {
  for (const std::string &item : items) {
    bool ok = false;
    std::string list;
    for (const char *a : allowed) {
      ok |= item == a;
      list += (list.empty() ? "" : ", ") + std::string(a);
    }
    if (!ok) {
      error = "'" + key + "' takes " + list + "; got '" + item + "'";
      return false;
    }
    out.push_back(item);
  }
  return true;
}

} // namespace

namespace {
bool addValues(SweepSpec &spec, const std::string &rawLine, std::string &error);
} // namespace

bool SweepSpec::addLine(const std::string &rawLine, std::string &error) {
  if (!addValues(*this, rawLine, error))
    return false;
  if (blocks.empty())
    return true;
  // The block's points so far (a product of counts, in double: it cannot overflow).
  const SweepBlock &b = blocks.back();
  double n = 1;
  for (size_t c : {b.peArray.size(), b.nodes.size(), b.regfBytes.size(), b.gbufBytes.size(),
                   b.arraySize.size(), b.bufferBytes.size(), b.dramBandwidth.size(),
                   b.busWidth.size(), b.bandwidthGbs.size(), b.partitioning.size(),
                   b.interlayer.size(), b.systolicMethod.size(), b.mapGoal.size(),
                   b.technology.size(), b.dramType.size(), b.energy.size()})
    n *= double(std::max<size_t>(c, 1));
  if (n > kMaxPoints) {
    std::ostringstream m;
    m.precision(17);
    m << "the block has " << n << " hardware points, more than the maximum of "
      << int64_t(kMaxPoints) << " (split the sweep into several specs or shards)";
    error = m.str();
    return false;
  }
  return true;
}

namespace {
/// One line's values into the last block (SweepSpec::addLine then checks its size).
bool addValues(SweepSpec &spec, const std::string &rawLine, std::string &error) {
  std::vector<SweepBlock> &blocks = spec.blocks;
  std::string line = trim(rawLine.substr(0, rawLine.find('#')));
  if (line.empty())
    return true;
  size_t eq = line.find('=');
  if (eq == std::string::npos) {
    error = "expected 'key = value, value, ...', got '" + line + "'";
    return false;
  }
  std::string key = trim(line.substr(0, eq));
  std::vector<std::string> items = split(trim(line.substr(eq + 1)), ',');
  if (items.empty() || (items.size() == 1 && items[0].empty())) {
    error = "'" + key + "' has no values";
    return false;
  }
  for (const std::string &item : items)
    if (item.empty()) {
      error = "'" + key + "' has an empty value (two commas in a row or a trailing comma)";
      return false;
    }

  if (key == "kind") {
    if (items.size() != 1) {
      error = "'kind' takes one value per block (start another block with another 'kind' "
              "line), got " + std::to_string(items.size());
      return false;
    }
    SweepBlock block;
    block.explicitKind = true;
    if (items[0] == "eyeriss")
      block.kind = Kind::Eyeriss;
    else if (items[0] == "systolic")
      block.kind = Kind::Systolic;
    else if (items[0] == "maestro")
      block.kind = Kind::Maestro;
    else if (items[0] == "dmaze")
      block.kind = Kind::DMaze;
    else {
      error = "unknown kind '" + items[0] + "'; expected eyeriss, systolic, maestro or dmaze";
      return false;
    }
    // Lines before the first `kind` line form an Eyeriss block only when there are some.
    if (!blocks.empty() && !blocks.back().explicitKind && blocks.back().lines == 0)
      blocks.pop_back();
    blocks.push_back(block);
    return true;
  }
  if (blocks.empty())
    blocks.push_back(SweepBlock());
  SweepBlock &b = blocks.back();
  static const char *allKeys[] = {"pe_array",   "regf_bytes",   "gbuf_bytes",
                                  "dram_bandwidth", "bus_width", "nodes",
                                  "partitioning", "interlayer", "array_size",
                                  "buffer_bytes", "bandwidth_gbs", "systolic_method",
                                  "map_goal", "technology", "dram_type", "energy"};
  bool known = false;
  for (const char *k : allKeys)
    known |= key == k;
  if (!known) {
    error = "unknown sweep parameter '" + key + "'; expected kind or one of " +
            keysOf(Kind::Eyeriss) + ", array_size, buffer_bytes, bandwidth_gbs, "
            "systolic_method, map_goal";
    return false;
  }
  if (!takesKey(b.kind, key)) {
    error = "'" + key + "' does not apply to kind " + kindName(b.kind) + "; it takes " +
            keysOf(b.kind);
    return false;
  }
  ++b.lines;
  auto once = [&](bool empty) {
    if (!empty)
      error = "'" + key + "' is given twice";
    return empty;
  };

  if (key == "pe_array" || key == "nodes") {
    auto &dst = key == "pe_array" ? b.peArray : b.nodes;
    return once(dst.empty()) && parsePairs(key, items, dst, error);
  }
  if (key == "partitioning") {
    if (!once(b.partitioning.empty()))
      return false;
    for (const std::string &item : items) {
      std::string canonical;
      if (!canonicalPartitioning(item, canonical, error))
        return false;
      b.partitioning.push_back(canonical);
    }
    return true;
  }
  if (key == "interlayer")
    return once(b.interlayer.empty()) &&
           parseWords(key, items, {"false", "true"}, b.interlayer, error);
  if (key == "systolic_method")
    return once(b.systolicMethod.empty()) &&
           parseWords(key, items, {"exhaustive", "static", "constrained", "combined"},
                      b.systolicMethod, error);
  // The estimator's inputs (CostModel/Technology): its nodes and DRAM types.
  if (key == "technology") {
    if (!once(b.technology.empty()))
      return false;
    for (const std::string &item : items) {
      int64_t nm = 0;
      if (!parseInt(item, nm) || !dataflow::cost::tech::isSupportedNode(int(nm))) {
        std::string nodes;
        for (const auto &n : dataflow::cost::tech::kTechnologyNodes)
          nodes += (nodes.empty() ? "" : ", ") + std::to_string(n.nm);
        error = "'technology' takes the estimator's nodes in nm (" + nodes + "); got '" +
                item + "'";
        return false;
      }
      b.technology.push_back(nm);
    }
    return true;
  }
  if (key == "dram_type")
    // The header-only names (this file also builds into the spec fuzzer, which links no
    // cost model).
    return once(b.dramType.empty()) &&
           parseWords(key, items,
                      {std::begin(dataflow::cost::tech::kDramTypeNames),
                       std::end(dataflow::cost::tech::kDramTypeNames)},
                      b.dramType, error);
  // Explicit energies (the base accelerator's) or the estimator's (docs/design-space-sweeps.md).
  if (key == "energy")
    return once(b.energy.empty()) &&
           parseWords(key, items, {"explicit", "estimated"}, b.energy, error);
  if (key == "map_goal") {
    if (!once(b.mapGoal.empty()))
      return false;
    if (b.kind == Kind::Maestro)
      return parseWords(key, items, {"runtime", "energy", "edp"}, b.mapGoal, error);
    return parseWords(key, items, {"edp", "energy", "cycles"}, b.mapGoal, error);
  }

  bool integral = key == "regf_bytes" || key == "gbuf_bytes" || key == "bus_width" ||
                  key == "array_size" || key == "buffer_bytes";
  bool unlimitedOk = key == "dram_bandwidth" || key == "bus_width";
  std::vector<double> values;
  for (const std::string &item : items) {
    if (item == "unlimited") {
      if (!unlimitedOk) {
        error = "'" + key + "' cannot be 'unlimited'";
        return false;
      }
      values.push_back(kUnlimited);
      continue;
    }
    if (!expand(key, item, integral, values, error))
      return false;
  }
  std::vector<int64_t> *ints = key == "regf_bytes"     ? &b.regfBytes
                               : key == "gbuf_bytes"   ? &b.gbufBytes
                               : key == "array_size"   ? &b.arraySize
                               : key == "buffer_bytes" ? &b.bufferBytes
                                                       : nullptr;
  if (ints) {
    if (!once(ints->empty()))
      return false;
    for (double v : values)
      ints->push_back(int64_t(v));
    return true;
  }
  std::vector<double> &dst = key == "dram_bandwidth" ? b.dramBandwidth
                             : key == "bus_width"    ? b.busWidth
                                                     : b.bandwidthGbs;
  if (!once(dst.empty()))
    return false;
  dst = values;
  return true;
}

} // namespace

namespace {
/// The values of an estimator input (technology, dram_type) for a point of this `energy`:
/// none (0 or empty) for an explicit point, else the block's or the base's.
template <typename T>
std::vector<T> estimatorValues(const std::string &energy, const std::vector<T> &values,
                               const T &base) {
  if (energy == "explicit")
    return {T()};
  return values.empty() ? std::vector<T>{base} : values;
}
} // namespace

std::vector<HardwarePoint> SweepSpec::points(const HardwarePoint &base) const {
  std::vector<SweepBlock> all = blocks.empty() ? std::vector<SweepBlock>{SweepBlock()} : blocks;
  std::vector<HardwarePoint> out;
  for (const SweepBlock &b : all) {
    auto or1 = [](const auto &list, auto value) {
      using T = std::decay_t<decltype(value)>;
      return list.empty() ? std::vector<T>{value} : std::vector<T>(list.begin(), list.end());
    };
    HardwarePoint p = base;
    p.kind = b.kind;
    if (b.kind == Kind::Maestro && p.mapGoal.empty())
      p.mapGoal = "runtime";
    if (b.kind == Kind::DMaze && p.mapGoal.empty())
      p.mapGoal = "edp";
    if (b.kind == Kind::DMaze)
      p.dramBandwidth = p.busWidth = kUnlimited; // not dMazeRunner parameters
    if (b.kind == Kind::Systolic) {
      for (int64_t a : or1(b.arraySize, p.arraySize))
        for (int64_t buf : or1(b.bufferBytes, p.bufferBytes))
          for (double bw : or1(b.bandwidthGbs, p.bandwidthGbs))
            for (const std::string &m : or1(b.systolicMethod, p.systolicMethod))
              for (const std::string &energy : or1(b.energy, p.energy))
                for (int64_t nm : estimatorValues(energy, b.technology, p.technology))
                  for (const std::string &dram : estimatorValues(energy, b.dramType, p.dramType)) {
                    HardwarePoint q = p;
                    q.arraySize = a, q.bufferBytes = buf, q.bandwidthGbs = bw;
                    q.systolicMethod = m;
                    q.energy = energy, q.technology = nm, q.dramType = dram;
                    out.push_back(q);
                  }
      continue;
    }
    for (auto [h, w] : or1(b.peArray, std::pair{p.peH, p.peW}))
      for (int64_t r : or1(b.regfBytes, p.regfBytes))
        for (int64_t g : or1(b.gbufBytes, p.gbufBytes))
          for (double d : or1(b.dramBandwidth, p.dramBandwidth))
            for (double bus : or1(b.busWidth, p.busWidth))
              for (auto [nh, nw] : or1(b.nodes, std::pair{p.nodesH, p.nodesW}))
                for (const std::string &part : or1(b.partitioning, p.partitioning))
                  for (const std::string &il :
                       or1(b.interlayer, std::string(p.interlayer ? "true" : "false")))
                    for (const std::string &goal : or1(b.mapGoal, p.mapGoal))
                      for (const std::string &energy : or1(b.energy, p.energy))
                        for (int64_t nm : estimatorValues(energy, b.technology, p.technology))
                          for (const std::string &dram :
                               estimatorValues(energy, b.dramType, p.dramType)) {
                            HardwarePoint q = p;
                            q.peH = h, q.peW = w, q.regfBytes = r, q.gbufBytes = g;
                            q.dramBandwidth = d, q.busWidth = bus;
                            q.nodesH = nh, q.nodesW = nw, q.partitioning = part;
                            q.interlayer = il == "true";
                            q.mapGoal = goal;
                            q.energy = energy, q.technology = nm, q.dramType = dram;
                            out.push_back(q);
                          }
  }
  return out;
}

bool dataflow::dse::parseSweepSpec(const std::string &text, const std::string &source,
                                   SweepSpec &spec, std::string &error) {
  std::istringstream in(text);
  std::string line;
  for (int number = 1; std::getline(in, line); ++number)
    if (!spec.addLine(line, error)) {
      error = source + ":" + std::to_string(number) + ": " + error;
      return false;
    }
  return true;
}

std::string dataflow::dse::formatBandwidth(double value) {
  if (std::isinf(value))
    return "unlimited";
  // The shortest text that reads back as `value`.
  for (int precision = 1;; ++precision) {
    std::ostringstream os;
    os.precision(precision);
    os << value;
    if (precision >= 17 || std::strtod(os.str().c_str(), nullptr) == value)
      return os.str();
  }
}
