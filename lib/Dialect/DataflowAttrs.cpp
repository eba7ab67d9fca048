//===- DataflowAttrs.cpp - attributes of the dataflow dialect -------------===//

#include "Dataflow/IR/DataflowAttrs.h"
#include "Dataflow/IR/DataflowDialect.h"

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
  int64_t integer = 0;
  OptionalParseResult asInteger = parser.parseOptionalInteger(integer);
  if (asInteger.has_value()) {
    value = static_cast<double>(integer);
    return *asInteger;
  }
  return parser.parseFloat(value);
}

void DataflowDialect::registerAttributes() {
  addAttributes<
#define GET_ATTRDEF_LIST
#include "Dataflow/IR/DataflowAttrs.cpp.inc"
      >();
}

LogicalResult EnergyAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                                 APFloat mac, APFloat regf,
                                 APFloat itcn, APFloat gbuf,
                                 APFloat dram, APFloat nocHop,
                                 APFloat staticPerCycle) {
  const std::pair<StringRef, const APFloat &> fields[] = {
      {"mac", mac},   {"regf", regf}, {"itcn", itcn},       {"gbuf", gbuf},
      {"dram", dram}, {"noc_hop", nocHop}, {"static_per_cycle", staticPerCycle}};
  for (auto [name, apValue] : fields) {
    if (&apValue.getSemantics() != &APFloat::IEEEdouble())
      return emitError() << "energy '" << name << "' must be an IEEE double";
    double value = apValue.convertToDouble();
    if (std::isfinite(value) && value >= 0.0)
      continue;
      return emitError() << "energy '" << name << "' is " << value
                         << "; every unit energy must be finite and non-negative";
  }
  return success();
}
