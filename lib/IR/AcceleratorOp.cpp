//===- AcceleratorOp.cpp - dataflow.accelerator syntax and verifier -------===//
// Over 500 lines: one keyed syntax serves both accelerator kinds (a shared field table), and
// the verifiers of both kinds check the same shared fields (word_bits, clock_ghz, energies)
// with their maxima side by side.
//
// Custom syntax: a brace-delimited list of `field = value` in any order, every field
// of the accelerator's kind (eyeriss or systolic) required and no field of the other
// kind allowed, so no resource ever takes a silent default. An eyeriss accelerator may
// ask for estimated energies (`energy = estimated`), which then need `technology` and
// more (docs/cost-model.md "Energy and area estimates").
//
//===----------------------------------------------------------------------===//

#include "Dataflow/IR/Limits.h"
#include "Dataflow/IR/DataflowOps.h"
#include "Dataflow/IR/KeyedSyntax.h"
// Header-only lists of the estimator's nodes and DRAM types (no link dependency).

#include "mlir/IR/Builders.h"
#include "mlir/IR/OpImplementation.h"

#include <cmath>

using namespace mlir;
using namespace dataflow;

// The technology nodes and DRAM types the energy estimator knows (CostModel/Technology:
// kTechnologyNodes, kDramTypeNames). The dialect depends on nothing else of the project
// (docs/architecture.md), so it lists them itself; BridgeTests checks that every one the
// estimator knows verifies and nothing else does.
static constexpr int kEstimatedNodesNm[] = {65, 45, 28, 16, 7};
static constexpr const char *kEstimatedDramTypes[] = {"DDR3", "2D",     "HBM2",
                                                      "3D",   "LPDDR4", "DDR4"};
// The units explicit energies may state (docs/report-schema.md, "Physical units").
static constexpr StringRef kEnergyUnits[] = {"J", "pJ", "relative"};

// Eyeriss fields first (nn_dataflow's resources), then the kind, then the systolic
// fields, then the eyeriss fields of estimated energies and the unit of explicit ones;
// `word_bits` and `clock_ghz` belong to both kinds.
static constexpr StringRef kFields[] = {
    "nodes",      "pe_array",     "regf_bytes",    "gbuf_bytes", "word_bits",
    "memory",     "dram_bandwidth", "bus_width",   "energy",     "kind",
    "array_size", "buffer_bytes", "partition",     "bandwidth_gbs", "clock_ghz",
    "dataflow",   "technology",   "dram_type",  "energy_unit"};
static constexpr size_t kWordBits = 4, kEnergy = 8, kKind = 9, kFirstSystolic = 10,
                        kClockGhz = 14, kFirstEstimate = 16;
static constexpr size_t kNumFields = std::size(kFields);

/// Does field `index` belong to accelerators of kind `kind`?
static bool fieldOfKind(size_t index, AcceleratorKind kind) {
  if (index == kWordBits || index == kKind || index == kClockGhz)
    return true;
  // Energies, explicit or estimated, and their unit: both kinds (a systolic array's are
  // optional, docs/cost-model.md "Systolic energy").
  if (index == kEnergy || index >= kFirstEstimate)
    return true;
  return (index >= kFirstSystolic) == (kind == AcceleratorKind::systolic);
}

/// Optional fields of an eyeriss accelerator: the verifier says when they are needed.
static bool optionalForEyeriss(size_t index) {
  return index == kClockGhz || index >= kFirstEstimate;
}

/// Optional fields of a systolic accelerator: its energies and what they need.
static bool optionalForSystolic(size_t index) {
  return index == kEnergy || index >= kFirstEstimate;
}

