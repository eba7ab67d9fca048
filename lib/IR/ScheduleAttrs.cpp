//===- ScheduleAttrs.cpp - mapping, blocking and cost attributes ----------===//
// Over 500 lines: the syntax and verifier of three attributes that check one another (a blocking against its mapping, a cost against both).
//
// Custom syntax and verifiers of the schedule attributes. Doubles print with
// printExactDouble, so every figure reads back bit-identically.
//
//===----------------------------------------------------------------------===//

#include "Dataflow/IR/Limits.h"
#include "Dataflow/IR/DataflowAttrs.h"
#include "Dataflow/IR/DataflowDialect.h"
#include "Dataflow/IR/KeyedSyntax.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/TypeSwitch.h"

#include <cmath>

using namespace mlir;
using namespace dataflow;

static constexpr StringRef kLoopNames[] = {"I", "O", "B"};
static constexpr StringRef kDataNames[] = {"fil", "ifm", "ofm"};

//===----------------------------------------------------------------------===//
// MappingAttr
//===----------------------------------------------------------------------===//

static constexpr StringRef kMappingFields[] = {"fold", "repl", "ifmaps", "ofmaps"};

Attribute MappingAttr::parse(AsmParser &parser, Type) {
  SMLoc start = parser.getCurrentLocation();
  StringRef strategyName;
  if (parser.parseLess() || parser.parseKeyword(&strategyName))
    return {};
  std::optional<MappingStrategy> strategy = symbolizeMappingStrategy(strategyName);
  if (!strategy) {
    parser.emitError(start, "unknown mapping strategy '")
        << strategyName << "'; expected row_stationary";
    return {};
  }
  SmallVector<int64_t> fold, repl;
  int64_t ifmaps = 0, ofmaps = 0;
  SmallVector<bool> required(4, true), seen;
  if (parser.parseComma() ||
      parseKeyedList(parser, AsmParser::Delimiter::None, kMappingFields, required, "mapping",
                     seen,
                     [&](size_t index) -> ParseResult {
                       switch (index) {
                       case 0:
                         return parseIntList(parser, fold);
                       case 1:
                         return parseIntList(parser, repl);
                       case 2:
                         return parser.parseInteger(ifmaps);
                       default:
                         return parser.parseInteger(ofmaps);
                       }
                     }) ||
      parser.parseGreater())
    return {};
  return parser.getChecked<MappingAttr>(start, parser.getContext(), *strategy,
                                        ArrayRef<int64_t>(fold), ArrayRef<int64_t>(repl),
                                        ifmaps, ofmaps);
}

void MappingAttr::print(AsmPrinter &printer) const {
  printer << '<' << stringifyMappingStrategy(getStrategy()) << ", fold = ";
  printIntList(printer, getFold());
  printer << ", repl = ";
  printIntList(printer, getRepl());
  printer << ", ifmaps = " << getIfmaps() << ", ofmaps = " << getOfmaps() << '>';
}

LogicalResult MappingAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                                  MappingStrategy, ArrayRef<int64_t> fold,
                                  ArrayRef<int64_t> repl, int64_t ifmaps, int64_t ofmaps) {
  for (auto [name, values] : {std::pair{"fold", fold}, std::pair{"repl", repl}}) {
    if (values.size() != 2)
      return emitError() << "mapping '" << name << "' must be [rows, columns], got "
                         << values.size() << " values";
    if (values[0] <= 0 || values[1] <= 0)
      return emitError() << "mapping '" << name << "' must be positive, got [" << values[0]
                         << ", " << values[1] << "]";
  }
  if (ifmaps <= 0 || ofmaps <= 0)
    return emitError() << "mapping 'ifmaps' and 'ofmaps' must be positive, got " << ifmaps
                       << " and " << ofmaps;
  return success();
}

//===----------------------------------------------------------------------===//
// BlockingAttr
//===----------------------------------------------------------------------===//

static constexpr StringRef kBlockingFields[] = {"dram",       "gbuf",       "regf",
                                                "dram_order", "gbuf_order", "bypass"};
static constexpr bool kBlockingRequired[] = {true, true, true, false, false, false};

/// `[f, ?, f]`: a factor per loop I, O, B; `?` (stored as 0) leaves it to the search.
static ParseResult parseFactors(AsmParser &parser, SmallVectorImpl<int64_t> &factors) {
  return parser.parseCommaSeparatedList(AsmParser::Delimiter::Square, [&]() {
    if (succeeded(parser.parseOptionalQuestion())) {
      factors.push_back(0);
      return success();
    }
    int64_t v;
    if (parser.parseInteger(v))
      return failure();
    factors.push_back(v);
    return success();
  });
}

