//===- SweepSpec.cpp - The hardware points of a design-space sweep --------===//

#include "SweepSpec.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <sstream>

using namespace dataflow::dse;

namespace {

constexpr size_t kMaxValues = 100000;

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
    return true;
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

bool SweepSpec::addLine(const std::string &rawLine, std::string &error) {
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
  auto once = [&](bool empty) {
    if (!empty)
      error = "'" + key + "' is given twice";
    return empty;
  };

  if (key == "pe_array") {
    if (!once(peArray.empty()))
      return false;
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
        error = "'pe_array' takes positive HxW values (or N for NxN), got '" + item + "'";
        return false;
      }
      peArray.push_back({h, w});
    }
    return true;
  }
  bool integral = key == "regf_bytes" || key == "gbuf_bytes" || key == "bus_width";
  bool unlimitedOk = key == "dram_bandwidth" || key == "bus_width";
  if (!integral && !unlimitedOk) {
    error = "unknown sweep parameter '" + key +
            "'; expected one of pe_array, regf_bytes, gbuf_bytes, dram_bandwidth, bus_width";
    return false;
  }
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
  if (key == "regf_bytes" || key == "gbuf_bytes") {
    std::vector<int64_t> &dst = key == "regf_bytes" ? regfBytes : gbufBytes;
    if (!once(dst.empty()))
      return false;
    for (double v : values)
      dst.push_back(int64_t(v));
    return true;
  }
  std::vector<double> &dst = key == "dram_bandwidth" ? dramBandwidth : busWidth;
  if (!once(dst.empty()))
    return false;
  dst = values;
  return true;
}

std::vector<HardwarePoint> SweepSpec::points(const HardwarePoint &base) const {
  auto pe = peArray.empty() ? std::vector<std::pair<int64_t, int64_t>>{{base.peH, base.peW}}
                            : peArray;
  auto regf = regfBytes.empty() ? std::vector<int64_t>{base.regfBytes} : regfBytes;
  auto gbuf = gbufBytes.empty() ? std::vector<int64_t>{base.gbufBytes} : gbufBytes;
  auto dram = dramBandwidth.empty() ? std::vector<double>{base.dramBandwidth} : dramBandwidth;
  auto bus = busWidth.empty() ? std::vector<double>{base.busWidth} : busWidth;
  std::vector<HardwarePoint> out;
  for (auto [h, w] : pe)
    for (int64_t r : regf)
      for (int64_t g : gbuf)
        for (double d : dram)
          for (double b : bus)
            out.push_back(HardwarePoint{h, w, r, g, d, b});
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
