//===- SystolicAttrs.cpp - the #dataflow.systolic schedule attribute ------===//
//
// Custom syntax and verifier of a layer's systolic-array schedule. Doubles print
// with printExactDouble, so every figure reads back bit-identically.
//
//===----------------------------------------------------------------------===//

#include "Dataflow/IR/DataflowAttrs.h"
#include "Dataflow/IR/DataflowDialect.h"
#include "Dataflow/IR/KeyedSyntax.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"

#include <algorithm>
#include <cmath>
#include <optional>

using namespace mlir;
using namespace dataflow;

static constexpr StringRef kSystolicFields[] = {
    "method",         "order",         "channel_splits", "spatial_splits",
    "buffer",         "fill_drain",    "cycles",         "compute_cycles",
    "memory_cycles",  "transfer",      "utilization",    "energy",
    "rules"};
static constexpr size_t kFirstFigure = 6, kEnergy = 11, kRules = 12;

/// `yes` as true, `no` as false, anything else as nothing.
static std::optional<bool> boolWord(StringRef text, StringRef yes, StringRef no) {
  if (text == yes)
    return true;
  if (text == no)
    return false;
  return std::nullopt;
}

Attribute SystolicScheduleAttr::parse(AsmParser &parser, Type) {
  SMLoc start = parser.getCurrentLocation();
  constexpr size_t n = std::size(kSystolicFields);
  SystolicMethodKind method = SystolicMethodKind::exhaustive;
  SystolicOrderKind order = SystolicOrderKind::row_major;
  int64_t channelSplits = 0;
  SmallVector<int64_t> spatialSplits;
  SmallVector<APFloat> buffer;
  bool fillDrain = false;
  double figures[n] = {};
  FloatAttr energy; // optional: only an accelerator with energies has it
  bool toolRules = false; // optional: `rules = tool`
  auto parseKeyword = [&](StringRef field, auto symbolize, auto &out,
                          StringRef expected) -> ParseResult {
    SMLoc loc = parser.getCurrentLocation();
    StringRef text;
    if (parser.parseKeyword(&text))
      return failure();
    auto value = symbolize(text);
    if (!value)
      return parser.emitError(loc) << "systolic '" << field << "' must be " << expected
                                   << ", got '" << text << "'";
    out = *value;
    return success();
  };
  auto parseValue = [&](size_t index) -> ParseResult {
    switch (index) {
    case 0:
      return parseKeyword("method", [](StringRef t) { return symbolizeSystolicMethodKind(t); }, method,
                          "exhaustive, static, constrained or combined");
    case 1:
      return parseKeyword("order", [](StringRef t) { return symbolizeSystolicOrderKind(t); }, order,
                          "row_major or channel_major");
    case 2:
      return parser.parseInteger(channelSplits);
    case 3:
      return parseIntList(parser, spatialSplits);
    case 4:
      return parser.parseCommaSeparatedList(AsmParser::Delimiter::Square, [&]() {
        double v;
        if (parseNumber(parser, v))
          return failure();
        buffer.push_back(APFloat(v));
        return success();
      });
    case 5:
      return parseKeyword("fill_drain", [](StringRef t) { return boolWord(t, "true", "false"); },
                          fillDrain, "true or false");
    case kRules:
      return parseKeyword("rules", [](StringRef t) { return boolWord(t, "tool", "consistent"); },
                          toolRules, "tool or consistent");
    default:
      if (parseNumber(parser, figures[index]))
        return failure();
      if (index == kEnergy)
        energy = parser.getBuilder().getF64FloatAttr(figures[index]);
      return success();
    }
  };
  SmallVector<bool> required(n, true), seen;
  required[kEnergy] = false;
  required[kRules] = false;
  if (parseKeyedList(parser, AsmParser::Delimiter::LessGreater, kSystolicFields, required,
                     "systolic", seen, parseValue))
    return {};
  auto ap = [&](size_t i) { return APFloat(figures[i]); };
  return parser.getChecked<SystolicScheduleAttr>(
      start, parser.getContext(), method, order, channelSplits,
      ArrayRef<int64_t>(spatialSplits), ArrayRef<APFloat>(buffer), fillDrain, ap(6), ap(7),
      ap(8), ap(9), ap(10), energy, toolRules);
}

