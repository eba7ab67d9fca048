//===- SystolicOracleTest.cpp - Replays the systolic optimizer's records --===//
//
// Every record of data/systolic_oracle.txt (written by bench/systolic_oracle.py from the
// systolic-array dataflow optimizer, horizon-research/systolic-array-dataflow-optimizer:
// per network file, case and layer, the tool's cycles and DRAM transfer) is recomputed
// with our model, as the tool computes that case:
//   conv layer                  - the case's method on the convolution;
//   deconv, no split            - the method on the convolution over the input upsampled
//                                 by 2 (the tool's default);
//   deconv, split               - the method on sub-kernel `sub` (the tool's order);
//   deconv, split + combine     - exhaustive: the tool's combined deconv searcher (with its
//                                 two slips, toolQuirks); otherwise the tool's constrained
//                                 optimizer on the whole kernel over the original input.
// Exhaustive and static must be within 1% (cycles and transfer), constrained and combined
// no worse on both. Crashes of the tool are counted and printed, not compared.
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/Systolic/SystolicDeconv.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using namespace dataflow::cost;

namespace {

struct Record {
  std::string network, kase;
  int layer = 0, sub = 0;
  bool threeD = false, deconv = false;
  std::vector<int64_t> in; // W, H[, D]
  int64_t ci = 0, co = 0, stride = 1;
  std::vector<int64_t> kernel;
  double cycles = 0, transfer = 0;
};

struct OracleData {
  std::vector<Record> records;
  std::vector<std::string> crashes;
};

OracleData load() {
  OracleData d;
  std::ifstream f(std::string(DATAFLOW_COSTMODEL_TEST_DATA) + "/systolic_oracle.txt");
  std::string line;
  while (std::getline(f, line)) {
    if (line.empty() || line[0] == '#')
      continue;
    std::istringstream is(line);
    Record r;
    std::string layer, sub;
    is >> r.network >> r.kase >> layer >> sub;
    if (sub == "crash" || sub == "none") {
      d.crashes.push_back(line);
      continue;
    }
    r.layer = std::stoi(layer);
    r.sub = std::stoi(sub);
    std::string kind, deconv;
    int64_t w, h, dd, kw, kh, kd;
    is >> kind >> w >> h >> dd >> r.ci >> r.co >> kw >> kh >> kd >> r.stride >> deconv >>
        r.cycles >> r.transfer;
    r.threeD = kind == "3D";
    r.deconv = deconv == "True";
    r.in = r.threeD ? std::vector<int64_t>{w, h, dd} : std::vector<int64_t>{w, h};
    r.kernel = r.threeD ? std::vector<int64_t>{kw, kh, kd} : std::vector<int64_t>{kw, kh};
    d.records.push_back(r);
  }
  return d;
}

// runner.sh hardware; the tool compares its byte count with element counts.
SystolicHardware toolHardware() {
  SystolicHardware hw;
  hw.arraySize = 16;
  hw.bufferWords = 1572864;
  hw.bandwidthGBs = 25.6;
  hw.clockGHz = 1.0;
  hw.wordBits = 16;
  return hw;
}

struct Ours {
  bool ok = false;
  std::string error;
  double cycles = 0, transfer = 0;
};

SystolicSearchMethod methodOf(const std::string &kase) {
  std::string m = kase.substr(0, kase.find('-'));
  return parseSystolicSearchMethod(m).value_or(SystolicSearchMethod::Exhaustive);
}

Ours compute(const Record &r, const SystolicHardware &hw) {
  SystolicSearchOptions o;
  o.method = methodOf(r.kase);
  o.partition = BufferPartition{3, 3, 4};
  const bool split = r.kase.find("-split") != std::string::npos;
  const bool combine = r.kase.find("-combine") != std::string::npos;
  Ours out;
  auto fromLayer = [&](const std::vector<int64_t> &in, const std::vector<int64_t> &k,
                       const SystolicSearchOptions &opts) {
    Result<SystolicLayer> l = makeSystolicConv(in, r.ci, r.co, k, r.stride);
    if (!l) {
      out.error = l.status().message();
      return;
    }
    Result<SystolicSchedule> s = searchSystolicLayer(*l, hw, opts);
    if (!s) {
      out.error = s.status().message();
      return;
    }
    out.ok = true;
    out.cycles = s->cost.cycles;
    out.transfer = s->cost.transfer;
  };
  if (!r.deconv) {
    fromLayer(r.in, r.kernel, o);
  } else if (!split) {
    std::vector<int64_t> up;
    for (int64_t x : r.in)
      up.push_back(x * 2 / r.stride); // dnn_optimizer.py: ifmap*2/stride
    fromLayer(up, r.kernel, o);
  } else if (!combine) {
    std::vector<std::vector<int64_t>> subs = deconvSubKernels(r.kernel, 2);
    if (r.sub >= static_cast<int>(subs.size())) {
      out.error = "no such sub-kernel";
      return out;
    }
    fromLayer(r.in, subs[r.sub], o);
  } else if (o.method == SystolicSearchMethod::Exhaustive) {
    SystolicDeconv d{r.in, r.kernel, 2, r.ci, r.co};
    Result<SystolicDeconvSchedule> s =
        searchSystolicDeconv(d, hw, o, DeconvScheduling::SplitCombine, /*toolQuirks=*/true);
    if (!s) {
      out.error = s.status().message();
      return out;
    }
    out.ok = true;
    out.cycles = s->cycles;
    out.transfer = s->transfer;
  } else {
    SystolicSearchOptions c = o;
    c.method = SystolicSearchMethod::Constrained;
    fromLayer(r.in, r.kernel, c);
  }
  return out;
}

TEST(SystolicOracle, EveryRecordReproduces) {
  OracleData data = load();
  ASSERT_FALSE(data.records.empty()) << "data/systolic_oracle.txt not found or empty";
  const SystolicHardware hw = toolHardware();
  std::map<std::string, std::pair<int, int>> perCase; // case -> (reproduced, records)
  for (const Record &r : data.records) {
    const std::string what = r.network + " " + r.kase + " layer " + std::to_string(r.layer) +
                             " sub " + std::to_string(r.sub);
    Ours ours = compute(r, hw);
    ASSERT_TRUE(ours.ok) << what << ": " << ours.error;
    const SystolicSearchMethod m = methodOf(r.kase);
    bool good;
    if (m == SystolicSearchMethod::Exhaustive || m == SystolicSearchMethod::Static) {
      good = std::fabs(ours.cycles - r.cycles) <= 0.01 * r.cycles &&
             std::fabs(ours.transfer - r.transfer) <= 0.01 * r.transfer;
      EXPECT_LE(std::fabs(ours.cycles - r.cycles), 0.01 * r.cycles) << what;
      EXPECT_LE(std::fabs(ours.transfer - r.transfer), 0.01 * r.transfer) << what;
    } else {
      good = ours.cycles <= r.cycles && ours.transfer <= r.transfer;
      EXPECT_LE(ours.cycles, r.cycles) << what;
      EXPECT_LE(ours.transfer, r.transfer) << what;
    }
    std::printf("%-40s tool %.0f / %.0f ours %.0f / %.0f (cycles / transfer) %s\n",
                what.c_str(), r.cycles, r.transfer, ours.cycles, ours.transfer,
                good ? "ok" : "DIFFERS");
    auto &c = perCase[r.network + " " + r.kase];
    c.first += good;
    c.second += 1;
  }
  for (const auto &[kase, n] : perCase)
    std::printf("%-40s %d of %d records reproduce\n", kase.c_str(), n.first, n.second);
  for (const std::string &c : data.crashes)
    std::printf("tool crashed: %s\n", c.c_str());
}

} // namespace
