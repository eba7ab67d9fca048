//===- SearchOptions.h - cost-model search options from their text -*- C++ -*-===//
//
// The goal / method / disable-bypass / progress options as the passes and dataflow-dse
// spell them, parsed into cost::Options with an error located on `where`.
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_BRIDGE_SEARCHOPTIONS_H
#define DATAFLOW_BRIDGE_SEARCHOPTIONS_H

#include "Dataflow/CostModel/Eyeriss/Options.h"

#include "mlir/IR/Operation.h"
#include "mlir/Support/LLVM.h"

#include <array>

namespace dataflow {

/// Which categories may bypass the global buffer, from nn_dataflow's --disable-bypass
/// letters (any of i, o, f separated by commas or spaces; empty = all may bypass).
mlir::FailureOr<std::array<bool, cost::kNumData>>
parseBypassAllowed(mlir::Operation *where, llvm::StringRef disableBypass);

/// The search options of the goal / method / disable-bypass pass options.
mlir::FailureOr<cost::Options> parseSearchOptions(mlir::Operation *where, llvm::StringRef goal,
                                                  llvm::StringRef method,
                                                  llvm::StringRef disableBypass);

/// Whether to print progress for `progress` = on | off | auto (auto: stderr is a terminal).
mlir::FailureOr<bool> parseProgress(mlir::Operation *where, llvm::StringRef progress);

} // namespace dataflow

#endif // DATAFLOW_BRIDGE_SEARCHOPTIONS_H
