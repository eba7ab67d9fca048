//===- PrintEnergyTable.cpp - the unit energies an accelerator prices with -===//
//
// One table per accelerator: explicit energies as written, or the estimator's
// with what each figure came from (docs/cost-model.md "Energy and area
// estimates"); a systolic array's four (MAC, buffer, DRAM, static) and its area
// ("Systolic energy").
//
//===----------------------------------------------------------------------===//

#include "Dataflow/Bridge/EyerissBridge.h"
#include "Dataflow/Bridge/SystolicBridge.h"
#include "Dataflow/IR/DataflowOps.h"
#include "Dataflow/Transforms/Passes.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/ToolOutputFile.h"

#include <cstdio>
#include <string>

namespace dataflow {
#define GEN_PASS_DEF_PRINTENERGYTABLEPASS
#include "Dataflow/Transforms/Passes.h.inc"
} // namespace dataflow

using namespace mlir;
using namespace dataflow;

namespace {

/// `value` printed with printf's `format` (the table's 4 significant digits: "%.4g").
std::string num(const char *format, double value) {
  char buffer[64];
  std::snprintf(buffer, sizeof(buffer), format, value);
  return buffer;
}

void row(raw_ostream &os, StringRef field, double value, const Twine &from) {
  os << "  " << llvm::left_justify(field, 18) << llvm::left_justify(num("%.4g", value), 12)
     << from << "\n";
}

void printExplicit(raw_ostream &os, AcceleratorOp accel) {
  EnergyAttr e = accel.getEnergyAttr();
  os << "energy table of @" << accel.getSymName()
     << ": explicit (the accelerator's energy unit per " << accel.wordBits() << "-bit word)\n";
  const std::pair<StringRef, APFloat> fields[] = {
      {"mac", e.getMac()},   {"regf", e.getRegf()}, {"itcn", e.getItcn()},
      {"gbuf", e.getGbuf()}, {"dram", e.getDram()}, {"noc_hop", e.getNocHop()},
      {"static_per_cycle", e.getStaticPerCycle()}};
  for (const auto &[name, value] : fields)
    row(os, name, value.convertToDouble(), "as written");
}

LogicalResult printEstimated(raw_ostream &os, AcceleratorOp accel) {
  cost::Result<cost::tech::EnergyTable> t = bridge::estimateEnergies(accel);
  if (!t)
    return accel.emitError() << "cannot estimate energies: " << t.status().message();
  int64_t bits = accel.wordBits();
  int64_t node = accel.getTechnologyAttr().getInt();
  os << "energy table of @" << accel.getSymName() << ": estimated at " << node << " nm ("
     << (t->relative ? "16-bit MACs" : "J") << " per " << bits << "-bit word"
     << (t->relative ? ", pinned to Eyeriss ISCA 2016" : "") << ")\n";
  std::string word = std::to_string(bits) + "-bit";
  row(os, "mac", t->mac, word + " MAC");
  row(os, "regf", t->regf, Twine(accel.regfBytes()) + " B register file");
  row(os, "itcn", t->itcn, "array bus");
  row(os, "gbuf", t->gbuf, Twine(accel.gbufBytes()) + " B SRAM");
  if (t->relative)
    row(os, "dram", t->dram, "DRAM");
  else
    row(os, "dram", t->dram, Twine(accel.getDramTypeAttr().getValue()) + " DRAM");
  row(os, "noc_hop", t->nocHop, num("%.3f", t->hopMm) + " mm link");
  if (t->relative)
    row(os, "static_per_cycle", t->staticPerCycle, "none (Eyeriss ISCA 2016 setup)");
  else
    row(os, "static_per_cycle", t->staticPerCycle,
        num("%.4g", t->leakageW) + " W leakage at " +
            num("%g", accel.getClockGhzAttr().getValueAsDouble()) + " GHz");
  os << "  area              " << num("%.3f", t->nodeAreaMm2) << " mm^2 per node, "
     << num("%.3f", t->chipAreaMm2) << " mm^2 chip (MACs, register files, global buffers)\n";
  return success();
}

/// A systolic array prices MACs, its one buffer (gbuf), DRAM words and static energy; the
/// register file, array bus and NoC hop of an explicit `#dataflow.energy` do not apply.
LogicalResult printSystolic(raw_ostream &os, AcceleratorOp accel) {
  int64_t bits = accel.wordBits();
  if (EnergyAttr e = accel.getEnergyAttr()) {
    os << "energy table of @" << accel.getSymName()
       << ": explicit, systolic (the accelerator's energy unit per " << bits << "-bit word)\n";
    row(os, "mac", e.getMac().convertToDouble(), "as written");
    row(os, "buffer", e.getGbuf().convertToDouble(), "as written (gbuf)");
    row(os, "dram", e.getDram().convertToDouble(), "as written");
    row(os, "static_per_cycle", e.getStaticPerCycle().convertToDouble(), "as written");
    os << "  (regf, itcn and noc_hop do not apply to a systolic array)\n";
    return success();
  }
  if (!accel.hasEstimatedEnergy()) {
    os << "energy table of @" << accel.getSymName()
       << ": none (a systolic array without energies: its energy is not priced)\n";
    return success();
  }
  cost::Result<cost::tech::SystolicTable> t = bridge::estimateSystolicTable(accel);
  if (!t)
    return accel.emitError() << "cannot estimate energies: " << t.status().message();
  int64_t a = accel.arraySize();
  os << "energy table of @" << accel.getSymName() << ": estimated at "
     << accel.getTechnologyAttr().getInt() << " nm, systolic (J per " << bits
     << "-bit word)\n";
  row(os, "mac", t->mac, Twine(bits) + "-bit MAC");
  row(os, "buffer", t->buffer, Twine(accel.bufferBytes()) + " B SRAM");
  row(os, "dram", t->dram, Twine(accel.getDramTypeAttr().getValue()) + " DRAM");
  row(os, "static_per_cycle", t->staticPerCycle,
      num("%.4g", t->leakageW) + " W leakage at " +
          num("%g", accel.getClockGhzAttr().getValueAsDouble()) + " GHz");
  os << "  area              " << num("%.3f", t->areaMm2) << " mm^2 (" << a << "x" << a
     << " MACs, buffer)\n";
  return success();
}

struct PrintEnergyTablePass
    : public dataflow::impl::PrintEnergyTablePassBase<PrintEnergyTablePass> {
  using Base::Base;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    std::error_code error;
    llvm::ToolOutputFile out(file, error, llvm::sys::fs::OF_None);
    if (error) {
      module.emitError() << "cannot write the energy table to '" << file
                         << "': " << error.message();
      return signalPassFailure();
    }
    bool failed = false;
    for (AcceleratorOp accel : module.getOps<AcceleratorOp>()) {
      if (accel.isSystolic())
        failed |= mlir::failed(printSystolic(out.os(), accel));
      else if (!accel.hasEstimatedEnergy())
        printExplicit(out.os(), accel);
      else if (mlir::failed(printEstimated(out.os(), accel)))
        failed = true;
    }
    out.keep();
    if (failed)
      signalPassFailure();
    markAllAnalysesPreserved();
  }
};

} // namespace
