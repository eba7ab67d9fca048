//===- MaestroSearch.cpp - search over MAESTRO directive mappings ---------===//
//
// MAESTRO evaluates one given mapping; this enumerates two-level mappings of
// the kcp_ws / ckp_ws family and prices each with analyze() (docs/seed-tools.md
// §1.3, "do better than the original: a mapping search"). Space and pruning:
// docs/cost-model.md, section "MAESTRO".
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/Maestro/MaestroSearch.h"

#include <algorithm>
#include <chrono>
#include <limits>

namespace dataflow::cost::maestro {

namespace {

constexpr int64_t kFull = std::numeric_limits<int64_t>::max() / 4;

/// Powers of two below `e`, and `e` itself.
std::vector<int64_t> tileCandidates(int64_t e) {
  std::vector<int64_t> v;
  for (int64_t t = 1; t < e; t *= 2)
    v.push_back(t);
  v.push_back(e);
  return v;
}

double key(const Analysis &a, Goal g) {
  switch (g) {
  case Goal::Runtime:
    return double(a.runtime);
  case Goal::Energy:
    return a.energyMacUnits();
  default:
    return double(a.runtime) * a.energyMacUnits();
  }
}

bool better(const Analysis &a, const Analysis &b, Goal g) {
  double ka = key(a, g), kb = key(b, g);
  if (ka != kb)
    return ka < kb;
  if (a.runtime != b.runtime)
    return a.runtime < b.runtime;
  return a.energyMacUnits() < b.energyMacUnits();
}

} // namespace

namespace {

/// The two-level mapping of one point of the space (see enumerate).
Mapping twoLevel(const Problem &P, int64_t U, int64_t n, int A, int B, int64_t a,
                 const std::vector<int> &rest, const std::vector<int64_t> &tiles,
                 const std::vector<int> &order, const std::vector<int> &single) {
  Mapping M;
  Level top, in;
  top.subUnits = U;
  in.subUnits = n;
  if (P.type == OpType::NgConv) {
    // One group at a time, outermost (as MAESTRO's own NGCONV templates map G).
    Map g;
    g.dim = DG;
    top.maps.push_back(g);
  }
  Map sa;
  sa.spatial = true;
  sa.dim = A;
  sa.size = sa.offset = a;
  top.maps.push_back(sa);
  std::vector<int> seq = order;
  seq.insert(seq.end(), single.begin(), single.end());
  for (int d : seq) {
    Map t;
    t.dim = d;
    for (size_t i = 0; i < rest.size(); ++i)
      if (rest[i] == d)
        t.size = t.offset = tiles[i];
    top.maps.push_back(t);
  }
  for (int d : {DN, DR, DS}) {
    Map t;
    t.dim = d;
    t.size = t.offset = P.size[d];
    top.maps.push_back(t);
  }
  Map sb;
  sb.spatial = true;
  sb.dim = B;
  in.maps.push_back(sb);
  for (int d = 0; d < NumDims; ++d)
    if (d != B && (d != DG || P.type == OpType::NgConv)) { // G exists in NGCONV only
      Map t;
      t.dim = d;
      t.size = t.offset = (d == DR || d == DS) ? P.size[d] : kFull;
      in.maps.push_back(t);
    }
  M.levels = {top, in};
  M.usedPes = U * n;
  return M;
}

/// Calls `visit` with every mapping of the space, in a fixed order, until it returns false.
template <typename Visit>
void enumerate(const Problem &P, const HardwareDesc &H, bool build, Visit &&visit) {
  const int outer[] = {DK, DC, DY, DX};
  for (int64_t n = 1; n <= H.numPes; n *= 2) {
    int64_t U = H.numPes / n;
    for (int A : outer)
      for (int B : outer) {
        if (A == B || (P.size[A] == 1 && U > 1) || (P.size[B] == 1 && n > 1))
          continue;
        std::vector<int> rest; // temporal dims at the top (B included)
        for (int d : outer)
          if (d != A)
            rest.push_back(d);
        std::vector<int64_t> aSizes;
        for (int64_t a = 1; a <= 8 && a <= P.size[A]; a *= 2)
          aSizes.push_back(a);
        std::vector<std::vector<int64_t>> cand;
        for (int d : rest)
          cand.push_back(tileCandidates(P.size[d]));
        for (int64_t a : aSizes) {
          int64_t usedClusters = std::min(U, (P.size[A] + a - 1) / a);
          std::vector<size_t> ti(rest.size(), 0);
          while (true) {
            std::vector<int64_t> tiles(rest.size());
            for (size_t i = 0; i < rest.size(); ++i)
              tiles[i] = cand[i][ti[i]];
            int64_t tB = 1;
            for (size_t i = 0; i < rest.size(); ++i)
              if (rest[i] == B)
                tB = tiles[i];
            // Pruning: at least half of the PEs busy in the first case.
            bool ok = usedClusters * std::min(n, tB) * 2 >= H.numPes;
            if (ok) {
              // Only dims with more than one step need ordering (the rest
              // have one iteration; their position changes nothing).
              std::vector<int> order, single;
              for (size_t i = 0; i < rest.size(); ++i)
                (tiles[i] < P.size[rest[i]] ? order : single).push_back(rest[i]);
              std::sort(order.begin(), order.end());
              do {
                Mapping M;
                if (build)
                  M = twoLevel(P, U, n, A, B, a, rest, tiles, order, single);
                if (!visit(M))
                  return;
              } while (std::next_permutation(order.begin(), order.end()));
            }
            size_t i = rest.size();
            bool done = true;
            while (i > 0) {
              --i;
              if (++ti[i] < cand[i].size()) {
                done = false;
                break;
              }
              ti[i] = 0;
            }
            if (done)
              break;
          }
        }
      }
  }
}

} // namespace

int64_t countMappings(const Problem &P, const HardwareDesc &H) {
  int64_t count = 0;
  enumerate(P, H, /*build=*/false, [&](const Mapping &) {
    ++count;
    return true;
  });
  return count;
}

Result<SearchResult> searchMapping(const Problem &P, const HardwareDesc &H, const SearchOptions &o) {
  auto start = std::chrono::steady_clock::now();
  if (o.maxCandidates > 0) {
    int64_t count = countMappings(P, H);
    if (count > o.maxCandidates)
      return Status::error(StatusCode::SearchTooLarge,
                           std::to_string(count) + " candidate mappings, more than the limit of " +
                               std::to_string(o.maxCandidates));
  }
  SearchResult best;
  bool found = false;
  int64_t evaluated = 0;
  enumerate(P, H, /*build=*/true, [&](const Mapping &M) {
    Result<Analysis> an = analyze(P, M, H, o.model);
    ++evaluated;
    if (an && (!o.respectBuffers || (an->l1Req() <= H.l1Size && an->l2Req() <= H.l2Size)) &&
        (!found || better(*an, best.analysis, o.goal))) {
      best.mapping = M;
      best.analysis = *an;
      found = true;
    }
    // Past the deadline, keep the best found as soon as there is one.
    if (found && o.deadline && std::chrono::steady_clock::now() >= *o.deadline) {
      best.complete = false;
      return false;
    }
    return true;
  });
  if (!found)
    return Status::error(StatusCode::NoValidScheme,
                         "MAESTRO mapping search: no mapping of '" + P.name + "' fits the hardware");
  best.evaluated = evaluated;
  best.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return best;
}

} // namespace dataflow::cost::maestro