/// `[B, I, O]`: loops by name, outermost first.
static ParseResult parseNames(AsmParser &parser, ArrayRef<StringRef> names, StringRef what,
                              SmallVectorImpl<int64_t> &indices) {
  return parser.parseCommaSeparatedList(AsmParser::Delimiter::Square, [&]() -> ParseResult {
    SMLoc loc = parser.getCurrentLocation();
    StringRef name;
    if (parser.parseKeyword(&name))
      return failure();
    const auto *it = llvm::find(names, name);
    if (it == names.end()) {
      InFlightDiagnostic diag = parser.emitError(loc) << "unknown " << what << " '" << name
                                                      << "'; expected one of ";
      llvm::interleaveComma(names, diag);
      return diag;
    }
    indices.push_back(it - names.begin());
    return success();
  });
}

Attribute BlockingAttr::parse(AsmParser &parser, Type) {
  SMLoc start = parser.getCurrentLocation();
  SmallVector<int64_t> factors[3], orders[2], bypassList;
  SmallVector<bool> seen;
  if (parseKeyedList(parser, AsmParser::Delimiter::LessGreater, kBlockingFields,
                     kBlockingRequired, "blocking", seen, [&](size_t index) -> ParseResult {
                       if (index < 3)
                         return parseFactors(parser, factors[index]);
                       if (index < 5)
                         return parseNames(parser, kLoopNames, "loop", orders[index - 3]);
                       return parseNames(parser, kDataNames, "data category", bypassList);
                     }))
    return {};
  int64_t bypass = kBypassUndecided;
  if (seen[5]) {
    bypass = 0;
    for (int64_t d : bypassList)
      bypass |= int64_t(1) << d;
  }
  return parser.getChecked<BlockingAttr>(
      start, parser.getContext(), ArrayRef<int64_t>(factors[0]), ArrayRef<int64_t>(factors[1]),
      ArrayRef<int64_t>(factors[2]), ArrayRef<int64_t>(orders[0]), ArrayRef<int64_t>(orders[1]),
      bypass);
}

void BlockingAttr::print(AsmPrinter &printer) const {
  auto printFactors = [&](ArrayRef<int64_t> values) {
    printer << '[';
    llvm::interleaveComma(values, printer, [&](int64_t v) {
      if (v == 0)
        printer << '?';
      else
        printer << v;
    });
    printer << ']';
  };
  auto printOrder = [&](StringRef key, ArrayRef<int64_t> order) {
    if (order.empty())
      return;
    printer << ", " << key << " = [";
    llvm::interleaveComma(order, printer, [&](int64_t l) { printer << kLoopNames[l]; });
    printer << ']';
  };
  printer << "<dram = ";
  printFactors(getDram());
  printer << ", gbuf = ";
  printFactors(getGbuf());
  printer << ", regf = ";
  printFactors(getRegf());
  printOrder("dram_order", getDramOrder());
  printOrder("gbuf_order", getGbufOrder());
  if (hasBypass()) {
    printer << ", bypass = [";
    bool first = true;
    for (int d = 0; d < 3; ++d)
      if (bypasses(d)) {
        printer << (first ? "" : ", ") << kDataNames[d];
        first = false;
      }
    printer << ']';
  }
  printer << '>';
}

LogicalResult BlockingAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                                   ArrayRef<int64_t> dram, ArrayRef<int64_t> gbuf,
                                   ArrayRef<int64_t> regf, ArrayRef<int64_t> dramOrder,
                                   ArrayRef<int64_t> gbufOrder, int64_t bypass) {
  const std::pair<StringRef, ArrayRef<int64_t>> levels[] = {
      {"dram", dram}, {"gbuf", gbuf}, {"regf", regf}};
  for (auto [name, factors] : levels) {
    if (factors.size() != 3)
      return emitError() << "blocking '" << name << "' needs a factor for each of I, O, B, got "
                         << factors.size();
    for (auto [l, f] : llvm::enumerate(factors))
      if (f < 0)
        return emitError() << "blocking '" << name << "' factor of loop " << kLoopNames[l]
                           << " is " << f << "; factors must be positive (or ? for free)";
  }
  const std::pair<StringRef, ArrayRef<int64_t>> orders[] = {{"dram_order", dramOrder},
                                                            {"gbuf_order", gbufOrder}};
  for (auto [name, order] : orders) {
    if (order.empty())
      continue;
    bool used[3] = {};
    if (order.size() == 3)
      for (int64_t l : order)
        if (l >= 0 && l < 3)
          used[l] = true;
    if (order.size() != 3 || !used[0] || !used[1] || !used[2])
      return emitError() << "blocking '" << name
                         << "' must list each of I, O, B exactly once";
  }
  if (bypass < kBypassUndecided || bypass > 7)
    return emitError() << "blocking bypass mask " << bypass << " is out of range";
  return success();
}

