//===- AcceleratorFamilies.cpp - the model families behind one seam -------===//

#include "Dataflow/Transforms/AcceleratorFamilies.h"
#include "Dataflow/IR/BoundNetworks.h"

#include "mlir/Pass/Pass.h"

using namespace mlir;
using namespace dataflow;

namespace {

/// A search pass's options with the ones every search pass shares (Passes.td
/// SearchOptions) taken from the pipeline's.
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

/// The systolic-array optimizer's model: systolic accelerators' networks, scheduled
/// whole (their remaining deconvolutions priced as deconv= says).
void addSystolicPasses(OpPassManager &pm, const SchedulePipelineOptions &options,
                       const SharedSearchCache &) {
  ScheduleSystolicPassOptions systolic;
  systolic.method = options.systolicMethod;
  systolic.goal = options.systolicGoal;
  systolic.fillDrain = options.fillDrain;
  systolic.toolRules = options.toolRules;
  systolic.deconv = options.deconv;
  pm.addPass(createScheduleSystolicPass(systolic));
}

/// nn_dataflow's families (row-stationary, multi-node, inter-layer pipelining): the
/// other accelerators' networks. Inter-layer pipelining first: its networks leave fully
/// scheduled and the passes after it keep what it wrote; then multi-node accelerators,
/// whose layers leave partition-layers fully scheduled; the single-node passes take the
/// rest. One search cache serves every pass of the run.
void addEyerissPasses(OpPassManager &pm, const SchedulePipelineOptions &options,
                      const SharedSearchCache &cache) {
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
}

/// MAESTRO: its mapping search for every layer without directives, then its model.
void addMaestroPasses(OpPassManager &pm, const SchedulePipelineOptions &options,
                      const SharedSearchCache &) {
  MaestroMapPassOptions map;
  map.goal = options.maestroGoal;
  map.maxCandidates = options.maxCandidates;
  map.timeLimit = options.timeLimit;
  pm.addPass(createMaestroMapPass(map));
  pm.addPass(createMaestroCostPass());
}

/// dMazeRunner: its search for every layer without a loop tiling, then its model.
void addDMazePasses(OpPassManager &pm, const SchedulePipelineOptions &options,
                    const SharedSearchCache &) {
  DMazeMapPassOptions map;
  map.goal = options.dmazeGoal;
  map.timeLimit = options.timeLimit;
  pm.addPass(createDMazeMapPass(map));
  pm.addPass(createDMazeCostPass());
}

const AcceleratorFamily kFamilies[] = {
    {FamilyChoice::Systolic, "systolic accelerators: the systolic-array optimizer's tiling "
                             "search and model",
     /*automatic=*/true, /*decomposesDeconv=*/true, /*repricedByCostPass=*/true,
     /*schedulesSystolic=*/true, addSystolicPasses},
    {FamilyChoice::Eyeriss, "PE-array accelerators, one node or a grid: nn_dataflow's "
                            "row-stationary mapping, loop blocking, partitioning and "
                            "inter-layer pipelining",
     /*automatic=*/true, /*decomposesDeconv=*/true, /*repricedByCostPass=*/true,
     /*schedulesSystolic=*/false, addEyerissPasses},
    {FamilyChoice::Maestro, "one PE array priced by MAESTRO's directive model, mapped by "
                            "its mapping search",
     /*automatic=*/false, /*decomposesDeconv=*/false, /*repricedByCostPass=*/false,
     /*schedulesSystolic=*/false, addMaestroPasses},
    {FamilyChoice::DMaze, "one PE array with a scratchpad priced by dMazeRunner's model, "
                          "tiled by its search",
     /*automatic=*/false, /*decomposesDeconv=*/false, /*repricedByCostPass=*/false,
     /*schedulesSystolic=*/false, addDMazePasses},
};

} // namespace

ArrayRef<AcceleratorFamily> dataflow::acceleratorFamilies() { return kFamilies; }

SmallVector<const AcceleratorFamily *> dataflow::familiesFor(FamilyChoice choice) {
  SmallVector<const AcceleratorFamily *> run;
  for (const AcceleratorFamily &family : kFamilies)
    if (choice == FamilyChoice::Auto ? family.automatic : family.id == choice)
      run.push_back(&family);
  return run;
}
