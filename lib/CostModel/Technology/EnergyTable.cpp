//===- EnergyTable.cpp - An accelerator's estimated unit energies ---------===//
#include "Dataflow/CostModel/Technology/EnergyTable.h"

#include "Dataflow/CostModel/Technology/LogicEstimate.h"
#include "Dataflow/CostModel/Technology/MemoryEstimate.h"

#include <cmath>
#include <string>

namespace dataflow::cost::tech {
namespace {

// TETRIS T-16 (ASPLOS 2017; nn_dataflow's test_eyeriss_asplos17): a NoC hop
// costs 40 pJ per 16-bit word at 45 nm; the hop spans one node, whose pitch
// the model takes from its own area of a T-16 node (14x14 PEs, 512 B REGF,
// 133032 B GBUF).
constexpr double kHop16PjAtT16 = 40.0;
// nn_dataflow's command-line default hop cost, 10 MACs per word.
constexpr double kHopRelative = 10.0;
// Eyeriss (Chen et al., ISCA 2016) at 65 nm, in 16-bit MACs: RF 0.5 kB 1x,
// array 2x, global buffer 6x (here pinned at 128 kB), DRAM 200x.
constexpr double kRelRegf = 1.0, kRelRegfBytes = 512, kRelItcn = 2.0, kRelGbuf = 6.0,
                 kRelGbufBytes = 131072, kRelDram = 200.0;

/// Absolute per-word figures in pJ, area in mm^2, leakage in mW.
struct Parts {
  double mac, regf, itcn, gbuf, dram, nodeAreaMm2, nodeLeakMw;
};

Result<Parts> absoluteParts(const TableRequest &r, const TechnologyNode &node) {
  int bits = int(r.wordBits);
  Result<LogicEstimate> mac = estimateMac(bits, node);
  if (!mac)
    return mac.status();
  Result<MemoryEstimate> regf =
      estimateMemory(MemoryKind::RegisterFile, {r.regfBytes, r.wordBits, 1, 1}, node);
  if (!regf)
    return regf.status();
  Result<MemoryEstimate> gbuf =
      estimateMemory(MemoryKind::Sram, {r.gbufBytes, r.wordBits, 1, 1}, node);
  if (!gbuf)
    return gbuf.status();
  Result<double> itcn = arrayBusEnergyPj(bits, node);
  if (!itcn)
    return itcn.status();
  double pes = double(r.arrayH) * double(r.arrayW);
  Parts p;
  p.mac = mac->energyPj;
  p.regf = regf->accessPj;
  p.itcn = *itcn;
  p.gbuf = gbuf->accessPj;
  p.dram = dramEnergyPerBitPj(r.dram) * double(r.wordBits);
  // A node: its PEs (MAC and register file) and its global buffer.
  p.nodeAreaMm2 = pes * (mac->areaMm2 + regf->areaMm2) + gbuf->areaMm2;
  p.nodeLeakMw = pes * regf->leakageMw + gbuf->leakageMw;
  return p;
}

/// The pitch (mm) of TETRIS's T-16 node at `node`.
double t16PitchMm(const TechnologyNode &node) {
  TableRequest t16;
  t16.nodeNm = node.nm;
  t16.regfBytes = 512;
  t16.gbufBytes = 133032;
  t16.arrayH = t16.arrayW = 14;
  Result<Parts> p = absoluteParts(t16, node);
  return p ? std::sqrt(p->nodeAreaMm2) : 0.0;
}

} // namespace

Result<EnergyTable> estimateEnergyTable(const TableRequest &r) {
  Result<TechnologyNode> node = technologyNode(r.nodeNm);
  if (!node)
    return node.status();
  if (r.wordBits <= 0 || r.arrayH <= 0 || r.arrayW <= 0 || r.nodesH <= 0 || r.nodesW <= 0)
    return Status::error(StatusCode::InvalidHardware,
                         "estimates need a positive word width, PE array and node grid");
  bool relative = r.calibration == Calibration::EyerissRelative;
  if (!relative && !(r.clockGhz > 0 && std::isfinite(r.clockGhz)))
    return Status::error(StatusCode::InvalidArgument,
                         "estimated energies in joules need a positive clock (GHz) for the "
                         "static energy per cycle");
  if (!(r.hopMm >= 0 && std::isfinite(r.hopMm)))
    return Status::error(StatusCode::InvalidArgument,
                         "NoC link length must be finite and non-negative");
  Result<Parts> parts = absoluteParts(r, *node);
  if (!parts)
    return parts.status();
  const Parts &p = *parts;
  double width = double(r.wordBits) / 16.0;
  double pitchT16 = t16PitchMm(*node);

  EnergyTable t;
  t.relative = relative;
  t.nodeAreaMm2 = p.nodeAreaMm2;
  t.chipAreaMm2 = p.nodeAreaMm2 * double(r.nodesH) * double(r.nodesW);
  t.hopMm = r.hopMm > 0 ? r.hopMm : std::sqrt(p.nodeAreaMm2);
  // A hop's wires: energy proportional to bits times length.
  double hopOverT16 = width * t.hopMm / pitchT16;
  if (!relative) {
    constexpr double kJ = 1e-12; // pJ -> J
    t.mac = p.mac * kJ;
    t.regf = p.regf * kJ;
    t.itcn = p.itcn * kJ;
    t.gbuf = p.gbuf * kJ;
    t.dram = p.dram * kJ;
    Result<TechnologyNode> ref = technologyNode(kReferenceNodeNm);
    t.nocHop = kHop16PjAtT16 * hopOverT16 * energyScale(*ref, *node) * kJ;
    t.leakageW = p.nodeLeakMw * 1e-3 * double(r.nodesH) * double(r.nodesW);
    // Static energy per cycle = leakage power / clock.
    t.staticPerCycle = t.leakageW / (r.clockGhz * 1e9);
    return t;
  }
  // Relative: the absolute model's shape, pinned to Eyeriss's figures.
  TableRequest anchor = r;
  anchor.wordBits = 16;
  anchor.regfBytes = int64_t(kRelRegfBytes);
  anchor.gbufBytes = int64_t(kRelGbufBytes);
  Result<Parts> a = absoluteParts(anchor, *node);
  if (!a)
    return a.status();
  t.mac = p.mac / a->mac;
  t.regf = kRelRegf * p.regf / a->regf;
  t.itcn = kRelItcn * width;
  t.gbuf = kRelGbuf * p.gbuf / a->gbuf;
  t.dram = kRelDram * width;
  t.nocHop = kHopRelative * hopOverT16;
  t.staticPerCycle = 0; // Eyeriss's verification setup has no static energy
  return t;
}

} // namespace dataflow::cost::tech
