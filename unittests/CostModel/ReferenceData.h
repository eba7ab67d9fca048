//===- ReferenceData.h - nn_dataflow reference runs for the tests -*- C++ -*-===//
//
// Reads the compact text form of the reference runs written by
// data/convert_reference.py from the tool's JSON output.
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_UNITTESTS_COSTMODEL_REFERENCEDATA_H
#define DATAFLOW_UNITTESTS_COSTMODEL_REFERENCEDATA_H

#include "Dataflow/CostModel/Eyeriss/Hardware.h"
#include "Dataflow/CostModel/Eyeriss/Layer.h"
#include "Dataflow/CostModel/MultiNode/NetworkSearch.h"
#include "Dataflow/CostModel/Eyeriss/Options.h"
#include "Dataflow/CostModel/MultiNode/PartitionedSearch.h"

#include <array>
#include <string>
#include <vector>

namespace dataflow::cost::test {

/// One layer's scheme as chosen by the tool.
struct RefSchedule {
  std::string name;
  double cost = 0, time = 0, ops = 0, procTime = 0, busTime = 0, dramTime = 0;
  std::array<std::array<int64_t, 3>, 3> tvals{}; ///< [level][I,O,B]
  std::array<std::array<int, 3>, 2> orders{};
  std::array<std::array<double, 3>, 2> fetch{};
  std::array<std::array<double, 3>, 4> access{};
  std::array<std::array<double, 3>, 2> size{}, unitSize{}, unitCnt{};
  double costOp = 0, costAccess = 0, costStatic = 0;
  std::array<int, 4> partOrder{};                    ///< order of OUTP, OFMP, BATP, INPP
  std::array<std::array<int64_t, 2>, 4> partDims{};  ///< (h, w) per partition type
  // Multi-node figures (`noc` record).
  bool hasNoc = false;
  double numNodes = 1, costNoc = 0;
  std::array<double, 3> unitNhops{}, memNhops{}, nodeNhops{}, totalNhops{}, accfwd{};
  std::array<double, 3> bsGroup{}, bsSubgroup{}, bsRotFetch{}, bsWideFetch{}, bsRotRounds{},
      bsRotUnits{}, bsT{}, bsOrd{};
  PartitionScheme partition() const;
};

struct RefRun {
  std::string name;
  Hardware hw;
  Options opts;
  int64_t batch = 0;
  double totalCost = 0, totalTime = 0, totalOps = 0;
  std::array<double, 4> totalAccess{};
  std::vector<Layer> layers;          ///< network order
  std::vector<RefSchedule> schedules; ///< the tool's order
  const Layer *layer(const std::string &name) const;
  const RefSchedule *schedule(const std::string &name) const;
  // Multi-node records.
  bool solver = false;
  Network network;                     ///< layers with producers, input, externals
  std::vector<std::string> schedOrder; ///< the tool's scheduling order
  PartitionScheme inputPart;           ///< the chosen input layout's partition
};

/// Loads <DATAFLOW_COSTMODEL_TEST_DATA>/<run>.txt; empty name on failure.
RefRun loadRefRun(const std::string &run, std::string *error);

/// §5.6: the cost the tool would have seen for our choice `p` through its
/// memoised unit hops (IFM/FIL hops of the first enumerated partition of
/// `proc` with the same set of ranges and set of node lists); `proc` defaults
/// to the whole grid, the ofmaps go to `dst` (default: DRAM).
double toolViewCost(const RefRun &run, const Layer &l, const PartitionedSchedule &p,
                    const DataLayout &ifm, const NodeRegion *proc = nullptr,
                    const NodeRegion *dst = nullptr);

} // namespace dataflow::cost::test

#endif
