//===- DMazeModel.cpp - dMazeRunner's loop-nest model and cost mode -------===//
// Over 500 lines: dMazeRunner's cost model is one function chain (reuse, energy, stalls) kept in its order for line-by-line comparison.
//
// Each formula cites docs/seed-tools.md §2.3 and the dMazeRunner function it
// reproduces (python/dMazeRunner/dataflow.py, common/optimizer.py).
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/DMaze/DMazeModel.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <set>
#include <sstream>

namespace dataflow::cost::dmaze {

namespace {

int64_t product(const std::vector<int64_t> &v) {
  int64_t p = 1;
  for (int64_t x : v)
    p *= x;
  return p;
}

bool indexes(const Operand &op, int loop) { return (op.loopMask >> loop) & 1u; }

Operand makeOperand(std::string name, std::vector<DimExpr> dims,
                    std::vector<int64_t> shape, bool rw) {
  Operand op;
  op.name = std::move(name);
  op.dims = std::move(dims);
  op.shape = std::move(shape);
  op.readWrite = rw;
  for (const DimExpr &d : op.dims)
    for (auto [l, c] : d.terms)
      op.loopMask |= 1u << l;
  return op;
}

DimExpr dim(std::vector<std::pair<int, int64_t>> terms) { return DimExpr{std::move(terms)}; }

// Conv loops (dataflow.py ConvLayer._default_loop_order).
enum ConvLoop { N_ = 0, M_, C_, OX, OY, FX, FY };

Result<LoopNest> convLike(std::string name, LayerKind kind, int64_t n, int64_t c,
                          int64_t h, int64_t m, int64_t r, int64_t stride,
                          int64_t instances) {
  if (n <= 0 || c <= 0 || h <= 0 || m <= 0 || r <= 0 || stride <= 0 || r > h)
    return Status::error(StatusCode::InvalidLayer,
                         "dMazeRunner layer '" + name + "': non-positive size or kernel larger than input");
  LoopNest L;
  L.name = std::move(name);
  L.kind = kind;
  L.stride = stride;
  L.instances = instances;
  int64_t o = (h - r) / stride + 1; // floor((H-R)/s)+1, padding 0 (§2.1)
  L.loops = {"N", "M", "C", "Ox", "Oy", "Fx", "Fy"};
  L.tripCounts = {n, m, c, o, o, r, r};
  // Output first: O = O + I * W visits O, I, W (dataflow.py _get_operands).
  bool dw = kind == LayerKind::DwConv;
  L.operands.push_back(makeOperand(
      "O", {dim({{N_, 1}}), dim({{dw ? C_ : M_, 1}}), dim({{OX, 1}}), dim({{OY, 1}})},
      {n, dw ? c : m, o, o}, true));
  L.operands.push_back(makeOperand(
      "I", {dim({{N_, 1}}), dim({{C_, 1}}), dim({{OX, stride}, {FX, 1}}), dim({{OY, stride}, {FY, 1}})},
      {n, c, h, h}, false));
  if (dw)
    L.operands.push_back(makeOperand(
        "W", {dim({{C_, 1}}), dim({{FX, 1}}), dim({{FY, 1}})}, {c, r, r}, false));
  else
    L.operands.push_back(makeOperand(
        "W", {dim({{M_, 1}}), dim({{C_, 1}}), dim({{FX, 1}}), dim({{FY, 1}})}, {m, c, r, r}, false));
  return L;
}

} // namespace

int64_t LoopNest::macs() const { return product(tripCounts); }

int64_t LoopNest::footprint(size_t op, const std::vector<int64_t> &ext) const {
  int64_t f = 1;
  for (const DimExpr &d : operands[op].dims) {
    int64_t e = 1;
    for (auto [l, c] : d.terms)
      e += c * (ext[l] - 1);
    f *= e;
  }
  return f;
}

Result<LoopNest> makeConv(std::string name, int64_t n, int64_t c, int64_t h, int64_t m,
                          int64_t r, int64_t stride, int64_t instances) {
  return convLike(std::move(name), LayerKind::Conv, n, c, h, m, r, stride, instances);
}

Result<LoopNest> makeDwConv(std::string name, int64_t n, int64_t c, int64_t h, int64_t r,
                            int64_t stride, int64_t instances) {
  return convLike(std::move(name), LayerKind::DwConv, n, c, h, 1, r, stride, instances);
}

Result<LoopNest> makeGemm(std::string name, int64_t m, int64_t k, int64_t n, int64_t instances) {
  if (m <= 0 || k <= 0 || n <= 0)
    return Status::error(StatusCode::InvalidLayer, "dMazeRunner GEMM '" + name + "': non-positive size");
  LoopNest L;
  L.name = std::move(name);
  L.kind = LayerKind::Gemm;
  L.instances = instances;
  L.loops = {"X", "Y", "K"};
  L.tripCounts = {m, n, k};
  // C = C + A * B (dataflow.py GemmLayer): C[x, y], A[x, k], B[k, y].
  L.operands.push_back(makeOperand("C", {dim({{0, 1}}), dim({{1, 1}})}, {m, n}, true));
  L.operands.push_back(makeOperand("A", {dim({{0, 1}}), dim({{2, 1}})}, {m, k}, false));
  L.operands.push_back(makeOperand("B", {dim({{2, 1}}), dim({{1, 1}})}, {k, n}, false));
  return L;
}

Status checkTiling(const LoopNest &L, const Arch &A, const Tiling &t) {
  size_t nl = L.loops.size();
  for (int lv = 0; lv < 4; ++lv)
    if (t.f[lv].size() != nl)
      return Status::error(StatusCode::InvalidArgument, "tiling: every level needs one factor per loop");
  for (size_t l = 0; l < nl; ++l) {
    int64_t p = 1;
    for (int lv = 0; lv < 4; ++lv) {
      if (t.f[lv][l] <= 0)
        return Status::error(StatusCode::InvalidArgument, "tiling: factors must be positive");
      p *= t.f[lv][l];
    }
    if (p != L.tripCounts[l])
      return Status::error(StatusCode::InvalidArgument,
                           "tiling: factors of loop " + L.loops[l] + " multiply to " + std::to_string(p) +
                               ", trip count is " + std::to_string(L.tripCounts[l]));
  }
  if (product(t.f[Spatial]) > A.pes)
    return Status::error(StatusCode::InvalidArgument, "tiling: more spatial iterations than PEs");
  int64_t regs = 0;
  for (size_t o = 0; o < L.operands.size(); ++o)
    regs += L.footprint(o, t.f[RF]);
  if (regs > A.rfWords())
    return Status::error(StatusCode::RegfOverflow, "tiling: RF footprint " + std::to_string(regs) +
                                                       " words > " + std::to_string(A.rfWords()));
  std::vector<int64_t> spm(nl);
  for (size_t l = 0; l < nl; ++l)
    spm[l] = t.f[RF][l] * t.f[Spatial][l] * t.f[SPM][l];
  int64_t bytes = 0, banks = 0;
  for (size_t o = 0; o < L.operands.size(); ++o) {
    int64_t b = L.footprint(o, spm) * A.bytesPerData;
    bytes += b;
    banks += (b + A.bankBytes - 1) / A.bankBytes;
  }
  if (bytes > A.spmBytes() || banks > A.spmBanks)
    return Status::error(StatusCode::GbufOverflow, "tiling: SPM footprint " + std::to_string(bytes) +
                                                       " bytes / " + std::to_string(banks) + " banks too large");
  return Status::ok();
}

std::vector<int64_t> reuseFactors(const LoopNest &L, const std::vector<int64_t> &tc,
                                  const Order &order) {
  // dataflow.py determine_data_reuse.
  std::vector<int64_t> r(L.operands.size(), 1);
  for (size_t o = 0; o < L.operands.size(); ++o)
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
      if (tc[*it] == 1)
        continue;
      if (indexes(L.operands[o], *it))
        break;
      r[o] *= tc[*it];
    }
  return r;
}

