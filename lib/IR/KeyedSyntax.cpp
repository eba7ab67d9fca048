//===- KeyedSyntax.cpp - `key = value, ...` lists in custom syntax ---------===//

#include "Dataflow/IR/KeyedSyntax.h"

#include "llvm/ADT/STLExtras.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

using namespace mlir;

ParseResult dataflow::parseKeyedList(AsmParser &parser, AsmParser::Delimiter delimiter,
                                     ArrayRef<StringRef> keys, ArrayRef<bool> required,
                                     StringRef what, SmallVectorImpl<bool> &seen,
                                     function_ref<ParseResult(size_t)> parseValue) {
  SMLoc start = parser.getCurrentLocation();
  seen.assign(keys.size(), false);
  auto parseField = [&]() -> ParseResult {
    SMLoc loc = parser.getCurrentLocation();
    StringRef key;
    if (parser.parseKeyword(&key))
      return failure();
    const auto *it = llvm::find(keys, key);
    if (it == keys.end()) {
      InFlightDiagnostic diag = parser.emitError(loc)
                                << "unknown " << what << " field '" << key
                                << "'; expected one of ";
      llvm::interleaveComma(keys, diag);
      return diag;
    }
    size_t index = it - keys.begin();
    if (seen[index])
      return parser.emitError(loc) << what << " field '" << key << "' is given twice";
    seen[index] = true;
    return failure(parser.parseEqual() || parseValue(index));
  };
  if (parser.parseCommaSeparatedList(delimiter, parseField))
    return failure();
  for (size_t i = 0; i < keys.size(); ++i)
    if (required[i] && !seen[i])
      return parser.emitError(start)
             << what << " is missing field '" << keys[i] << "'";
  return success();
}

ParseResult dataflow::parseIntList(AsmParser &parser, SmallVectorImpl<int64_t> &values) {
  return parser.parseCommaSeparatedList(AsmParser::Delimiter::Square, [&]() {
    int64_t v;
    if (parser.parseInteger(v))
      return failure();
    values.push_back(v);
    return success();
  });
}

void dataflow::printIntList(AsmPrinter &printer, ArrayRef<int64_t> values) {
  printer << '[';
  llvm::interleaveComma(values, printer);
  printer << ']';
}

std::string dataflow::formatExactDouble(double value) {
  char buffer[40];
  // Whole numbers (access and op counts) read best written out in full.
  if (value == std::floor(value) && std::fabs(value) < 1e16) {
    std::snprintf(buffer, sizeof(buffer), "%.1f", value);
    return buffer;
  }
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buffer, sizeof(buffer), "%.*g", precision, value);
    if (std::strtod(buffer, nullptr) == value)
      break;
  }
  std::string text(buffer);
  if (text.find_first_of(".ein") != std::string::npos && text.find('e') == std::string::npos)
    return text; // has a '.' (or is inf/nan, which the verifiers reject)
  size_t exponent = text.find('e');
  if (exponent == std::string::npos)
    return text + ".0";
  if (text.rfind('.', exponent) == std::string::npos)
    text.insert(exponent, ".0");
  return text;
}

void dataflow::printExactDouble(AsmPrinter &printer, double value) {
  printer << formatExactDouble(value);
}

void dataflow::printExactDouble(AsmPrinter &printer, const llvm::APFloat &value) {
  printExactDouble(printer, value.convertToDouble());
}
