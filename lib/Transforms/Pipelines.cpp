//===- SchedulePipeline.cpp - the dataflow-schedule pipeline --------------===//

#include "Dataflow/Transforms/Pipelines.h"
#include "Dataflow/Transforms/Passes.h"
#include "Dataflow/CostModel/Eyeriss/SearchCache.h"

#include "mlir/Pass/PassRegistry.h"

using namespace mlir;
using dataflow::SchedulePipelineOptions;

namespace {
/// A search pass's options with the ones every search pass shares (Passes.td SearchOptions)
/// taken from the pipeline's.
template <typename PassOptions>
PassOptions searchPassOptions(const SchedulePipelineOptions &options) {
  PassOptions pass;
  pass.goal = options.goal;
  pass.method = options.method;
  pass.disableBypass = options.disableBypass;
  pass.progress = options.progress;
  pass.threads = options.threads;
  return pass;
}

/// The multi-node partitioning options (nn_dataflow's partitioning flags).
template <typename PassOptions>
void setPartitioning(PassOptions &pass, const SchedulePipelineOptions &options) {
  pass.hybrid = options.hybrid;
  pass.batchPartition = options.batchPartition;
  pass.ifmapsPartition = options.ifmapsPartition;
  pass.accessForwarding = options.accessForwarding;
  pass.bufferSharing = options.bufferSharing;
}

/// The search limits (Passes.td LimitOptions).
template <typename PassOptions>
void setLimits(PassOptions &pass, const SchedulePipelineOptions &options) {
  pass.maxCandidates = options.maxCandidates;
  pass.timeLimit = options.timeLimit;
}
} // namespace

void dataflow::buildDataflowSchedulePipeline(OpPassManager &pm,
                                             const SchedulePipelineOptions &options) {
  // deconv-combine: every deconvolution becomes one convolution over its combined
  // stride phases (docs/seed-tools.md §3.2), before any search.
  if (options.deconvCombine) {
    DecomposeDeconvPassOptions decompose;
    decompose.combine = true;
    pm.addPass(createDecomposeDeconvPass(decompose));
  } else {
    // Otherwise the deconvolutions of one-node Eyeriss networks become their stride-phase
    // convolutions, as Python's schedule() does (decompose_deconv=True): the row-stationary
    // model prices only convolutions. Systolic networks keep theirs (deconv=), and the
    // multi-node search does not take the phase layout yet (a located error there).
    DecomposeDeconvPassOptions decompose;
    decompose.singleNodeOnly = true;
    pm.addPass(createDecomposeDeconvPass(decompose));
  }

  // Systolic accelerators: their networks are scheduled here whole (their remaining
  // deconvolutions split into phase convolutions first); the Eyeriss passes below skip
  // them (collectNetworks) and dataflow-cost re-prices them.
  ScheduleSystolicPassOptions systolic;
  systolic.method = options.systolicMethod;
  systolic.goal = options.systolicGoal;
  systolic.fillDrain = options.fillDrain;
  systolic.deconv = options.deconv;
  pm.addPass(createScheduleSystolicPass(systolic));

  // One cache of blocking searches for the whole run: map-array's searches answer
  // block-loops', and partitions sharing a per-node sub-layer search it once.
  SharedSearchCache cache = makeSearchCache();

  // Multi-node accelerators first: their layers leave this pass fully scheduled and the
  // single-node passes skip them; on one node it writes the trivial partition.
  // Inter-layer pipelining first: its networks leave fully scheduled; the passes after
  // it keep what it wrote.
  if (options.interlayer) {
    auto segments = searchPassOptions<PartitionSegmentsPassOptions>(options);
    setPartitioning(segments, options);
    segments.temporal = options.temporal;
    segments.maxTimeOverhead = options.maxTimeOverhead;
    segments.maxDegree = options.maxDegree;
    segments.basicOnly = options.basicOnly;
    segments.beamWidth = options.beamWidth;
    segments.timeLimit = options.timeLimit;
    pm.addPass(createPartitionSegmentsPass(segments, cache));
  }

  auto partition = searchPassOptions<PartitionLayersPassOptions>(options);
  setPartitioning(partition, options);
  setLimits(partition, options);
  partition.networkSearch = options.networkSearch;
  partition.networkBeam = options.networkBeam;
  partition.lowerBound = options.lowerBound;
  pm.addPass(createPartitionLayersPass(partition, cache));

  auto map = searchPassOptions<MapArrayPassOptions>(options);
  setLimits(map, options);
  pm.addPass(createMapArrayPass(map, cache));

  auto block = searchPassOptions<BlockLoopsPassOptions>(options);
  setLimits(block, options);
  pm.addPass(createBlockLoopsPass(block, cache));

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
    report.minCoverage = options.minCoverage;
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

dataflow::SharedSearchCache dataflow::makeSearchCache() { return std::make_shared<cost::SearchCache>(); }