std::vector<Order> distinctOrders(const LoopNest &L, const std::vector<int64_t> &tc) {
  Order fixed, moving;
  for (size_t l = 0; l < tc.size(); ++l)
    (tc[l] > 1 ? moving : fixed).push_back(int(l));
  std::sort(moving.begin(), moving.end());
  std::vector<Order> out;
  std::set<std::vector<int64_t>> seen;
  do {
    Order o = fixed;
    o.insert(o.end(), moving.begin(), moving.end());
    if (seen.insert(reuseFactors(L, tc, o)).second)
      out.push_back(o);
  } while (std::next_permutation(moving.begin(), moving.end()));
  return out;
}

namespace {

/// Everything that depends on the tiling but not on the orders.
struct Prepared {
  int64_t comp = 0;          // cycles of one RF pass (pipelined PE)
  int64_t rfPasses = 0;      // per SPM pass
  int64_t spmPasses = 0;     // DRAM-level iterations
  double eMac = 0, eRf = 0;
  std::vector<int64_t> nocCycles, redCycles, dmaCycles;
  std::vector<double> eNocOp, eSpmOp, eRed, eDma;
};

Prepared prepare(const LoopNest &L, const Arch &A, const Tiling &t) {
  Prepared P;
  size_t nl = L.loops.size(), no = L.operands.size();
  int64_t macs = L.macs();
  P.eMac = double(macs) * A.eMac;            // computeEnergyCost_UsefulOps
  P.eRf = double(4 * macs) * A.eRf;          // computeEnergyCost_RF: 3 reads + 1 write
  P.comp = product(t.f[RF]);                 // computeExecTime_UsefulOps_One_RF_Pass
  P.rfPasses = product(t.f[SPM]);
  P.spmPasses = product(t.f[DRAM]);
  int64_t pes = product(t.f[Spatial]);
  std::vector<int64_t> pa(nl), spmExt(nl);
  for (size_t l = 0; l < nl; ++l) {
    pa[l] = t.f[RF][l] * t.f[Spatial][l];
    spmExt[l] = pa[l] * t.f[SPM][l];
  }
  double ratio = A.accelFreqMHz / A.dmaFreqMHz;
  for (size_t o = 0; o < no; ++o) {
    const Operand &op = L.operands[o];
    int64_t rfFp = L.footprint(o, t.f[RF]);
    P.nocCycles.push_back(L.footprint(o, pa)); // calculate_Cycles_DataDistribution_NOC
    // get_Energy_DataDistribution_NOC: outputs to the PEs of their index loops.
    int64_t recv = pes, inIdx = 1, outIdx = 1;
    for (size_t l = 0; l < nl; ++l)
      (indexes(op, int(l)) ? inIdx : outIdx) *= t.f[Spatial][l];
    if (op.readWrite)
      recv = inIdx;
    P.eNocOp.push_back(double(rfFp * recv) * A.eNoc);
    P.eSpmOp.push_back(double(L.footprint(o, pa)) * A.eSpm); // get_Energy_DataCommunication_SPM
    // calculate_Cycles_InterPECommunication: RF footprint x (group - 1) x groups.
    int64_t red = op.readWrite ? rfFp * (outIdx - 1) * inIdx : 0;
    P.redCycles.push_back(red);
    P.eRed.push_back(double(red) * (3 * A.eRf + A.eNoc + A.eMac));
    // determine_DMA_Access: innermost dim first, burst until first partial dim.
    bool cont = true;
    int64_t count = 1, burst = 1;
    for (size_t d = op.dims.size(); d-- > 0;) {
      int64_t e = 1;
      for (auto [l, c] : op.dims[d].terms)
        e += c * (spmExt[l] - 1);
      (cont ? burst : count) *= e;
      if (e != op.shape[d])
        cont = false;
    }
    double one = (A.dmaInitCycles + A.dmaCyclesPerByte * double(burst * A.bytesPerData)) * ratio;
    P.dmaCycles.push_back(count * int64_t(std::ceil(one))); // calculate_DMA_Cycles
    P.eDma.push_back(double(count * burst) * A.eDram);       // calculate_Energy_DMA_Access
  }
  return P;
}

/// dataflow.py determine_data_reuse, factor_additional_comm at DRAM level.
std::vector<double> additionalComm(const LoopNest &L, const std::vector<int64_t> &tc,
                                   const std::vector<int64_t> &reuse) {
  std::vector<double> f(L.operands.size(), 0);
  int64_t total = product(tc);
  for (size_t o = 0; o < L.operands.size(); ++o) {
    const Operand &op = L.operands[o];
    if (!op.readWrite)
      continue;
    int64_t minUse = 1;
    for (size_t l = 0; l < tc.size(); ++l)
      if (indexes(op, int(l)))
        minUse *= tc[l];
    double x = double(total) / double(minUse);
    x /= double(reuse[o]);
    x -= 1; // DRAM level
    if (reuse[o] == total)
      x = 0;
    f[o] = x * double(minUse);
  }
  return f;
}

Cost costFor(const LoopNest &L, const Prepared &P, const std::vector<int64_t> &rs,
             const std::vector<int64_t> &rd, const std::vector<double> &addDram) {
  size_t no = L.operands.size();
  // map_operands_to_NOCs
  std::vector<int64_t> skip(no, 1);
  std::map<int64_t, int64_t> comm, stall;
  for (size_t o = 0; o < no; ++o) {
    if (rs[o] == P.rfPasses && rd[o] > 1) {
      skip[o] = rd[o];
      continue;
    }
    comm[rs[o]] = std::max(comm[rs[o]], P.nocCycles[o]);
  }
  for (auto &kv : comm)
    stall[kv.first] = 0;
  for (size_t o = 0; o < no; ++o)
    if (skip[o] <= 1 && L.operands[o].readWrite)
      stall[rs[o]] += P.comp + P.redCycles[o];
  // get_Cycles_One_SPM_Pass
  int64_t cc = P.comp;
  double spmCycles = double(P.comp * P.rfPasses);
  if (stall.count(1) && stall[1] > 0) {
    cc = 0;
    spmCycles = 0;
  }
  for (auto &[i, c] : comm) {
    double times = double(P.rfPasses) / double(i);
    if (c > cc) {
      spmCycles += std::trunc(double(c - cc) * times);
      cc = c;
    }
    spmCycles += std::trunc(double(stall[i]) * times);
  }
  // get_Energy_One_SPM_Pass
  double ePass = 0;
  for (size_t o = 0; o < no; ++o) {
    double e = 0;
    if (skip[o] <= 1) {
      e = P.eNocOp[o] + P.eSpmOp[o];
      if (L.operands[o].readWrite)
        e = 2 * e + P.eRed[o];
    }
    ePass += e * (double(P.rfPasses) / double(rs[o]));
  }
  // get_Energy_DataCommunication_DRAM
  double eDram = 0;
  for (size_t o = 0; o < no; ++o) {
    double c = P.eDma[o] * (double(P.spmPasses) / double(rd[o]));
    if (L.operands[o].readWrite)
      c += P.eDma[o] * addDram[o];
    if (skip[o] > 1)
      c += (P.eNocOp[o] + P.eSpmOp[o] + P.eRed[o]) * (double(P.spmPasses) / double(skip[o]));
    eDram += c;
  }
  Cost cost;
  cost.eMac = P.eMac;
  cost.eRf = P.eRf;
  cost.eSpmPasses = ePass * double(P.spmPasses);
  cost.eDram = eDram;
  cost.energy = std::round(P.eMac + P.eRf + cost.eSpmPasses + eDram); // get_Energy_One_Layer
  // get_Cycles_One_Layer
  std::map<int64_t, int64_t> dmaComm;
  std::map<int64_t, std::vector<size_t>> opList;
  for (size_t o = 0; o < no; ++o) {
    int64_t d = P.dmaCycles[o];
    if (L.operands[o].readWrite && rd[o] == 1)
      d *= 2; // load and store of adjacent SPM passes
    dmaComm[rd[o]] += d;
    opList[rd[o]].push_back(o);
  }
  std::vector<int64_t> keys;
  for (auto &kv : dmaComm)
    keys.push_back(kv.first);
  std::map<int64_t, int64_t> cum = dmaComm;
  // Quirk kept: the running sums are added again (keys beyond the second
  // count the first reuse class more than once), as in the original.
  for (size_t i = 0; i + 1 < keys.size(); ++i)
    for (size_t j = i + 1; j < keys.size(); ++j)
      cum[keys[j]] += cum[keys[i]];
  double c1spm = std::max(double(cum[1]), spmCycles);
  double total = c1spm * double(P.spmPasses);
  int64_t c1rf = comm.count(1) ? comm[1] : 0;
  for (int64_t every : keys) {
    if (every <= 1)
      continue;
    for (size_t o : opList[every]) {
      double pe1 = spmCycles, pe2 = spmCycles;
      double dma1 = double(cum[every]);
      double dma2 = double(cum[every] - dmaComm[every]);
      bool rw = L.operands[o].readWrite;
      if (rw)
        dma2 += double(dmaComm[every]);
      if (skip[o] > 1) {
        pe2 += double(std::max(c1rf, P.nocCycles[o]) - c1rf);
        if (rw)
          pe1 += double(P.redCycles[o] + P.comp);
      }
      double o1 = std::max(std::max(dma1, pe1), c1spm) - c1spm;
      double o2 = std::max(std::max(dma2, pe2), c1spm) - c1spm;
      total += (o1 + o2) * (double(P.spmPasses) / double(every));
    }
  }
  cost.cycles = total;
  return cost;
}

} // namespace

