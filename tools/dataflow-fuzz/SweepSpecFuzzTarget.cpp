//===- SweepSpecFuzzTarget.cpp - arbitrary text through the sweep spec parser ===//
//
// Issue 24 item 5: dataflow-dse's `--sweep FILE` as a fuzz target. The input is parsed as
// a sweep spec (tools/dataflow-dse/SweepSpec.cpp); a spec that parses has its points
// expanded when there are at most kMaxExpanded of them (a valid spec may hold up to a million
// points per block, which is slow but not a bug). Any input must give points or an error,
// never a crash, a hang or a sanitizer report.
//
//===----------------------------------------------------------------------===//

#include "SweepSpec.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>

namespace {
constexpr double kMaxExpanded = 10000;

size_t count(size_t n) { return std::max<size_t>(n, 1); }

double pointsOf(const dataflow::dse::SweepSpec &spec) {
  double total = 0;
  for (const dataflow::dse::SweepBlock &b : spec.blocks)
    total += double(count(b.peArray.size())) * count(b.nodes.size()) *
             count(b.regfBytes.size()) * count(b.gbufBytes.size()) *
             count(b.arraySize.size()) * count(b.bufferBytes.size()) *
             count(b.dramBandwidth.size()) * count(b.busWidth.size()) *
             count(b.bandwidthGbs.size()) * count(b.partitioning.size()) *
             count(b.interlayer.size()) * count(b.systolicMethod.size()) *
             count(b.mapGoal.size());
  return total;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const std::string text(reinterpret_cast<const char *>(data), size);
  dataflow::dse::SweepSpec spec;
  std::string error;
  if (!dataflow::dse::parseSweepSpec(text, "fuzz.sweep", spec, error))
    return 0;
  if (pointsOf(spec) <= kMaxExpanded)
    (void)spec.points(dataflow::dse::HardwarePoint());
  return 0;
}
