//===- BufferSharing.cpp - GBUF sharing across nodes (TANGRAM) ------------===//
//
// docs/cost-model.md §5.5 (nn_dataflow LoopBlockingScheme._set_bufshr and
// BufShrScheme).
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/MultiNode/BufferSharing.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace dataflow::cost {

namespace {

int64_t idivc(int64_t a, int64_t b) { return (a + b - 1) / b; }

/// §5.5: subgroup dims (rounded up to a divisor of the group) and the
/// priority dimension (the one with the smaller neighbour distance).
void subgroupDim(const SharingGroups &g, int d, int64_t sub, Coord *dim, int *idxPr) {
  const int64_t size = g.size(d);
  int64_t trueSub = sub;
  while (size % trueSub)
    ++trueSub;
  const auto &nd = g.nbrDist[size_t(d)];
  const int idxSm = nd[0] <= nd[1] ? 0 : 1; // NaN compares false -> 1, as the tool
  const Coord gd = g.dims[size_t(d)];
  const int64_t dimSm = idxSm == 0 ? gd.h : gd.w;
  int64_t t[2] = {1, 1};
  for (int64_t f = 1; f <= dimSm; ++f)
    if (dimSm % f == 0 && f > t[idxSm] && trueSub % f == 0)
      t[idxSm] = f;
  t[1 - idxSm] = trueSub / t[idxSm];
  *dim = {t[0], t[1]};
  *idxPr = idxSm;
}

/// §5.5: chain position `index` in the snake along the priority dimension.
Coord chainCoord(int64_t index, const Coord &dim, int idxPr) {
  const int64_t dPr = idxPr == 0 ? dim.h : dim.w;
  int64_t cNpr = index / dPr, cPr = index % dPr;
  if (cNpr % 2 == 1)
    cPr = dPr - 1 - cPr;
  return idxPr == 0 ? Coord{cPr, cNpr} : Coord{cNpr, cPr};
}

double scaledHops(const SharingGroups &g, int d, int64_t ch, int64_t cw) {
  const auto &nd = g.nbrDist[size_t(d)];
  return (ch ? double(ch) * nd[0] : 0.0) + (cw ? double(cw) * nd[1] : 0.0);
}

} // namespace

double rotationHopsPerRound(const SharingGroups &g, int d, int64_t sub, int64_t units) {
  // §5.5: step = (d_pr-1)*d_npr*dist_pr + (d_npr-1)*dist_npr, plus loop-back
  // from chain position s-1 to 0; per round (step + loopback)*(s -
  // max(1, s/units))/s*(group/s).
  Coord dim;
  int idxPr = 0;
  subgroupDim(g, d, sub, &dim, &idxPr);
  const int64_t dPr = idxPr == 0 ? dim.h : dim.w, dNpr = idxPr == 0 ? dim.w : dim.h;
  const int64_t nPr = (dPr - 1) * dNpr, nNpr = dNpr - 1;
  const double nbr = idxPr == 0 ? scaledHops(g, d, nPr, nNpr) : scaledHops(g, d, nNpr, nPr);
  const Coord lb = chainCoord(sub - 1, dim, idxPr);
  const double lpbk = scaledHops(g, d, lb.h, lb.w);
  const double skipped = std::max(1.0, double(sub) / double(units));
  return (nbr + lpbk) * (double(sub) - skipped) * (1.0 / double(sub)) *
         double(g.size(d) / sub);
}

double wideFetchHopsOnce(const SharingGroups &g, int d, int64_t sub, double w) {
  // §5.5: (rotation per step)*((c-1)c/2 - (c-1)(c-w))/w, c = ceil(w); 0 if w <= 1.
  if (w <= 1)
    return 0;
  const double perStep = rotationHopsPerRound(g, d, sub, sub) / double(sub - 1);
  const double c = std::ceil(w - 1e-6);
  const double steps = (c - 1) * c / 2 - (c - 1) * (c - w);
  return perStep * steps / w;
}

BufferSharingResult shareBuffers(const SchemeCost &s, const MappingCandidate &cand,
                                 const Hardware &hw, const SharingGroups &g,
                                 int64_t numNodes) {
  BufferSharingResult r;
  const DataLoops &dl = cand.dataLoops;
  const LoopBlocking &b = s.blocking;
  r.gbufOrder = b.order[1];
  for (int d = 0; d < kNumData; ++d)
    r.groupSize[size_t(d)] = g.size(d);
  // GBUF data size of d with subgroup `sub` (§4 footprint).
  auto dataSize = [&](int d, int64_t sub) -> int64_t {
    if (!s.gbufStored[size_t(d)])
      return 0;
    return idivc(s.unitCount[0][size_t(d)] * cand.gbufUnitSize[size_t(d)], sub);
  };
  // §5.5: start from the group size; 1 for a category bypassing the GBUF.
  PerDataInt sub = r.groupSize;
  for (int d = 0; d < kNumData; ++d)
    if (dataSize(d, sub[size_t(d)]) == 0)
      sub[size_t(d)] = 1;
  r.subgroupSize = sub;
  if (sub[0] == 1 && sub[1] == 1 && sub[2] == 1)
    return r;

  const PerLoopInt &tx = b.t[1];
  const LoopOrder &ox = b.order[1];
  // Innermost non-trivial dimension loop of d at the GBUF level (-1: none).
  auto inntDim = [&](int d) {
    int j = -1;
    for (int l = 0; l < kNumLoops; ++l)
      if (dl.isDim(d, l) && tx[size_t(l)] > 1 && (j < 0 || ox[size_t(l)] < ox[size_t(j)]))
        j = l;
    return j;
  };
  // The outermost of those; loops strictly inside it are fixed (§5.5).
  int oInnt = -1;
  for (int d = 0; d < kNumData; ++d) {
    const int j = inntDim(d);
    const int key = j < 0 ? -1 : ox[size_t(j)];
    const int best = oInnt < 0 ? -1 : ox[size_t(oInnt)];
    if (d == 0 || key > best)
      oInnt = j;
  }
  std::vector<int> fixed, flex; // fixed outer to inner; flex ascending
  for (int l = 0; l < kNumLoops; ++l)
    if (tx[size_t(l)] > 1 && oInnt >= 0 && ox[size_t(l)] < ox[size_t(oInnt)])
      fixed.push_back(l);
  std::sort(fixed.begin(), fixed.end(),
            [&](int a, int c) { return ox[size_t(a)] > ox[size_t(c)]; });
  for (int l = 0; l < kNumLoops; ++l)
    if (tx[size_t(l)] > 1 && std::find(fixed.begin(), fixed.end(), l) == fixed.end())
      flex.push_back(l);

  // §5.5 subgroup candidates: the start, then per order of categories shrink
  // each to the smallest divisor of its group whose data fits the free space.
  int64_t used = 0;
  for (int d = 0; d < kNumData; ++d)
    used += dataSize(d, sub[size_t(d)]);
  std::vector<PerDataInt> cands = {sub};
  std::array<int, 3> perm = {0, 1, 2};
  do {
    int64_t freeCap = hw.gbufWords - used;
    PerDataInt sl = sub;
    for (int d : perm) {
      if (sl[size_t(d)] <= 1)
        continue;
      const int64_t cur = dataSize(d, sub[size_t(d)]);
      const int64_t tot = cur * sub[size_t(d)];
      for (int64_t sg = sl[size_t(d)]; sg >= 1; --sg) {
        if (r.groupSize[size_t(d)] % sg)
          continue;
        if (idivc(tot, sg) <= freeCap + cur)
          sl[size_t(d)] = sg;
        else
          break;
      }
      freeCap -= idivc(tot, sl[size_t(d)]) - cur;
    }
    if (std::find(cands.begin() + 1, cands.end(), sl) == cands.end())
      cands.push_back(sl);
  } while (std::next_permutation(perm.begin(), perm.end()));

  const double n = double(numNodes);
  auto evalScheme = [&](const PerDataInt &sg, const PerLoopInt &tbs,
                        const std::vector<int> &loopsBs, const std::vector<int> &loopsBot,
                        BufferSharingResult &out) {
    // Loops outer to inner: sharing level, GBUF-level flexible, fixed.
    std::vector<std::pair<int, int64_t>> lp;
    for (int l : loopsBs)
      if (tbs[size_t(l)] > 1)
        lp.push_back({l, tbs[size_t(l)]});
    for (int l : loopsBot)
      if (tx[size_t(l)] > tbs[size_t(l)])
        lp.push_back({l, idivc(tx[size_t(l)], tbs[size_t(l)])});
    for (int l : fixed)
      lp.push_back({l, tx[size_t(l)]});
    double key = 0;
    for (int d = 0; d < kNumData; ++d) {
      const int64_t bufF = s.fetch[1][size_t(d)], memF = s.fetch[0][size_t(d)];
      int idx = -1;
      for (size_t i = 0; i < lp.size() && idx < 0; ++i)
        if (dl.isDim(d, lp[i].first))
          idx = int(i);
      // Rotation rounds: unrelated DRAM-level factors x factors above the
      // outermost dimension loop; 0 without sharing/dimension loop, or when
      // equal to the DRAM fetch count (OFM: (f+1)/2).
      int64_t rounds = 0;
      if (idx >= 0 && sg[size_t(d)] != 1) {
        rounds = 1;
        for (int l = 0; l < kNumLoops; ++l)
          if (!dl.isDim(d, l))
            rounds *= b.t[0][size_t(l)];
        for (int i = 0; i < idx; ++i)
          rounds *= lp[size_t(i)].second;
      }
      if (rounds == (d == kOfm ? (memF + 1) / 2 : memF))
        rounds = 0;
      // Rotation units: the run of dimension loops from the outermost one.
      int64_t units = 1;
      if (idx >= 0)
        for (size_t i = size_t(idx); i < lp.size() && dl.isDim(d, lp[i].first); ++i)
          units *= lp[i].second;
      const double width = double(sg[size_t(d)]) / double(units);
      const double wfOnce = wideFetchHopsOnce(g, d, sg[size_t(d)], width);
      double comb;
      if (d == kOfm)
        comb = bufF > 2 * rounds - 1 ? double(2 * rounds) : double(2 * rounds - 1);
      else
        comb = double(rounds);
      comb *= double(units - 1) / double(units);
      const double wf = wfOnce * (double(bufF) - comb);
      const double rf = rounds ? rotationHopsPerRound(g, d, sg[size_t(d)], units) * double(rounds)
                               : 0.0;
      out.rotRounds[size_t(d)] = rounds;
      out.rotUnits[size_t(d)] = units;
      out.wideWidth[size_t(d)] = width;
      out.rotFetch[size_t(d)] = rf;
      out.wideFetch[size_t(d)] = wf;
      // §5.5: NoC words = total(GBUF, d)*(rotation + wide)*(nodes/group).
      const double groups = double(numNodes / r.groupSize[size_t(d)]);
      const double tg = cand.totalAccess(kGbuf, d);
      const double rot = tg * rf * groups, wide = tg * wf * groups;
      out.nocWords[size_t(d)] = rot + wide;
      key += rot + wide;
    }
    (void)n;
    return key;
  };

  bool have = false;
  double bestKey = 0;
  BufferSharingResult best = r;
  std::vector<int> bestBs, bestBot;
  for (const PerDataInt &sg : cands) {
    PerLoopInt tot{1, 1, 1};
    for (int l : flex)
      tot[size_t(l)] = tx[size_t(l)];
    // Every 2-factorisation of each flexible loop (first factor ascending).
    std::vector<std::vector<int64_t>> fs(kNumLoops);
    for (int l = 0; l < kNumLoops; ++l)
      for (int64_t f = 1; f <= tot[size_t(l)]; ++f)
        if (tot[size_t(l)] % f == 0)
          fs[size_t(l)].push_back(f);
    for (int64_t a : fs[0])
      for (int64_t c : fs[1])
        for (int64_t e : fs[2]) {
          const PerLoopInt tbs = {a, c, e};
          std::vector<int> trivial, nontrivial;
          for (int l : flex)
            (tbs[size_t(l)] == 1 ? trivial : nontrivial).push_back(l);
          std::vector<int> nt = nontrivial;
          do {
            std::vector<int> bot = flex;
            do {
              std::vector<int> bs = trivial;
              bs.insert(bs.end(), nt.begin(), nt.end());
              BufferSharingResult cur = r;
              cur.subgroupSize = sg;
              const double key = evalScheme(sg, tbs, bs, bot, cur);
              if (!have || key < bestKey) {
                have = true;
                bestKey = key;
                best = cur;
                best.bsFactors = tbs;
                bestBs = bs;
                bestBot = bot;
              }
            } while (std::next_permutation(bot.begin(), bot.end()));
          } while (std::next_permutation(nt.begin(), nt.end()));
        }
  }
  // The reordered GBUF level (flexible then fixed loops, inner first) and the
  // sharing level's order (nn_dataflow _set_bufshr).
  std::vector<int> lst = bestBot;
  lst.insert(lst.end(), fixed.begin(), fixed.end());
  LoopOrder no{-1, -1, -1};
  int k = 0;
  for (auto it = lst.rbegin(); it != lst.rend(); ++it)
    no[size_t(*it)] = k++;
  for (int l = 0; l < kNumLoops; ++l)
    if (no[size_t(l)] < 0)
      no[size_t(l)] = k++;
  best.gbufOrder = no;
  LoopOrder bo{-1, -1, -1};
  k = 0;
  for (auto it = bestBs.rbegin(); it != bestBs.rend(); ++it)
    if (best.bsFactors[size_t(*it)] > 1)
      bo[size_t(*it)] = k++;
  for (int l = 0; l < kNumLoops; ++l)
    if (bo[size_t(l)] < 0)
      bo[size_t(l)] = k++;
  best.bsOrder = bo;
  return best;
}

} // namespace dataflow::cost