Result<Cost> evaluate(const LoopNest &L, const Arch &A, const Tiling &t, const Order &dramOrder,
                      const Order &spmOrder) {
  if (Status s = checkTiling(L, A, t); !s)
    return s;
  auto okOrder = [&](const Order &o) {
    std::vector<int> s = o;
    std::sort(s.begin(), s.end());
    for (size_t i = 0; i < s.size(); ++i)
      if (s[i] != int(i))
        return false;
    return s.size() == L.loops.size();
  };
  if (!okOrder(dramOrder) || !okOrder(spmOrder))
    return Status::error(StatusCode::InvalidArgument, "order: must be a permutation of the loops");
  Prepared P = prepare(L, A, t);
  std::vector<int64_t> rd = reuseFactors(L, t.f[DRAM], dramOrder);
  std::vector<int64_t> rs = reuseFactors(L, t.f[SPM], spmOrder);
  return costFor(L, P, rs, rd, additionalComm(L, t.f[DRAM], rd));
}

namespace {
void consider(Best &b, const Cost &c, const Tiling &t, const Order &d, const Order &s) {
  b.cost = c;
  b.tiling = t;
  b.dramOrder = d;
  b.spmOrder = s;
  b.found = true;
}

void evalOrders(const LoopNest &L, const Arch &A, const Tiling &t, Optimum &best) {
  Prepared P = prepare(L, A, t);
  std::vector<Order> dOrders = distinctOrders(L, t.f[DRAM]);
  std::vector<Order> sOrders = distinctOrders(L, t.f[SPM]);
  std::vector<std::vector<int64_t>> rds, rss;
  std::vector<std::vector<double>> adds;
  for (const Order &o : dOrders) {
    rds.push_back(reuseFactors(L, t.f[DRAM], o));
    adds.push_back(additionalComm(L, t.f[DRAM], rds.back()));
  }
  for (const Order &o : sOrders)
    rss.push_back(reuseFactors(L, t.f[SPM], o));
  for (size_t i = 0; i < dOrders.size(); ++i)
    for (size_t j = 0; j < sOrders.size(); ++j) {
      Cost c = costFor(L, P, rss[j], rds[i], adds[i]);
      if (!best.energy.found || c.energy < best.energy.cost.energy)
        consider(best.energy, c, t, dOrders[i], sOrders[j]);
      if (!best.cycles.found || c.cycles < best.cycles.cost.cycles)
        consider(best.cycles, c, t, dOrders[i], sOrders[j]);
      if (!best.edp.found || c.edp() < best.edp.cost.edp())
        consider(best.edp, c, t, dOrders[i], sOrders[j]);
    }
}

std::vector<int64_t> divisors(int64_t n) {
  std::vector<int64_t> d;
  for (int64_t i = 1; i * i <= n; ++i)
    if (n % i == 0) {
      d.push_back(i);
      if (i != n / i)
        d.push_back(n / i);
    }
  std::sort(d.begin(), d.end());
  return d;
}

/// Calls f(vec) for every vector of divisors of `tc` (of_bucket over factors()).
template <typename F> void forEachFactorVector(const std::vector<int64_t> &tc, F &&f) {
  std::vector<std::vector<int64_t>> ds;
  for (int64_t x : tc)
    ds.push_back(divisors(x));
  std::vector<size_t> idx(tc.size(), 0);
  std::vector<int64_t> v(tc.size());
  while (true) {
    for (size_t i = 0; i < tc.size(); ++i)
      v[i] = ds[i][idx[i]];
    f(v);
    size_t i = tc.size();
    while (i > 0) {
      --i;
      if (++idx[i] < ds[i].size())
        break;
      idx[i] = 0;
      if (i == 0)
        return;
    }
    if (tc.empty())
      return;
  }
}

bool isReductionLoop(const LoopNest &L, int l) {
  // CONV: C, Fx, Fy; DW: Fx, Fy; GEMM: K (optimizer.py valid_spatial).
  if (L.kind == LayerKind::Gemm)
    return l == 2;
  if (L.kind == LayerKind::DwConv)
    return l == FX || l == FY;
  return l == C_ || l == FX || l == FY;
}

/// One optimize() round: returns the number of tilings evaluated. Past o.deadline, once a
/// tiling is held, the rest of the round is skipped and *stopped is set.
int64_t runRound(const LoopNest &L, const Arch &A, const SearchOptions &o, Optimum *best,
                 bool *stopped = nullptr) {
  size_t nl = L.loops.size();
  int64_t evaluated = 0;
  bool cut = false;
  auto pastDeadline = [&] {
    if (!cut && o.deadline && evaluated > 0 && std::chrono::steady_clock::now() >= *o.deadline)
      cut = true;
    return cut;
  };
  double spmCap = double(A.spmBytes());
  forEachFactorVector(L.tripCounts, [&](const std::vector<int64_t> &sp) {
    if (pastDeadline())
      return;
    int64_t pes = product(sp);
    if (pes > A.pes || double(pes) / double(A.pes) < o.peUtil)
      return;
    if (o.noSpatialReduction)
      for (size_t l = 0; l < nl; ++l)
        if (isReductionLoop(L, int(l)) && sp[l] != 1)
          return;
    std::vector<int64_t> afterSp(nl);
    for (size_t l = 0; l < nl; ++l)
      afterSp[l] = L.tripCounts[l] / sp[l];
    forEachFactorVector(afterSp, [&](const std::vector<int64_t> &rf) {
      int64_t regs = 0;
      for (size_t op = 0; op < L.operands.size(); ++op)
        regs += L.footprint(op, rf);
      if (regs > A.rfWords() || double(regs) / double(A.rfWords()) < o.rfUtil)
        return;
      std::vector<int64_t> afterRf(nl), pa(nl);
      for (size_t l = 0; l < nl; ++l) {
        afterRf[l] = afterSp[l] / rf[l];
        pa[l] = sp[l] * rf[l];
      }
      forEachFactorVector(afterRf, [&](const std::vector<int64_t> &spm) {
        if (pastDeadline())
          return;
        std::vector<int64_t> ext(nl);
        for (size_t l = 0; l < nl; ++l)
          ext[l] = pa[l] * spm[l];
        int64_t bytes = 0, banks = 0;
        for (size_t op = 0; op < L.operands.size(); ++op) {
          int64_t b = L.footprint(op, ext) * A.bytesPerData;
          bytes += b;
          banks += (b + A.bankBytes - 1) / A.bankBytes;
        }
        if (banks > A.spmBanks || bytes > A.spmBytes() || double(bytes) / spmCap < o.spmUtil)
          return;
        Tiling t;
        t.f[Spatial] = sp;
        t.f[RF] = rf;
        t.f[SPM] = spm;
        t.f[DRAM].resize(nl);
        for (size_t l = 0; l < nl; ++l)
          t.f[DRAM][l] = afterRf[l] / spm[l];
        if (o.noFeatureDram && L.kind != LayerKind::Gemm && (t.f[DRAM][FX] != 1 || t.f[DRAM][FY] != 1))
          return;
        ++evaluated;
        if (best)
          evalOrders(L, A, t, *best);
      });
    });
  });
  if (stopped)
    *stopped = cut;
  return evaluated;
}

} // namespace

