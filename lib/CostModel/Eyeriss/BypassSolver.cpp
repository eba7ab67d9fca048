//===- BypassSolver.cpp - TETRIS analytical GBUF bypass solver ------------===//
//
// Gao et al., TETRIS (ASPLOS'17) §4.2; nn_dataflow loop_blocking_solver;
// docs/cost-model.md §4 "Bypass solver".
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/Eyeriss/BypassSolver.h"
#include "Dataflow/CostModel/Eyeriss/LoopBlockingSearch.h"

#include <limits>

namespace dataflow::cost {

namespace {

/// Largest divisor of n not above x, or -1 if x < 1 (the tool's -inf).
int64_t largestDivisorAtMost(int64_t n, double x) {
  if (x < 1)
    return -1;
  int64_t f = x >= double(n) ? n : int64_t(x);
  while (f > 1 && n % f != 0)
    --f;
  return f < 1 ? 1 : f;
}

} // namespace

std::optional<LoopBlocking> solveGbufResident(const MappingCandidate &cand,
                                              const Hardware &hw, int resident) {
  // x, y = the resident category's loops, z the other; categories (x,y),
  // (y,z), (x,z); weight 2 for OFM (read + write), 1 otherwise.
  int lx, ly, lz;
  std::array<int, 3> cats;     // xy, yz, xz
  std::array<double, 3> wacc;  // xy, yz, xz
  if (resident == kFil) {
    lx = kLoopI; ly = kLoopO; lz = kLoopB;
    cats = {kFil, kOfm, kIfm};
    wacc = {1, 2, 1};
  } else if (resident == kIfm) {
    lx = kLoopI; ly = kLoopB; lz = kLoopO;
    cats = {kIfm, kOfm, kFil};
    wacc = {1, 2, 1};
  } else {
    lx = kLoopO; ly = kLoopB; lz = kLoopI;
    cats = {kOfm, kIfm, kFil};
    wacc = {2, 1, 1};
  }
  const int64_t nx = cand.loopCount[lx], ny = cand.loopCount[ly], nz = cand.loopCount[lz];
  std::array<double, 3> g, s;
  for (int i = 0; i < 3; ++i) {
    g[i] = double(cand.gbufUnitSize[cats[i]]);
    s[i] = double(cand.regfUnitSize[cats[i]]);
  }
  const double sizeGbuf = double(hw.gbufWords), sizeRegf = double(hw.regfWords);

  // (I): over divisors tx0 | Nx, ty0 | Ny (first strict minimum) minimise
  // Nx*Ny*g_xy*w_xy + Ny*Nz*g_yz*w_yz*tx0 + Nx*Nz*g_xz*w_xz*ty0 s.t.
  // (Nx/tx0)(Ny/ty0)g_xy <= size_gbuf and
  // min((Nx/tx0)(s_xy+s_xz)+s_yz, (Ny/ty0)(s_xy+s_yz)+s_xz) <= size_regf.
  double best = std::numeric_limits<double>::infinity();
  int64_t tx0 = 0, ty0 = 0;
  for (int64_t a = 1; a <= nx; ++a) {
    if (nx % a)
      continue;
    for (int64_t b = 1; b <= ny; ++b) {
      if (ny % b)
        continue;
      if (double((nx / a) * (ny / b)) * g[0] > sizeGbuf)
        continue;
      if (std::min(double(nx / a) * (s[0] + s[2]) + s[1],
                   double(ny / b) * (s[0] + s[1]) + s[2]) > sizeRegf)
        continue;
      const double goal = double(nx * ny) * g[0] * wacc[0] +
                          double(ny * nz) * g[1] * wacc[1] * double(a) +
                          double(nx * nz) * g[2] * wacc[2] * double(b);
      if (goal < best) {
        best = goal;
        tx0 = a;
        ty0 = b;
      }
    }
  }
  if (tx0 == 0)
    return std::nullopt;

  // (II): tz2 = largest divisor of Nz not above
  // (size_regf - tx2*ty2*s_xy)/(ty2*s_yz + tx2*s_xz).
  auto opt2 = [&](int64_t tx2, int64_t ty2) -> int64_t {
    const double tz2 = (sizeRegf - double(tx2 * ty2) * s[0]) /
                       (double(ty2) * s[1] + double(tx2) * s[2]);
    if (tz2 < 0)
      return -1;
    return largestDivisorAtMost(nz, tz2);
  };
  int64_t tx2 = nx / tx0, ty2 = ny / ty0;
  int64_t tz2 = opt2(tx2, ty2);
  if (tz2 < 0) {
    // Else the better of (1, Ny/ty0) and (Nx/tx0, 1) (first on ties).
    const int64_t c0 = opt2(1, ny / ty0), c1 = opt2(nx / tx0, 1);
    if (c1 > c0) {
      tx2 = nx / tx0; ty2 = 1; tz2 = c1;
    } else {
      tx2 = 1; ty2 = ny / ty0; tz2 = c0;
    }
  }
  if (tz2 < 0)
    return std::nullopt;
  const int64_t tz0 = nz / tz2;
  int64_t tx1 = nx / tx0 / tx2;
  int64_t ty1 = ny / ty0 / ty2;

  // Orders: level 0 z < y < x (inner to outer); level 1 the non-1 of x/y
  // innermost (x if tx1 > 1), z outermost.
  LoopOrder ord0{}, ord1{};
  ord0[lx] = 2; ord0[ly] = 1; ord0[lz] = 0;
  ord1[lx] = tx1 > 1 ? 0 : 1; ord1[ly] = tx1 > 1 ? 1 : 0; ord1[lz] = 2;
  int64_t x0 = tx0, y0 = ty0;
  // If tz0 = 1, merge tx1, ty1 into level 0 and use the level-1 order there.
  if (tz0 == 1) {
    x0 *= tx1; tx1 = 1;
    y0 *= ty1; ty1 = 1;
    ord0 = ord1;
  }
  LoopBlocking b;
  b.t[0][lx] = x0; b.t[1][lx] = tx1; b.t[2][lx] = tx2;
  b.t[0][ly] = y0; b.t[1][ly] = ty1; b.t[2][ly] = ty2;
  b.t[0][lz] = tz0; b.t[1][lz] = 1; b.t[2][lz] = tz2;
  b.order = {ord0, ord1};
  return b;
}

std::vector<LoopBlocking> solveBypassSchemes(const MappingCandidate &cand,
                                             const Hardware &hw,
                                             const std::array<bool, kNumData> &bypassAllowed) {
  // One scheme per category r whose two companions may both bypass the GBUF.
  std::vector<LoopBlocking> out;
  for (int r = 0; r < kNumData; ++r) {
    bool companionsBypass = true;
    for (int d = 0; d < kNumData; ++d)
      if (d != r && !bypassAllowed[d])
        companionsBypass = false;
    if (!companionsBypass)
      continue;
    if (auto b = solveGbufResident(cand, hw, r))
      out.push_back(*b);
  }
  return out;
}

std::vector<SchemeCost> searchBlockingSolver(const BlockingEvaluator &eval,
                                             const Options &opts,
                                             BlockingSearchStats *stats) {
  const MappingCandidate &cand = eval.candidate();
  // Solver only for CONV loops; LR layers use the exhaustive search.
  if (!cand.dataLoops.isConv())
    return searchBlockingExhaustive(eval, opts, stats);
  std::vector<SchemeCost> out;
  const SchedulePins &pins = opts.pins;
  for (const LoopBlocking &b : solveBypassSchemes(cand, eval.hardware(), opts.bypassAllowed)) {
    bool ok = true;
    for (int k = 0; k < kNumBlockingLevels; ++k)
      for (int l = 0; l < kNumLoops; ++l)
        if (pins.factors[k][l] != 0 && pins.factors[k][l] != b.t[k][l])
          ok = false;
    for (int k = 0; k < kNumOrderedLevels; ++k)
      if (pins.orders[k] && *pins.orders[k] != b.order[k])
        ok = false;
    if (!ok)
      continue;
    SchemeCost s;
    if (stats)
      ++stats->evaluated;
    if (eval.evaluate(b, s) != BlockingInvalid::None)
      continue;
    // §6: the tool checks the segment constraint on valid solver schemes.
    if (opts.topLoops.active() && !opts.topLoops.valid(b.t[0], b.order[0]))
      continue;
    if (stats)
      ++stats->valid;
    out.push_back(s); // all valid solver schemes are kept (§4)
  }
  return out;
}

} // namespace dataflow::cost
