//===- Passes.h - passes of dataflow-opt ------------------------*- C++ -*-===//

#ifndef DATAFLOW_TRANSFORMS_PASSES_H
#define DATAFLOW_TRANSFORMS_PASSES_H

#include "Dataflow/Bridge/SearchOptions.h"
#include "Dataflow/IR/DataflowDialect.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

#include <limits>
#include <memory>

namespace dataflow {

namespace cost {
class SearchCache;
} // namespace cost

#define GEN_PASS_DECL
#include "Dataflow/Transforms/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "Dataflow/Transforms/Passes.h.inc"

/// The blocking searches of one pipeline run, shared by its search passes
/// (CostModel/Eyeriss/SearchCache.h): a layer is searched once per run, and a later pass
/// asking for the same search gets the answer the first one found. The create...Pass
/// functions without a cache give each run of the pass a cache of its own.
using SharedSearchCache = std::shared_ptr<cost::SearchCache>;
SharedSearchCache makeSearchCache();
std::unique_ptr<mlir::Pass> createMapArrayPass(const MapArrayPassOptions &options,
                                               SharedSearchCache cache);
std::unique_ptr<mlir::Pass> createBlockLoopsPass(const BlockLoopsPassOptions &options,
                                                 SharedSearchCache cache);
std::unique_ptr<mlir::Pass> createPartitionLayersPass(const PartitionLayersPassOptions &options,
                                                      SharedSearchCache cache);
std::unique_ptr<mlir::Pass>
createPartitionSegmentsPass(const PartitionSegmentsPassOptions &options, SharedSearchCache cache);

} // namespace dataflow

#endif // DATAFLOW_TRANSFORMS_PASSES_H
