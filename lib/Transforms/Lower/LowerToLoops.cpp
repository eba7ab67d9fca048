//===- LowerToLoops.cpp - dataflow-lower-to-loops -------------------------===//
//
// Lowers every dataflow.schedule (dataflow-lower-to-schedule) to executable code: for
// each layer_schedule, `@<layer>_scheduled(inputs..., [weights,] output)` over memrefs
// computing the layer exactly as scheduled (ScheduledLoopNest.cpp); with harness=true
// also `@<layer>_reference` and a `@main` that checks one against the other
// (ReferenceLoops.cpp). docs/lower-to-loops.md describes the lowering.
//
//===----------------------------------------------------------------------===//

#include "LowerToLoops.h"

#include "Dataflow/Bridge/EyerissBridge.h"
#include "Dataflow/IR/BoundNetworks.h"
#include "Dataflow/IR/DataflowOps.h"
#include "Dataflow/Transforms/Passes.h"

#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/SymbolTable.h"

#include <deque>

namespace dataflow {
#define GEN_PASS_DEF_LOWERTOLOOPSPASS
#include "Dataflow/Transforms/Passes.h.inc"
} // namespace dataflow

using namespace mlir;
using namespace dataflow;
using namespace dataflow::loops;

namespace {

struct LowerToLoopsPass : public dataflow::impl::LowerToLoopsPassBase<LowerToLoopsPass> {
  using Base::Base;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    SymbolTable symbols(module);
    std::deque<LayerLoopView> views; // stable addresses for LoweredLayer
    SmallVector<LoweredLayer> lowered;
    SmallVector<Operation *> generated;
    bool failedAny = false;

    // A systolic tiling has no schedule IR to lower yet: say so on its first layer.
    for (BoundNetwork &net : networksOf(module)) {
      AcceleratorOp accel = net.accelerator;
      if (!accel || !accel.isSystolic())
        continue;
      for (Operation *op : net.layers) {
        if (!op->hasAttr(DataflowDialect::kSystolicAttrName))
          continue;
        op->emitError() << "layer '" << dataflow::layerName(op) << "' of @"
                        << net.func.getSymName()
                        << " has a systolic tiling (dataflow.systolic on accelerator @"
                        << accel.getSymName()
                        << "), which dataflow-lower-to-loops cannot lower: it lowers the "
                           "schedule IR of dataflow-lower-to-schedule, which describes Eyeriss "
                           "accelerators only; a systolic schedule IR is missing";
        failedAny = true;
        break;
      }
    }

    for (auto schedule : llvm::make_early_inc_range(module.getOps<ScheduleOp>())) {
      auto func = symbols.lookup<func::FuncOp>(schedule.getFunction());
      if (!func) {
        schedule.emitError() << "schedules unknown function @" << schedule.getFunction();
        failedAny = true;
        continue;
      }
      auto ref = func->getAttrOfType<FlatSymbolRefAttr>(DataflowDialect::kAcceleratorAttrName);
      auto accel = ref ? symbols.lookup<AcceleratorOp>(ref.getValue()) : AcceleratorOp();
      if (!accel) {
        func.emitError() << "function @" << func.getSymName()
                         << " has a schedule but is bound to no accelerator";
        failedAny = true;
        continue;
      }
      if (accel.isSystolic()) {
        schedule.emitError() << "function @" << func.getSymName()
                             << " is bound to systolic accelerator @" << accel.getSymName()
                             << "; the schedule IR describes Eyeriss accelerators";
        failedAny = true;
        continue;
      }
      cost::Hardware hw = bridge::toHardware(accel);
      Capacity cap{hw.gbufWords, hw.regfWords};

      // Layers in network order, as dataflow-lower-to-schedule wrote them.
      SmallVector<Operation *> layers;
      for (LayerOpInterface layer : computeLayersOf(func))
        layers.push_back(layer);
      auto layerSchedules = llvm::to_vector(schedule.getOps<LayerScheduleOp>());
      if (layerSchedules.size() != layers.size()) {
        schedule.emitError() << "holds " << layerSchedules.size() << " layer schedules but @"
                             << func.getSymName() << " has " << layers.size()
                             << " layers; run dataflow-lower-to-schedule again";
        failedAny = true;
        continue;
      }
      for (auto [op, ls] : llvm::zip(layers, layerSchedules)) {
        FailureOr<std::optional<LayerLoopView>> view = viewLayer(op);
        if (failed(view)) {
          failedAny = true;
          continue;
        }
        if (!view->has_value())
          continue;
        if ((*view)->name != ls.getLayer()) {
          op->emitError() << "layer '" << (*view)->name << "' is scheduled as '"
                          << ls.getLayer() << "'; run dataflow-lower-to-schedule again";
          failedAny = true;
          continue;
        }
        if (!ls.getBody().getOps<NodeLoopOp>().empty()) {
          op->emitError() << "layer '" << (*view)->name
                          << "' is partitioned over a node grid; dataflow-lower-to-loops "
                             "lowers single-node schedules only";
          failedAny = true;
          continue;
        }
        views.push_back(std::move(**view));
        LayerLoopView &v = views.back();
        OpBuilder b(&getContext());
        b.setInsertionPointToEnd(module.getBody());
        Footprint footprint;
        FailureOr<func::FuncOp> scheduled = emitScheduled(b, v, ls, cap, harness, footprint);
        if (failed(scheduled)) {
          failedAny = true;
          continue;
        }
        symbols.insert(*scheduled); // renames on a clash
        generated.push_back(*scheduled);
        LoweredLayer ll{&v, *scheduled, func::FuncOp(), cap};
        if (harness) {
          b.setInsertionPointToEnd(module.getBody());
          ll.reference = emitReference(b, v);
          symbols.insert(ll.reference);
          generated.push_back(ll.reference);
        }
        lowered.push_back(ll);
      }
    }
    if (failedAny)
      return signalPassFailure();

    if (harness && !lowered.empty()) {
      OpBuilder b(&getContext());
      emitHarness(b, module, lowered);
    }
    if (executableOnly) {
      // Keep only what upstream mlir-opt can lower: the generated functions, the
      // footprint counters and @main.
      for (Operation &op : llvm::make_early_inc_range(*module.getBody())) {
        bool keep = llvm::is_contained(generated, &op) || isa<memref::GlobalOp>(op);
        if (auto fn = dyn_cast<func::FuncOp>(op))
          keep |= harness && fn.getSymName() == "main";
        if (!keep)
          op.erase();
      }
    }
  }
};

} // namespace
