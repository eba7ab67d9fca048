//===- SystolicPropertyTest.cpp - Properties over random layer shapes -----===//
//
// For random 2-D and 3-D convolutions and deconvolutions (fixed seed), every search method's
// schedule must obey what the model (horizon-research/systolic-array-dataflow-optimizer
// layer_base_method.py) implies whatever the tiling:
//   - the tiling fits the buffer, and time = max(compute, memory) of that tiling;
//   - compute >= MACs / A^2 (no more than A^2 MACs a cycle);
//   - DRAM traffic >= every weight once + every output once + the strided input once;
//   - re-pricing the chosen tiling in its order gives the same figures;
//   - combined is never worse than static (it starts there);
//   - a split deconvolution does 1/u^d of the upsampled convolution's MACs.
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/Systolic/SystolicDeconv.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <random>

using namespace dataflow::cost;

namespace {

SystolicHardware hardware() {
  SystolicHardware hw;
  hw.arraySize = 16;
  hw.bufferWords = 1572864;
  hw.bandwidthGBs = 25.6;
  hw.wordBits = 16;
  return hw;
}

double product(const std::vector<int64_t> &v) {
  double p = 1;
  for (int64_t x : v)
    p *= static_cast<double>(x);
  return p;
}

TEST(SystolicProperty, RandomLayers) {
  std::mt19937 rng(2121);
  auto pick = [&](std::vector<int64_t> choices) {
    return choices[std::uniform_int_distribution<size_t>(0, choices.size() - 1)(rng)];
  };
  const SystolicHardware hw = hardware();
  int checked = 0;
  for (int n = 0; n < 60; ++n) {
    const bool threeD = n % 4 == 3;
    std::vector<int64_t> in, k;
    const int64_t kk = pick({1, 3, 5, 7});
    for (int d = 0; d < (threeD ? 3 : 2); ++d) {
      in.push_back(pick(threeD ? std::vector<int64_t>{8, 16, 24, 32}
                               : std::vector<int64_t>{14, 28, 56, 96, 112, 224}));
      k.push_back(kk);
    }
    const int64_t ci = pick({3, 16, 32, 64, 128}), co = pick({16, 32, 64, 96, 256});
    const int64_t s = pick({1, 1, 2});
    Result<SystolicLayer> layer = makeSystolicConv(in, ci, co, k, s);
    ASSERT_TRUE(layer) << layer.status().message();
    const double macs = layer->macs();
    const double floorTraffic = static_cast<double>(ci * co) * product(k) +
                                static_cast<double>(co) * product(layer->out) +
                                static_cast<double>(ci) * product(layer->out) *
                                    std::pow(static_cast<double>(s), layer->spatialRank());
    std::optional<double> staticCycles;
    for (SystolicSearchMethod m :
         {SystolicSearchMethod::Static, SystolicSearchMethod::Exhaustive,
          SystolicSearchMethod::Constrained, SystolicSearchMethod::Combined}) {
      SystolicSearchOptions o;
      o.method = m;
      Result<SystolicSchedule> sched = searchSystolicLayer(*layer, hw, o);
      if (!sched)
        continue; // e.g. static's full-width strips do not fit: a reported error
      const SystolicCost &c = sched->cost;
      const std::string what = std::string(systolicSearchMethodName(m)) + " layer " +
                               std::to_string(n);
      EXPECT_LE(c.bufferUtilization, 1.0) << what;
      EXPECT_EQ(c.cycles, std::max(c.computeCycles, c.memoryCycles)) << what;
      EXPECT_GE(c.computeCycles, std::round(macs / (16.0 * 16.0))) << what;
      EXPECT_GE(c.transfer, 0.999 * floorTraffic) << what;
      Result<SystolicCost> again = evaluateSystolic(*layer, hw, c.tiling, c.order, o.model);
      ASSERT_TRUE(again) << what;
      EXPECT_EQ(again->cycles, c.cycles) << what;
      EXPECT_EQ(again->transfer, c.transfer) << what;
      if (m == SystolicSearchMethod::Static)
        staticCycles = c.cycles;
      if (m == SystolicSearchMethod::Combined && staticCycles) {
        EXPECT_LE(c.cycles, *staticCycles) << what;
      }
      ++checked;
    }
    // The deconvolution of the same shape, upsampling 2: the phases' MACs sum to the
    // upsampled convolution's / 2^d.
    if (!threeD && kk > 1) {
      SystolicDeconv d{in, k, 2, ci, co};
      SystolicSearchOptions o;
      Result<SystolicDeconvSchedule> up =
          searchSystolicDeconv(d, hw, o, DeconvScheduling::Upsample);
      Result<SystolicDeconvSchedule> split =
          searchSystolicDeconv(d, hw, o, DeconvScheduling::Split);
      if (up && split) {
        double splitMacs = 0;
        const double upMacs = makeSystolicConv({in[0] * 2, in[1] * 2}, ci, co, k, 1)->macs();
        for (const std::vector<int64_t> &sk : split->subKernels)
          splitMacs += makeSystolicConv(in, ci, co, sk, 1)->macs();
        EXPECT_DOUBLE_EQ(splitMacs * 4, upMacs) << "deconv " << n;
      }
    }
  }
  EXPECT_GT(checked, 150);
}

} // namespace
