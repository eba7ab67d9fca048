//===- AttachAccelerator.cpp - bind networks to an accelerator -------------===//

#include "Dataflow/IR/DataflowOps.h"
#include "Dataflow/Transforms/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/OperationSupport.h"
#include "mlir/Parser/Parser.h"
#include "llvm/Support/SourceMgr.h"

namespace dataflow {
#define GEN_PASS_DEF_ATTACHACCELERATORPASS
#include "Dataflow/Transforms/Passes.h.inc"
} // namespace dataflow

using namespace mlir;
using namespace dataflow;

namespace {

/// The accelerator called `name` in `scope`, or its only accelerator when `name` is empty.
FailureOr<AcceleratorOp> findAccelerator(Operation *scope, StringRef name, StringRef where,
                                         Location errLoc) {
  SmallVector<AcceleratorOp> found;
  for (Region &region : scope->getRegions())
    for (AcceleratorOp op : region.getOps<AcceleratorOp>())
      if (name.empty() || op.getSymName() == name)
        found.push_back(op);
  if (found.size() == 1)
    return found.front();
  if (found.empty())
    return emitError(errLoc) << "no dataflow.accelerator"
                             << (name.empty() ? "" : (" @" + name).str()) << " in " << where;
  return emitError(errLoc) << where << " holds " << found.size()
                           << " accelerators; choose one with name=...";
}

/// The first tensor of `func` whose element width differs from `accel`'s word: every
/// int/float ranked-tensor argument and every result of a dataflow op in the body.
/// Returns false when all match; else sets `where`, `what` and `bits`.
bool findWordSizeMismatch(func::FuncOp func, AcceleratorOp accel, Operation *&where,
                          std::string &what, unsigned &bits) {
  auto width = [&](Type type) -> std::optional<unsigned> {
    auto tensor = dyn_cast<RankedTensorType>(type);
    if (!tensor || !tensor.getElementType().isIntOrFloat())
      return std::nullopt;
    unsigned w = tensor.getElementType().getIntOrFloatBitWidth();
    if (w == static_cast<uint64_t>(accel.wordBits()))
      return std::nullopt;
    return w;
  };
  for (auto [idx, type] : llvm::enumerate(func.getArgumentTypes()))
    if (std::optional<unsigned> w = width(type)) {
      where = func, what = ("argument #" + Twine(idx)).str(), bits = *w;
      return true;
    }
  WalkResult walk = func->walk([&](Operation *op) {
    if (op->getDialect() != accel->getDialect() || op->getNumResults() != 1)
      return WalkResult::advance();
    std::optional<unsigned> w = width(op->getResult(0).getType());
    if (!w)
      return WalkResult::advance();
    where = op, what = "result", bits = *w;
    return WalkResult::interrupt();
  });
  return walk.wasInterrupted();
}

struct AttachAcceleratorPass
    : public dataflow::impl::AttachAcceleratorPassBase<AttachAcceleratorPass> {
  using Base::Base;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    Location loc = module.getLoc();
    OwningOpRef<ModuleOp> imported;
    AcceleratorOp accel;
    if (!file.empty()) {
      llvm::SourceMgr sourceMgr;
      ParserConfig config(&getContext());
      std::string error;
      auto buffer = llvm::MemoryBuffer::getFile(file.getValue());
      if (!buffer) {
        emitError(loc) << "cannot read accelerator file '" << file.getValue()
                       << "': " << buffer.getError().message();
        return signalPassFailure();
      }
      sourceMgr.AddNewSourceBuffer(std::move(*buffer), llvm::SMLoc());
      imported = parseSourceFile<ModuleOp>(sourceMgr, config);
      if (!imported)
        return signalPassFailure(); // the parser already reported where
      FailureOr<AcceleratorOp> source =
          findAccelerator(*imported, name.getValue(), "'" + file.getValue() + "'", loc);
      if (failed(source))
        return signalPassFailure();
      // An accelerator of the same name already here must be the same hardware.
      if (Operation *existing = SymbolTable::lookupSymbolIn(module, source->getSymName())) {
        auto same = dyn_cast<AcceleratorOp>(existing);
        if (!same || !OperationEquivalence::isEquivalentTo(
                         same, *source, OperationEquivalence::ignoreValueEquivalence,
                         nullptr, OperationEquivalence::IgnoreLocations)) {
          existing->emitError() << "symbol @" << source->getSymName()
                                << " already exists and differs from the accelerator in '"
                                << file.getValue() << "'";
          return signalPassFailure();
        }
        accel = same;
      } else {
        OpBuilder builder = OpBuilder::atBlockBegin(module.getBody());
        accel = cast<AcceleratorOp>(builder.clone(*source->getOperation()));
      }
    } else {
      FailureOr<AcceleratorOp> local =
          findAccelerator(module, name.getValue(), "the module", loc);
      if (failed(local))
        return signalPassFailure();
      accel = *local;
    }

    auto ref = FlatSymbolRefAttr::get(accel.getSymNameAttr());
    for (auto func : module.getOps<func::FuncOp>()) {
      bool hasLayers = false;
      func.walk([&](Operation *op) {
        if (isa<LayerOpInterface>(op))
          hasLayers = true;
      });
      if (!hasLayers)
        continue;
      if (func->hasAttr(DataflowDialect::kAcceleratorAttrName) && !overrideExisting)
        continue;
      func->setAttr(DataflowDialect::kAcceleratorAttrName, ref);
      Operation *where = nullptr;
      std::string what;
      unsigned bits = 0;
      if (!findWordSizeMismatch(func, accel, where, what, bits))
        continue;
      if (strictWordSize) {
        where->emitOpError() << what << " has " << bits << "-bit elements, but accelerator @"
                             << accel.getSymName() << " has " << accel.wordBits()
                             << "-bit words (strict-word-size=true)";
        return signalPassFailure();
      }
      // Priced as the accelerator's words: the cost model counts words, not element types.
      func.emitRemark() << "priced at accelerator @" << accel.getSymName() << "'s "
                        << accel.wordBits() << "-bit words: " << what
                        << (where == func.getOperation() ? "" : " of '" +
                                                                    where->getName().getStringRef().str() + "'")
                        << " has " << bits << "-bit elements (strict-word-size=true refuses it)";
    }
  }
};

} // namespace