ParseResult AcceleratorOp::parse(OpAsmParser &parser, OperationState &result) {
  Builder &b = parser.getBuilder();
  StringAttr name;
  if (parser.parseSymbolName(name))
    return failure();
  result.addAttribute(getSymNameAttrName(result.name), name);

  SmallVector<SMLoc> fieldLoc(kNumFields);
  AcceleratorKind kind = AcceleratorKind::eyeriss;
  auto parseValue = [&](size_t index) -> ParseResult {
    StringRef key = kFields[index];
    SMLoc loc = parser.getCurrentLocation();
    fieldLoc[index] = loc;
    if (key == "nodes" || key == "pe_array") {
      SmallVector<int64_t> values;
      if (parseIntList(parser, values))
        return failure();
      result.addAttribute(key, b.getDenseI64ArrayAttr(values));
    } else if (key == "regf_bytes" || key == "gbuf_bytes" || key == "word_bits" ||
               key == "array_size" || key == "buffer_bytes" || key == "technology") {
      int64_t v = 0;
      if (parser.parseInteger(v))
        return failure();
      result.addAttribute(key, b.getI64IntegerAttr(v));
    } else if (key == "memory") {
      std::string text;
      if (parser.parseString(&text))
        return failure();
      std::optional<MemoryType> memory = symbolizeMemoryType(text);
      if (!memory)
        return parser.emitError(loc, "memory must be \"2D\" (DRAM on the grid corners) "
                                     "or \"3D\" (a vault per node), got \"")
               << text << "\"";
      result.addAttribute(key, MemoryTypeAttr::get(b.getContext(), *memory));
    } else if (key == "dram_bandwidth") {
      if (succeeded(parser.parseOptionalKeyword("unlimited")))
        return success();
      double v;
      if (parseNumber(parser, v))
        return failure();
      result.addAttribute(key, b.getF64FloatAttr(v));
    } else if (key == "bus_width") {
      if (succeeded(parser.parseOptionalKeyword("unlimited")))
        return success();
      int64_t v;
      if (parser.parseInteger(v))
        return failure();
      result.addAttribute(key, b.getI64IntegerAttr(v));
    } else if (key == "dram_type" || key == "energy_unit") {
      std::string text;
      if (parser.parseString(&text))
        return failure();
      result.addAttribute(key, b.getStringAttr(text));
    } else if (key == "energy") {
      // `estimated` (joules) or `estimated_relative` (16-bit MACs) instead of energies.
      for (auto [keyword, calibration] : {std::pair{"estimated", "absolute"},
                                          std::pair{"estimated_relative", "relative"}})
        if (succeeded(parser.parseOptionalKeyword(keyword))) {
          result.addAttribute("energy_estimate", b.getStringAttr(calibration));
          return success();
        }
      EnergyAttr energy;
      if (parser.parseAttribute(energy))
        return failure();
      result.addAttribute(key, energy);
    } else if (key == "kind") {
      StringRef text;
      if (parser.parseKeyword(&text))
        return failure();
      std::optional<AcceleratorKind> parsed = symbolizeAcceleratorKind(text);
      if (!parsed)
        return parser.emitError(loc, "kind must be eyeriss or systolic, got '") << text << "'";
      kind = *parsed;
      // Absent means eyeriss: storing it would not survive a print / parse round trip.
      if (kind == AcceleratorKind::systolic)
        result.addAttribute(key, AcceleratorKindAttr::get(b.getContext(), kind));
    } else if (key == "partition") {
      if (succeeded(parser.parseOptionalKeyword("searched")))
        return success();
      SmallVector<double> fractions;
      if (parser.parseCommaSeparatedList(AsmParser::Delimiter::Square, [&]() {
            double v;
            if (parseNumber(parser, v))
              return failure();
            fractions.push_back(v);
            return success();
          }))
        return failure();
      result.addAttribute(key, b.getDenseF64ArrayAttr(fractions));
    } else if (key == "bandwidth_gbs" || key == "clock_ghz") {
      double v;
      if (parseNumber(parser, v))
        return failure();
      result.addAttribute(key, b.getF64FloatAttr(v));
    } else { // dataflow
      StringRef text;
      if (parser.parseKeyword(&text))
        return failure();
      std::optional<SystolicDataflowKind> parsed = symbolizeSystolicDataflowKind(text);
      if (!parsed)
        return parser.emitError(loc, "dataflow must be output_stationary or "
                                     "weight_stationary, got '")
               << text << "'";
      result.addAttribute(key, SystolicDataflowKindAttr::get(b.getContext(), *parsed));
    }
    return success();
  };
  SMLoc start = parser.getCurrentLocation();
  SmallVector<bool> required(kNumFields, false), seen;
  if (parseKeyedList(parser, AsmParser::Delimiter::Braces, kFields, required, "accelerator",
                     seen, parseValue))
    return failure();
  // Exactly the fields of the kind: none of the other kind, none missing.
  StringRef kindName = stringifyAcceleratorKind(kind);
  for (size_t i = 0; i < kNumFields; ++i)
    if (seen[i] && !fieldOfKind(i, kind))
      return parser.emitError(fieldLoc[i])
             << "field '" << kFields[i] << "' does not belong to "
             << (kind == AcceleratorKind::eyeriss ? "an " : "a ") << kindName << " accelerator";
  for (size_t i = 0; i < kNumFields; ++i)
    if (!seen[i] && i != kKind && fieldOfKind(i, kind) &&
        !(kind == AcceleratorKind::eyeriss && optionalForEyeriss(i)) &&
        !(kind == AcceleratorKind::systolic && optionalForSystolic(i)))
      return parser.emitError(start)
             << (kind == AcceleratorKind::systolic ? "systolic " : "") << "accelerator is missing field '"
             << kFields[i] << "'";
  return parser.parseOptionalAttrDictWithKeyword(result.attributes);
}

