//===- KeyedSyntax.cpp - `key = value, ...` lists in custom syntax ---------===//

#include "Dataflow/IR/KeyedSyntax.h"

#include "llvm/ADT/STLExtras.h"

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
