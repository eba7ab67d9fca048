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
// with the tool's buffer slack (1.01) and, for 3-D layers, the tool's own 3-D formulas
// (Systolic3DModel::Tool). Exhaustive and static must be within 1% (cycles
// and transfer), constrained and combined no worse on both. A layer that does not is
// listed in kKnownDifferences with its reason, a property the test checks (an unlisted
// difference fails, and so does a listed layer that now reproduces); every crash of the
// tool is listed in kKnownCrashes with its exception text.
//
//===----------------------------------------------------------------------===//
#include "Systolic/SystolicOracleData.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using namespace dataflow::cost;
using namespace dataflow::cost::testing;

namespace {

// Why a layer of a case differs from the tool, each reason a property the test checks.
enum class Why {
  /// Exhaustive / static: the same tilings, but on equal cycles ours keeps the loop order
  /// that moves less DRAM data where the tool keeps row-major (its
  /// optimize_one_buffer_partition compares cycles only). Checked: with
  /// SystolicModelOptions::toolOrderTies the tool's figures reproduce within 1%, and ours
  /// has cycles within 1% and less traffic: a better choice among the tool's own tilings.
  OrderTie,
  /// Static + split + combine: the tool runs its constrained optimizer (scipy SLSQP) on the
  /// whole kernel, ours its constrained search (COBYLA + integer rounding). Checked: ours
  /// takes no more cycles and moves no more data.
  StaticCombineConstrained,
  /// 3-D constrained: the tool's optimizer reports the compute-bound cycles of its tiling
  /// (layer3d_optimizer.opti_comp) even where its own traffic / bandwidth is larger.
  /// Checked: the tool's cycles are below its own memory bound, and ours are no more than
  /// max(its cycles, its memory bound) with no more traffic.
  ToolUnderstatesCycles,
};

// A layer of a case where ours does not reproduce the tool within the tolerance. Every
// sub-kernel record of a listed layer is exempt from the 1% check but must satisfy its
// reason's property; a listed layer that reproduces fails the test (the list stays
// exact), and so does a difference that is not listed.
struct KnownDifference {
  const char *network, *kase;
  int layer;
  Why why;
};

const Why kOrderTie = Why::OrderTie;
const Why kStaticCombineConstrained = Why::StaticCombineConstrained;
const Why kToolUnderstatesCycles = Why::ToolUnderstatesCycles;

const char *whyText(Why w) {
  switch (w) {
  case Why::OrderTie:
    return "equal cycles, ours keeps the order with less traffic (the tool: row-major)";
  case Why::StaticCombineConstrained:
    return "static + split + combine: the tool's SLSQP vs our constrained search";
  case Why::ToolUnderstatesCycles:
    return "3-D constrained: the tool reports compute cycles below its own memory bound";
  }
  return "?";
}

const std::vector<KnownDifference> kKnownDifferences = {
    {"test", "static-split-combine", 1, kStaticCombineConstrained},
    {"test3d", "exhaustive", 12, kOrderTie},
    {"test3d", "exhaustive", 13, kOrderTie},
    {"test3d", "exhaustive-split", 12, kOrderTie},
    {"test3d", "exhaustive-split", 13, kOrderTie},
    {"test3d", "constrained", 2, kToolUnderstatesCycles},
    {"test3d", "constrained", 5, kToolUnderstatesCycles},
    {"test3d", "constrained", 8, kToolUnderstatesCycles},
    {"test3d", "constrained-split", 2, kToolUnderstatesCycles},
    {"test3d", "constrained-split", 5, kToolUnderstatesCycles},
    {"test3d", "constrained-split", 8, kToolUnderstatesCycles},
    {"test3d", "constrained-split", 17, kToolUnderstatesCycles},
    {"GC_net", "constrained", 9, kToolUnderstatesCycles},
    {"GC_net", "constrained", 12, kToolUnderstatesCycles},
    {"GC_net", "constrained", 15, kToolUnderstatesCycles},
    {"GC_net", "constrained-split", 9, kToolUnderstatesCycles},
    {"GC_net", "constrained-split", 12, kToolUnderstatesCycles},
    {"GC_net", "constrained-split", 15, kToolUnderstatesCycles},
    {"GC_net", "constrained-split", 24, kToolUnderstatesCycles},
    {"PSMNet", "constrained", 10, kToolUnderstatesCycles},
    {"PSMNet", "constrained", 12, kToolUnderstatesCycles},
    {"PSMNet", "constrained", 16, kToolUnderstatesCycles},
    {"PSMNet", "constrained", 18, kToolUnderstatesCycles},
    {"PSMNet", "constrained", 22, kToolUnderstatesCycles},
    {"PSMNet", "constrained", 24, kToolUnderstatesCycles},
    {"PSMNet", "constrained-split", 10, kToolUnderstatesCycles},
    {"PSMNet", "constrained-split", 12, kToolUnderstatesCycles},
    {"PSMNet", "constrained-split", 15, kToolUnderstatesCycles},
    {"PSMNet", "constrained-split", 16, kToolUnderstatesCycles},
    {"PSMNet", "constrained-split", 18, kToolUnderstatesCycles},
    {"PSMNet", "constrained-split", 21, kToolUnderstatesCycles},
    {"PSMNet", "constrained-split", 22, kToolUnderstatesCycles},
    {"PSMNet", "constrained-split", 24, kToolUnderstatesCycles},
    {"PSMNet", "constrained-split", 27, kToolUnderstatesCycles},
    {"flowNetC", "static", 9, kOrderTie},
    {"flowNetC", "static-split", 9, kOrderTie},
    {"flowNetC", "static-split", 10, kOrderTie},
    {"flowNetC", "static-split-combine", 9, kStaticCombineConstrained},
    {"flowNetC", "static-split-combine", 10, kStaticCombineConstrained},
    {"flowNetC", "static-split-combine", 11, kStaticCombineConstrained},
    {"flowNetC", "static-split-combine", 12, kStaticCombineConstrained},
    {"flowNetC", "static-split-combine", 13, kStaticCombineConstrained},
    {"flowNetC", "exhaustive", 7, kOrderTie},
    {"flowNetC", "exhaustive", 8, kOrderTie},
    {"flowNetC", "exhaustive", 9, kOrderTie},
    {"flowNetC", "exhaustive", 10, kOrderTie},
    {"flowNetC", "exhaustive-split", 7, kOrderTie},
    {"flowNetC", "exhaustive-split", 8, kOrderTie},
    {"flowNetC", "exhaustive-split", 9, kOrderTie},
    {"flowNetC", "exhaustive-split", 10, kOrderTie},
    {"flowNetC", "exhaustive-split", 11, kOrderTie},
    {"flowNetC", "exhaustive-split", 12, kOrderTie},
    {"flowNetC", "exhaustive-split-combine", 7, kOrderTie},
    {"flowNetC", "exhaustive-split-combine", 8, kOrderTie},
    {"flowNetC", "exhaustive-split-combine", 9, kOrderTie},
    {"flowNetS", "static", 8, kOrderTie},
    {"flowNetS", "static-split", 8, kOrderTie},
    {"flowNetS", "static-split", 9, kOrderTie},
    {"flowNetS", "static-split-combine", 8, kStaticCombineConstrained},
    {"flowNetS", "static-split-combine", 9, kStaticCombineConstrained},
    {"flowNetS", "static-split-combine", 10, kStaticCombineConstrained},
    {"flowNetS", "static-split-combine", 11, kStaticCombineConstrained},
    {"flowNetS", "static-split-combine", 12, kStaticCombineConstrained},
    {"flowNetS", "exhaustive", 6, kOrderTie},
    {"flowNetS", "exhaustive", 7, kOrderTie},
    {"flowNetS", "exhaustive", 8, kOrderTie},
    {"flowNetS", "exhaustive", 9, kOrderTie},
    {"flowNetS", "exhaustive-split", 6, kOrderTie},
    {"flowNetS", "exhaustive-split", 7, kOrderTie},
    {"flowNetS", "exhaustive-split", 8, kOrderTie},
    {"flowNetS", "exhaustive-split", 9, kOrderTie},
    {"flowNetS", "exhaustive-split", 10, kOrderTie},
    {"flowNetS", "exhaustive-split", 11, kOrderTie},
    {"flowNetS", "exhaustive-split-combine", 6, kOrderTie},
    {"flowNetS", "exhaustive-split-combine", 7, kOrderTie},
    {"flowNetS", "exhaustive-split-combine", 8, kOrderTie},
    {"GC_net", "exhaustive", 19, kOrderTie},
    {"GC_net", "exhaustive", 20, kOrderTie},
    {"GC_net", "exhaustive-split", 19, kOrderTie},
    {"GC_net", "exhaustive-split", 20, kOrderTie},
};

// A case the tool itself crashes on, with the text of its exception.
struct KnownCrash {
  const char *network, *kase, *error;
};

const std::vector<KnownCrash> kKnownCrashes = {
    {"test", "combined", "name 'layer_static_method' is not defined"}, // Combined: layer_optimizer.py calls layer_static_method without importing it
    {"test", "combined-split", "name 'layer_static_method' is not defined"},
    {"test", "combined-split-combine", "name 'layer_static_method' is not defined"},
    {"test3d", "static", "too many values to unpack"}, // a 3-D layer given to a 2-D-only path (static method, Combined, or the split+combine deconv searcher)
    {"test3d", "static-split", "too many values to unpack"},
    {"test3d", "static-split-combine", "too many values to unpack"},
    {"test3d", "exhaustive-split-combine", "too many values to unpack"},
    {"test3d", "constrained-split-combine", "too many values to unpack"},
    {"test3d", "combined", "too many values to unpack"},
    {"test3d", "combined-split", "too many values to unpack"},
    {"test3d", "combined-split-combine", "too many values to unpack"},
    {"flowNetC", "combined", "name 'layer_static_method' is not defined"},
    {"flowNetC", "combined-split", "name 'layer_static_method' is not defined"},
    {"flowNetC", "combined-split-combine", "name 'layer_static_method' is not defined"},
    {"flowNetS", "combined", "name 'layer_static_method' is not defined"},
    {"flowNetS", "combined-split", "name 'layer_static_method' is not defined"},
    {"flowNetS", "combined-split-combine", "name 'layer_static_method' is not defined"},
    {"GC_net", "static", "too many values to unpack"},
    {"GC_net", "static-split", "too many values to unpack"},
    {"GC_net", "static-split-combine", "too many values to unpack"},
    {"GC_net", "exhaustive-split-combine", "too many values to unpack"},
    {"GC_net", "constrained-split-combine", "too many values to unpack"},
    {"GC_net", "combined", "name 'layer_static_method' is not defined"},
    {"GC_net", "combined-split", "name 'layer_static_method' is not defined"},
    {"GC_net", "combined-split-combine", "name 'layer_static_method' is not defined"},
    {"PSMNet", "static", "too many values to unpack"},
    {"PSMNet", "static-split", "too many values to unpack"},
    {"PSMNet", "static-split-combine", "too many values to unpack"},
    {"PSMNet", "exhaustive-split-combine", "too many values to unpack"},
    {"PSMNet", "constrained-split-combine", "too many values to unpack"},
    {"PSMNet", "combined", "name 'layer_static_method' is not defined"},
    {"PSMNet", "combined-split", "name 'layer_static_method' is not defined"},
    {"PSMNet", "combined-split-combine", "name 'layer_static_method' is not defined"},
};


// A record of a known difference must have its reason's property.
void checkReason(const Record &r, const Ours &ours, Why why, const SystolicHardware &hw,
                 const std::string &what) {
  switch (why) {
  case Why::OrderTie: {
    Ours tool = compute(r, hw, /*toolTies=*/true);
    ASSERT_TRUE(tool.ok) << what << ": " << tool.error;
    EXPECT_TRUE(within1(tool.cycles, r.cycles) && within1(tool.transfer, r.transfer))
        << what << ": with the tool's order choice ours is " << tool.cycles << " / "
        << tool.transfer << ", the tool " << r.cycles << " / " << r.transfer;
    EXPECT_TRUE(ours.cycles <= 1.01 * r.cycles && ours.transfer < r.transfer)
        << what << ": ours " << ours.cycles << " / " << ours.transfer
        << " is not a better order choice than the tool's " << r.cycles << " / "
        << r.transfer;
    break;
  }
  case Why::StaticCombineConstrained:
    EXPECT_TRUE(ours.cycles <= r.cycles && ours.transfer <= r.transfer)
        << what << ": ours " << ours.cycles << " / " << ours.transfer << ", the tool "
        << r.cycles << " / " << r.transfer;
    break;
  case Why::ToolUnderstatesCycles: {
    const double memory = std::round(r.transfer / hw.wordsPerCycle());
    EXPECT_LT(r.cycles, memory) << what << ": the tool's cycles are not below its memory bound";
    EXPECT_TRUE(ours.cycles <= std::max(r.cycles, memory) && ours.transfer <= r.transfer)
        << what << ": ours " << ours.cycles << " / " << ours.transfer << ", the tool "
        << r.cycles << " (memory bound " << memory << ") / " << r.transfer;
    break;
  }
  }
}

TEST(SystolicOracle, EveryRecordReproduces) {
  OracleData data = loadOracleData("systolic_oracle.txt");
  ASSERT_FALSE(data.records.empty()) << "data/systolic_oracle.txt not found or empty";
  const SystolicHardware hw = toolHardware();
  std::map<std::string, const KnownDifference *> known;
  for (const KnownDifference &k : kKnownDifferences)
    known[std::string(k.network) + " " + k.kase + " " + std::to_string(k.layer)] = &k;
  std::map<std::string, bool> knownDiffers; // known layer -> some record differs
  std::map<std::string, std::pair<int, int>> perCase; // case -> (reproduced, records)
  for (const Record &r : data.records) {
    const std::string what = r.network + " " + r.kase + " layer " + std::to_string(r.layer) +
                             " sub " + std::to_string(r.sub);
    const std::string key = r.network + " " + r.kase + " " + std::to_string(r.layer);
    Ours ours = compute(r, hw);
    ASSERT_TRUE(ours.ok) << what << ": " << ours.error;
    const SystolicSearchMethod m = methodOf(r.kase);
    bool good;
    if (m == SystolicSearchMethod::Exhaustive || m == SystolicSearchMethod::Static)
      good = std::fabs(ours.cycles - r.cycles) <= 0.01 * r.cycles &&
             std::fabs(ours.transfer - r.transfer) <= 0.01 * r.transfer;
    else
      good = ours.cycles <= r.cycles && ours.transfer <= r.transfer;
    auto k = known.find(key);
    if (k != known.end()) {
      knownDiffers[key] = knownDiffers[key] || !good;
      if (!good)
        checkReason(r, ours, k->second->why, hw, what);
    } else
      EXPECT_TRUE(good) << what << ": tool " << r.cycles << " cycles / " << r.transfer
                        << " transfer, ours " << ours.cycles << " / " << ours.transfer
                        << " (not a known difference)";
    std::printf("%-44s tool %.0f / %.0f ours %.0f / %.0f (cycles / transfer) %+.1f%% / "
                "%+.1f%% %s\n",
                what.c_str(), r.cycles, r.transfer, ours.cycles, ours.transfer,
                100.0 * (ours.cycles - r.cycles) / r.cycles,
                100.0 * (ours.transfer - r.transfer) / r.transfer,
                good ? "ok" : k != known.end() ? "DIFFERS (known)" : "DIFFERS");
    auto &c = perCase[r.network + " " + r.kase];
    c.first += good;
    c.second += 1;
  }
  for (const auto &[key, k] : known) {
    auto d = knownDiffers.find(key);
    EXPECT_TRUE(d != knownDiffers.end()) << key << ": known difference without a record";
    if (d != knownDiffers.end())
      EXPECT_TRUE(d->second) << key << ": listed as a known difference (" << whyText(k->why)
                             << ") but now reproduces; remove it from the list";
  }
  for (const auto &[kase, n] : perCase)
    std::printf("%-40s %d of %d records reproduce\n", kase.c_str(), n.first, n.second);
  // Every crash of the tool is a listed one, and every listed crash is in the data.
  std::vector<bool> seen(kKnownCrashes.size(), false);
  for (const std::string &c : data.crashes) {
    std::printf("tool crashed: %s\n", c.c_str());
    std::istringstream is(c);
    std::string network, kase;
    is >> network >> kase;
    bool listed = false;
    for (size_t i = 0; i < kKnownCrashes.size(); ++i)
      if (network == kKnownCrashes[i].network && kase == kKnownCrashes[i].kase &&
          c.find(kKnownCrashes[i].error) != std::string::npos)
        listed = seen[i] = true;
    EXPECT_TRUE(listed) << "unlisted crash of the tool: " << c;
  }
  for (size_t i = 0; i < kKnownCrashes.size(); ++i)
    EXPECT_TRUE(seen[i]) << "listed crash not in the data: " << kKnownCrashes[i].network
                         << " " << kKnownCrashes[i].kase;
}

} // namespace

