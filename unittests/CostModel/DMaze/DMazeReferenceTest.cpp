//===- DMazeReferenceTest.cpp - dMazeRunner's bundled ResNet-18 example ---===//
//
// data/dmazerunner_resnet18_reference.txt (converted by convert_dmazerunner.py
// from the tool's --auto-optimize run): each layer's three reported execution
// methods (min EDP, min energy, min cycles) are re-evaluated with the reported
// tiling and orders (within 1%), and our search (same pruning and
// auto-relaxation, all distinct orders) must be at least as good.
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/DMaze/DMazeModel.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace dataflow::cost;
using namespace dataflow::cost::dmaze;

namespace {

struct RefBest {
  std::string objective;
  double value;
  Tiling tiling;
  std::string dramOrder, spmOrder;
};
struct RefLayer {
  LoopNest layer;
  std::vector<RefBest> best;
  int64_t evaluated = 0;
  double seconds = 0;
};

std::vector<int64_t> parseList(const std::string &s) {
  std::vector<int64_t> v;
  std::string t = s;
  for (char &c : t)
    if (c == ',')
      c = ' ';
  std::istringstream is(t);
  int64_t x;
  while (is >> x)
    v.push_back(x);
  return v;
}

bool load(Arch &arch, std::vector<RefLayer> &layers) {
  std::ifstream in(std::string(DATAFLOW_COSTMODEL_TEST_DATA) + "/dmazerunner_resnet18_reference.txt");
  if (!in)
    return false;
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream is(line);
    std::string tag;
    is >> tag;
    if (tag == "arch") {
      is >> arch.pes >> arch.rfBytes >> arch.bytesPerData >> arch.spmBanks >> arch.bankBytes >>
          arch.dmaInitCycles >> arch.dmaCyclesPerByte >> arch.dmaFreqMHz >> arch.accelFreqMHz >>
          arch.eRf >> arch.eNoc >> arch.eSpm >> arch.eDram >> arch.eMac;
    } else if (tag == "layer") {
      int idx;
      std::string name, kind;
      is >> idx >> name >> kind;
      RefLayer r;
      if (kind == "CONV") {
        int64_t n, c, h, m, k, s, inst;
        is >> n >> c >> h >> m >> k >> s >> inst;
        r.layer = *makeConv(name, n, c, h, m, k, s, inst);
      } else {
        int64_t m, k, n, inst;
        is >> m >> k >> n >> inst;
        r.layer = *makeGemm(name, m, k, n, inst);
      }
      layers.push_back(r);
    } else if (tag == "best") {
      RefBest b;
      std::string f[4];
      is >> b.objective >> b.value >> f[0] >> f[1] >> f[2] >> f[3] >> b.dramOrder >> b.spmOrder;
      for (int i = 0; i < 4; ++i)
        b.tiling.f[i] = parseList(f[i]);
      layers.back().best.push_back(b);
    } else if (tag == "search") {
      int idx;
      is >> idx >> layers.back().evaluated >> layers.back().seconds;
    }
  }
  return !layers.empty();
}

double objective(const Cost &c, const std::string &o) {
  return o == "edp" ? c.edp() : o == "energy" ? c.energy : c.cycles;
}

} // namespace

TEST(DMazeReference, ReportedMethodsReproducedWithinOnePercent) {
  Arch arch;
  std::vector<RefLayer> layers;
  ASSERT_TRUE(load(arch, layers));
  ASSERT_EQ(layers.size(), 9u);
  double worst = 0;
  for (const RefLayer &r : layers)
    for (const RefBest &b : r.best) {
      Result<Order> d = parseOrder(r.layer, b.dramOrder), s = parseOrder(r.layer, b.spmOrder);
      ASSERT_TRUE(d && s);
      Result<Cost> c = evaluate(r.layer, arch, b.tiling, *d, *s);
      ASSERT_TRUE(c) << r.layer.name << ": " << c.status().message();
      double got = objective(*c, b.objective);
      worst = std::max(worst, std::abs(got / b.value - 1));
      EXPECT_NEAR(got / b.value, 1.0, 0.01) << r.layer.name << " " << b.objective << ": ours " << got
                                            << " dMazeRunner " << b.value;
    }
  std::printf("[dmaze] 27 reported methods, worst relative deviation %.2e\n", worst);
}

