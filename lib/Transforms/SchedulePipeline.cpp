//===- SchedulePipeline.cpp - the dataflow-schedule pipeline --------------===//

#include "Dataflow/Transforms/Pipelines.h"
#include "Dataflow/Transforms/Passes.h"

#include "mlir/Pass/PassRegistry.h"

using namespace mlir;

void dataflow::buildDataflowSchedulePipeline(OpPassManager &pm,
                                             const SchedulePipelineOptions &options) {
  // deconv-combine: every deconvolution becomes one convolution over its combined
  // stride phases (seed-tools-model.md §3.2), before any search.
  if (options.deconvCombine) {
    DecomposeDeconvPassOptions decompose;
    decompose.combine = true;
    pm.addPass(createDecomposeDeconvPass(decompose));
  }

  // Systolic accelerators: their networks are scheduled here whole (their remaining
  // deconvolutions split into phase convolutions first); the Eyeriss passes below skip
  // them (collectNetworks) and dataflow-cost re-prices them.
  ScheduleSystolicPassOptions systolic;
  systolic.method = options.systolicMethod;
  systolic.goal = options.systolicGoal;
  systolic.fillDrain = options.fillDrain;
  pm.addPass(createScheduleSystolicPass(systolic));

  // Multi-node accelerators first: their layers leave this pass fully scheduled and the
  // single-node passes skip them; on one node it writes the trivial partition.
  // Inter-layer pipelining first: its networks leave fully scheduled; the passes after
  // it keep what it wrote.
  if (options.interlayer) {
    PartitionSegmentsPassOptions segments;
    segments.goal = options.goal;
    segments.method = options.method;
    segments.disableBypass = options.disableBypass;
    segments.progress = options.progress;
    segments.threads = options.threads;
    segments.hybrid = options.hybrid;
    segments.batchPartition = options.batchPartition;
    segments.ifmapsPartition = options.ifmapsPartition;
    segments.accessForwarding = options.accessForwarding;
    segments.bufferSharing = options.bufferSharing;
    segments.temporal = options.temporal;
    segments.maxTimeOverhead = options.maxTimeOverhead;
    segments.maxDegree = options.maxDegree;
    segments.basicOnly = options.basicOnly;
    segments.beamWidth = options.beamWidth;
    segments.timeLimit = options.timeLimit;
    pm.addPass(createPartitionSegmentsPass(segments));
  }

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
  partition.maxCandidates = options.maxCandidates;
  partition.timeLimit = options.timeLimit;
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
      "Schedule every network on its accelerator: [decompose-deconv (deconv-combine)], "
      "schedule-systolic (systolic accelerators), [partition-segments (interlayer=true)], "
      "partition-layers (multi-node), map-array, block-loops, solve-bypass, cost, then "
      "(report=FILE) the report and (lower=true) the schedule IR",
      buildDataflowSchedulePipeline);
}