/// `kind = systolic, array_size = .., ..., dataflow = ..` after the opening brace.
static void printSystolicFields(OpAsmPrinter &p, AcceleratorOp op) {
  p << "kind = systolic, array_size = " << op.arraySize()
    << ", buffer_bytes = " << op.bufferBytes() << ", partition = ";
  if (std::optional<ArrayRef<double>> fractions = op.getPartition()) {
    p << '[';
    llvm::interleaveComma(*fractions, p, [&](double v) { printExactDouble(p, v); });
    p << ']';
  } else {
    p << "searched";
  }
  p << ",";
  p.printNewline();
  p << "bandwidth_gbs = ";
  printExactDouble(p, op.getBandwidthGbsAttr().getValueAsDouble());
  p << ", clock_ghz = ";
  printExactDouble(p, op.getClockGhzAttr().getValueAsDouble());
  p << ", word_bits = " << op.wordBits()
    << ", dataflow = " << stringifySystolicDataflowKind(*op.getDataflow());
  // Optional energies (absent on every accelerator written before they existed).
  if (op.hasEstimatedEnergy()) {
    p << ",";
    p.printNewline();
    p << "energy = estimated";
  } else if (EnergyAttr energy = op.getEnergyAttr()) {
    p << ",";
    p.printNewline();
    p << "energy = ";
    p.printAttribute(energy);
  }
  if (IntegerAttr node = op.getTechnologyAttr())
    p << ", technology = " << node.getInt();
  if (StringAttr dram = op.getDramTypeAttr())
    p << ", dram_type = \"" << dram.getValue() << "\"";
  if (StringAttr unit = op.getEnergyUnitAttr())
    p << ", energy_unit = \"" << unit.getValue() << "\"";
}

void AcceleratorOp::print(OpAsmPrinter &p) {
  p << ' ';
  p.printSymbolName(getSymName());
  p << " {";
  p.increaseIndent();
  p.printNewline();
  if (isSystolic()) {
    printSystolicFields(p, *this);
    p.decreaseIndent();
    p.printNewline();
    p << "}";
    SmallVector<NamedAttribute> discardable(getOperation()->getDiscardableAttrs());
    p.printOptionalAttrDictWithKeyword(discardable);
    return;
  }
  ArrayRef<int64_t> nodes = *getNodes(), array = *getPeArray();
  p << "nodes = [" << nodes[0] << ", " << nodes[1] << "], pe_array = [" << array[0] << ", " << array[1] << "],";
  p.printNewline();
  p << "regf_bytes = " << regfBytes() << ", gbuf_bytes = " << gbufBytes()
    << ", word_bits = " << wordBits() << ",";
  p.printNewline();
  p << "memory = \"" << stringifyMemoryType(*getMemory()) << "\", dram_bandwidth = ";
  if (FloatAttr bw = getDramBandwidthAttr())
    printExactDouble(p, bw.getValue());
  else
    p << "unlimited";
  p << ", bus_width = ";
  if (IntegerAttr width = getBusWidthAttr())
    p << width.getInt();
  else
    p << "unlimited";
  p << ",";
  p.printNewline();
  p << "energy = ";
  if (hasEstimatedEnergy()) {
    p << (hasRelativeEstimate() ? "estimated_relative" : "estimated");
  } else {
    p.printAttribute(getEnergyAttr());
  }
  if (IntegerAttr node = getTechnologyAttr())
    p << ", technology = " << node.getInt();
  if (StringAttr dram = getDramTypeAttr())
    p << ", dram_type = \"" << dram.getValue() << "\"";
  if (StringAttr unit = getEnergyUnitAttr())
    p << ", energy_unit = \"" << unit.getValue() << "\"";
  if (FloatAttr clock = getClockGhzAttr()) {
    p << ", clock_ghz = ";
    printExactDouble(p, clock.getValueAsDouble());
  }
  p.decreaseIndent();
  p.printNewline();
  p << "}";
  SmallVector<NamedAttribute> discardable(getOperation()->getDiscardableAttrs());
  p.printOptionalAttrDictWithKeyword(discardable);
}

