//===- ImportedMappingAttrs.cpp - MAESTRO and dMazeRunner mapping attrs ---===//
//
// Custom syntax and verifiers of #dataflow.directives (MAESTRO's directive list, in
// its own spelling), #dataflow.loop_tiling (a dMazeRunner execution method) and
// #dataflow.spm_dma (dMazeRunner's scratchpad banks and DMA timing).
//
//===----------------------------------------------------------------------===//

#include "Dataflow/IR/DataflowAttrs.h"
#include "Dataflow/IR/DataflowDialect.h"
#include "Dataflow/IR/KeyedSyntax.h"
#include "Dataflow/IR/Limits.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"

#include <cmath>
#include <tuple>

using namespace mlir;
using namespace dataflow;

//===----------------------------------------------------------------------===//
// DirectivesAttr
//===----------------------------------------------------------------------===//

static constexpr StringRef kDirectiveDims[] = {"N", "G", "K", "C",  "R",  "S",
                                               "Y", "X", "Y'", "X'", "M"};
static constexpr StringRef kDirectiveKinds[] = {"TemporalMap", "SpatialMap", "Cluster"};

ArrayRef<StringRef> DirectivesAttr::getDimNames() { return kDirectiveDims; }

Attribute DirectivesAttr::parse(AsmParser &parser, Type) {
  SMLoc start = parser.getCurrentLocation();
  SmallVector<int64_t> kinds, sizes, offsets, dims;
  auto parseOne = [&]() -> ParseResult {
    SMLoc loc = parser.getCurrentLocation();
    StringRef kindName;
    if (parser.parseKeyword(&kindName))
      return failure();
    const auto *kind = llvm::find(kDirectiveKinds, kindName);
    if (kind == std::end(kDirectiveKinds))
      return parser.emitError(loc) << "unknown directive '" << kindName
                                   << "'; expected TemporalMap, SpatialMap or Cluster";
    int64_t size = 0, offset = 0;
    if (parser.parseLParen() || parser.parseInteger(size) || parser.parseComma())
      return failure();
    if (*kind == "Cluster") {
      SMLoc typeLoc = parser.getCurrentLocation();
      StringRef type;
      if (parser.parseKeyword(&type) || parser.parseRParen())
        return failure();
      if (type != "P" && type != "L")
        return parser.emitError(typeLoc) << "cluster type '" << type
                                         << "' must be P (physical) or L (logical)";
      kinds.push_back(DirectivesAttr::Cluster);
      sizes.push_back(size);
      offsets.push_back(type == "L" ? 1 : 0);
      dims.push_back(-1);
      return success();
    }
    if (parser.parseInteger(offset) || parser.parseRParen())
      return failure();
    SMLoc dimLoc = parser.getCurrentLocation();
    std::string dim;
    if (parser.parseKeywordOrString(&dim))
      return failure();
    const auto *it = llvm::find(kDirectiveDims, dim);
    if (it == std::end(kDirectiveDims)) {
      InFlightDiagnostic diag = parser.emitError(dimLoc)
                                << "unknown dimension '" << dim << "'; expected one of ";
      llvm::interleaveComma(kDirectiveDims, diag);
      return diag;
    }
    kinds.push_back(kind - std::begin(kDirectiveKinds));
    sizes.push_back(size);
    offsets.push_back(offset);
    dims.push_back(it - std::begin(kDirectiveDims));
    return success();
  };
  if (parser.parseCommaSeparatedList(AsmParser::Delimiter::LessGreater, parseOne))
    return {};
  return parser.getChecked<DirectivesAttr>(start, parser.getContext(), ArrayRef<int64_t>(kinds),
                                           ArrayRef<int64_t>(sizes), ArrayRef<int64_t>(offsets),
                                           ArrayRef<int64_t>(dims));
}

void DirectivesAttr::print(AsmPrinter &printer) const {
  printer << '<';
  for (size_t i = 0; i < size(); ++i) {
    printer << (i ? ", " : "") << kDirectiveKinds[getKinds()[i]] << '(' << getSizes()[i]
            << ", ";
    if (getKinds()[i] == Cluster) {
      printer << (getOffsets()[i] ? "L" : "P") << ')';
      continue;
    }
    printer << getOffsets()[i] << ") ";
    printer.printKeywordOrString(kDirectiveDims[getDims()[i]]);
  }
  printer << '>';
}

