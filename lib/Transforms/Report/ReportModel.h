//===- ReportModel.h - the report's model of the scheduled networks -*- C++ -*-===//
//
// Built once from the IR (the schedule attributes every layer carries); the JSON and table
// writers beside it only format it. Nothing is priced here (docs/architecture.md, rule 6).
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_TRANSFORMS_REPORT_REPORTMODEL_H
#define DATAFLOW_TRANSFORMS_REPORT_REPORTMODEL_H

#include "Dataflow/IR/DataflowAttrs.h"
#include "Dataflow/IR/DataflowOps.h"

#include "mlir/IR/BuiltinOps.h"
#include "llvm/Support/raw_ostream.h"

#include <optional>
#include <string>
#include <vector>

namespace dataflow::report {

using mlir::ArrayRef;
using mlir::StringRef;

/// Bump when an existing reader could be misled (docs/report-schema.md, "Versioning").
inline constexpr int64_t kSchemaVersion = 2;

inline constexpr StringRef kLoopNames[] = {"I", "O", "B"};
inline constexpr StringRef kDataNames[] = {"fil", "ifm", "ofm"};
inline constexpr StringRef kComponents[] = {"mac", "regf", "itcn", "gbuf", "dram", "noc", "static"};
inline constexpr StringRef kLevels[] = {"dram", "gbuf", "itcn", "regf"};
inline constexpr size_t kNumComponents = std::size(kComponents);
inline constexpr size_t kNumLevels = std::size(kLevels);

/// The figures of one layer or, summed, of a network.
struct Figures {
  double energy = 0;
  double components[kNumComponents] = {}; ///< in kComponents order
  int64_t cycles = 0, procCycles = 0, busCycles = 0, dramCycles = 0;
  double ops = 0;
  double access[kNumLevels][3] = {}; ///< [level in kLevels order][fil, ifm, ofm]
};

struct LayerEntry {
  std::string name;
  StringRef kind;
  Figures figures;
  double utilization = 0;
  MappingAttr mapping;   ///< null when absent
  BlockingAttr blocking; ///< null when absent
  PartitionAttr partition; ///< null when absent (multi-node accelerators)
  NocAttr noc;             ///< null when absent
  SegmentAttr segment;     ///< null when absent (inter-layer pipelining)
  DirectivesAttr directives; ///< null when absent (MAESTRO mappings)
  LoopTilingAttr loopTiling; ///< null when absent (dMazeRunner mappings)
  bool searchIncomplete = false; ///< dataflow.search_incomplete: a time limit cut the search
};

/// A layer on a systolic accelerator: its `dataflow.systolic`.
struct SystolicEntry {
  std::string name;
  StringRef kind;
  SystolicScheduleAttr schedule;
};

/// An operation an importer left out (dataflow.coverage's left_out).
struct LeftOut {
  std::string name, op, reason;
  int64_t macs = 0;
};

/// How much of the model the network schedules: the MACs of its compute layers
/// (getMacCount), and, when an importer wrote dataflow.coverage, the model's MACs and
/// what was left out.
struct Coverage {
  int64_t scheduledMacs = 0; ///< saturates at INT64_MAX
  std::optional<int64_t> modelMacs;
  std::vector<LeftOut> leftOut;
  /// scheduled / model MACs; nullopt without dataflow.coverage or with a model of 0 MACs.
  std::optional<double> fraction() const {
    if (!modelMacs || *modelMacs == 0)
      return std::nullopt;
    return static_cast<double>(scheduledMacs) / static_cast<double>(*modelMacs);
  }
};

/// The physical units of one network's figures (docs/report-schema.md, "Physical units"): a
/// pure function of its accelerator's fields, nothing priced.
struct Units {
  /// "J", "pJ", "relative", or "" when the energies' unit is not stated (explicit energies
  /// without `energy_unit`) or there are no energies (systolic accelerators without any).
  std::string energyUnit;
  std::string energyNote;             ///< how to read the energies, for people
  std::optional<double> joulesPerUnit; ///< 1 (J), 1e-12 (pJ); none otherwise
  std::optional<double> clockHz;       ///< the accelerator's clock_ghz
  std::optional<double> areaMm2;       ///< the estimator's area (estimated energies only)
};

/// A figure in SI units; each absent when the accelerator does not give what it needs.
struct Physical {
  std::optional<double> joules, seconds, watts, jouleSeconds;
};

Units unitsOf(AcceleratorOp accelerator);

/// `energy` (in the accelerator's unit; none when not priced) and `cycles` in SI units.
Physical physicalOf(const Units &units, std::optional<double> energy, double cycles);

struct NetworkEntry {
  std::string name;
  AcceleratorOp accelerator;
  Units units;
  std::vector<LayerEntry> layers;
  Figures totals;
  PipelineAttr pipeline; ///< null unless the network is in pipeline segments
  /// Systolic accelerators: the priced layers and their summed cycles and DRAM words.
  std::vector<SystolicEntry> systolicLayers;
  double systolicCycles = 0, systolicTransfer = 0;
  /// Their summed `energy` when every one carries it (an accelerator with energies).
  std::optional<double> systolicEnergy;
  Coverage coverage;
};

/// Segments in index order with their kind, times and layers (spatial, then temporal).
struct SegmentSummary {
  int64_t index = 0;
  SegmentKind kind = SegmentKind::single;
  int64_t time = 0, criticalTime = 0;
  std::vector<const LayerEntry *> layers;
};

/// The figures a layer's dataflow.cost holds.
Figures figuresOf(CostAttr cost);

/// total += layer, figure by figure; false when a cycle count overflows int64.
bool accumulate(Figures &total, const Figures &layer);

/// Every function bound to an accelerator that holds at least one layer, its layers in
/// program order. A layer without a cost is an error on that layer (all are reported).
mlir::FailureOr<std::vector<NetworkEntry>> collectNetworks(mlir::ModuleOp module);

/// The coverage of a bound function: its layers' MACs and its dataflow.coverage.
Coverage coverageOf(mlir::Operation *func);

/// Segments in index order with their kind, times and layers (spatial, then temporal).
std::vector<SegmentSummary> summarise(const NetworkEntry &network);

/// Versioned JSON (docs/report-schema.md).
void writeJson(llvm::raw_ostream &os, ArrayRef<NetworkEntry> networks, double searchSeconds);

/// The per-layer table for people.
void writeTable(llvm::raw_ostream &os, ArrayRef<NetworkEntry> networks, double searchSeconds);

/// One self-contained HTML page: the JSON report drawn by an inline script (docs/html-report.md).
void writeHtml(llvm::raw_ostream &os, ArrayRef<NetworkEntry> networks, double searchSeconds);

} // namespace dataflow::report

#endif // DATAFLOW_TRANSFORMS_REPORT_REPORTMODEL_H
