//===- SchedulePipeline.cpp - the dataflow-schedule pipeline --------------===//

#include "Dataflow/Transforms/Pipelines.h"
#include "Dataflow/Transforms/Passes.h"

#include "mlir/Pass/PassRegistry.h"

using namespace mlir;

void dataflow::buildDataflowSchedulePipeline(OpPassManager &pm,
                                             const SchedulePipelineOptions &options) {
  // Multi-node accelerators first: their layers leave this pass fully scheduled and the
  // single-node passes skip them; on one node it writes the trivial partition.
  PartitionLayersPassOptions partition;
  partition.goal = options.goal;
  partition.method = options.method;
  partition.disableBypass = options.disableBypass;
  partition.progress = options.progress;
  partition.threads = options.threads;
  partition.hybrid = options.hybrid;
  partition.batchPartition = options.batchPartition;
  partition.ifmapsPartition = options.ifmapsPartition;
  partition.accessForwarding = options.accessForwarding;
  partition.bufferSharing = options.bufferSharing;
  pm.addPass(createPartitionLayersPass(partition));

  MapArrayPassOptions map;
  map.goal = options.goal;
  map.method = options.method;
  map.disableBypass = options.disableBypass;
  map.progress = options.progress;
  map.threads = options.threads;
  map.maxCandidates = options.maxCandidates;
  map.timeLimit = options.timeLimit;
  pm.addPass(createMapArrayPass(map));

  BlockLoopsPassOptions block;
  block.goal = options.goal;
  block.method = options.method;
  block.disableBypass = options.disableBypass;
  block.progress = options.progress;
  block.threads = options.threads;
  block.maxCandidates = options.maxCandidates;
  block.timeLimit = options.timeLimit;
  pm.addPass(createBlockLoopsPass(block));

  SolveBypassPassOptions bypass;
  bypass.disableBypass = options.disableBypass;
  pm.addPass(createSolveBypassPass(bypass));

  CostPassOptions cost;
  cost.disableBypass = options.disableBypass;
  pm.addPass(createCostPass(cost));

  if (!options.report.empty()) {
    ReportPassOptions report;
    report.file = options.report;
    report.format = options.reportFormat;
    pm.addPass(createReportPass(report));
  }
  if (options.lower)
    pm.addPass(createLowerToSchedulePass());
}

void dataflow::registerDataflowSchedulePipeline() {
  PassPipelineRegistration<SchedulePipelineOptions>(
      "dataflow-schedule",
      "Schedule every network on its accelerator: partition-layers (multi-node), map-array, "
      "block-loops, solve-bypass, cost, then (report=FILE) the report and (lower=true) the schedule IR",
      buildDataflowSchedulePipeline);
}
