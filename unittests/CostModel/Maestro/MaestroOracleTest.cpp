//===- MaestroOracleTest.cpp - MAESTRO's own mapping files, replayed -------===//
//
// Upstream MAESTRO's bundled mappings (data/maestro/mappings/, maestro-project/maestro
// data/mapping) on accelerator_1.m against the tool's own per-layer output, recorded by
// bench/maestro_oracle.py (data/maestro/oracle/<mapping>.accelerator_1.json): a layer
// matches when our cycles equal MAESTRO's and our on-screen energy prints as MAESTRO's (6
// significant digits, %g). The expected counts are what the model reproduces today; a
// change in either direction fails (update the count when the model improves).
//
//===----------------------------------------------------------------------===//
#include "Dataflow/CostModel/Maestro/MaestroModel.h"
#include "Dataflow/Target/Maestro/MaestroParser.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace dataflow::cost;
using namespace dataflow::cost::maestro;

namespace {

std::string dataPath(const std::string &f) { return std::string(DATAFLOW_COSTMODEL_TEST_DATA) + "/maestro/" + f; }

struct OracleLayer {
  std::string name, energy;
  int64_t macs = 0, runtime = 0;
};

/// The recorder writes one layer a line: ["name", macs, runtime, "energy", "csv", [...]].
std::vector<OracleLayer> loadOracle(const std::string &file) {
  std::vector<OracleLayer> out;
  std::ifstream in(dataPath("oracle/" + file));
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("  [\"", 0) != 0) // a layer line (the header lines start with one space)
      continue;
    size_t b = 2;
    OracleLayer l;
    size_t q = line.find('"', b + 2);
    l.name = line.substr(b + 2, q - b - 2);
    std::istringstream is(line.substr(q + 2));
    char comma;
    is >> l.macs >> comma >> l.runtime >> comma;
    std::string rest;
    std::getline(is, rest);
    size_t e0 = rest.find('"'), e1 = rest.find('"', e0 + 1);
    l.energy = rest.substr(e0 + 1, e1 - e0 - 1);
    out.push_back(l);
  }
  return out;
}

struct Expected {
  const char *mapping;
  size_t layers;  ///< MAESTRO's layer count
  size_t exact;   ///< layers whose cycles and printed energy we reproduce
  size_t cycles;  ///< layers whose cycles we reproduce
};

class MaestroOracle : public ::testing::TestWithParam<Expected> {};

TEST_P(MaestroOracle, PerLayerCyclesAndEnergy) {
  const Expected &x = GetParam();
  std::string stem = std::string(x.mapping);
  std::vector<OracleLayer> ref = loadOracle(stem + ".accelerator_1.json");
  ASSERT_EQ(ref.size(), x.layers) << stem;
  Result<std::string> text = readTextFile(dataPath("mappings/" + stem + ".m"));
  Result<std::string> hwText = readTextFile(dataPath("accelerator_1.m"));
  ASSERT_TRUE(text && hwText);
  Result<NetworkDesc> net = parseMaestroNetwork(*text, stem + ".m");
  ASSERT_TRUE(net) << net.status().message();
  Result<HardwareDesc> hw = parseMaestroHardware(*hwText);
  ASSERT_TRUE(hw);
  ASSERT_EQ(net->layers.size(), ref.size());
  size_t exact = 0, cycles = 0;
  for (size_t i = 0; i < ref.size(); ++i) {
    const LayerDesc &L = net->layers[i];
    Result<Problem> p = toProblem(L, stem + ".m");
    ASSERT_TRUE(p) << p.status().message();
    Result<Mapping> m = toMapping(L, *p, *hw, stem + ".m");
    ASSERT_TRUE(m) << m.status().message();
    Result<Analysis> a = analyze(*p, *m, *hw);
    ASSERT_TRUE(a) << a.status().message();
    bool c = a->runtime == ref[i].runtime;
    bool e = a->printedEnergy() == ref[i].energy;
    cycles += c;
    exact += c && e;
    if (!(c && e))
      std::printf("[maestro-oracle] %s %s: cycles %lld vs MAESTRO %lld, energy %s vs %s\n",
                  stem.c_str(), L.name.c_str(), (long long)a->runtime, (long long)ref[i].runtime,
                  a->printedEnergy().c_str(), ref[i].energy.c_str());
  }
  std::printf("[maestro-oracle] %s: %zu of %zu layers with MAESTRO's cycles, %zu also with its "
              "printed energy\n",
              stem.c_str(), cycles, ref.size(), exact);
  EXPECT_EQ(cycles, x.cycles) << stem << ": layers with MAESTRO's cycles";
  EXPECT_EQ(exact, x.exact) << stem << ": layers with MAESTRO's cycles and printed energy";
}

