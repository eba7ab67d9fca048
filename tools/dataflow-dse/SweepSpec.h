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
// The same `key = values` lines may come from the command line (--set). Parameters not
// given keep the base accelerator's value. Plain C++, no MLIR.
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

/// One hardware point, in the accelerator op's units (docs/ir-reference.md).
struct HardwarePoint {
  int64_t peH = 16, peW = 16;
  int64_t regfBytes = 512;
  int64_t gbufBytes = 131072;
  double dramBandwidth = kUnlimited; ///< bytes per cycle
  double busWidth = kUnlimited;      ///< words per cycle (an integer when finite)
};

/// Values per parameter; an empty list keeps the base value.
struct SweepSpec {
  std::vector<std::pair<int64_t, int64_t>> peArray;
  std::vector<int64_t> regfBytes, gbufBytes;
  std::vector<double> dramBandwidth, busWidth;

  /// Parses one `key = v1, v2, ...` line (comments and blank lines are accepted and
  /// ignored). On error returns false and sets `error` to a message without location.
  bool addLine(const std::string &line, std::string &error);

  /// The cartesian product, pe_array outermost, then regf, gbuf, dram, bus (fastest).
  std::vector<HardwarePoint> points(const HardwarePoint &base) const;
};

/// Parses a whole spec file; errors are "<source>:<line>: <message>".
bool parseSweepSpec(const std::string &text, const std::string &source, SweepSpec &spec,
                    std::string &error);

/// The shortest text of a parameter value as the CSV writes it ("unlimited" for infinity).
std::string formatBandwidth(double value);

} // namespace dataflow::dse

#endif // DATAFLOW_DSE_SWEEPSPEC_H
