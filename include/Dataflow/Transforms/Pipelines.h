//===- Pipelines.h - the dataflow-schedule pipeline -------------*- C++ -*-===//
//
// A plain builder function (as IREE's Codegen pipelines): C++ embedders call it directly; the
// textual registration only parses options into it.
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_TRANSFORMS_PIPELINES_H
#define DATAFLOW_TRANSFORMS_PIPELINES_H

#include "Dataflow/Bridge/SearchOptions.h"

#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassOptions.h"

#include <limits>

namespace dataflow {

struct SchedulePipelineOptions : public mlir::PassPipelineOptions<SchedulePipelineOptions> {
  Option<FamilyChoice> family{
      *this, "family",
      llvm::cl::desc("which model families schedule the networks: auto (by accelerator "
                     "kind: systolic accelerators by the systolic-array optimizer's model, "
                     "the others by nn_dataflow's), or one of eyeriss, systolic, maestro "
                     "(MAESTRO's mapping search and model) and dmaze (dMazeRunner's) for "
                     "every network (default: auto)"),
      llvm::cl::init(FamilyChoice::Auto), DATAFLOW_OPTION_VALUES(FamilyChoice)};
  Option<SearchGoal> goal{*this, "goal",
                          llvm::cl::desc("e (energy), d (delay) or ed (energy-delay) (default: e)"),
                          llvm::cl::init(SearchGoal::Energy), DATAFLOW_OPTION_VALUES(SearchGoal)};
  Option<BlockingMethod> method{
      *this, "method",
      llvm::cl::desc("loop-blocking search: exhaustive or solver (default: exhaustive)"),
      llvm::cl::init(BlockingMethod::Exhaustive), DATAFLOW_OPTION_VALUES(BlockingMethod)};
  Option<std::string> disableBypass{
      *this, "disable-bypass",
      llvm::cl::desc("data categories kept in the global buffer, any of i, o, f (default: none)"),
      llvm::cl::init("")};
  Option<ProgressMode> progress{
      *this, "progress", llvm::cl::desc("progress on stderr: on, off or auto (default: auto)"),
      llvm::cl::init(ProgressMode::Auto), DATAFLOW_OPTION_VALUES(ProgressMode)};
  Option<unsigned> threads{*this, "threads",
                            llvm::cl::desc("threads searching layers in parallel (0 = all "
                                           "cores); the result is the same for any count (default: 0)"),
                            llvm::cl::init(0)};
  Option<int64_t> maxCandidates{
      *this, "max-candidates",
      llvm::cl::desc("refuse a layer whose blocking search (over all its partitions, on "
                     "several nodes) would cost more than this many candidate schemes; "
                     "0 = no limit (not applied to interlayer=true's segment search, which "
                     "sizes its own space) (default: 1000000000)"),
      llvm::cl::init(1000000000)};
  Option<double> timeLimit{*this, "time-limit",
                           llvm::cl::desc("seconds each search pass may search before "
                                          "keeping the best schedule found so far (not "
                                          "proven optimal); 0 = no limit (with "
                                          "interlayer=true it cuts the per-layer searches "
                                          "inside the segment search, not the segment "
                                          "enumeration) (default: 0)"),
                           llvm::cl::init(0)};
  Option<bool> hybrid{*this, "hybrid",
                      llvm::cl::desc("multi-node: hybrid partitioning (nn_dataflow "
                                     "--hybrid-partition) (default: false)"),
                      llvm::cl::init(false)};
  Option<bool> batchPartition{*this, "batch-partition",
                              llvm::cl::desc("multi-node: also partition the batch (default: false)"),
                              llvm::cl::init(false)};
  Option<bool> ifmapsPartition{*this, "ifmaps-partition",
                               llvm::cl::desc("multi-node: also partition input channels "
                                              "(needs hybrid) (default: false)"),
                               llvm::cl::init(false)};
  Option<bool> accessForwarding{*this, "access-forwarding",
                                llvm::cl::desc("multi-node: access forwarding (TANGRAM) (default: false)"),
                                llvm::cl::init(false)};
  Option<bool> bufferSharing{*this, "buffer-sharing",
                             llvm::cl::desc("multi-node: global-buffer sharing over the NoC "
                                            "(TANGRAM) (default: false)"),
                             llvm::cl::init(false)};
  Option<bool> deconvCombine{*this, "deconv-combine",
                             llvm::cl::desc("decompose every transposed convolution into "
                                            "one convolution over its combined stride phases "
                                            "first, on every accelerator (false: systolic "
                                            "networks price theirs as deconv= says) (default: false)"),
                             llvm::cl::init(false)};
  Option<DeconvPricing> deconv{
      *this, "deconv",
      llvm::cl::desc("systolic accelerators: how a transposed convolution is priced: "
                     "upsample (as the original tool), split or combine (default: upsample)"),
      llvm::cl::init(DeconvPricing::Upsample), DATAFLOW_OPTION_VALUES(DeconvPricing)};
  Option<SystolicMethodChoice> systolicMethod{
      *this, "systolic-method",
      llvm::cl::desc("systolic accelerators: exhaustive, static, constrained or combined, "
                     "or auto (static with a fixed buffer partition, else exhaustive) "
                     "(default: auto)"),
      llvm::cl::init(SystolicMethodChoice::Auto), DATAFLOW_OPTION_VALUES(SystolicMethodChoice)};
  Option<SystolicGoalChoice> systolicGoal{
      *this, "systolic-goal",
      llvm::cl::desc("systolic accelerators: latency or traffic first (default: latency)"),
      llvm::cl::init(SystolicGoalChoice::Latency), DATAFLOW_OPTION_VALUES(SystolicGoalChoice)};
  Option<bool> fillDrain{*this, "fill-drain",
                         llvm::cl::desc("systolic accelerators, a refinement: charge the "
                                        "pipeline fill and drain of every array pass (off: "
                                        "the steady state only, as the original tool) (default: false)"),
                         llvm::cl::init(false)};
  Option<bool> toolRules{*this, "tool-rules",
                         llvm::cl::desc("systolic accelerators: price as the original "
                                        "optimizer does (its 1.01 buffer slack, 3-D "
                                        "formulas and loop-order ties) (default: false)"),
                         llvm::cl::init(false)};
  Option<bool> interlayer{*this, "interlayer",
                          llvm::cl::desc("multi-node: inter-layer pipelining, run "
                                         "dataflow-partition-segments first (nn_dataflow "
                                         "--interlayer-partition) (default: false)"),
                          llvm::cl::init(false)};
  Option<bool> temporal{*this, "temporal",
                        llvm::cl::desc("interlayer: also temporal segments (default: false)"),
                        llvm::cl::init(false)};
  Option<double> maxTimeOverhead{
      *this, "max-time-overhead",
      llvm::cl::desc("interlayer: largest segment time overhead (default unbounded)"),
      llvm::cl::init(std::numeric_limits<double>::infinity())};
  Option<unsigned> maxDegree{*this, "max-degree",
                             llvm::cl::desc("interlayer: most vertices in a segment (0 = "
                                            "unbounded) (default: 0)"),
                             llvm::cl::init(0)};
  Option<bool> basicOnly{*this, "basic-only",
                         llvm::cl::desc("interlayer: basic pipelining only (default: false)"),
                         llvm::cl::init(false)};
  Option<unsigned> beamWidth{*this, "beam-width",
                             llvm::cl::desc("interlayer: partial networks kept per layer (default: 1)"),
                             llvm::cl::init(1)};
  Option<MaestroGoal> maestroGoal{
      *this, "maestro-goal",
      llvm::cl::desc("family=maestro: what the MAESTRO mapping search minimises: runtime, "
                     "energy or edp (default: runtime)"),
      llvm::cl::init(MaestroGoal::Runtime), DATAFLOW_OPTION_VALUES(MaestroGoal)};
  Option<DMazeGoal> dmazeGoal{
      *this, "dmaze-goal",
      llvm::cl::desc("family=dmaze: what the dMazeRunner search minimises: edp, energy or "
                     "cycles (default: edp)"),
      llvm::cl::init(DMazeGoal::Edp), DATAFLOW_OPTION_VALUES(DMazeGoal)};
  Option<NetworkSearch> networkSearch{
      *this, "network-search",
      llvm::cl::desc("multi-node: greedy or beam (never worse than greedy) (default: greedy)"),
      llvm::cl::init(NetworkSearch::Greedy), DATAFLOW_OPTION_VALUES(NetworkSearch)};
  Option<unsigned> networkBeam{*this, "network-beam",
                               llvm::cl::desc("network-search=beam: partial networks kept "
                                              "per layer (default: 4)"),
                               llvm::cl::init(4)};
  Option<bool> lowerBound{*this, "lower-bound",
                          llvm::cl::desc("multi-node: remark the gap to the network's lower "
                                         "bound (default: false)"),
                          llvm::cl::init(false)};
  Option<std::string> report{*this, "report",
                             llvm::cl::desc("write the report to this file ('-' = stdout; "
                                            "empty = no report) (default: none)"),
                             llvm::cl::init("")};
  Option<ReportFormat> reportFormat{*this, "report-format",
                                    llvm::cl::desc("json, table or html (default: json)"),
                                    llvm::cl::init(ReportFormat::Json),
                                    DATAFLOW_OPTION_VALUES(ReportFormat)};
  Option<double> minCoverage{*this, "min-coverage",
                             llvm::cl::desc("report: fail when a network's scheduled MACs are "
                                            "below this fraction of its model's (default: 0.0)"),
                             llvm::cl::init(0.0)};
  Option<bool> lower{*this, "lower",
                     llvm::cl::desc("lower to the explicit schedule IR at the end (default: true)"),
                     llvm::cl::init(true)};
};

/// [decompose-deconv], the passes of each model family `family` names
/// (Transforms/AcceleratorFamilies.h; auto: schedule-systolic for systolic accelerators,
/// then [partition-segments (interlayer=true)], partition-layers, map-array, block-loops,
/// solve-bypass for the others), cost, [report], [lower-to-schedule]. partition-layers
/// schedules the layers of multi-node accelerators whole (partition + per-node schedule +
/// cost); the single-node passes then only see the layers of one-node accelerators.
void buildDataflowSchedulePipeline(mlir::OpPassManager &pm,
                                   const SchedulePipelineOptions &options);

/// Registers `dataflow-schedule` with the global pipeline registry.
void registerDataflowSchedulePipeline();

} // namespace dataflow

#endif // DATAFLOW_TRANSFORMS_PIPELINES_H
