//===- SystolicOracleData.h - Records of the systolic tool's runs -*- C++ -*-===//
//
// The data files of bench/systolic_oracle.py and bench/systolic_random.py (per layer, the
// original systolic optimizer's cycles and DRAM transfer) and how our model recomputes a
// record as the tool computes its case; shared by SystolicOracleTest and SystolicRandomTest.
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_UNITTESTS_SYSTOLICORACLEDATA_H
#define DATAFLOW_UNITTESTS_SYSTOLICORACLEDATA_H

#include "Dataflow/CostModel/Systolic/SystolicDeconv.h"

#include <string>
#include <utility>
#include <vector>

namespace dataflow::cost::testing {

struct Record {
  std::string network, kase;
  int layer = 0, sub = 0;
  bool threeD = false, deconv = false;
  std::vector<int64_t> in; // W, H[, D]
  int64_t ci = 0, co = 0, stride = 1;
  std::vector<int64_t> kernel;
  double cycles = 0, transfer = 0;
};

struct OracleData {
  std::vector<Record> records;
  std::vector<std::string> crashes; ///< whole cases the tool crashed on (the lines)
  /// Single layers the tool crashed on (systolic_random.txt): the layer, the exception.
  std::vector<std::pair<Record, std::string>> layerCrashes;
};

/// Records and crash lines of data/<file>.
OracleData loadOracleData(const std::string &file);

/// runner.sh hardware; the tool compares its byte count with element counts.
SystolicHardware toolHardware();

struct Ours {
  bool ok = false;
  std::string error;
  double cycles = 0, transfer = 0;
};

/// The method of a case name ("exhaustive-split" -> exhaustive).
SystolicSearchMethod methodOf(const std::string &kase);

/// Our figures for a record, the layer priced as the tool computes its case (see
/// SystolicOracleTest.cpp); `toolTies`: choose between the loop orders of a tiling as the
/// tool does (SystolicModelOptions::toolOrderTies).
Ours compute(const Record &r, const SystolicHardware &hw, bool toolTies = false);

/// |ours - tool| <= 1% of tool.
bool within1(double ours, double tool);

} // namespace dataflow::cost::testing

#endif // DATAFLOW_UNITTESTS_SYSTOLICORACLEDATA_H