bool BlockingAttr::isComplete() const {
  auto positive = [](ArrayRef<int64_t> f) { return llvm::all_of(f, [](int64_t v) { return v > 0; }); };
  return positive(getDram()) && positive(getGbuf()) && positive(getRegf()) &&
         !getDramOrder().empty() && !getGbufOrder().empty();
}

//===----------------------------------------------------------------------===//
// CostAttr
//===----------------------------------------------------------------------===//

static constexpr StringRef kCostFields[] = {
    "energy",      "mac",        "regf",        "itcn",        "gbuf",
    "dram",        "noc",        "static",      "cycles",      "proc_cycles",
    "bus_cycles",  "dram_cycles", "ops",        "utilization", "dram_access",
    "gbuf_access", "itcn_access", "regf_access"};

Attribute CostAttr::parse(AsmParser &parser, Type) {
  SMLoc start = parser.getCurrentLocation();
  constexpr size_t n = std::size(kCostFields);
  double scalars[n] = {};
  SmallVector<APFloat> access[4];
  SmallVector<bool> required(n, true), seen;
  auto parseValue = [&](size_t index) -> ParseResult {
    if (index < 14)
      return parseNumber(parser, scalars[index]);
    return parser.parseCommaSeparatedList(AsmParser::Delimiter::Square, [&]() {
      double v;
      if (parseNumber(parser, v))
        return failure();
      access[index - 14].push_back(APFloat(v));
      return success();
    });
  };
  if (parseKeyedList(parser, AsmParser::Delimiter::LessGreater, kCostFields, required, "cost",
                     seen, parseValue))
    return {};
  for (size_t i = 8; i < 12; ++i)
    if (scalars[i] != std::floor(scalars[i])) {
      parser.emitError(start) << "cost '" << kCostFields[i] << "' must be a whole number of "
                              << "cycles, got " << scalars[i];
      return {};
    }
  auto ap = [&](size_t i) { return APFloat(scalars[i]); };
  auto cycles = [&](size_t i) { return static_cast<int64_t>(scalars[i]); };
  return parser.getChecked<CostAttr>(start, parser.getContext(), ap(0), ap(1), ap(2), ap(3),
                                     ap(4), ap(5), ap(6), ap(7), cycles(8), cycles(9),
                                     cycles(10), cycles(11), ap(12), ap(13),
                                     ArrayRef<APFloat>(access[0]), ArrayRef<APFloat>(access[1]),
                                     ArrayRef<APFloat>(access[2]), ArrayRef<APFloat>(access[3]));
}

void CostAttr::print(AsmPrinter &printer) const {
  const APFloat energies[] = {getEnergy(), getMac(), getRegf(), getItcn(),
                              getGbuf(),   getDram(), getNoc(), getStaticEnergy()};
  const int64_t cycles[] = {getCycles(), getProcCycles(), getBusCycles(), getDramCycles()};
  const ArrayRef<APFloat> access[] = {getDramAccess(), getGbufAccess(), getItcnAccess(),
                                      getRegfAccess()};
  printer << '<';
  for (auto [i, value] : llvm::enumerate(energies)) {
    printer << (i ? ", " : "") << kCostFields[i] << " = ";
    printExactDouble(printer, value);
  }
  for (auto [i, value] : llvm::enumerate(cycles))
    printer << ", " << kCostFields[8 + i] << " = " << value;
  printer << ", ops = ";
  printExactDouble(printer, getOps());
  printer << ", utilization = ";
  printExactDouble(printer, getUtilization());
  for (auto [i, values] : llvm::enumerate(access)) {
    printer << ", " << kCostFields[14 + i] << " = [";
    llvm::interleaveComma(values, printer, [&](const APFloat &v) { printExactDouble(printer, v); });
    printer << ']';
  }
  printer << '>';
}

