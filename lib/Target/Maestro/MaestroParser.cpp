//===- MaestroParser.cpp - MAESTRO .m model/mapping/hardware files --------===//
//
// Tokens are split on spaces and `, - > ( ) : \t ;`, `//` starts a comment
// (docs/seed-tools.md §1.1, MAESTRO DFSL_parser.hpp); `{` and `}` are tokens.
//
//===----------------------------------------------------------------------===//
#include "Dataflow/Target/Maestro/MaestroParser.h"

#include <cctype>
#include <charconv>
#include <optional>
#include <fstream>
#include <sstream>

namespace dataflow::cost::maestro {

namespace {

struct Token {
  std::string text;
  int line;
  size_t begin = 0, end = 0; ///< byte offsets in the file (layer names are cut from them)
};

std::vector<Token> tokenize(const std::string &text) {
  std::vector<Token> out;
  int line = 1;
  std::string cur;
  size_t start = 0;
  auto flush = [&](size_t at) {
    if (!cur.empty())
      out.push_back({cur, line, start, at});
    cur.clear();
  };
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '/' && i + 1 < text.size() && text[i + 1] == '/') {
      flush(i);
      while (i < text.size() && text[i] != '\n')
        ++i;
      --i;
      continue;
    }
    if (c == '\n') {
      flush(i);
      ++line;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r' || c == ',' || c == '-' || c == '>' || c == '(' ||
        c == ')' || c == ':' || c == ';') {
      flush(i);
      continue;
    }
    if (c == '{' || c == '}') {
      flush(i);
      out.push_back({std::string(1, c), line, i, i + 1});
      continue;
    }
    if (cur.empty())
      start = i;
    cur += c;
  }
  flush(text.size());
  return out;
}

/// A decimal number that fits in int64_t; nullopt past it (MAESTRO reads an int with
/// atoi, which is undefined there).
std::optional<int64_t> toInt64(const std::string &s) {
  int64_t v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size())
    return std::nullopt;
  return v;
}

bool isNumber(const std::string &s) {
  if (s.empty())
    return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c)))
      return false;
  return true;
}

class Parser {
public:
  Parser(const std::string &text, std::string file)
      : text(text), toks(tokenize(text)), file(std::move(file)) {}

  Result<NetworkDesc> network() {
    NetworkDesc net;
    while (!atEnd()) {
      const Token &t = peek();
      if (t.text == "Constant") {
        next();
        Result<std::string> name = word("a constant name");
        if (!name)
          return name.status();
        Result<int64_t> v = number(nullptr);
        if (!v)
          return v.status();
        constants[*name] = *v;
      } else if (t.text == "Network") {
        next();
        Result<std::string> name = word("a network name");
        if (!name)
          return name.status();
        net.name = *name;
        if (Status s = expect("{"); !s)
          return s;
        while (!atEnd() && peek().text != "}") {
          if (peek().text != "Layer")
            return err(peek(), "expected 'Layer' or '}', found '" + peek().text + "'");
          Result<LayerDesc> l = layer();
          if (!l)
            return l.status();
          net.layers.push_back(*l);
        }
        if (Status s = expect("}"); !s)
          return s;
      } else {
        return err(t, "expected 'Constant' or 'Network', found '" + t.text + "'");
      }
    }
    if (net.layers.empty())
      return Status::error(StatusCode::InvalidLayer, file + ": no layers");
    return net;
  }

private:
  const std::string &text;
  std::vector<Token> toks;
  std::string file;
  size_t pos = 0;
  std::map<std::string, int64_t> constants;