LogicalResult DirectivesAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                                     ArrayRef<int64_t> kinds, ArrayRef<int64_t> sizes,
                                     ArrayRef<int64_t> offsets, ArrayRef<int64_t> dims) {
  size_t n = kinds.size();
  if (sizes.size() != n || offsets.size() != n || dims.size() != n)
    return emitError() << "directives need one kind, size, offset and dimension each";
  if (n == 0)
    return emitError() << "directives must hold at least one map";
  // MAESTRO maps each dimension at most once per cluster level (docs/seed-tools.md §1.1).
  SmallVector<bool> seen(std::size(kDirectiveDims), false);
  for (size_t i = 0; i < n; ++i) {
    if (kinds[i] < 0 || kinds[i] > Cluster)
      return emitError() << "directive #" << i << " has unknown kind " << kinds[i];
    if (sizes[i] <= 0)
      return emitError() << "directive #" << i << " (" << kDirectiveKinds[kinds[i]]
                         << ") size must be positive, got " << sizes[i];
    if (kinds[i] == Cluster) {
      if (offsets[i] != 0 && offsets[i] != 1)
        return emitError() << "directive #" << i << " (Cluster) type must be P or L";
      if (i == 0 || i + 1 == n)
        return emitError() << "a Cluster directive must sit between maps, found one at #"
                           << i;
      seen.assign(seen.size(), false);
      continue;
    }
    if (offsets[i] <= 0)
      return emitError() << "directive #" << i << " (" << kDirectiveKinds[kinds[i]]
                         << ") offset must be positive, got " << offsets[i];
    if (dims[i] < 0 || dims[i] >= static_cast<int64_t>(std::size(kDirectiveDims)))
      return emitError() << "directive #" << i << " has unknown dimension " << dims[i];
    if (seen[dims[i]])
      return emitError() << "dimension " << kDirectiveDims[dims[i]]
                         << " is mapped twice in one cluster level (directive #" << i << ")";
    seen[dims[i]] = true;
  }
  return success();
}

//===----------------------------------------------------------------------===//
// LoopTilingAttr
//===----------------------------------------------------------------------===//

static constexpr StringRef kConvLoops[] = {"N", "M", "C", "Ox", "Oy", "Fx", "Fy"};
static constexpr StringRef kGemmLoops[] = {"X", "Y", "K"};
static constexpr StringRef kTilingFields[] = {"dram",    "spm",        "rf",
                                              "spatial", "dram_order", "spm_order"};

ArrayRef<StringRef> LoopTilingAttr::getLoopNames(size_t numLoops) {
  if (numLoops == std::size(kConvLoops))
    return kConvLoops;
  if (numLoops == std::size(kGemmLoops))
    return kGemmLoops;
  return {};
}

Attribute LoopTilingAttr::parse(AsmParser &parser, Type) {
  SMLoc start = parser.getCurrentLocation();
  SmallVector<int64_t> factors[4];
  SmallVector<std::pair<SMLoc, StringRef>> orderNames[2];
  SmallVector<bool> required(6, true), seen;
  if (parseKeyedList(parser, AsmParser::Delimiter::LessGreater, kTilingFields, required,
                     "loop_tiling", seen, [&](size_t index) -> ParseResult {
                       if (index < 4)
                         return parseIntList(parser, factors[index]);
                       return parser.parseCommaSeparatedList(
                           AsmParser::Delimiter::Square, [&]() -> ParseResult {
                             SMLoc loc = parser.getCurrentLocation();
                             StringRef name;
                             if (parser.parseKeyword(&name))
                               return failure();
                             orderNames[index - 4].push_back({loc, name});
                             return success();
                           });
                     }))
    return {};
  // The loop names follow from the nest: 7 factors = convolution, 3 = GEMM.
  ArrayRef<StringRef> names = getLoopNames(factors[0].size());
  if (names.empty()) {
    parser.emitError(start) << "loop_tiling 'dram' has " << factors[0].size()
                            << " factors; expected 7 (N M C Ox Oy Fx Fy) or 3 (X Y K)";
    return {};
  }
  SmallVector<int64_t> orders[2];
  for (int o = 0; o < 2; ++o)
    for (auto [loc, name] : orderNames[o]) {
      const auto *it = llvm::find(names, name);
      if (it == names.end()) {
        InFlightDiagnostic diag = parser.emitError(loc) << "unknown loop '" << name
                                                        << "'; expected one of ";
        llvm::interleaveComma(names, diag);
        return {};
      }
      orders[o].push_back(it - names.begin());
    }
  return parser.getChecked<LoopTilingAttr>(
      start, parser.getContext(), ArrayRef<int64_t>(factors[0]), ArrayRef<int64_t>(factors[1]),
      ArrayRef<int64_t>(factors[2]), ArrayRef<int64_t>(factors[3]), ArrayRef<int64_t>(orders[0]),
      ArrayRef<int64_t>(orders[1]));
}

void LoopTilingAttr::print(AsmPrinter &printer) const {
  ArrayRef<StringRef> names = getLoopNames(getDram().size());
  printer << '<';
  for (int level = 0; level < 4; ++level) {
    printer << (level ? ", " : "") << kTilingFields[level] << " = ";
    printIntList(printer, getFactors(level));
  }
  for (auto [key, order] : {std::pair{kTilingFields[4], getDramOrder()},
                            std::pair{kTilingFields[5], getSpmOrder()}}) {
    printer << ", " << key << " = [";
    llvm::interleaveComma(order, printer, [&](int64_t l) { printer << names[l]; });
    printer << ']';
  }
  printer << '>';
}

