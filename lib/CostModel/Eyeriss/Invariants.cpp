//===- Invariants.cpp - Checks every costed schedule must pass ------------===//
#include "Dataflow/CostModel/Eyeriss/Invariants.h"

#include <cmath>
#include <cstdio>
#include <string>

namespace dataflow::cost {

/// Relative slack for the two bounds below: they compare a ceil'ed integer time
/// with a double quotient, so only rounding separates them.
static constexpr double kRounding = 1e-9;

static std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

static Status broken(const std::string &what) {
  return Status::error(StatusCode::Internal, what);
}

Status checkSchemeInvariants(const SchemeCost &s, const Hardware &hw) {
  const EnergyBreakdown &e = s.energy;
  const std::pair<const char *, double> energies[] = {
      {"total", e.total}, {"mac", e.mac},   {"dram", e.dram},     {"gbuf", e.gbuf},
      {"itcn", e.itcn},   {"regf", e.regf}, {"noc", e.noc},       {"static", e.stat},
      {"access", e.access}};
  for (const auto &[name, v] : energies)
    if (!std::isfinite(v) || v < 0)
      return broken(std::string(name) + " energy is " + num(v) +
                    ", not a finite non-negative number");
  if (!std::isfinite(s.ops) || s.ops < 0)
    return broken("the MAC count is " + num(s.ops) + ", not a finite non-negative number");
  for (int m = 0; m < kNumMemLevels; ++m)
    for (int d = 0; d < kNumData; ++d)
      if (!std::isfinite(s.access[m][d]) || s.access[m][d] < 0)
        return broken(std::string(memLevelName(m)) + " accesses of " + dataCategoryName(d) +
                      " are " + num(s.access[m][d]) + ", not a finite non-negative number");
  const TimeBreakdown &t = s.time;
  if (t.proc < 0 || t.bus < 0 || t.dram < 0 || t.total < t.proc || t.total < t.bus ||
      t.total < t.dram)
    return broken("cycles total " + std::to_string(t.total) + ", processing " +
                  std::to_string(t.proc) + ", bus " + std::to_string(t.bus) + ", DRAM " +
                  std::to_string(t.dram) + ": negative, or a bound above the total");
  // Every PE does at most one MAC per cycle (docs/cost-model.md §3).
  const double pes = double(hw.nodesH) * double(hw.nodesW) * double(hw.arrayH) *
                     double(hw.arrayW);
  if (double(t.total) * pes < s.ops * (1 - kRounding))
    return broken(std::to_string(t.total) + " cycles on " + num(pes) + " PEs cannot do " +
                  num(s.ops) + " MACs");
  // §4: DRAM time = ceil(DRAM accesses / bandwidth).
  const double dram = s.access[kDram][0] + s.access[kDram][1] + s.access[kDram][2];
  if (std::isfinite(hw.dramBandwidth) &&
      double(t.dram) * hw.dramBandwidth < dram * (1 - kRounding))
    return broken(std::to_string(t.dram) + " DRAM cycles at " + num(hw.dramBandwidth) +
                  " words per cycle cannot move " + num(dram) + " words");
  return Status::ok();
}

} // namespace dataflow::cost