static LogicalResult verifyEnergySource(AcceleratorOp op);

/// A systolic accelerator's optional energies: none, or explicit ones, or estimated ones
/// in joules (the systolic estimator has no relative calibration), checked as the
/// eyeriss kind's (docs/cost-model.md "Systolic energy").
static LogicalResult verifySystolicEnergy(AcceleratorOp op) {
  if (!op.getEnergyAttr() && !op.hasEstimatedEnergy()) {
    for (auto [field, present] : {std::pair{"technology", bool(op.getTechnologyAttr())},
                                  std::pair{"dram_type", bool(op.getDramTypeAttr())},
                                  std::pair{"energy_unit", bool(op.getEnergyUnitAttr())}})
      if (present)
        return op.emitOpError() << "'" << field
                                << "' of a systolic accelerator needs its 'energy' (explicit "
                                   "or estimated)";
    return success();
  }
  if (op.hasRelativeEstimate())
    return op.emitOpError() << "a systolic accelerator's energies are estimated in joules "
                               "only: write 'energy = estimated', not estimated_relative";
  return verifyEnergySource(op);
}

/// The systolic kind's rules (docs/seed-tools.md §3.1: the tool's word is 8, 16 or
/// 32 bits; its buffer partition is three fractions of one buffer).
static LogicalResult verifySystolic(AcceleratorOp op) {
  const char *const eyerissFields[] = {"nodes",      "pe_array",  "regf_bytes",
                                       "gbuf_bytes", "memory",    "dram_bandwidth",
                                       "bus_width"};
  for (const char *field : eyerissFields)
    if (op->hasAttr(field))
      return op.emitOpError() << "field '" << field
                              << "' does not belong to a systolic accelerator";
  const char *const systolicFields[] = {"array_size",    "buffer_bytes", "bandwidth_gbs",
                                        "clock_ghz", "dataflow"};
  for (const char *field : systolicFields)
    if (!op->hasAttr(field))
      return op.emitOpError() << "systolic accelerator is missing field '" << field << "'";
  if (op.arraySize() <= 0)
    return op.emitOpError() << "'array_size' must be positive, got " << op.arraySize();
  if (op.arraySize() > limits::kMaxPesPerSide)
    return op.emitOpError() << "'array_size' = " << op.arraySize()
                            << " exceeds the maximum of " << limits::kMaxPesPerSide;
  int64_t bits = op.wordBits();
  if (bits != 8 && bits != 16 && bits != 32)
    return op.emitOpError() << "'word_bits' of a systolic accelerator must be 8, 16 or 32, got "
                            << bits;
  if (op.bufferBytes() < bits / 8)
    return op.emitOpError() << "'buffer_bytes' is " << op.bufferBytes()
                            << ", smaller than one " << bits << "-bit word";
  for (auto [field, attr] : {std::pair{"bandwidth_gbs", op.getBandwidthGbsAttr()},
                             std::pair{"clock_ghz", op.getClockGhzAttr()}})
    if (double v = attr.getValueAsDouble(); !std::isfinite(v) || v <= 0.0)
      return op.emitOpError() << "'" << field << "' must be positive, got "
                              << formatExactDouble(v);
  if (op.bufferBytes() > limits::kMaxGbufBytes)
    return op.emitOpError() << "'buffer_bytes' = " << op.bufferBytes()
                            << " exceeds the maximum of " << limits::kMaxGbufBytes;
  if (double v = op.getBandwidthGbsAttr().getValueAsDouble();
      v < limits::kMinDramBandwidth || v > limits::kMaxDramBandwidth)
    return op.emitOpError() << "'bandwidth_gbs' = " << formatExactDouble(v)
                            << " GB/s is outside [" << limits::kMinDramBandwidth << ", "
                            << limits::kMaxDramBandwidth << "]";
  if (double v = op.getClockGhzAttr().getValueAsDouble();
      v < limits::kMinClockGhz || v > limits::kMaxClockGhz)
    return op.emitOpError() << "'clock_ghz' = " << formatExactDouble(v) << " is outside ["
                            << limits::kMinClockGhz << ", " << limits::kMaxClockGhz << "]";
  if (std::optional<ArrayRef<double>> fractions = op.getPartition()) {
    if (fractions->size() != 3)
      return op.emitOpError() << "'partition' must be [ifmap, ofmap, weights] fractions or "
                                 "'searched', got "
                              << fractions->size() << " values";
    static constexpr StringRef kParts[] = {"ifmap", "ofmap", "weights"};
    double sum = 0;
    for (auto [i, v] : llvm::enumerate(*fractions)) {
      if (!std::isfinite(v) || v <= 0.0 || v >= 1.0)
        return op.emitOpError() << "'partition' " << kParts[i]
                                << " fraction must be in (0, 1), got " << formatExactDouble(v);
      sum += v;
    }
    if (std::fabs(sum - 1.0) > 1e-9)
      return op.emitOpError() << "'partition' fractions must sum to 1, got "
                              << formatExactDouble(sum);
  }
  return verifySystolicEnergy(op);
}