void SystolicScheduleAttr::print(AsmPrinter &printer) const {
  printer << "<method = " << stringifySystolicMethodKind(getMethod())
          << ", order = " << stringifySystolicOrderKind(getOrder())
          << ", channel_splits = " << getChannelSplits() << ", spatial_splits = ";
  printIntList(printer, getSpatialSplits());
  printer << ", buffer = [";
  llvm::interleaveComma(getBuffer(), printer,
                        [&](const APFloat &v) { printExactDouble(printer, v); });
  printer << "], fill_drain = " << (getFillDrain() ? "true" : "false");
  const APFloat figures[] = {getCycles(), getComputeCycles(), getMemoryCycles(), getTransfer(),
                             getUtilization()};
  for (auto [i, value] : llvm::enumerate(figures)) {
    printer << ", " << kSystolicFields[kFirstFigure + i] << " = ";
    printExactDouble(printer, value);
  }
  if (FloatAttr energy = getEnergy()) {
    printer << ", energy = ";
    printExactDouble(printer, energy.getValueAsDouble());
  }
  if (getToolRules())
    printer << ", rules = tool";
  printer << '>';
}

LogicalResult SystolicScheduleAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                                           SystolicMethodKind, SystolicOrderKind,
                                           int64_t channelSplits,
                                           ArrayRef<int64_t> spatialSplits,
                                           ArrayRef<APFloat> buffer, bool, APFloat cycles,
                                           APFloat computeCycles, APFloat memoryCycles,
                                           APFloat transfer, APFloat utilization,
                                           FloatAttr energy, bool) {
  if (channelSplits < 1)
    return emitError() << "systolic 'channel_splits' must be positive, got " << channelSplits;
  if (spatialSplits.size() != 2 && spatialSplits.size() != 3)
    return emitError() << "systolic 'spatial_splits' must have 2 or 3 values (W, H[, D]), got "
                       << spatialSplits.size();
  for (auto [d, v] : llvm::enumerate(spatialSplits))
    if (v < 1)
      return emitError() << "systolic 'spatial_splits' value " << d
                         << " must be positive, got " << v;
  if (buffer.size() != 3)
    return emitError() << "systolic 'buffer' must be [ifmap, ofmap, weights], got "
                       << buffer.size() << " values";
  for (const APFloat &v : buffer)
    if (!v.isFinite() || v.isNegative())
      return emitError() << "systolic 'buffer' words must be finite and non-negative";
  const std::pair<StringRef, APFloat> figures[] = {{"cycles", cycles},
                                                   {"compute_cycles", computeCycles},
                                                   {"memory_cycles", memoryCycles},
                                                   {"transfer", transfer},
                                                   {"utilization", utilization}};
  for (const auto &[name, value] : figures)
    if (!value.isFinite() || value.isNegative())
      return emitError() << "systolic '" << name << "' must be finite and non-negative";
  if (energy)
    if (double e = energy.getValueAsDouble(); !std::isfinite(e) || e < 0.0)
      return emitError() << "systolic 'energy' must be finite and non-negative, got "
                         << formatExactDouble(e);
  if (utilization.convertToDouble() > 1.0)
    return emitError() << "systolic 'utilization' must be at most 1, got "
                       << formatExactDouble(utilization.convertToDouble());
  // docs/seed-tools.md §3.2: a layer takes max(compute, memory) cycles.
  double expected = std::max(computeCycles.convertToDouble(), memoryCycles.convertToDouble());
  if (cycles.convertToDouble() != expected)
    return emitError() << "systolic 'cycles' is " << formatExactDouble(cycles.convertToDouble())
                       << ", but max(compute_cycles, memory_cycles) is "
                       << formatExactDouble(expected);
  return success();
}
