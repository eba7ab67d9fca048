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

/// One CSV line (with newline).
std::string csvRow(const std::string &network, int hwIndex, const HardwarePoint &point,
                   const SearchColumns &search, size_t layers, const RowResult &result);

/// Reads the keys of the rows of an existing CSV. A missing or empty file gives no keys.
/// A file with another header is an error. A last line without newline (an interrupted
/// write) is reported in `truncateTo` (the length of the complete lines) and not counted.
bool readDoneKeys(const std::string &path, std::set<std::string> &keys, size_t &truncateTo,
                  bool &hasHeader, std::string &error);

} // namespace dataflow::dse

#endif // DATAFLOW_DSE_SWEEPCSV_H
