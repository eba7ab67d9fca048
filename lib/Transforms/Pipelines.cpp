//===- Pipelines.cpp - the dataflow-schedule pipeline ---------------------===//

#include "Dataflow/Transforms/Pipelines.h"
#include "Dataflow/CostModel/Eyeriss/SearchCache.h"
#include "Dataflow/Transforms/AcceleratorFamilies.h"
#include "Dataflow/Transforms/Passes.h"

#include "mlir/Pass/PassRegistry.h"

using namespace mlir;
using dataflow::SchedulePipelineOptions;

void dataflow::buildDataflowSchedulePipeline(OpPassManager &pm,
                                             const SchedulePipelineOptions &options) {
  SmallVector<const AcceleratorFamily *> families = familiesFor(options.family);
  auto any = [&](bool AcceleratorFamily::*flag) {
    return llvm::any_of(families, [&](const AcceleratorFamily *f) { return f->*flag; });
  };

  // An explicit family first checks that it schedules every network's accelerator kind.
  if (options.family != FamilyChoice::Auto)
    pm.addPass(createCheckFamilyPass(CheckFamilyPassOptions{options.family}));

  // Attention becomes the matmuls and softmax every family prices (heads as the batch;
  // docs/cost-model.md "Attention").
  pm.addPass(createDecomposeAttentionPass());

  // Dilated convolutions whose phases differ in size become output bands of equal phases,
  // which every family prices (docs/cost-model.md "Dilation phases").
  pm.addPass(createSplitDilatedConvPass());

  if (any(&AcceleratorFamily::decomposesDeconv)) {
    DecomposeDeconvPassOptions decompose;
    if (options.deconvCombine)
      // deconv-combine: every deconvolution becomes one convolution over its combined
      // stride phases (docs/seed-tools.md §3.2), before any search.
      decompose.combine = true;
    else
      // Otherwise the deconvolutions of Eyeriss networks (one node or a grid) become
      // their stride-phase convolutions, as Python's schedule() does
      // (decompose_deconv=True): the row-stationary model prices only convolutions.
      // Systolic networks keep theirs (deconv=).
      decompose.eyerissOnly = true;
    pm.addPass(createDecomposeDeconvPass(decompose));
  }

  // One cache of blocking searches for the whole run: map-array's searches answer
  // block-loops', and partitions sharing a per-node sub-layer search it once.
  SharedSearchCache cache = makeSearchCache();
  for (const AcceleratorFamily *family : families)
    family->addPasses(pm, options, cache);

  if (any(&AcceleratorFamily::repricedByCostPass)) {
    CostPassOptions cost;
    cost.disableBypass = options.disableBypass;
    pm.addPass(createCostPass(cost));
  }

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
      "Schedule every network on its accelerator: decompose-attention, split-dilated-conv, "
      "[decompose-deconv], the passes of each "
      "model family family= names (auto: schedule-systolic for systolic accelerators, "
      "then [partition-segments (interlayer=true)], partition-layers (multi-node), "
      "map-array, block-loops, solve-bypass for the others; maestro: maestro-map, "
      "maestro-cost; dmaze: dmaze-map, dmaze-cost), cost, then (report=FILE) the report "
      "and (lower=true) the schedule IR",
      buildDataflowSchedulePipeline);
}

dataflow::SharedSearchCache dataflow::makeSearchCache() {
  return std::make_shared<cost::SearchCache>();
}
