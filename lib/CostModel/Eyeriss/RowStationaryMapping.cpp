//===- RowStationaryMapping.cpp - Eyeriss row-stationary mapping ----------===//
//
// docs/cost-model.md §3 (nn_dataflow MapStrategyEyeriss; Chen et al. ISCA'16).
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/Eyeriss/RowStationaryMapping.h"

#include <algorithm>
#include <limits>

namespace dataflow::cost {

static int64_t idivc(int64_t x, int64_t y) { return (x + y - 1) / y; }

double MappingCandidate::dimLoopProduct(int d) const {
  double p = 1;
  for (int l = 0; l < kNumLoops; ++l)
    if (dataLoops.isDim(d, l))
      p *= double(loopCount[l]);
  return p;
}

namespace {

/// Figures of one unit pass (§3.3), before replication.
struct UnitPass {
  double ops = 0;
  int64_t time = 0;
  std::array<PerData, kNumMemLevels> access{};
  PerDataInt gbufSize{};
  PerDataInt regfSize{};
};

ArrayFolding foldAndReplicate(const Layer &l, const Hardware &hw) {
  ArrayFolding f;
  // §3.1: logical PE set R x E.
  f.lpesetH = l.R;
  f.lpesetW = l.E;
  // §3.2: fold when the set exceeds the array, else replicate.
  if (f.lpesetH > hw.arrayH)
    f.foldH = idivc(f.lpesetH, hw.arrayH);
  else
    f.replH = hw.arrayH / f.lpesetH;
  if (f.lpesetW > hw.arrayW)
    f.foldW = idivc(f.lpesetW, hw.arrayW);
  else
    f.replW = hw.arrayW / f.lpesetW;
  // §3.2: use repl_h to absorb fold_w: k = min(repl_h, fold_w).
  const int64_t k = std::min(f.replH, f.foldW);
  f.foldW = idivc(f.foldW, k);
  f.replH = f.replH / k;
  // §3.2: folded set P = ceil(R/fold_h) * ceil(E/fold_w).
  f.foldedPes = idivc(f.lpesetH, f.foldH) * idivc(f.lpesetW, f.foldW);
  // §3.2: util = R*E*repl_h*repl_w / (Ah*Aw*fold_h*fold_w).
  f.utilization = double(f.lpesetH * f.lpesetW * f.replH * f.replW) /
                  double(hw.arrayH * hw.arrayW * f.foldH * f.foldW);
  // §3.2: the tool aborts if util <= 0.5; we report it (docs/cost-model.md).
  f.belowReferenceUtilization = !(f.utilization > 0.5);
  return f;
}

UnitPass unitPass(const Layer &l, const ArrayFolding &f) {
  UnitPass u;
  const double ef = double(l.E) / double(f.foldW); // §3.3: Ef = E/fold_w (real)
  const int64_t eb = idivc(l.E, f.foldW);          // §3.3: Eb = ceil(E/fold_w)
  const int64_t win = l.S + (l.F - 1) * l.V;       // §3.3: Win = S+(F-1)V
  const double hacc = double(l.R) + (ef - 1) * double(l.U); // Hacc = R+(Ef-1)U
  const int64_t hbuf = l.R + (eb - 1) * l.U;       // Hbuf = R+(Eb-1)U
  const double p = double(f.foldedPes);
  const double foldH = double(f.foldH);
  const double F = double(l.F), R = double(l.R), S = double(l.S);
  if (l.isConvLike()) {
    u.ops = ef * F * R * S;                   // §3.3 CONV ops: Ef*F*R*S
    u.time = f.foldH * l.S * l.F;             // §3.3 CONV time: fold_h*S*F
    u.access[kDram] = {R * S, hacc * double(win), ef * F};           // §3.3 DRAM
    u.access[kGbuf] = {R * S, hacc * double(win) * foldH, ef * F * foldH}; // §3.3 GBUF
    u.access[kItcn] = {S * p * foldH, double(win) * p * foldH, F * p * foldH}; // §3.3 ITCN
    u.access[kRegf] = {u.ops, u.ops, u.ops};                         // §3.3 REGF = ops
    u.gbufSize = {l.R * l.S, hbuf * win, eb * l.F};                  // §3.3 GBUF footprint
    u.regfSize = {l.S, l.S, 1};                                      // §3.3 REGF footprint
  } else {
    const double nreg = double(l.nreg);
    u.ops = ef * F * nreg * R * S;            // §3.3 LR ops: Ef*F*nreg*R*S
    u.time = f.foldH * l.nreg * l.S * l.F;    // §3.3 LR time: fold_h*nreg*S*F
    // §3.3 LR: one input channel per output channel, even for element-wise.
    u.access[kDram] = {0, hacc * double(win), ef * F};
    u.access[kGbuf] = {0, hacc * double(win), ef * F * foldH};
    u.access[kItcn] = {0, double(win) * p, F * p * foldH};
    u.access[kRegf] = {0, u.ops, u.ops};
    u.gbufSize = {0, hbuf * win, eb * l.F};
    u.regfSize = {0, l.S, 1};
  }
  return u;
}

MappingCandidate makeCandidate(const Layer &l, const UnitPass &u, double occ,
                               int64_t ifms, int64_t ofms, const PerLoopInt &lc,
                               const std::array<double, kNumLoops> &locc,
                               const PerDataInt &rc, int64_t rsz) {
  MappingCandidate c;
  c.ifms = ifms;
  c.ofms = ofms;
  c.loopCount = lc;
  c.loopOcc = locc;
  c.replCount = rc;
  c.dataLoops = l.dataLoops();
  const double occAll = locc[kLoopI] * locc[kLoopO];
  // §3.5: unit_ops = ops*rsz*occ*occ_all; unit_time = time.
  c.unitOps = u.ops * double(rsz) * occ * occAll;
  c.unitTime = u.time;
  for (int d = 0; d < kNumData; ++d) {
    // §3.4: aocc_d = product of loop occupancies over d's dimension loops.
    double aocc = 1;
    for (int lp = 0; lp < kNumLoops; ++lp)
      if (c.dataLoops.isDim(d, lp))
        aocc *= locc[lp];
    // §3.5: GBUF footprint x rc[d]; REGF footprint unchanged.
    c.gbufUnitSize[d] = u.gbufSize[d] * rc[d];
    c.regfUnitSize[d] = u.regfSize[d];
    // §3.5: DRAM and GBUF access x rc[d] x aocc_d; ITCN x rsz x aocc_d;
    // REGF x rsz x occ x occ_all.
    c.unitAccess[kDram][d] = u.access[kDram][d] * double(rc[d]) * aocc;
    c.unitAccess[kGbuf][d] = u.access[kGbuf][d] * double(rc[d]) * aocc;
    c.unitAccess[kItcn][d] = u.access[kItcn][d] * double(rsz) * aocc;
    c.unitAccess[kRegf][d] = u.access[kRegf][d] * double(rsz) * occ * occAll;
  }
  return c;
}

} // namespace

Result<RowStationaryMapping> mapRowStationary(const Layer &layer,
                                              const Hardware &hw, double occ) {
  if (Status s = validateLayer(layer); !s)
    return s;
  if (Status s = validateHardware(hw); !s)
    return s;
  if (!(occ > 0) || occ > 1)
    return Status::error(StatusCode::InvalidArgument,
                         "partition occupancy " + std::to_string(occ) +
                             " must be in (0, 1]");

  RowStationaryMapping m;
  m.folding = foldAndReplicate(layer, hw);
  const UnitPass u = unitPass(layer, m.folding);
  m.unitPassOps = u.ops;
  m.unitPassTime = u.time;
  const ArrayFolding &f = m.folding;
  const int64_t C = layer.C, M = layer.M;
  const int64_t lB = layer.batch * f.foldW; // §3.4: fold_w merges into batch

  if (layer.isConvLike()) {
    // §3.4 CONV: each factor pair a*b = repl_h, a ascending; a running minimum
    // of L_I*L_O*L_B decides emission (an earlier, worse candidate stays).
    int64_t minLoops = std::numeric_limits<int64_t>::max();
    for (int64_t a = 1; a <= f.replH; ++a) {
      if (f.replH % a != 0)
        continue;
      const int64_t b = f.replH / a;
      const int64_t ifms = std::min(a, C);
      const int64_t ofms = std::min(b * f.replW, M);
      const PerLoopInt lc = {idivc(C, ifms), idivc(M, ofms), lB};
      const int64_t loops = lc[0] * lc[1] * lc[2];
      if (loops < minLoops)
        minLoops = loops;
      else if (loops > minLoops)
        continue;
      // §3.4: occ_I = C/ifms/L_I, occ_O = M/ofms/L_O.
      const std::array<double, kNumLoops> locc = {
          double(C) / double(ifms) / double(lc[0]),
          double(M) / double(ofms) / double(lc[1]), 1.0};
      const PerDataInt rc = {ifms * ofms, ifms, ofms}; // §3.4 rc
      MappingCandidate c =
          makeCandidate(layer, u, occ, ifms, ofms, lc, locc, rc, ifms * ofms);
      c.index = int(m.candidates.size());
      m.candidates.push_back(c);
    }
  } else {
    // §3.4 LR: one candidate, ofms = min(repl_h*repl_w, M), L = (1, ceil(M/ofms), N*fold_w).
    const int64_t ofms = std::min(f.replH * f.replW, M);
    const PerLoopInt lc = {1, idivc(M, ofms), lB};
    const std::array<double, kNumLoops> locc = {
        1.0, double(M) / double(ofms) / double(lc[1]), 1.0};
    const PerDataInt rc = {0, ofms, ofms};
    MappingCandidate c = makeCandidate(layer, u, occ, 1, ofms, lc, locc, rc, ofms);
    c.index = 0;
    m.candidates.push_back(c);
  }
  return m;
}

} // namespace dataflow::cost