// With the tool's own rules (dataflow-schedule-systolic tool-rules=true: its buffer slack,
// its 3-D formulas and its loop-order tie rule), every exhaustive and static record
// reproduces within 1%, order ties included. The one exception is static+split+combine,
// where the tool runs a different search (its scipy optimizer on the whole kernel, not its
// static method; StaticCombineConstrained above).
TEST(SystolicOracle, ToolRulesReproduceEveryExhaustiveAndStaticRecord) {
  OracleData data = loadOracleData("systolic_oracle.txt");
  ASSERT_FALSE(data.records.empty()) << "data/systolic_oracle.txt not found or empty";
  const SystolicHardware hw = toolHardware();
  int checked = 0;
  for (const Record &r : data.records) {
    const SystolicSearchMethod m = methodOf(r.kase);
    if (m != SystolicSearchMethod::Exhaustive && m != SystolicSearchMethod::Static)
      continue;
    if (m == SystolicSearchMethod::Static && r.kase.find("-combine") != std::string::npos)
      continue;
    const std::string what = r.network + " " + r.kase + " layer " + std::to_string(r.layer) +
                             " sub " + std::to_string(r.sub);
    Ours tool = compute(r, hw, /*toolTies=*/true);
    ASSERT_TRUE(tool.ok) << what << ": " << tool.error;
    EXPECT_TRUE(within1(tool.cycles, r.cycles) && within1(tool.transfer, r.transfer))
        << what << ": tool " << r.cycles << " / " << r.transfer << ", ours with its rules "
        << tool.cycles << " / " << tool.transfer;
    ++checked;
  }
  std::printf("%d exhaustive and static records reproduce with the tool's rules\n", checked);
  EXPECT_GT(checked, 300);
}
