//===- SweepCsv.h - The sweep's CSV: columns, rows, resume -------*- C++ -*-===//
//
// One row per (network, hardware point); the columns are documented in
// docs/design-space-sweeps.md. A row's key is everything that determines its figures:
// network, hardware parameters and search options (not the point's index, which depends
// on the spec). A rerun reads the keys already written and skips them.
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_DSE_SWEEPCSV_H
#define DATAFLOW_DSE_SWEEPCSV_H

#include "SweepRunner.h"
#include "SweepSpec.h"
#include "SweepUnits.h"

#include <set>
#include <string>
#include <vector>

namespace dataflow::dse {

/// The header line (no newline).
const std::string &csvHeader();

/// The search options as the goal, method and disable_bypass columns write them.
struct SearchColumns {
  std::string goal = "e", method = "exhaustive", disableBypass = "-";
};

/// The key of a row (network, hardware parameters, search options).
std::string rowKey(const std::string &network, const HardwarePoint &point,
                   const SearchColumns &search);

/// Area proxy in MAESTRO's cost-table units (docs/seed-tools.md §1.2 item 6):
/// 283 per MAC (one per PE) + 0.104 per SRAM byte (register files and global buffer).
double areaProxy(const HardwarePoint &point);

/// One CSV line (with newline); `areaMm2` is the estimator's chip area of the point, NaN
/// when it has none (an empty cell); `units` the point's (energy_unit, time_s, power_w,
/// edp_js).
std::string csvRow(const std::string &network, int hwIndex, const HardwarePoint &point,
                   const SearchColumns &search, size_t layers, const RowResult &result,
                   double areaMm2, const PointUnits &units);

/// What an existing CSV holds, for resume.
struct DoneRows {
  std::set<std::string> keys; ///< the distinct row keys
  bool hasHeader = false;
  /// The length of the complete lines: a last line without newline (an interrupted write)
  /// is not counted and lies past it.
  size_t truncateTo = 0;
  /// Rows whose key an earlier row already has (e.g. two runs that wrote one file before
  /// the lock existed), with the first such line and the line it repeats.
  size_t duplicates = 0;
  size_t firstDuplicateLine = 0, firstDuplicateOf = 0;
  /// Duplicates whose figures (every column but the key, hw and search_cpu_s) differ from
  /// the first row of their key: no choice between them is safe.
  size_t conflicts = 0;
  size_t firstConflictLine = 0, firstConflictOf = 0;
};

/// Reads an existing CSV. A missing or empty file gives no rows. A file with another
/// header, or a row with another column count, is an error.
bool readDoneRows(const std::string &path, DoneRows &done, std::string &error);

/// Rewrites `path` (its first `done.truncateTo` bytes) without the duplicate rows, keeping
/// the first row of each key; the new file replaces the old one by rename.
bool removeDuplicateRows(const std::string &path, const DoneRows &done, std::string &error);

} // namespace dataflow::dse

#endif // DATAFLOW_DSE_SWEEPCSV_H