LogicalResult CostAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                               APFloat energy, APFloat mac, APFloat regf, APFloat itcn,
                               APFloat gbuf, APFloat dram, APFloat noc, APFloat staticEnergy,
                               int64_t cycles, int64_t procCycles, int64_t busCycles,
                               int64_t dramCycles, APFloat ops, APFloat utilization,
                               ArrayRef<APFloat> dramAccess, ArrayRef<APFloat> gbufAccess,
                               ArrayRef<APFloat> itcnAccess, ArrayRef<APFloat> regfAccess) {
  const APFloat scalars[] = {energy, mac,          regf, itcn, gbuf, dram, noc,
                             staticEnergy, ops, utilization};
  const StringRef scalarNames[] = {"energy", "mac", "regf", "itcn", "gbuf", "dram", "noc",
                                   "static", "ops", "utilization"};
  for (auto [name, value] : llvm::zip(scalarNames, scalars))
    if (!value.isFinite() || value.isNegative())
      return emitError() << "cost '" << name << "' must be finite and non-negative";
  const std::pair<StringRef, int64_t> times[] = {{"cycles", cycles},
                                                 {"proc_cycles", procCycles},
                                                 {"bus_cycles", busCycles},
                                                 {"dram_cycles", dramCycles}};
  for (auto [name, value] : times)
    if (value < 0)
      return emitError() << "cost '" << name << "' must be non-negative, got " << value;
  if (cycles != std::max({procCycles, busCycles, dramCycles}))
    return emitError() << "cost 'cycles' is " << cycles
                       << " but must equal max(proc_cycles, bus_cycles, dram_cycles) = "
                       << std::max({procCycles, busCycles, dramCycles});
  const std::pair<StringRef, ArrayRef<APFloat>> access[] = {{"dram_access", dramAccess},
                                                            {"gbuf_access", gbufAccess},
                                                            {"itcn_access", itcnAccess},
                                                            {"regf_access", regfAccess}};
  for (auto [name, values] : access) {
    if (values.size() != 3)
      return emitError() << "cost '" << name << "' needs [fil, ifm, ofm], got "
                         << values.size() << " values";
    for (const APFloat &v : values)
      if (!v.isFinite() || v.isNegative())
        return emitError() << "cost '" << name << "' must be finite and non-negative";
  }
  return success();
}

//===----------------------------------------------------------------------===//
// PartitionAttr
//===----------------------------------------------------------------------===//

static constexpr StringRef kPartTypeNames[] = {"outp", "ofmp", "batp", "inpp"};
static constexpr StringRef kPartitionFields[] = {
    "order", "outp", "ofmp", "batp", "inpp", "access_forwarding", "buffer_sharing"};
static constexpr bool kPartitionRequired[] = {true, true, true, true, true, false, false};

static ParseResult parseBool(AsmParser &parser, bool &value) {
  SMLoc loc = parser.getCurrentLocation();
  StringRef word;
  if (parser.parseKeyword(&word))
    return failure();
  if (word != "true" && word != "false")
    return parser.emitError(loc) << "expected true or false, got '" << word << "'";
  value = word == "true";
  return success();
}

Attribute PartitionAttr::parse(AsmParser &parser, Type) {
  SMLoc start = parser.getCurrentLocation();
  SmallVector<int64_t> order, dims[4];
  bool flags[2] = {false, false};
  SmallVector<bool> seen;
  if (parseKeyedList(parser, AsmParser::Delimiter::LessGreater, kPartitionFields,
                     kPartitionRequired, "partition", seen, [&](size_t index) -> ParseResult {
                       if (index == 0)
                         return parseNames(parser, kPartTypeNames, "partition type", order);
                       if (index < 5)
                         return parseIntList(parser, dims[index - 1]);
                       return parseBool(parser, flags[index - 5]);
                     }))
    return {};
  return parser.getChecked<PartitionAttr>(
      start, parser.getContext(), ArrayRef<int64_t>(order), ArrayRef<int64_t>(dims[0]),
      ArrayRef<int64_t>(dims[1]), ArrayRef<int64_t>(dims[2]), ArrayRef<int64_t>(dims[3]),
      flags[0], flags[1]);
}

void PartitionAttr::print(AsmPrinter &printer) const {
  printer << "<order = [";
  llvm::interleaveComma(getOrder(), printer,
                        [&](int64_t p) { printer << kPartTypeNames[p]; });
  printer << ']';
  for (int p = 0; p < 4; ++p) {
    printer << ", " << kPartTypeNames[p] << " = ";
    printIntList(printer, getDims(p));
  }
  if (getAccessForwarding())
    printer << ", access_forwarding = true";
  if (getBufferSharing())
    printer << ", buffer_sharing = true";
  printer << '>';
}

