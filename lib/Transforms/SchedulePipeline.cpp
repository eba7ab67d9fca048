//===- SchedulePipeline.cpp - the dataflow-schedule pipeline --------------===//

#include "Dataflow/Transforms/Pipelines.h"
#include "Dataflow/Transforms/Passes.h"

#include "mlir/Pass/PassRegistry.h"

using namespace mlir;

void dataflow::buildDataflowSchedulePipeline(OpPassManager &pm,
                                             const SchedulePipelineOptions &options) {
  MapArrayPassOptions map;
  map.goal = options.goal;
  map.method = options.method;
  map.disableBypass = options.disableBypass;
  map.progress = options.progress;
  map.threads = options.threads;
  pm.addPass(createMapArrayPass(map));

  BlockLoopsPassOptions block;
  block.goal = options.goal;
  block.method = options.method;
  block.disableBypass = options.disableBypass;
  block.progress = options.progress;
  block.threads = options.threads;
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
      "Schedule every network on its accelerator: map-array, block-loops, solve-bypass, "
      "cost, then (report=FILE) the report and (lower=true) the schedule IR",
      buildDataflowSchedulePipeline);
}