  bool atEnd() const { return pos >= toks.size(); }
  const Token &peek() const { return toks[pos]; }
  const Token &next() { return toks[pos++]; }
  int lastLine() const { return toks.empty() ? 1 : toks[std::min(pos, toks.size() - 1)].line; }
  Status err(const Token &t, const std::string &m) const { return errAt(t.line, m); }
  Status errAt(int line, const std::string &m) const {
    return Status::error(StatusCode::InvalidLayer, file + ":" + std::to_string(line) + ": " + m);
  }
  Status expect(const std::string &s) {
    if (atEnd())
      return errAt(lastLine(), "expected '" + s + "' before end of file");
    if (peek().text != s)
      return err(peek(), "expected '" + s + "', found '" + peek().text + "'");
    next();
    return Status::ok();
  }
  Result<std::string> word(const std::string &what) {
    if (atEnd())
      return errAt(lastLine(), "expected " + what + " before end of file");
    return next().text;
  }
  /// A number, a Constant, or Sz(D) (needs `dims`).
  Result<int64_t> number(const std::map<std::string, int64_t> *dims) {
    if (atEnd())
      return errAt(lastLine(), "expected a number before end of file");
    const Token &t = next();
    if (isNumber(t.text)) {
      if (std::optional<int64_t> v = toInt64(t.text))
        return *v;
      return err(t, "number " + t.text + " does not fit in 64 bits");
    }
    if (auto it = constants.find(t.text); it != constants.end())
      return it->second;
    if (t.text == "Sz" && dims) {
      Result<std::string> d = word("a dimension after Sz");
      if (!d)
        return d.status();
      std::string key = *d;
      if (auto it = dims->find(key); it != dims->end())
        return it->second;
      // Sz(Y') when only Y is given (and vice versa) is resolved by the model.
      return errAt(t.line, "Sz(" + key + "): dimension not given in Dimensions");
    }
    return err(t, "expected a number, a Constant or Sz(D), found '" + t.text + "'");
  }

  Result<LayerDesc> layer() {
    LayerDesc L;
    L.line = next().line; // "Layer"
    // The name runs to the '{': MAESTRO's PyTorch/Keras front end writes `Layer Conv2d-1 {`,
    // which its tokenizer splits at '-' (keeping only the last piece); the name here is the
    // text as written.
    if (atEnd() || peek().text == "{")
      return atEnd() ? errAt(lastLine(), "expected a layer name before end of file")
                     : err(peek(), "expected a layer name before '{'");
    size_t first = pos;
    while (!atEnd() && peek().text != "{" && peek().text != "}" && peek().line == toks[first].line)
      next();
    L.name = text.substr(toks[first].begin, toks[pos - 1].end - toks[first].begin);
    if (Status s = expect("{"); !s)
      return s;
    while (!atEnd() && peek().text != "}") {
      const Token &t = next();
      if (t.text == "Type") {
        Result<std::string> ty = word("a layer type");
        if (!ty)
          return ty.status();
        L.type = *ty;
      } else if (t.text == "Stride") {
        if (Status s = expect("{"); !s)
          return s;
        while (!atEnd() && peek().text != "}") {
          const Token &k = next();
          Result<int64_t> v = number(nullptr);
          if (!v)
            return v.status();
          // A stride divides the output size (Y' = (Y - R) / stride + 1).
          if ((k.text == "X" || k.text == "Y") && *v <= 0)
            return err(k, "stride " + k.text + " must be positive");
          if (k.text == "X")
            L.strideX = *v;
          else if (k.text == "Y")
            L.strideY = *v;
          else
            return err(k, "unknown stride '" + k.text + "' (X or Y)");
        }
        if (Status s = expect("}"); !s)
          return s;
      } else if (t.text == "Dimensions") {
        if (Status s = expect("{"); !s)
          return s;
        while (!atEnd() && peek().text != "}") {
          const Token &k = next();
          static const char *known[] = {"N", "G", "K", "C", "R", "S", "Y", "X", "Y'", "X'", "M"};
          bool ok = false;
          for (const char *n : known)
            ok |= k.text == n;
          if (!ok)
            return err(k, "unknown dimension '" + k.text + "'");
          Result<int64_t> v = number(nullptr);
          if (!v)
            return v.status();
          if (*v <= 0)
            return err(k, "dimension " + k.text + " must be positive");
          L.dims[k.text] = *v;
        }
        if (Status s = expect("}"); !s)
          return s;
      } else if (t.text == "Dataflow") {
        if (Status s = expect("{"); !s)
          return s;
        while (!atEnd() && peek().text != "}") {
          const Token &d = next();
          Directive dir;
          dir.line = d.line;
          if (d.text == "TemporalMap" || d.text == "SpatialMap") {
            dir.kind = d.text == "TemporalMap" ? Directive::Temporal : Directive::Spatial;
            Result<int64_t> sz = number(&L.dims);
            if (!sz)
              return sz.status();
            Result<int64_t> ofs = number(&L.dims);
            if (!ofs)
              return ofs.status();
            Result<std::string> dim = word("a dimension");
            if (!dim)
              return dim.status();
            if (*sz <= 0 || *ofs <= 0)
              return err(d, d.text + ": size and offset must be positive");
            dir.size = *sz;
            dir.offset = *ofs;
            dir.dim = *dim;
          } else if (d.text == "Cluster") {
            dir.kind = Directive::Cluster;
            Result<int64_t> n = number(&L.dims);
            if (!n)
              return n.status();
            if (*n <= 0)
              return err(d, "Cluster size must be positive");
            dir.size = dir.offset = *n;
            Result<std::string> ty = word("P or L");
            if (!ty)
              return ty.status();
            if (*ty != "P" && *ty != "L")
              return err(d, "Cluster type must be P or L, found '" + *ty + "'");
            dir.logical = *ty == "L";
          } else {
            return err(d, "unknown directive '" + d.text + "'");
          }
          L.dataflow.push_back(dir);
        }
        if (Status s = expect("}"); !s)
          return s;
      } else {
        return err(t, "unknown layer field '" + t.text + "'");
      }
    }
    if (Status s = expect("}"); !s)
      return s;
    return L;
  }
};

} // namespace

