//===- Cost.h - Energy and time breakdown of a schedule ---------*- C++ -*-===//
//
// Layer cost = mac_op*ops + access cost + noc_hop*hops + idl_unit*time
// (docs/cost-model.md §6); access cost = sum_level mem_hier[level] * sum_d
// access[level][d] (§4). Units follow the Hardware's UnitCosts.
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_COST_H
#define DATAFLOW_COSTMODEL_COST_H

#include <cstdint>

namespace dataflow::cost {

struct EnergyBreakdown {
  double mac = 0;  ///< mac_op * ops
  double dram = 0; ///< mem_hier[DRAM] * DRAM accesses
  double gbuf = 0; ///< mem_hier[GBUF] * GBUF accesses
  double itcn = 0; ///< mem_hier[ITCN] * array-bus accesses
  double regf = 0; ///< mem_hier[REGF] * REGF accesses
  double noc = 0;  ///< noc_hop * hops (0 on one node)
  double stat = 0; ///< idl_unit * time
  double access = 0; ///< dram + gbuf + itcn + regf, summed in nn_dataflow's order
  double total = 0;  ///< mac + access + noc + stat
};

struct TimeBreakdown {
  int64_t proc = 0;  ///< unit_time * lcnt
  int64_t bus = 0;   ///< array bus bound (0 for an infinite bus)
  int64_t dram = 0;  ///< DRAM bandwidth bound (0 for infinite bandwidth)
  int64_t total = 0; ///< max(proc, bus, dram)
};

} // namespace dataflow::cost

#endif // DATAFLOW_COSTMODEL_COST_H