LogicalResult LoopTilingAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                                     ArrayRef<int64_t> dram, ArrayRef<int64_t> spm,
                                     ArrayRef<int64_t> rf, ArrayRef<int64_t> spatial,
                                     ArrayRef<int64_t> dramOrder, ArrayRef<int64_t> spmOrder) {
  size_t n = dram.size();
  if (getLoopNames(n).empty())
    return emitError() << "loop_tiling 'dram' has " << n
                       << " factors; expected 7 (N M C Ox Oy Fx Fy) or 3 (X Y K)";
  const std::pair<StringRef, ArrayRef<int64_t>> levels[] = {
      {"dram", dram}, {"spm", spm}, {"rf", rf}, {"spatial", spatial}};
  for (auto [name, factors] : levels) {
    if (factors.size() != n)
      return emitError() << "loop_tiling '" << name << "' has " << factors.size()
                         << " factors but 'dram' has " << n;
    for (auto [l, f] : llvm::enumerate(factors))
      if (f <= 0)
        return emitError() << "loop_tiling '" << name << "' factor of loop "
                           << getLoopNames(n)[l] << " is " << f << "; factors must be positive";
  }
  for (auto [name, order] : {std::pair{"dram_order", dramOrder}, std::pair{"spm_order", spmOrder}}) {
    SmallVector<bool> used(n, false);
    bool ok = order.size() == n;
    for (int64_t l : order) {
      if (l < 0 || l >= static_cast<int64_t>(n) || used[l])
        ok = false;
      else
        used[l] = true;
    }
    if (!ok) {
      InFlightDiagnostic diag = emitError() << "loop_tiling '" << name
                                            << "' must list each of ";
      llvm::interleave(getLoopNames(n), diag, " ");
      return diag << " exactly once";
    }
  }
  return success();
}

//===----------------------------------------------------------------------===//
// SpmDmaAttr
//===----------------------------------------------------------------------===//

static constexpr StringRef kSpmDmaFields[] = {"banks", "dma_init_cycles", "dma_cycles_per_byte",
                                              "dma_mhz", "accel_mhz"};

Attribute SpmDmaAttr::parse(AsmParser &parser, Type) {
  SMLoc start = parser.getCurrentLocation();
  int64_t banks = 0;
  double values[4] = {};
  SmallVector<bool> required(5, true), seen;
  if (parseKeyedList(parser, AsmParser::Delimiter::LessGreater, kSpmDmaFields, required,
                     "spm_dma", seen, [&](size_t index) -> ParseResult {
                       if (index == 0)
                         return parser.parseInteger(banks);
                       return parseNumber(parser, values[index - 1]);
                     }))
    return {};
  return parser.getChecked<SpmDmaAttr>(start, parser.getContext(), banks, APFloat(values[0]),
                                       APFloat(values[1]), APFloat(values[2]),
                                       APFloat(values[3]));
}

void SpmDmaAttr::print(AsmPrinter &printer) const {
  printer << "<banks = " << getBanks();
  const APFloat values[] = {getDmaInitCycles(), getDmaCyclesPerByte(), getDmaMhz(),
                            getAccelMhz()};
  for (auto [i, v] : llvm::enumerate(values)) {
    printer << ", " << kSpmDmaFields[i + 1] << " = ";
    printExactDouble(printer, v);
  }
  printer << '>';
}

LogicalResult SpmDmaAttr::verify(function_ref<InFlightDiagnostic()> emitError, int64_t banks,
                                 APFloat dmaInitCycles, APFloat dmaCyclesPerByte, APFloat dmaMhz,
                                 APFloat accelMhz) {
  if (banks <= 0)
    return emitError() << "spm_dma 'banks' must be positive, got " << banks;
  for (auto [name, v] : {std::pair{"dma_init_cycles", dmaInitCycles},
                         std::pair{"dma_cycles_per_byte", dmaCyclesPerByte}})
    if (double d = v.convertToDouble(); !std::isfinite(d) || d < 0)
      return emitError() << "spm_dma '" << name << "' must be finite and non-negative, got " << d;
  for (auto [name, v, max] : {std::tuple{"dma_init_cycles", dmaInitCycles, limits::kMaxDmaInitCycles},
                              std::tuple{"dma_cycles_per_byte", dmaCyclesPerByte,
                                         1.0 / limits::kMinDramBandwidth}})
    if (double d = v.convertToDouble(); d > max)
      return emitError() << "spm_dma '" << name << "' = " << d << " exceeds the maximum of "
                         << max;
  for (auto [name, v] : {std::pair{"dma_mhz", dmaMhz}, std::pair{"accel_mhz", accelMhz}})
    if (double d = v.convertToDouble(); !std::isfinite(d) || d <= 0)
      return emitError() << "spm_dma '" << name << "' must be a positive frequency, got " << d;
    else if (d < limits::kMinClockGhz * 1e3 || d > limits::kMaxClockGhz * 1e3)
      return emitError() << "spm_dma '" << name << "' = " << d << " MHz is outside ["
                         << limits::kMinClockGhz * 1e3 << ", " << limits::kMaxClockGhz * 1e3
                         << "]";
  return success();
}