/// Explicit energies, or estimates with what the estimator needs: `technology` always;
/// `dram_type` and `clock_ghz` for joules (docs/cost-model.md "Energy and area
/// estimates"). `clock_ghz` may accompany explicit energies.
static LogicalResult verifyEnergySource(AcceleratorOp op) {
  StringAttr estimate = op.getEnergyEstimateAttr();
  if (op.getEnergyAttr() && estimate)
    return op.emitOpError() << "gives explicit energies and asks for estimated ones; keep one "
                               "'energy'";
  if (!op.getEnergyAttr() && !estimate)
    return op.emitOpError() << "accelerator is missing field 'energy'";
  FloatAttr clock = op.getClockGhzAttr();
  if (clock) {
    if (double v = clock.getValueAsDouble(); !std::isfinite(v) || v <= 0.0)
      return op.emitOpError() << "'clock_ghz' must be positive, got " << formatExactDouble(v);
    else if (v < limits::kMinClockGhz || v > limits::kMaxClockGhz)
      return op.emitOpError() << "'clock_ghz' = " << formatExactDouble(v) << " is outside ["
                              << limits::kMinClockGhz << ", " << limits::kMaxClockGhz << "]";
  }
  IntegerAttr node = op.getTechnologyAttr();
  StringAttr dram = op.getDramTypeAttr();
  if (StringAttr unit = op.getEnergyUnitAttr()) {
    if (estimate)
      return op.emitOpError() << "'energy_unit' applies only to explicit energies (estimated "
                                 "ones are in J, estimated_relative ones in MACs)";
    if (!llvm::is_contained(kEnergyUnits, unit.getValue()))
      return op.emitOpError() << "'energy_unit' must be \"J\", \"pJ\" or \"relative\", got \""
                              << unit.getValue() << "\"";
  }
  if (!estimate) {
    for (auto [field, present] : {std::pair{"technology", bool(node)},
                                  std::pair{"dram_type", bool(dram)}})
      if (present)
        return op.emitOpError() << "'" << field
                                << "' applies only to estimated energies (energy = estimated)";
    return success();
  }
  bool relative = estimate.getValue() == "relative";
  if (!relative && estimate.getValue() != "absolute")
    return op.emitOpError() << "'energy_estimate' must be \"absolute\" or \"relative\", got \""
                            << estimate.getValue() << "\"";
  std::string nodes;
  for (int nm : kEstimatedNodesNm)
    nodes += (nodes.empty() ? "" : ", ") + std::to_string(nm);
  if (!node)
    return op.emitOpError() << "estimated energies need field 'technology' (nm: one of "
                            << nodes << ")";
  if (!llvm::is_contained(kEstimatedNodesNm, node.getInt()))
    return op.emitOpError() << "'technology' must be one of " << nodes << " (nm), got "
                            << node.getInt();
  if (relative) {
    if (dram)
      return op.emitOpError() << "'dram_type' does not apply to estimated_relative energies "
                                 "(DRAM is 200 MACs per word)";
    return success();
  }
  std::string drams;
  for (const char *name : kEstimatedDramTypes)
    drams += (drams.empty() ? "" : ", ") + std::string(name);
  if (!dram)
    return op.emitOpError() << "estimated energies need field 'dram_type' (one of " << drams
                            << ")";
  if (!llvm::is_contained(kEstimatedDramTypes, dram.getValue()))
    return op.emitOpError() << "'dram_type' must be one of " << drams << ", got \""
                            << dram.getValue() << "\"";
  if (!clock)
    return op.emitOpError() << "estimated energies in joules need field 'clock_ghz' (static "
                               "energy per cycle is leakage over the clock)";
  return success();
}

