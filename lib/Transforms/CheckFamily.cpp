//===- CheckFamily.cpp - family= schedules every network's accelerator ----===//
//
// dataflow-check-family (Passes.td): an explicit family= that does not schedule a
// network's accelerator kind is a located error naming the family that does, instead of
// a network its passes skip and a later pass reports without saying why.
//
//===----------------------------------------------------------------------===//

#include "Dataflow/IR/BoundNetworks.h"
#include "Dataflow/Transforms/AcceleratorFamilies.h"
#include "Dataflow/Transforms/Passes.h"

namespace dataflow {
#define GEN_PASS_DEF_CHECKFAMILYPASS
#include "Dataflow/Transforms/Passes.h.inc"
} // namespace dataflow

using namespace mlir;
using namespace dataflow;

namespace {

struct CheckFamilyPass : public dataflow::impl::CheckFamilyPassBase<CheckFamilyPass> {
  using CheckFamilyPassBase::CheckFamilyPassBase;

  void runOnOperation() override {
    if (family == FamilyChoice::Auto)
      return; // every kind has its family
    const AcceleratorFamily *chosen = nullptr;
    for (const AcceleratorFamily &f : acceleratorFamilies())
      if (f.id == family)
        chosen = &f;
    bool ok = true;
    for (BoundNetwork &net : networksOf(getOperation())) {
      if (!net.accelerator || net.accelerator.isSystolic() == chosen->schedulesSystolic)
        continue;
      const bool systolic = net.accelerator.isSystolic();
      // The automatic family of that kind (family=auto picks it too).
      StringRef taker;
      for (const AcceleratorFamily &f : acceleratorFamilies())
        if (f.automatic && f.schedulesSystolic == systolic) {
          taker = stringifyFamilyChoice(f.id);
          break;
        }
      InFlightDiagnostic d = net.func.emitError()
                             << "family=" << stringifyFamilyChoice(family)
                             << " does not schedule network @" << net.func.getSymName()
                             << ": its accelerator @" << net.accelerator.getSymName()
                             << " is kind " << (systolic ? "systolic" : "eyeriss")
                             << ", which family=" << taker << " (or auto) schedules";
      d.attachNote(net.accelerator.getLoc())
          << "accelerator @" << net.accelerator.getSymName() << " is defined here";
      ok = false;
    }
    if (!ok)
      signalPassFailure();
  }
};

} // namespace
