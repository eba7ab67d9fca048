//===- Pipelines.h - the dataflow-schedule pipeline -------------*- C++ -*-===//
//
// A plain builder function (style.md rule 7): C++ embedders call it directly; the
// textual registration only parses options into it.
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_TRANSFORMS_PIPELINES_H
#define DATAFLOW_TRANSFORMS_PIPELINES_H

#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassOptions.h"

namespace dataflow {

struct SchedulePipelineOptions : public mlir::PassPipelineOptions<SchedulePipelineOptions> {
  Option<std::string> goal{*this, "goal",
                           llvm::cl::desc("e (energy), d (delay) or ed (energy-delay)"),
                           llvm::cl::init("e")};
  Option<std::string> method{*this, "method",
                             llvm::cl::desc("loop-blocking search: exhaustive or solver"),
                             llvm::cl::init("exhaustive")};
  Option<std::string> disableBypass{
      *this, "disable-bypass",
      llvm::cl::desc("data categories kept in the global buffer, any of i, o, f"),
      llvm::cl::init("")};
  Option<std::string> progress{*this, "progress",
                               llvm::cl::desc("progress on stderr: on, off or auto"),
                               llvm::cl::init("auto")};
  Option<unsigned> threads{*this, "threads",
                            llvm::cl::desc("threads searching layers in parallel (0 = all "
                                           "cores); the result is the same for any count"),
                            llvm::cl::init(0)};
  Option<int64_t> maxCandidates{
      *this, "max-candidates",
      llvm::cl::desc("single node: refuse a layer whose blocking search would cost more "
                     "than this many candidate schemes; 0 = no limit"),
      llvm::cl::init(100000000)};
  Option<double> timeLimit{*this, "time-limit",
                           llvm::cl::desc("single node: seconds each search pass may search "
                                          "before keeping the best schedule found so far "
                                          "(not proven optimal); 0 = no limit"),
                           llvm::cl::init(0)};
  Option<bool> hybrid{*this, "hybrid",
                      llvm::cl::desc("multi-node: hybrid partitioning (nn_dataflow "
                                     "--hybrid-partition)"),
                      llvm::cl::init(false)};
  Option<bool> batchPartition{*this, "batch-partition",
                              llvm::cl::desc("multi-node: also partition the batch"),
                              llvm::cl::init(false)};
  Option<bool> ifmapsPartition{*this, "ifmaps-partition",
                               llvm::cl::desc("multi-node: also partition input channels "
                                              "(needs hybrid)"),
                               llvm::cl::init(false)};
  Option<bool> accessForwarding{*this, "access-forwarding",
                                llvm::cl::desc("multi-node: access forwarding (TANGRAM)"),
                                llvm::cl::init(false)};
  Option<bool> bufferSharing{*this, "buffer-sharing",
                             llvm::cl::desc("multi-node: global-buffer sharing over the NoC "
                                            "(TANGRAM)"),
                             llvm::cl::init(false)};
  Option<std::string> report{*this, "report",
                             llvm::cl::desc("write the report to this file ('-' = stdout; "
                                            "empty = no report)"),
                             llvm::cl::init("")};
  Option<std::string> reportFormat{*this, "report-format",
                                   llvm::cl::desc("json or table"), llvm::cl::init("json")};
  Option<bool> lower{*this, "lower",
                     llvm::cl::desc("lower to the explicit schedule IR at the end"),
                     llvm::cl::init(true)};
};

/// partition-layers, map-array, block-loops, solve-bypass, cost, [report],
/// [lower-to-schedule]. partition-layers schedules the layers of multi-node accelerators
/// whole (partition + per-node schedule + cost); the single-node passes then only see
/// the layers of one-node accelerators.
void buildDataflowSchedulePipeline(mlir::OpPassManager &pm,
                                   const SchedulePipelineOptions &options);

/// Registers `dataflow-schedule` with the global pipeline registry.
void registerDataflowSchedulePipeline();

} // namespace dataflow

#endif // DATAFLOW_TRANSFORMS_PIPELINES_H