// clang-format off
INSTANTIATE_TEST_SUITE_P(Bundled, MaestroOracle, ::testing::Values(
    Expected{"example", 1, 1, 1},
    Expected{"GEMM_Example", 1, 1, 1},
    Expected{"squeezenet1_0_kcp_ws", 26, 26, 26},
    Expected{"Resnet50_kcp_ws", 66, 66, 66},
    Expected{"googlenet_kcp_ws", 64, 64, 64},
    Expected{"mnasnet_kcp_ws", 53, 53, 53},
    Expected{"squeezenet1_0_xp_ws", 26, 26, 26},
    Expected{"vgg16_xp_ws", 13, 13, 13},
    Expected{"vgg16_nlr", 13, 13, 13},
    Expected{"vgg16_yxp_os", 13, 13, 13},
    Expected{"Resnet50_xp_ws", 66, 66, 66},
    Expected{"Resnet50_yxp_os", 66, 63, 65},
    Expected{"Resnet50_nlr", 66, 66, 66},
    Expected{"UNet_xp_ws", 23, 23, 23},
    Expected{"UNet_yxp_os", 23, 22, 23},
    Expected{"UNet_nlr", 23, 23, 23},
    Expected{"googlenet_xp_ws", 64, 64, 64},
    Expected{"mnasnet_xp_ws", 53, 53, 53},
    Expected{"MobileNetV2_xp_ws", 56, 56, 56},
    Expected{"MobileNetV2_yxp_os", 56, 51, 56},
    Expected{"ncf_nmk", 12, 12, 12},
    Expected{"gnmt_nmk", 9, 9, 9},
    Expected{"Transformer_Layers", 6, 5, 6},
    // NGCONV (grouped) layers: 16 of each ResNeXt50 file's 50. yxp_os: 5 layers where MAESTRO
    // miscounts MACs (as in Resnet50_yxp_os; FC1000: 0), the only ones that differ.
    Expected{"ResNeXt50_kcp_ws", 50, 50, 50},
    Expected{"ResNeXt50_xp_ws", 50, 50, 50},
    Expected{"ResNeXt50_nlr", 50, 50, 50},
    Expected{"ResNeXt50_yxp_os", 50, 45, 48},
    // Row stationary (SpatialMap(1,1) Y with SpatialMap(1,1) R): each file's first layer is a
    // stride-2 layer whose MACs MAESTRO miscounts (mnasnet_rs: its cycles still agree).
    Expected{"googlenet_rs", 64, 63, 64},
    Expected{"mnasnet_rs", 53, 52, 53},
    Expected{"squeezenet1_0_rs", 26, 25, 26},
    // 150 random layers and mappings of bench/maestro_property.py --seed 1 (see its docstring).
    Expected{"property_slice", 150, 150, 150},
    // The first 100 of bench/maestro_property.py --seed 1 --grouped (NGCONV, G mapped; L48
    // was priced 0.5% slow before sub-cluster levels took the output L2 requirement from the
    // edge-edge write-back).
    Expected{"property_grouped_slice", 100, 100, 100},
    // The first 60 of bench/maestro_property.py --seed 1 --rs (row stationary; the 9 stride-2
    // layers once differed in energy: the edge-edge sub-cluster's output write-back).
    Expected{"property_rs_slice", 60, 60, 60},
    // The first 100 of --seed 2 --grouped and of --seed 2 --rs.
    Expected{"property_grouped_seed2_slice", 100, 100, 100},
    Expected{"property_rs_seed2_slice", 100, 100, 100},
    // The 49 random layers that differed before the sub-cluster first-tile, output L2
    // requirement and edge-edge write-back rules (seed 1 --grouped and --rs, seed 2
    // --grouped; docs/seed-tools.md §1.2 item 8).
    Expected{"property_regressions", 49, 49, 49}),
    [](const ::testing::TestParamInfo<Expected> &i) { return std::string(i.param.mapping); });
// clang-format on


// Every layer of MAESTRO's bundled files that we price and that still differs from MAESTRO is
// one where MAESTRO's own "Num MACs" is not the layer's multiply-accumulate count (strided
// yxp_os layers, the attention matmul): MAESTRO prices MACs the layer does not have (up to
// 3.1x), and we deliberately do not copy that (docs/seed-tools.md, MAESTRO).
TEST(MaestroOracleBugs, RemainingMismatchesAreMaestroMacMiscounts) {
  Result<std::string> hwText = readTextFile(dataPath("accelerator_1.m"));
  ASSERT_TRUE(hwText);
  Result<HardwareDesc> hw = parseMaestroHardware(*hwText);
  ASSERT_TRUE(hw);
  size_t mismatches = 0, miscounted = 0;
  for (const char *stem : {"MobileNetV2_yxp_os", "Resnet50_yxp_os", "UNet_yxp_os",
                           "Transformer_Layers", "ResNeXt50_yxp_os", "googlenet_rs", "mnasnet_rs",
                           "squeezenet1_0_rs"}) {
    std::vector<OracleLayer> ref = loadOracle(std::string(stem) + ".accelerator_1.json");
    Result<std::string> text = readTextFile(dataPath(std::string("mappings/") + stem + ".m"));
    ASSERT_TRUE(text);
    Result<NetworkDesc> net = parseMaestroNetwork(*text, stem);
    ASSERT_TRUE(net && net->layers.size() == ref.size()) << stem;
    for (size_t i = 0; i < ref.size(); ++i) {
      Result<Problem> p = toProblem(net->layers[i], stem);
      ASSERT_TRUE(p);
      Result<Mapping> m = toMapping(net->layers[i], *p, *hw, stem);
      ASSERT_TRUE(m);
      Result<Analysis> a = analyze(*p, *m, *hw);
      ASSERT_TRUE(a);
      // The layer's MACs from its loop bounds (depthwise: no K).
      int64_t macs = 1;
      for (int d = 0; d < NumDims; ++d)
        macs *= p->type == OpType::DsConv && d == DK ? 1 : p->size[d];
      EXPECT_EQ(a->macs, macs) << stem << " " << net->layers[i].name;
      bool differs = a->runtime != ref[i].runtime || a->printedEnergy() != ref[i].energy;
      bool maestroMiscounts = ref[i].macs != macs;
      mismatches += differs;
      miscounted += maestroMiscounts;
      EXPECT_TRUE(!differs || maestroMiscounts)
          << stem << " " << net->layers[i].name << " differs from MAESTRO with its MACs right";
    }
  }
  EXPECT_EQ(mismatches, 18u);
  EXPECT_EQ(miscounted, 18u);
}

} // namespace
