//===- SweepSpec.h - The hardware points of a design-space sweep -*- C++ -*-===//
//
// A sweep spec lists values per hardware parameter; the points are their cartesian
// product (docs/design-space-sweeps.md):
//
//   # comment
//   pe_array       = 8x8, 12x14, 16x16
//   regf_bytes     = 64..512 *2          # 64, 128, 256, 512 (geometric range)
//   gbuf_bytes     = 32768, 65536
//   dram_bandwidth = unlimited, 32       # bytes per cycle
//   bus_width      = unlimited           # words per cycle
//
// A `kind = eyeriss | systolic | maestro | dmaze` line starts a block of points of that
// accelerator kind (lines before any `kind` line are an Eyeriss block); the points are the
// union of the blocks' products. Each kind takes its own keys:
//
//   eyeriss  pe_array regf_bytes gbuf_bytes dram_bandwidth bus_width nodes partitioning
//            interlayer technology dram_type energy (the last three: estimated energies)
//   systolic array_size buffer_bytes bandwidth_gbs systolic_method technology dram_type energy
//   maestro  pe_array regf_bytes gbuf_bytes dram_bandwidth bus_width map_goal
//   dmaze    pe_array regf_bytes gbuf_bytes map_goal
//
// The same `key = values` lines may come from the command line (--set; they add to the last
// block). Parameters not given keep the base value. Plain C++, no MLIR.
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_DSE_SWEEPSPEC_H
#define DATAFLOW_DSE_SWEEPSPEC_H

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace dataflow::dse {

constexpr double kUnlimited = std::numeric_limits<double>::infinity();

/// The accelerator kinds (and cost models) a point may have.
enum class Kind { Eyeriss, Systolic, Maestro, DMaze };
const char *kindName(Kind kind);

/// One hardware point, in the accelerator op's units (docs/ir-reference.md). The fields
/// of another kind keep their defaults and are written as empty CSV cells.
struct HardwarePoint {
  Kind kind = Kind::Eyeriss;
  // eyeriss, maestro, dmaze
  int64_t peH = 16, peW = 16;
  int64_t regfBytes = 512;
  int64_t gbufBytes = 131072;
  double dramBandwidth = kUnlimited; ///< bytes per cycle (eyeriss, maestro)
  double busWidth = kUnlimited;      ///< words per cycle (an integer when finite)
  // eyeriss node grids
  int64_t nodesH = 1, nodesW = 1;
  std::string partitioning = "none"; ///< none, hybrid, batch, hybrid+batch, hybrid+ifmaps, ...
  bool interlayer = false;
  // eyeriss with estimated energies: the estimator's node (nm) and DRAM type; 0 and empty
  // when the base gives explicit energies
  int64_t technology = 0;
  std::string dramType;
  // eyeriss, systolic: the spec's `energy` value ("explicit" or "estimated"); empty when the
  // spec does not set it (the base accelerator's energies)
  std::string energy;
  // systolic
  int64_t arraySize = 16;
  int64_t bufferBytes = 3145728;
  double bandwidthGbs = 25.6;
  std::string systolicMethod = "exhaustive";
  // maestro, dmaze: the map search's goal (empty: the pass's default)
  std::string mapGoal;

  /// Eyeriss on one node without inter-layer pipelining: the memoised per-layer search.
  bool isSingleNodeEyeriss() const {
    return kind == Kind::Eyeriss && nodesH * nodesW == 1 && !interlayer;
  }
};

/// Values per parameter of one block; an empty list keeps the base value.
struct SweepBlock {
  Kind kind = Kind::Eyeriss;
  bool explicitKind = false; ///< started by a `kind` line
  int lines = 0;             ///< parameter lines read into it
  std::vector<std::pair<int64_t, int64_t>> peArray, nodes;
  std::vector<int64_t> regfBytes, gbufBytes, arraySize, bufferBytes, technology;
  std::vector<double> dramBandwidth, busWidth, bandwidthGbs;
  std::vector<std::string> partitioning, interlayer, systolicMethod, mapGoal, dramType,
      energy;
};

struct SweepSpec {
  std::vector<SweepBlock> blocks;

  /// Parses one `key = v1, v2, ...` line (comments and blank lines are accepted and
  /// ignored). On error returns false and sets `error` to a message without location.
  bool addLine(const std::string &line, std::string &error);

  /// Every block's cartesian product in block order; within an Eyeriss block pe_array is
  /// outermost, then regf, gbuf, dram, bus, nodes, partitioning, interlayer, energy,
  /// technology, dram_type (fastest). An `energy = explicit` point takes neither technology
  /// nor dram_type (they are the estimator's inputs), so it appears once, not once per pair.
  std::vector<HardwarePoint> points(const HardwarePoint &base) const;
};

/// Parses a whole spec file; errors are "<source>:<line>: <message>".
bool parseSweepSpec(const std::string &text, const std::string &source, SweepSpec &spec,
                    std::string &error);

/// The shortest text of a parameter value as the CSV writes it ("unlimited" for infinity).
std::string formatBandwidth(double value);

} // namespace dataflow::dse

#endif // DATAFLOW_DSE_SWEEPSPEC_H