LogicalResult AcceleratorOp::verify() {
  if (isSystolic())
    return verifySystolic(*this);
  const char *const systolicFields[] = {"array_size", "buffer_bytes", "partition",
                                        "bandwidth_gbs", "dataflow"};
  for (const char *field : systolicFields)
    if ((*this)->hasAttr(field))
      return emitOpError() << "field '" << field << "' does not belong to an eyeriss accelerator";
  const char *const eyerissFields[] = {"nodes", "pe_array", "regf_bytes", "gbuf_bytes",
                                       "memory"};
  for (const char *field : eyerissFields)
    if (!(*this)->hasAttr(field))
      return emitOpError() << "accelerator is missing field '" << field << "'";
  if (failed(verifyEnergySource(*this)))
    return failure();
  auto checkGrid = [&](ArrayRef<int64_t> dims, StringRef field) -> LogicalResult {
    if (dims.size() != 2)
      return emitOpError() << "'" << field << "' must be [rows, columns], got "
                           << dims.size() << " values";
    for (auto [i, d] : llvm::enumerate(dims))
      if (d <= 0)
        return emitOpError() << "'" << field << "' " << (i == 0 ? "rows" : "columns")
                             << " must be positive, got " << d;
    const int64_t max = field == "nodes" ? limits::kMaxNodesPerSide : limits::kMaxPesPerSide;
    for (auto [i, d] : llvm::enumerate(dims))
      if (d > max)
        return emitOpError() << "'" << field << "' " << (i == 0 ? "rows" : "columns") << " = "
                             << d << " exceeds the maximum of " << max;
    return success();
  };
  if (failed(checkGrid(*getNodes(), "nodes")) || failed(checkGrid(*getPeArray(), "pe_array")))
    return failure();
  int64_t bits = wordBits();
  if (bits <= 0 || bits % 8 != 0)
    return emitOpError() << "'word_bits' must be a positive multiple of 8, got " << bits;
  int64_t wordBytes = bits / 8;
  if (regfBytes() < wordBytes)
    return emitOpError() << "'regf_bytes' is " << regfBytes()
                         << ", smaller than one " << bits << "-bit word";
  if (gbufBytes() < wordBytes)
    return emitOpError() << "'gbuf_bytes' is " << gbufBytes()
                         << ", smaller than one " << bits << "-bit word";
  if (regfBytes() > limits::kMaxRegfBytes)
    return emitOpError() << "'regf_bytes' = " << regfBytes() << " exceeds the maximum of "
                         << limits::kMaxRegfBytes;
  if (gbufBytes() > limits::kMaxGbufBytes)
    return emitOpError() << "'gbuf_bytes' = " << gbufBytes() << " exceeds the maximum of "
                         << limits::kMaxGbufBytes;
  if (FloatAttr bw = getDramBandwidthAttr())
    if (double v = bw.getValueAsDouble(); !std::isfinite(v) || v <= 0.0)
      return emitOpError() << "'dram_bandwidth' must be positive bytes per cycle or "
                              "'unlimited', got "
                           << v;
    else if (v < limits::kMinDramBandwidth || v > limits::kMaxDramBandwidth)
      return emitOpError() << "'dram_bandwidth' = " << v << " bytes per cycle is outside ["
                           << limits::kMinDramBandwidth << ", " << limits::kMaxDramBandwidth
                           << "]";
  if (IntegerAttr width = getBusWidthAttr(); width && width.getInt() <= 0)
    return emitOpError() << "'bus_width' must be positive words per cycle or "
                            "'unlimited', got "
                         << width.getInt();
  if (IntegerAttr width = getBusWidthAttr(); width && width.getInt() > limits::kMaxBusWidth)
    return emitOpError() << "'bus_width' = " << width.getInt()
                         << " words per cycle exceeds the maximum of " << limits::kMaxBusWidth;
  return success();
}