Result<NetworkDesc> parseMaestroNetwork(const std::string &text, const std::string &file) {
  return Parser(text, file).network();
}

/// Hardware values past this would overflow the cycle and access arithmetic.
constexpr int64_t kMaxHardwareValue = int64_t(1) << 40;

Result<HardwareDesc> parseMaestroHardware(const std::string &text, const std::string &file) {
  HardwareDesc hw;
  std::istringstream in(text);
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (auto c = line.find("//"); c != std::string::npos)
      line.erase(c);
    auto colon = line.find(':');
    std::string key = line.substr(0, colon);
    key.erase(0, key.find_first_not_of(" \t"));
    key.erase(key.find_last_not_of(" \t\r") + 1);
    if (key.empty())
      continue;
    auto bad = [&](const std::string &m) {
      return Status::error(StatusCode::InvalidHardware, file + ":" + std::to_string(n) + ": " + m);
    };
    if (colon == std::string::npos)
      return bad("expected 'key: value'");
    std::string v = line.substr(colon + 1);
    v.erase(0, v.find_first_not_of(" \t"));
    v.erase(v.find_last_not_of(" \t\r") + 1);
    // MAESTRO's command-line switches noc_mc_support and do_implicit_reduction: its main
    // program hands the model multicast = true whatever the switch says, and never passes
    // the reduction switch on (maestro-top.cpp), so only true describes what it prices.
    if (key == "noc_mc_support" || key == "do_implicit_reduction") {
      if (v == "true" || v == "1")
        continue;
      if (v == "false" || v == "0")
        return bad("'" + key + "' false is not modelled: MAESTRO always prices multicast NoCs "
                   "with implicit spatial reduction (its main program ignores the switch)");
      return bad("value of '" + key + "' is not true or false: '" + v + "'");
    }
    if (!isNumber(v))
      return bad("value of '" + key + "' is not a non-negative integer: '" + v + "'");
    std::optional<int64_t> parsed = toInt64(v);
    if (!parsed)
      return bad("value of '" + key + "' (" + v + ") does not fit in 64 bits");
    int64_t x = *parsed;
    if (key == "num_pes")
      hw.numPes = x;
    else if (key == "l1_size_cstr")
      hw.l1Size = x;
    else if (key == "l2_size_cstr")
      hw.l2Size = x;
    else if (key == "noc_bw_cstr")
      hw.nocBw = x;
    else if (key == "offchip_bw_cstr")
      hw.offchipBw = x;
    else if (key == "NoC_NumHops")
      hw.nocHops = x;
    else if (key == "noc_hop_latency") // MAESTRO's --noc_hop_latency (latency = hops x this)
      hw.hopLatency = x;
    else if (key == "num_simd_lanes") // MAESTRO's --num_simd_lanes
      hw.simdLanes = x;
    else
      return bad("unknown key '" + key + "'");
    if (x == 0 && key != "NoC_NumHops" && key != "noc_hop_latency")
      return bad("'" + key + "' must be positive");
    if (x > kMaxHardwareValue)
      return bad("'" + key + "' " + v + " is past 2^40, more than any accelerator MAESTRO models");
  }
  return hw;
}

Result<std::string> readTextFile(const std::string &path) {
  std::ifstream in(path);
  if (!in)
    return Status::error(StatusCode::InvalidArgument, "cannot read '" + path + "'");
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

} // namespace dataflow::cost::maestro
