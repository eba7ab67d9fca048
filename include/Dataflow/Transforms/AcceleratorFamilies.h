//===- AcceleratorFamilies.h - the model families behind one seam -*- C++ -*-===//
//
// The seam every model family plugs into at the pass level (docs/architecture.md, "The
// seam"): a family is the set of passes that schedule and price the networks its
// accelerators run. `dataflow-schedule` and `dataflow-dse` run the families the `family`
// option names from this one table, so neither lists passes per accelerator kind; adding
// a family is adding a row. (Inside a family, interchangeable search engines are picked
// by name through cost::EngineRegistry, CostModel/Core/EngineRegistry.h.)
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_TRANSFORMS_ACCELERATORFAMILIES_H
#define DATAFLOW_TRANSFORMS_ACCELERATORFAMILIES_H

#include "Dataflow/Transforms/Passes.h"
#include "Dataflow/Transforms/Pipelines.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"

namespace dataflow {

/// One model family as the schedule pipeline sees it.
struct AcceleratorFamily {
  /// Its name in `family=` (SearchOptions.td FamilyChoice).
  FamilyChoice id;
  /// What it schedules, for docs and --help.
  llvm::StringLiteral summary;
  /// Whether family=auto runs it: its passes claim the networks of their accelerator
  /// kind and leave the others alone, so several such families run one after another.
  bool automatic;
  /// Whether deconvolutions are decomposed into stride-phase convolutions before it runs
  /// (decompose-deconv; the Eyeriss and systolic families).
  bool decomposesDeconv;
  /// Whether dataflow-cost re-prices what it writes (then the pipeline runs that pass
  /// once after every family).
  bool repricedByCostPass;
  /// The accelerator kind its passes schedule: systolic (true) or eyeriss (false).
  bool schedulesSystolic;
  /// Adds the passes that schedule (and, where dataflow-cost does not, price) its networks.
  void (*addPasses)(mlir::OpPassManager &pm, const SchedulePipelineOptions &options,
                    const SharedSearchCache &cache);
};

/// Every family, in the order dataflow-schedule runs them.
llvm::ArrayRef<AcceleratorFamily> acceleratorFamilies();

/// The families `choice` runs: every automatic one for FamilyChoice::Auto, else the one
/// it names.
llvm::SmallVector<const AcceleratorFamily *> familiesFor(FamilyChoice choice);


} // namespace dataflow

#endif // DATAFLOW_TRANSFORMS_ACCELERATORFAMILIES_H