LogicalResult PartitionAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                                    ArrayRef<int64_t> order, ArrayRef<int64_t> outp,
                                    ArrayRef<int64_t> ofmp, ArrayRef<int64_t> batp,
                                    ArrayRef<int64_t> inpp, bool, bool) {
  bool used[4] = {};
  if (order.size() == 4)
    for (int64_t p : order)
      if (p >= 0 && p < 4)
        used[p] = true;
  if (order.size() != 4 || !used[0] || !used[1] || !used[2] || !used[3])
    return emitError() << "partition 'order' must list each of outp, ofmp, batp, inpp "
                          "exactly once";
  const ArrayRef<int64_t> dims[] = {outp, ofmp, batp, inpp};
  for (int p = 0; p < 4; ++p) {
    if (dims[p].size() != 2)
      return emitError() << "partition '" << kPartTypeNames[p]
                         << "' must be [h, w], got " << dims[p].size() << " values";
    if (dims[p][0] <= 0 || dims[p][1] <= 0)
      return emitError() << "partition '" << kPartTypeNames[p] << "' must be positive, got ["
                         << dims[p][0] << ", " << dims[p][1] << "]";
    if (dims[p][0] > limits::kMaxNodesPerSide || dims[p][1] > limits::kMaxNodesPerSide)
      return emitError() << "partition '" << kPartTypeNames[p] << "' = [" << dims[p][0] << ", "
                         << dims[p][1] << "] exceeds the largest node grid side, "
                         << limits::kMaxNodesPerSide;
  }
  return success();
}

std::pair<int64_t, int64_t> PartitionAttr::getGrid() const {
  int64_t h = 1, w = 1;
  for (int p = 0; p < 4; ++p) {
    h *= getDims(p)[0];
    w *= getDims(p)[1];
  }
  return {h, w};
}

bool PartitionAttr::isTrivial() const { return getGrid() == std::pair<int64_t, int64_t>{1, 1}; }

//===----------------------------------------------------------------------===//
// NocAttr
//===----------------------------------------------------------------------===//

static constexpr StringRef kNocFields[] = {"unit_hops", "mem_hops", "node_hops", "total_hops",
                                           "access_divisor"};

Attribute NocAttr::parse(AsmParser &parser, Type) {
  SMLoc start = parser.getCurrentLocation();
  SmallVector<APFloat> lists[5];
  SmallVector<bool> required(5, true), seen;
  if (parseKeyedList(parser, AsmParser::Delimiter::LessGreater, kNocFields, required, "noc",
                     seen, [&](size_t index) {
                       return parser.parseCommaSeparatedList(
                           AsmParser::Delimiter::Square, [&]() {
                             double v;
                             if (parseNumber(parser, v))
                               return failure();
                             lists[index].push_back(APFloat(v));
                             return success();
                           });
                     }))
    return {};
  return parser.getChecked<NocAttr>(start, parser.getContext(), ArrayRef<APFloat>(lists[0]),
                                    ArrayRef<APFloat>(lists[1]), ArrayRef<APFloat>(lists[2]),
                                    ArrayRef<APFloat>(lists[3]), ArrayRef<APFloat>(lists[4]));
}

void NocAttr::print(AsmPrinter &printer) const {
  const ArrayRef<APFloat> lists[] = {getUnitHops(), getMemHops(), getNodeHops(), getTotalHops(),
                                     getAccessDivisor()};
  printer << '<';
  for (auto [i, values] : llvm::enumerate(lists)) {
    printer << (i ? ", " : "") << kNocFields[i] << " = [";
    llvm::interleaveComma(values, printer, [&](const APFloat &v) { printExactDouble(printer, v); });
    printer << ']';
  }
  printer << '>';
}

LogicalResult NocAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                              ArrayRef<APFloat> unitHops, ArrayRef<APFloat> memHops,
                              ArrayRef<APFloat> nodeHops, ArrayRef<APFloat> totalHops,
                              ArrayRef<APFloat> accessDivisor) {
  const ArrayRef<APFloat> lists[] = {unitHops, memHops, nodeHops, totalHops, accessDivisor};
  for (auto [name, values] : llvm::zip(kNocFields, lists)) {
    if (values.size() != 3)
      return emitError() << "noc '" << name << "' needs [fil, ifm, ofm], got " << values.size()
                         << " values";
    for (const APFloat &v : values)
      if (!v.isFinite() || v.isNegative())
        return emitError() << "noc '" << name << "' must be finite and non-negative";
  }
  for (const APFloat &v : accessDivisor)
    if (v.convertToDouble() < 1)
      return emitError() << "noc 'access_divisor' must be at least 1";
  return success();
}
