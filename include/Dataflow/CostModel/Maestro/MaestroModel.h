//===- MaestroModel.h - MAESTRO's data-centric cost model -------*- C++ -*-===//
//
// A layer (CONV, DSCONV, GEMM as CONV) with a directive mapping split into
// cluster levels, priced the way MAESTRO prices it (docs/seed-tools.md §1.2):
// per level, every combination of per-directive step classes (first / middle /
// last, spatial folds included) is an iteration case with an occurrence count;
// per case the ingress/egress volumes, the sub-cluster compute delay
// (recursively) and NoC / off-chip delays with double buffering. Formulas and
// sources: docs/cost-model.md, section "MAESTRO".
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_MAESTROMODEL_H
#define DATAFLOW_COSTMODEL_MAESTROMODEL_H

#include "Dataflow/CostModel/Maestro/MaestroParser.h"
#include "Dataflow/CostModel/Core/Status.h"

#include <array>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dataflow::cost::maestro {

/// Loop dimensions; Y and X are *output* rows/cols (MAESTRO's Y', X').
enum Dim { DN = 0, DK, DC, DR, DS, DY, DX, NumDims };
const char *dimName(int d);

enum class OpType { Conv, DsConv };

/// The layer as loop bounds (GEMM M x K x N = CONV with Y' = M, C = K, K = N).
struct Problem {
  std::string name;
  OpType type = OpType::Conv;
  std::array<int64_t, NumDims> size{1, 1, 1, 1, 1, 1, 1};
  int64_t strideY = 1, strideX = 1;
  /// Rows / cols of zero padding when the given input is smaller than the filter.
  int64_t padY = 0, padX = 0;
  /// The input rows / cols as given (Y, X); 0 when only Y' / X' are. A stride can leave
  /// some unused; MAESTRO still loads all of them into L2.
  int64_t givenRows = 0, givenCols = 0;
  int64_t loadedRows() const { return givenRows ? givenRows : inputRows() - padY; }
  int64_t loadedCols() const { return givenCols ? givenCols : inputCols() - padX; }
  int64_t macs() const;
  int64_t inputRows() const { return (size[DY] - 1) * strideY + size[DR]; }
  int64_t inputCols() const { return (size[DX] - 1) * strideX + size[DS]; }
};

struct Map {
  bool spatial = false;
  int dim = DK;
  int64_t size = 1, offset = 1;
};
/// One cluster level: its maps (outermost first) and how many sub-units
/// (sub-clusters, or PEs at the innermost level) share it.
struct Level {
  std::vector<Map> maps;
  int64_t subUnits = 1;
};
struct Mapping {
  std::vector<Level> levels;
  int64_t usedPes = 0; ///< product of sub-units (PE count floored to a multiple)
};

/// Builds the loop bounds of a parsed layer (CONV, DSCONV, GEMM, TRCONV as
/// CONV); other types are rejected with the layer's line.
Result<Problem> toProblem(const LayerDesc &, const std::string &file = "<mapping>");
/// Splits the directives at Cluster into levels, converts Y/X (input) maps to
/// output coordinates and checks the R/S full-tile rule (line-numbered errors).
Result<Mapping> toMapping(const LayerDesc &, const Problem &, const HardwareDesc &,
                          const std::string &file = "<mapping>");

struct TensorCounts {
  int64_t l1Read = 0, l1Write = 0, l2Read = 0, l2Write = 0;
  int64_t l2Req = 0, l1Req = 0;
};

struct Options {
  /// MAESTRO counts no ingress when an outer loop the tensor does not depend
  /// on advances, even if inner loops it depends on restart (the reset tile is
  /// refetched in reality). true = MAESTRO-compatible, false = count it.
  bool maestroReuseQuirk = true;
};

struct Analysis {
  int64_t runtime = 0;
  int64_t macs = 0;
  TensorCounts input, filter, output;
  double avgUtilizedPes = 0;
  int64_t ingressMin = 0, ingressMax = 0, computeMin = 0, computeMax = 0;
  int64_t l2Req() const { return input.l2Req + filter.l2Req + output.l2Req; }
  int64_t l1Req() const { return input.l1Req + filter.l1Req + output.l1Req; }
  int64_t l2Accesses() const;
  int64_t l1Accesses() const;
  /// MAESTRO's on-screen "Total energy" in MAC units: 18.61 L2 + 1.68 L1 + MACs.
  double energyMacUnits() const { return energyWith(1.0, 1.68, 18.61); }
  /// The same formula with other unit energies (per MAC, L1 and L2 access).
  double energyWith(double mac, double l1, double l2) const;
  /// The same in nJ with the CSV's 0.00023 nJ per MAC unit (correct formula).
  double energyNJ() const { return 0.00023 * energyMacUnits(); }
  std::vector<std::string> warnings; ///< "[WARNING:Buffer] ..." (constraints are warnings)
};

Result<Analysis> analyze(const Problem &, const Mapping &, const HardwareDesc &,
                         const Options & = Options());

/// The CSV column "Activity count-based Energy (nJ)" as MAESTRO writes it:
/// 0.00023 x [18.61 x (L2 input rd+wr + filter rd+wr + output wr) of `cur` +
/// 1.68 x all L1 accesses of the *previous* layer] (a stale-variable bug;
/// nullptr = first layer). Only for comparison; use energyNJ().
double csvEnergyNJ(const Analysis &cur, const Analysis *previous);

/// Writes a mapping back as directives (for reports and round trips).
std::string formatMapping(const Mapping &);

// ---- search over directive mappings (MAESTRO has none) ----

enum class Goal { Runtime, Energy, Edp };
struct SearchOptions {
  Goal goal = Goal::Runtime;
  bool respectBuffers = false; ///< reject L1/L2 requirement > hardware sizes
  Options model;
  /// Refuse (StatusCode::SearchTooLarge, with the count) a space of more mappings; 0 = none.
  int64_t maxCandidates = 0;
  /// Past it, stop once a valid mapping is held and return the best so far (complete = false).
  std::optional<std::chrono::steady_clock::time_point> deadline;
};
struct SearchResult {
  Mapping mapping;
  Analysis analysis;
  int64_t evaluated = 0;
  double seconds = 0;
  bool complete = true; ///< false: the deadline stopped the search
};
/// How many mappings searchMapping prices for this layer and hardware (its space after
/// pruning).
int64_t countMappings(const Problem &, const HardwareDesc &);
/// Two-level mappings: SpatialMap of one dim over clusters, temporal tiles of
/// N/K/C/Y'/X' in every order, Cluster(n), SpatialMap of another dim over the
/// n PEs with R, S full; the best by the goal (ties: runtime, then energy).
Result<SearchResult> searchMapping(const Problem &, const HardwareDesc &, const SearchOptions &);

} // namespace dataflow::cost::maestro

#endif // DATAFLOW_COSTMODEL_MAESTROMODEL_H
