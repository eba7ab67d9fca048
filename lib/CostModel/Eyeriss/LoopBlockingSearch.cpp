//===- LoopBlockingSearch.cpp - The blocking engines, exhaustive search ---===//
//
// docs/cost-model.md §4 "Exhaustive search" (nn_dataflow loop_blocking.py).
// The tool enumerates every 3-way factorisation x all 36 order pairs and then
// rejects the non-canonical CONV orders (skip_conv). Here the canonical orders
// are enumerated directly: for each level, one order per choice of innermost
// non-trivial loop, so the suboptimality test is the only filter left.
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/Eyeriss/LoopBlockingSearch.h"
#include "Dataflow/CostModel/Eyeriss/BypassSolver.h"

#include <algorithm>
#include <chrono>
#include <limits>

namespace dataflow::cost {

namespace {

/// The divisors of n >= 1, ascending, by trial division up to sqrt(n).
std::vector<int64_t> divisors(int64_t n) {
  std::vector<int64_t> low, high;
  for (int64_t a = 1; a <= n / a; ++a)
    if (n % a == 0) {
      low.push_back(a);
      if (a != n / a)
        high.push_back(n / a);
    }
  low.insert(low.end(), high.rbegin(), high.rend());
  return low;
}

/// Exact ordered 3-way factorisations of n, lexicographically ascending (the
/// tool's util.factorize order), from the divisors of n: O(sqrt(n) + d(n)^2)
/// instead of the tool's O(n) scan, which a huge loop count turns into hours.
std::vector<PerLoopInt> factorize3(int64_t n) {
  std::vector<PerLoopInt> out;
  if (n < 1)
    return out;
  const std::vector<int64_t> divs = divisors(n);
  for (int64_t a : divs) {
    const int64_t r = n / a;
    for (int64_t b : divs) {
      if (b > r)
        break;
      if (r % b == 0)
        out.push_back({a, b, r / b});
    }
  }
  return out;
}

/// The six orders in itertools.permutations order.
const std::array<LoopOrder, 6> &allOrders() {
  static const std::array<LoopOrder, 6> orders = {
      LoopOrder{0, 1, 2}, LoopOrder{0, 2, 1}, LoopOrder{1, 0, 2},
      LoopOrder{1, 2, 0}, LoopOrder{2, 0, 1}, LoopOrder{2, 1, 0}};
  return orders;
}

/// Innermost non-trivial loop of a level, -1 if all are trivial.
int innermostNonTrivial(const PerLoopInt &t, const LoopOrder &ord) {
  int j = -1;
  for (int l = 0; l < kNumLoops; ++l)
    if (t[l] > 1 && (j < 0 || ord[l] < ord[j]))
      j = l;
  return j;
}

/// Keeps the best `n` by `better`; an equal newcomer goes after the incumbents
/// (heapq.nsmallest is stable: ties keep enumeration order).
class TopN {
public:
  TopN(size_t n, Goal goal) : n_(n), goal_(goal) {}
  bool wouldAccept(const SchemeCost &s) const {
    return best_.size() < n_ || blockingBetter(s, best_.back(), goal_);
  }
  void offer(const SchemeCost &s) {
    if (!wouldAccept(s))
      return;
    auto it = std::find_if(best_.begin(), best_.end(), [&](const SchemeCost &e) {
      return blockingBetter(s, e, goal_);
    });
    best_.insert(it, s);
    if (best_.size() > n_)
      best_.pop_back();
  }
  bool empty() const { return best_.empty(); }
  std::vector<SchemeCost> take() { return std::move(best_); }

private:
  size_t n_;
  Goal goal_;
  std::vector<SchemeCost> best_;
};

bool matchesPin(const PerLoopInt &split, int loop, const SchedulePins &pins) {
  for (int k = 0; k < kNumBlockingLevels; ++k)
    if (pins.factors[k][loop] != 0 && pins.factors[k][loop] != split[k])
      return false;
  return true;
}

} // namespace

namespace {

/// Canonical orders of one level (at most 3) into `out`, sorted like
/// itertools.permutations: nn_dataflow skip_conv orders the loops inner to
/// outer by the key (loop != innermost non-trivial, loop is trivial, index).
void canonicalOrdersInto(const PerLoopInt &t, LoopOrder *out, int *n) {
  *n = 0;
  for (int inl = 0; inl < kNumLoops; ++inl) {
    if (t[inl] <= 1)
      continue;
    std::array<int, kNumLoops> byPos = {0, 1, 2};
    auto key = [&](int l) { return std::array<int, 3>{l != inl, t[l] <= 1, l}; };
    std::sort(byPos.begin(), byPos.end(), [&](int a, int b) { return key(a) < key(b); });
    LoopOrder ord;
    for (int p = 0; p < kNumLoops; ++p)
      ord[byPos[p]] = p;
    out[(*n)++] = ord;
  }
  if (*n == 0)
    out[(*n)++] = LoopOrder{0, 1, 2};
  std::sort(out, out + *n);
}

} // namespace

namespace {
/// The canonical orders depend only on which loops are trivial (t[l] <= 1):
/// one list per pattern, computed once. The search looked them up per factor
/// split with a sort each time, half of its instructions (docs/performance.md).
struct CanonicalOrders {
  LoopOrder v[kNumLoops];
  int n = 0;
};
const std::array<CanonicalOrders, 1 << kNumLoops> &canonicalOrderTable() {
  static const std::array<CanonicalOrders, 1 << kNumLoops> table = [] {
    std::array<CanonicalOrders, 1 << kNumLoops> t;
    for (unsigned mask = 0; mask < t.size(); ++mask) {
      PerLoopInt factors;
      for (int l = 0; l < kNumLoops; ++l)
        factors[l] = (mask >> l) & 1u ? 2 : 1;
      canonicalOrdersInto(factors, t[mask].v, &t[mask].n);
    }
    return t;
  }();
  return table;
}
const CanonicalOrders &canonicalOrdersOf(const PerLoopInt &t) {
  unsigned mask = 0;
  for (int l = 0; l < kNumLoops; ++l)
    mask |= unsigned(t[l] > 1) << l;
  return canonicalOrderTable()[mask];
}
} // namespace

std::vector<LoopOrder> canonicalOrders(const PerLoopInt &t) {
  LoopOrder buf[kNumLoops];
  int n = 0;
  canonicalOrdersInto(t, buf, &n);
  return std::vector<LoopOrder>(buf, buf + n);
}

bool skipConvScheme(const LoopBlocking &b) {
  // nn_dataflow skip_conv: non-canonical orders are equivalent to a canonical
  // one; a scheme is suboptimal if the innermost non-trivial loop of the
  // nearest outer level that has one is non-trivial here but not innermost
  // (at level 2: non-trivial at all).
  int outer = -1;
  for (int k = 0; k < kNumBlockingLevels; ++k) {
    const PerLoopInt &t = b.t[k];
    const int inl = k < kNumOrderedLevels ? innermostNonTrivial(t, b.order[k]) : -1;
    if (outer >= 0 && outer != inl && t[outer] > 1)
      return true;
    if (inl >= 0)
      outer = inl;
    if (k < kNumOrderedLevels) {
      const std::vector<LoopOrder> canon = canonicalOrders(t);
      bool isCanon = false;
      for (const LoopOrder &o : canon)
        if (o == b.order[k] && (inl < 0 || innermostNonTrivial(t, o) == inl))
          isCanon = true;
      if (!isCanon)
        return true;
    }
  }
  return false;
}

namespace {
/// The factor splits of each loop the search enumerates: exact factorisations that
/// match the pins and the segment constraint.
std::array<std::vector<PerLoopInt>, kNumLoops> loopSplits(const MappingCandidate &cand,
                                                         const Options &opts) {
  std::array<std::vector<PerLoopInt>, kNumLoops> splits;
  for (int l = 0; l < kNumLoops; ++l)
    for (const PerLoopInt &s : factorize3(cand.loopCount[l]))
      if (matchesPin(s, l, opts.pins) && opts.topLoops.factorOk(l, s[0]))
        splits[l].push_back(s);
  return splits;
}

/// a * b, saturating at INT64_MAX (both >= 0).
int64_t saturatingMul(int64_t a, int64_t b) {
  if (a != 0 && b > std::numeric_limits<int64_t>::max() / a)
    return std::numeric_limits<int64_t>::max();
  return a * b;
}

/// How often the exhaustive loop looks at the clock (a power of two).
constexpr int64_t kDeadlineStride = 1024;
} // namespace

int64_t countBlockingSchemes(const MappingCandidate &cand, const Options &opts) {
  const std::array<std::vector<PerLoopInt>, kNumLoops> splits = loopSplits(cand, opts);
  const bool pruned = cand.dataLoops.isConv() && !opts.pins.pinsOrders();
  int64_t n = 1;
  for (int l = 0; l < kNumLoops; ++l)
    n = saturatingMul(n, int64_t(splits[l].size()));
  for (int k = 0; k < kNumOrderedLevels; ++k)
    n = saturatingMul(n, opts.pins.orders[k] ? 1 : pruned ? kNumLoops : 6);
  return n;
}

std::vector<SchemeCost> searchBlockingExhaustive(const BlockingEvaluator &eval,
                                                 const Options &opts,
                                                 BlockingSearchStats *stats) {
  const MappingCandidate &cand = eval.candidate();
  const Hardware &hw = eval.hardware();
  const SchedulePins &pins = opts.pins;
  const bool conv = cand.dataLoops.isConv();
  const bool pinnedOrders = pins.pinsOrders();
  const bool topCstr = opts.topLoops.active();

  const std::array<std::vector<PerLoopInt>, kNumLoops> splits = loopSplits(cand, opts);

  TopN top(size_t(std::max(1, opts.topN)), opts.goal);
  BlockingSearchStats st;
  // Options::deadline: looked at every kDeadlineStride evaluations; once it has passed,
  // the search ends as soon as it holds a valid scheme.
  bool late = false;
  auto pastDeadline = [&] {
    if (!late && opts.deadline && (st.evaluated & (kDeadlineStride - 1)) == 0)
      late = std::chrono::steady_clock::now() >= *opts.deadline;
    return late && !top.empty();
  };
  SchemeCost scratch;
  LoopBlocking b;

  // Orders per level: canonical ones for CONV loops (by construction), all six
  // for LR loops or when an order is pinned (then no pruning: the user's order
  // is evaluated as given). Fixed-size lists: no allocation in the inner loop.
  struct OrderList {
    std::array<LoopOrder, 6> v;
    int n = 0;
  };
  std::array<OrderList, kNumOrderedLevels> ords;
  auto levelOrders = [&](int k, const PerLoopInt &t) {
    OrderList &ol = ords[k];
    ol.n = 0;
    if (pins.orders[k]) {
      ol.v[ol.n++] = *pins.orders[k];
    } else if (conv && !pinnedOrders) {
      const CanonicalOrders &canon = canonicalOrdersOf(t);
      std::copy(canon.v, canon.v + canon.n, ol.v.begin());
      ol.n = canon.n;
    } else {
      for (const LoopOrder &o : allOrders())
        ol.v[ol.n++] = o;
    }
  };

  // Returns early when the deadline stops the search.
  auto enumerate = [&] {
    for (const PerLoopInt &si : splits[kLoopI]) {
      for (const PerLoopInt &so : splits[kLoopO]) {
        for (const PerLoopInt &sb : splits[kLoopB]) {
          for (int k = 0; k < kNumBlockingLevels; ++k)
            b.t[k] = {si[k], so[k], sb[k]};
          // §4: the REGF footprint depends on t[2] only; reject early (the tool
          // evaluates and rejects these one by one).
          if (eval.regfFootprint(b) > hw.regfWords)
            continue;
          levelOrders(0, b.t[0]);
          levelOrders(1, b.t[1]);
          // Suboptimality (skip_conv) needs only the innermost non-trivial loop
          // of each level, fixed by the canonical order.
          for (int i0 = 0; i0 < ords[0].n; ++i0) {
            const LoopOrder &o0 = ords[0].v[size_t(i0)];
            b.order[0] = o0;
            const int inl0 = innermostNonTrivial(b.t[0], o0);
            for (int i1 = 0; i1 < ords[1].n; ++i1) {
              const LoopOrder &o1 = ords[1].v[size_t(i1)];
              b.order[1] = o1;
              if (conv && !pinnedOrders) {
                const int inl1 = innermostNonTrivial(b.t[1], o1);
                int outer = inl0;
                if (outer >= 0 && outer != inl1 && b.t[1][outer] > 1)
                  continue;
                if (inl1 >= 0)
                  outer = inl1;
                if (outer >= 0 && b.t[2][outer] > 1)
                  continue;
              }
              if (topCstr && !opts.topLoops.valid(b.t[0], b.order[0]))
                continue;
              if (pastDeadline()) {
                st.stopped = true;
                return;
              }
              ++st.evaluated;
              if (eval.evaluate(b, scratch) != BlockingInvalid::None)
                continue;
              ++st.valid;
              top.offer(scratch);
            }
          }
        }
      }
    }
  };
  enumerate();
  if (stats) {
    stats->evaluated += st.evaluated;
    stats->valid += st.valid;
    stats->stopped |= st.stopped;
  }
  return top.take();
}

const EngineRegistry<BlockingProblem, std::vector<SchemeCost>> &blockingEngines() {
  using Answer = Result<std::vector<SchemeCost>>;
  // In SearchMethod order.
  static const EngineRegistry<BlockingProblem, std::vector<SchemeCost>> registry(
      "the Eyeriss loop-blocking search",
      {{"exhaustive", "every blocking and canonical loop order (nn_dataflow)",
        [](const BlockingProblem &p) -> Answer {
          return searchBlockingExhaustive(p.eval, p.opts, p.stats);
        }},
       {"solver", "TETRIS's analytical bypass solver (CONV loops; others exhaustive)",
        [](const BlockingProblem &p) -> Answer {
          return searchBlockingSolver(p.eval, p.opts, p.stats);
        }}});
  return registry;
}

std::vector<SchemeCost> searchBlocking(const BlockingEvaluator &eval,
                                       const Options &opts,
                                       BlockingSearchStats *stats) {
  // The engines cannot fail (an empty list is "no valid scheme").
  return blockingEngines()
      .engines()[static_cast<size_t>(opts.method)]
      .run(BlockingProblem{eval, opts, stats})
      .value();
}

} // namespace dataflow::cost
