//===- MemoryEstimate.cpp - Register files and SRAM buffers ---------------===//
//
// Energy per access at 45 nm is a piecewise power law in the bank's capacity
// through published points (log-log interpolation, end segments
// extrapolated), one curve per word width; between widths it is a power law
// in the width through the 16-bit and the 64-bit curve.
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/Technology/MemoryEstimate.h"

#include <cmath>
#include <cstddef>
#include <string>

namespace dataflow::cost::tech {
namespace {

struct Point {
  double bytes, pj;
};

// TETRIS (Gao et al., ASPLOS 2017) as nn_dataflow's test_eyeriss_asplos17
// prices it, 45 nm, 16-bit access: REGF 512 B 0.6 pJ (T-16), 1 kB 1 pJ (L-1).
constexpr Point kRegf16[] = {{512, 0.6}, {1024, 1.0}};
// Same source: GBUF 133032 B 14 pJ (T-16), 576056 B 28 pJ (L-1).
constexpr Point kSram16[] = {{133032, 14.0}, {576056, 28.0}};
// Horowitz, ISSCC 2014 "Computing's energy problem", 45 nm, 64-bit access:
// 8 KB 10 pJ, 32 KB 20 pJ, 1 MB 100 pJ.
constexpr Point kSram64[] = {{8192, 10.0}, {32768, 20.0}, {1048576, 100.0}};

// 6T SRAM cell of Intel's 45 nm process, 0.346 um^2 (Mistry et al., IEDM 2007).
constexpr double kCellUm2At45 = 0.346;
// Share of a macro's area that is cells (a model assumption: CACTI-class
// macros of tens of kB are about half cells, half periphery).
constexpr double kArrayEfficiency = 0.5;
// Eyeriss chip (ISSCC 2016) at 65 nm: 30 mW of GBUF + REGF static power
// (nn_dataflow's test_eyeriss_isscc16) over its 108 kB GBUF and 168 PEs of
// 261 16-bit words.
constexpr double kLeakMwPerByteAt65 = 30.0 / (110592.0 + 168.0 * 261.0 * 2.0);

template <std::size_t N> double powerLawThrough(const Point (&pts)[N], double bytes) {
  // Log-log interpolation on the segment holding `bytes` (end segments
  // extrapolate).
  std::size_t i = 0;
  while (i + 2 < N && bytes > pts[i + 1].bytes)
    ++i;
  const Point &a = pts[i], &b = pts[i + 1];
  double slope = std::log(b.pj / a.pj) / std::log(b.bytes / a.bytes);
  return a.pj * std::pow(bytes / a.bytes, slope);
}

} // namespace

Result<MemoryEstimate> estimateMemory(MemoryKind kind, const MemorySpec &spec,
                                      const TechnologyNode &node) {
  const char *what = kind == MemoryKind::RegisterFile ? "register file" : "SRAM buffer";
  if (spec.capacityBytes <= 0 || spec.widthBits <= 0 || spec.banks <= 0 || spec.ports <= 0)
    return Status::error(StatusCode::InvalidHardware,
                         std::string(what) + " needs a positive capacity, width, bank "
                                             "count and port count");
  double bankBytes = double(spec.capacityBytes) / double(spec.banks);
  if (bankBytes * 8.0 < double(spec.widthBits))
    return Status::error(StatusCode::InvalidHardware,
                         std::string(what) + " bank of " + std::to_string(bankBytes) +
                             " bytes is smaller than one " +
                             std::to_string(spec.widthBits) + "-bit word");
  Result<TechnologyNode> ref = technologyNode(kReferenceNodeNm);
  Result<TechnologyNode> at65 = technologyNode(65);

  // The width exponent follows the SRAM curves at this bank size.
  double sram16 = powerLawThrough(kSram16, bankBytes);
  double widthExp = std::log(powerLawThrough(kSram64, bankBytes) / sram16) / std::log(4.0);
  double e16 = kind == MemoryKind::RegisterFile ? powerLawThrough(kRegf16, bankBytes) : sram16;
  double width = double(spec.widthBits) / 16.0;
  // A port adds a wordline and a bitline per cell, so the wires one access
  // drives grow with the port count and the cell area with its square
  // (Rixner et al., HPCA 2000).
  double ports = double(spec.ports);

  MemoryEstimate out;
  out.accessPj = e16 * std::pow(width, widthExp) * ports * energyScale(*ref, node);
  double bits = double(spec.capacityBytes) * 8.0;
  out.areaMm2 = bits * kCellUm2At45 * ports * ports / kArrayEfficiency * 1e-6 *
                areaScale(*ref, node);
  out.leakageMw = double(spec.capacityBytes) * kLeakMwPerByteAt65 * energyScale(*at65, node);
  return out;
}

} // namespace dataflow::cost::tech