Result<Optimum> evaluateAllOrders(const LoopNest &L, const Arch &A, const Tiling &t) {
  if (Status s = checkTiling(L, A, t); !s)
    return s;
  Optimum best;
  evalOrders(L, A, t, best);
  return best;
}

Result<SearchResult> search(const LoopNest &L, const Arch &A, SearchOptions o) {
  auto start = std::chrono::steady_clock::now();
  if (o.autoOptimize) { // optimizer.py set_default_params_optimization
    o.peUtil = 0.8;
    o.rfUtil = 0.8;
    o.spmUtil = 0.5;
    o.noFeatureDram = o.noSpatialReduction = true;
    o.minMethods = 100;
  }
  SearchResult R;
  while (true) {
    Optimum best;
    bool stopped = false;
    int64_t n = runRound(L, A, o, &best, &stopped);
    // Past the deadline the best method held is the answer (not proven optimal).
    if (n > 0 && (n >= o.minMethods || stopped)) {
      R.best = best;
      R.evaluated = n;
      R.complete = !stopped;
      break;
    }
    if (!o.autoOptimize)
      return Status::error(StatusCode::NoValidScheme,
                           "dMazeRunner search: " + std::to_string(n) + " execution methods (minimum " +
                               std::to_string(o.minMethods) + ") for '" + L.name + "'");
    // optimizer.py adjust_optimization_strategies (same float steps).
    if (o.peUtil > 0 && o.rfUtil > 0) {
      o.peUtil -= 0.1;
      o.rfUtil -= 0.1;
    }
    if (o.peUtil <= 0.6 || o.rfUtil <= 0.6)
      o.spmUtil -= 0.1;
    if (o.peUtil <= 0.3 || o.rfUtil <= 0.3) {
      o.noFeatureDram = o.noSpatialReduction = false;
      o.minMethods = 1;
    }
    if (o.peUtil < 0 || o.rfUtil < 0 || o.spmUtil < 0)
      return Status::error(StatusCode::NoValidScheme,
                           "dMazeRunner search: no execution method for '" + L.name + "' after relaxation");
  }
  R.finalOptions = o;
  R.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return R;
}

std::string formatOrder(const LoopNest &L, const Order &o) {
  std::string s = "[";
  for (size_t i = 0; i < o.size(); ++i)
    s += (i ? ", '" : "'") + L.loops[o[i]] + "'";
  return s + "]";
}

Result<Order> parseOrder(const LoopNest &L, const std::string &text) {
  std::string t;
  for (char c : text)
    t += (std::isalnum(static_cast<unsigned char>(c)) ? c : ' ');
  std::istringstream is(t);
  Order o;
  std::string w;
  while (is >> w) {
    auto it = std::find(L.loops.begin(), L.loops.end(), w);
    if (it == L.loops.end())
      return Status::error(StatusCode::InvalidArgument, "order: unknown loop '" + w + "'");
    o.push_back(int(it - L.loops.begin()));
  }
  std::vector<int> s = o;
  std::sort(s.begin(), s.end());
  if (s.size() != L.loops.size() || std::adjacent_find(s.begin(), s.end()) != s.end())
    return Status::error(StatusCode::InvalidArgument, "order: must name every loop once");
  return o;
}

} // namespace dataflow::cost::dmaze
