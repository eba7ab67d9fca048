//===- ImportSupport.cpp - shared by the seed-tool importers --------------===//

#include "ImportSupport.h"

#include "Dataflow/IR/DataflowDialect.h"

#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <cctype>
#include <cmath>

using namespace mlir;
using namespace dataflow;

InFlightDiagnostic import::emitAt(MLIRContext *context, StringRef file, int line) {
  return mlir::emitError(FileLineColLoc::get(context, file, std::max(line, 1), 1));
}

void import::emitFileError(MLIRContext *context, const std::string &message) {
  // "<file>:<line>: <reason>": the last ':<digits>: ' before the reason.
  for (size_t pos = message.find(": "); pos != std::string::npos; pos = message.find(": ", pos + 1)) {
    size_t colon = message.rfind(':', pos - 1);
    if (colon == std::string::npos || colon + 1 >= pos)
      continue;
    StringRef digits = StringRef(message).slice(colon + 1, pos);
    int line = 0;
    if (digits.getAsInteger(10, line))
      continue;
    emitAt(context, StringRef(message).take_front(colon), line) << message.substr(pos + 2);
    return;
  }
  mlir::emitError(UnknownLoc::get(context)) << message;
}

std::optional<std::string> import::readSideFile(MLIRContext *context, StringRef path,
                                                StringRef flag) {
  if (path.empty()) {
    mlir::emitError(UnknownLoc::get(context)) << "missing --" << flag << "=FILE";
    return std::nullopt;
  }
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> buffer = llvm::MemoryBuffer::getFile(path);
  if (!buffer) {
    mlir::emitError(UnknownLoc::get(context))
        << "cannot read --" << flag << " file '" << path << "': " << buffer.getError().message();
    return std::nullopt;
  }
  return (*buffer)->getBuffer().str();
}

std::string import::symbolFromPath(StringRef path, StringRef fallback) {
  std::string name = llvm::sys::path::stem(path).str();
  for (char &c : name)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_')
      c = '_';
  if (name.empty() || std::isdigit(static_cast<unsigned char>(name[0])))
    name = fallback.str() + (name.empty() ? "" : "_" + name);
  return name;
}

std::pair<int64_t, int64_t> import::squarestGrid(int64_t n) {
  int64_t h = 1;
  for (int64_t d = 1; d * d <= n; ++d)
    if (n % d == 0)
      h = d;
  return {h, n / h};
}

import::NetworkBuilder::NetworkBuilder(ModuleOp module, AcceleratorOp accel, StringRef name)
    : body(module.getContext()) {
  OpBuilder top = OpBuilder::atBlockEnd(module.getBody());
  func = func::FuncOp::create(top, module.getLoc(), name, top.getFunctionType({}, {}));
  func->setAttr(DataflowDialect::kAcceleratorAttrName, FlatSymbolRefAttr::get(accel));
  body.setInsertionPointToStart(func.addEntryBlock());
}

Value import::NetworkBuilder::addInput(RankedTensorType type) {
  return func.getBody().front().addArgument(type, func.getLoc());
}

void import::NetworkBuilder::finish() {
  func::ReturnOp::create(body, func.getLoc(), results);
  SmallVector<Type> inputs(func.getBody().front().getArgumentTypes());
  SmallVector<Type> outputs;
  for (Value v : results)
    outputs.push_back(v.getType());
  func.setFunctionType(body.getFunctionType(inputs, outputs));
}
