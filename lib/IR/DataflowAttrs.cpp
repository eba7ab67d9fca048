//===- DataflowAttrs.cpp - attributes of the dataflow dialect -------------===//

#include "Dataflow/IR/DataflowAttrs.h"
#include "Dataflow/IR/DataflowDialect.h"
#include "Dataflow/IR/KeyedSyntax.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/TypeSwitch.h"

#include <cmath>

using namespace mlir;
using namespace dataflow;

#include "Dataflow/IR/DataflowEnums.cpp.inc"

#define GET_ATTRDEF_CLASSES
#include "Dataflow/IR/DataflowAttrs.cpp.inc"

ParseResult dataflow::parseNumber(AsmParser &parser, double &value) {
  bool negative = succeeded(parser.parseOptionalMinus());
  uint64_t integer = 0;
  OptionalParseResult asInteger = parser.parseOptionalInteger(integer);
  if (asInteger.has_value()) {
    if (failed(*asInteger))
      return failure();
    value = static_cast<double>(integer);
  } else if (parser.parseFloat(value)) {
    return failure();
  }
  if (negative)
    value = -value;
  return success();
}

static constexpr StringRef kEnergyFields[] = {"mac",  "regf",    "itcn",
                                              "gbuf", "dram",    "noc_hop",
                                              "static_per_cycle"};

Attribute EnergyAttr::parse(AsmParser &parser, Type) {
  SMLoc start = parser.getCurrentLocation();
  double values[std::size(kEnergyFields)] = {};
  SmallVector<bool> required(std::size(kEnergyFields), true), seen;
  if (parseKeyedList(parser, AsmParser::Delimiter::LessGreater, kEnergyFields, required,
                     "energy", seen,
                     [&](size_t index) { return parseNumber(parser, values[index]); }))
    return {};
  return parser.getChecked<EnergyAttr>(start, parser.getContext(), values[0], values[1],
                                       values[2], values[3], values[4], values[5],
                                       values[6]);
}

void EnergyAttr::print(AsmPrinter &printer) const {
  const APFloat fields[] = {getMac(), getRegf(),  getItcn(),          getGbuf(),
                            getDram(), getNocHop(), getStaticPerCycle()};
  printer << '<';
  for (auto [index, value] : llvm::enumerate(fields)) {
    printer << (index ? ", " : "") << kEnergyFields[index] << " = ";
    printExactDouble(printer, value);
  }
  printer << '>';
}

void DataflowDialect::registerAttributes() {
  addAttributes<
#define GET_ATTRDEF_LIST
#include "Dataflow/IR/DataflowAttrs.cpp.inc"
      >();
}

LogicalResult EnergyAttr::verify(function_ref<InFlightDiagnostic()> emitError, APFloat mac,
                                 APFloat regf, APFloat itcn, APFloat gbuf, APFloat dram,
                                 APFloat nocHop, APFloat staticPerCycle) {
  const std::pair<StringRef, const APFloat &> fields[] = {
      {"mac", mac},   {"regf", regf}, {"itcn", itcn},       {"gbuf", gbuf},
      {"dram", dram}, {"noc_hop", nocHop}, {"static_per_cycle", staticPerCycle}};
  for (auto [name, apValue] : fields) {
    double value = apValue.convertToDouble();
    if (!std::isfinite(value) || std::signbit(value))
      return emitError() << "energy '" << name << "' is " << value
                         << "; every unit energy must be finite and non-negative";
  }
  return success();
}
