//===- ScheduleSupport.h - what the scheduling passes share -----*- C++ -*-===//
//
// Option parsing, finding the networks of a module, converting layers with located
// errors, and progress output. No formula lives here (architecture.md rule 2).
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_TRANSFORMS_SCHEDULESUPPORT_H
#define DATAFLOW_TRANSFORMS_SCHEDULESUPPORT_H

#include "Dataflow/Bridge/EyerissBridge.h"
#include "Dataflow/Bridge/SearchOptions.h"
#include "Dataflow/CostModel/Eyeriss/Options.h"
#include "Dataflow/IR/DataflowOps.h"
#include "Dataflow/Transforms/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinOps.h"

#include <chrono>
#include <mutex>
#include <map>

namespace dataflow {

/// A function bound to an accelerator, with its layer ops in network (program) order.
struct Network {
  mlir::func::FuncOp func;
  AcceleratorOp accelerator;
  cost::Hardware hardware;
  llvm::SmallVector<mlir::Operation *> layers; ///< every dataflow op but concat
};

/// Every function of `module` that holds layer ops, but those bound to a systolic
/// accelerator (SystolicSupport.h). A function with layers but no accelerator, or an
/// accelerator the cost model rejects, is an error on the function.
mlir::FailureOr<llvm::SmallVector<Network>> collectNetworks(mlir::ModuleOp module);

/// The layers the single-node passes schedule: all of them on a one-node accelerator or
/// in a network without any dataflow.partition; none in a partitioned multi-node network
/// (dataflow-partition-layers schedules it, dataflow-cost re-costs it network-wide).
llvm::SmallVector<mlir::Operation *> singleNodeLayers(const Network &network);

/// The cost-model loop nest of a layer op; on failure emits the reason on the op.
mlir::FailureOr<cost::Layer> layerOf(mlir::Operation *op);

/// The layer's schedule attributes, if present.
MappingAttr getMapping(mlir::Operation *op);
BlockingAttr getBlocking(mlir::Operation *op);
CostAttr getCost(mlir::Operation *op);

/// "layer 'conv1' <what>: <reason>" on the op.
mlir::InFlightDiagnostic emitLayerError(mlir::Operation *op, llvm::StringRef what);

/// cost::checkSchemeInvariants before a schedule is written; a failure is an
/// internal-error diagnostic on the layer.
mlir::LogicalResult checkInvariants(mlir::Operation *op, const cost::SchemeCost &scheme,
                                    const cost::Hardware &hw);

/// Prints `[pass] done/total <what>, elapsed (item)` on stderr when enabled.
class ProgressReporter {
public:
  ProgressReporter(bool enabled, llvm::StringRef pass, size_t total, llvm::StringRef what);
  ~ProgressReporter();
  /// Thread-safe.
  void step(llvm::StringRef layer);

private:
  std::mutex mutex;
  bool enabled;
  std::string pass, what;
  size_t total, done = 0;
  std::chrono::steady_clock::time_point start;
};

/// The best schedule of a layer and the mapping it was chosen in.
struct LayerSearchResult {
  cost::RowStationaryMapping mapping;
  cost::SchemeCost best;
  int64_t schemesEvaluated = 0;
  bool complete = true; ///< false: time-limit stopped the search, not proven optimal
};

/// The max-candidates and time-limit options of the search passes.
struct SearchLimits {
  int64_t maxCandidates = 0; ///< refuse larger searches; 0 = no limit
  double timeLimitSeconds = 0; ///< stop searching this long after the pass started; 0 = none
};

/// A module-level error unless max-candidates >= 0 and 0 <= time-limit <= 1e9 seconds.
mlir::LogicalResult checkSearchLimits(mlir::ModuleOp module, const SearchLimits &limits);

/// The instant `seconds` from now (a pass's time-limit, counted from its start); nullopt
/// for 0 (no limit).
std::optional<std::chrono::steady_clock::time_point> deadlineAfter(double seconds);

/// Sets Options::maxCandidates and, for a time limit, Options::deadline counted from now.
void setSearchLimits(cost::Options &options, const SearchLimits &limits);

/// Evaluates a layer's written schedule (mapping + complete blocking, bypass decided or
/// by nn_dataflow's rule with `options.bypassAllowed`). Emits located errors.
mlir::FailureOr<LayerSearchResult> evaluateWrittenSchedule(mlir::Operation *op,
                                                           const cost::Layer &layer,
                                                           const cost::Hardware &hw,
                                                           const cost::Options &options);

/// Searches the schedules of many layers, keeping what the IR already pins: a
/// `dataflow.mapping` fixes the processing-pass candidate, a (partial) `dataflow.blocking`
/// fixes its factors and orders; a complete schedule with a decided bypass is evaluated as
/// written. Layers of the same shape on the same accelerator share one search. The
/// distinct searches run on `threads` threads (0 = all cores); results and diagnostics
/// come back in program order, so the outcome does not depend on the thread count.
class LayerScheduler {
public:
  LayerScheduler(cost::Options options, unsigned threads)
      : options(std::move(options)), threads(threads) {}
  LayerScheduler(cost::Options options, unsigned threads, const SearchLimits &limits);

  /// One result per layer of `layers` (failure where an error was emitted on the op).
  /// With `showProgress`, prints each finished search on stderr, prefixed by `passName`.
  std::vector<mlir::FailureOr<LayerSearchResult>>
  scheduleAll(llvm::ArrayRef<mlir::Operation *> layers, const Network &network,
              bool showProgress, llvm::StringRef passName);

private:
  cost::Options options;
  unsigned threads;
};

/// The loop of the search passes: parses the search options, and for every layer of every
/// network searches its schedule (LayerScheduler) and hands the result to `apply`. Errors
/// are reported on the module or the layer; returns failure if any occurred. `limits`:
/// a layer whose search space exceeds max-candidates is an error saying how to narrow
/// it; a search the time limit stopped is a warning on the layer, which is marked
/// `dataflow.search_incomplete`.
mlir::LogicalResult
forEachSearchedLayer(mlir::ModuleOp module, llvm::StringRef passName, SearchGoal goal,
                     BlockingMethod method, llvm::StringRef disableBypass,
                     ProgressMode progress, unsigned threads, const SearchLimits &limits,
                     cost::SearchCache *cache,
                     llvm::function_ref<void(mlir::Operation *, const LayerSearchResult &)> apply);

/// The search cache of one run of a search pass: the pipeline's when it gave one, else a
/// cache of the run's own.
class RunSearchCache {
public:
  explicit RunSearchCache(const SharedSearchCache &shared)
      : cache(shared ? shared : makeSearchCache()) {}
  cost::SearchCache *get() const { return cache.get(); }

private:
  SharedSearchCache cache;
};

/// The loop of the passes that read a written schedule: for every layer of every network
/// evaluates its mapping + complete blocking (an undecided bypass by nn_dataflow's rule
/// with `disableBypass`) and hands the result to `apply`.
mlir::LogicalResult forEachWrittenSchedule(
    mlir::ModuleOp module, llvm::StringRef disableBypass,
    llvm::function_ref<void(mlir::Operation *, const LayerSearchResult &)> apply);

} // namespace dataflow

#endif // DATAFLOW_TRANSFORMS_SCHEDULESUPPORT_H