TEST(DMazeReference, SearchAtLeastAsGoodAsDMazeRunner) {
  Arch arch;
  std::vector<RefLayer> layers;
  ASSERT_TRUE(load(arch, layers));
  double tot[3] = {0, 0, 0}, ref[3] = {0, 0, 0}, secs = 0;
  for (const RefLayer &r : layers) {
    SearchOptions o;
    o.autoOptimize = true;
    Result<SearchResult> s = search(r.layer, arch, o);
    ASSERT_TRUE(s) << s.status().message();
    EXPECT_EQ(s->evaluated, r.evaluated) << r.layer.name << ": same pruned space";
    secs += s->seconds;
    const Best *mine[3] = {&s->best.edp, &s->best.energy, &s->best.cycles};
    for (int i = 0; i < 3; ++i) {
      double v = objective(mine[i]->cost, r.best[i].objective);
      tot[i] += v;
      ref[i] += r.best[i].value;
      // dMazeRunner prints 5 significant digits.
      EXPECT_LE(v, r.best[i].value * (1 + 1e-4)) << r.layer.name << " " << r.best[i].objective;
    }
    std::printf("[dmaze] %-20s evaluated %6lld (ref %6lld) %.3fs  edp %.4e (ref %.4e) energy %.4e "
                "(ref %.4e) cycles %.4e (ref %.4e)\n",
                r.layer.name.c_str(), (long long)s->evaluated, (long long)r.evaluated, s->seconds,
                s->best.edp.cost.edp(), r.best[0].value, s->best.energy.cost.energy, r.best[1].value,
                s->best.cycles.cost.cycles, r.best[2].value);
  }
  std::printf("[dmaze] totals: edp %.4e (ref %.4e) energy %.4e (ref %.4e) cycles %.4e (ref %.4e), "
              "search %.2fs\n",
              tot[0], ref[0], tot[1], ref[1], tot[2], ref[2], secs);
}

TEST(DMazeModel, ChecksTilingAndOrders) {
  Arch arch;
  LoopNest L = *makeConv("c", 1, 64, 58, 64, 3, 1);
  Tiling t;
  t.f[DRAM] = {1, 1, 16, 8, 1, 1, 1};
  t.f[SPM] = {1, 1, 4, 1, 1, 1, 1};
  t.f[RF] = {1, 1, 1, 7, 14, 3, 3};
  t.f[Spatial] = {1, 64, 1, 1, 4, 1, 1};
  Order o = *parseOrder(L, "N Fy Fx Oy Ox M C");
  EXPECT_TRUE(evaluate(L, arch, t, o, o));
  Tiling bad = t;
  bad.f[RF][2] = 2; // product of C factors 128 != 64
  EXPECT_FALSE(evaluate(L, arch, bad, o, o));
  Tiling bigRf = t;
  bigRf.f[RF] = {1, 1, 1, 14, 14, 3, 3};
  bigRf.f[DRAM][3] = 4;
  Result<Cost> c = evaluate(L, arch, bigRf, o, o);
  ASSERT_FALSE(c);
  EXPECT_EQ(c.status().code(), StatusCode::RegfOverflow);
  EXPECT_FALSE(parseOrder(L, "N M C"));
  // Reuse: innermost C at DRAM (trip 16) is not an index of O -> O reused 16x.
  std::vector<int64_t> r = reuseFactors(L, t.f[DRAM], o);
  EXPECT_EQ(r[0], 16);
  EXPECT_EQ(r[1], 1);
  EXPECT_EQ(r[2], 1);
}
