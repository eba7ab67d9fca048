//===- KeyedSyntax.h - `key = value, ...` lists in custom syntax -*- C++ -*-===//
//
// The accelerator op and the schedule attributes are written as delimited lists of
// `key = value` in any order. This helper parses one such list and reports unknown,
// repeated and missing keys by name, at the key's location.
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_IR_KEYEDSYNTAX_H
#define DATAFLOW_IR_KEYEDSYNTAX_H

#include "mlir/IR/OpImplementation.h"
#include "llvm/ADT/STLFunctionalExtras.h"

namespace dataflow {

/// Parses `<delim> key = value, ... <delim>`. For every key `parseValue(index)` is called
/// after the `=` with the key's index in `keys`. `what` names the construct in messages
/// ("accelerator @x", "energy"). Keys whose `required` entry is false may be left out;
/// `seen` (same size as `keys`) tells which were given.
mlir::ParseResult
parseKeyedList(mlir::AsmParser &parser, mlir::AsmParser::Delimiter delimiter,
               llvm::ArrayRef<llvm::StringRef> keys, llvm::ArrayRef<bool> required,
               llvm::StringRef what, llvm::SmallVectorImpl<bool> &seen,
               llvm::function_ref<mlir::ParseResult(size_t)> parseValue);

/// Parses `[int, int, ...]` (any count).
mlir::ParseResult parseIntList(mlir::AsmParser &parser,
                               llvm::SmallVectorImpl<int64_t> &values);

/// The shortest decimal text that reads back as exactly `value`, always with a `.`
/// (`1.0`, `5578247424.0`, `2.0e-12`, `0.33333333333333331`) so it lexes as a float.
std::string formatExactDouble(double value);
void printExactDouble(mlir::AsmPrinter &printer, double value);
void printExactDouble(mlir::AsmPrinter &printer, const llvm::APFloat &value);

/// Prints `[a, b, c]`.
void printIntList(mlir::AsmPrinter &printer, llvm::ArrayRef<int64_t> values);

} // namespace dataflow

#endif // DATAFLOW_IR_KEYEDSYNTAX_H
