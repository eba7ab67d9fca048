//===- EyerissBridgeTest.cpp - IR <-> Eyeriss-family struct conversions ---===//

#include "Dataflow/Bridge/EyerissBridge.h"
#include "Dataflow/CostModel/Technology/DramEstimate.h"
#include "Dataflow/CostModel/Technology/TechnologyNode.h"
#include "Dataflow/Registration/InitAllDataflow.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Parser/Parser.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace mlir;
using namespace dataflow;

namespace {

class BridgeTest : public ::testing::Test {
protected:
  BridgeTest() {
    DialectRegistry registry;
    registerAllDataflowDialects(registry);
    context.appendDialectRegistry(registry);
    context.loadAllAvailableDialects();
  }

  OwningOpRef<ModuleOp> parse(StringRef text) {
    return parseSourceString<ModuleOp>(text, &context);
  }

  template <typename OpT> OpT first(ModuleOp module) {
    OpT found;
    module.walk([&](OpT op) {
      if (!found)
        found = op;
    });
    return found;
  }

  MLIRContext context;
};

constexpr StringLiteral kTetris = R"mlir(
dataflow.accelerator @t16 {
  nodes = [4, 2], pe_array = [14, 12], regf_bytes = 522, gbuf_bytes = 133033, word_bits = 16,
  memory = "3D", dram_bandwidth = 25.6, bus_width = 4,
  energy = #dataflow.energy<mac = 2.0e-12, regf = 0.6e-12, itcn = 4.0e-12, gbuf = 14.0e-12,
                            dram = 80.0e-12, noc_hop = 40.0e-12, static_per_cycle = 200.0e-12>
}
)mlir";

TEST_F(BridgeTest, AcceleratorToHardwareConvertsBytesToWords) {
  OwningOpRef<ModuleOp> module = parse(kTetris);
  ASSERT_TRUE(module);
  cost::Hardware hw = bridge::toHardware(first<AcceleratorOp>(*module));
  EXPECT_EQ(hw.nodesH, 4);
  EXPECT_EQ(hw.nodesW, 2);
  EXPECT_EQ(hw.arrayH, 14);
  EXPECT_EQ(hw.arrayW, 12);
  EXPECT_EQ(hw.regfWords, 261);   // 522 // 2
  EXPECT_EQ(hw.gbufWords, 66516); // 133033 // 2: a byte that fills no word is dropped
  EXPECT_EQ(hw.arrayBusWidth, 4.0);
  EXPECT_EQ(hw.dramBandwidth, 12.8); // 25.6 bytes/cycle = 12.8 16-bit words/cycle
  // The hierarchy follows nn_dataflow's --hier-cost order: DRAM, GBUF, ITCN, REGF.
  EXPECT_EQ(hw.cost.macOp, 2.0e-12);
  EXPECT_EQ(hw.cost.memHier[0], 80.0e-12);
  EXPECT_EQ(hw.cost.memHier[1], 14.0e-12);
  EXPECT_EQ(hw.cost.memHier[2], 4.0e-12);
  EXPECT_EQ(hw.cost.memHier[3], 0.6e-12);
  EXPECT_EQ(hw.cost.nocHop, 40.0e-12);
  EXPECT_EQ(hw.cost.idlUnit, 200.0e-12);
}

TEST_F(BridgeTest, UnlimitedBandwidthsAreInfinite) {
  OwningOpRef<ModuleOp> module = parse(R"mlir(
dataflow.accelerator @e {
  nodes = [1, 1], pe_array = [16, 16], regf_bytes = 512, gbuf_bytes = 131072, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = #dataflow.energy<mac = 1, regf = 1, itcn = 2, gbuf = 6, dram = 200, noc_hop = 0,
                            static_per_cycle = 0>
}
)mlir");
  ASSERT_TRUE(module);
  cost::Hardware hw = bridge::toHardware(first<AcceleratorOp>(*module));
  EXPECT_TRUE(std::isinf(hw.dramBandwidth));
  EXPECT_TRUE(std::isinf(hw.arrayBusWidth));
  EXPECT_EQ(hw.gbufWords, 65536);
  EXPECT_EQ(hw.regfWords, 256);
}

// An accelerator asking for estimates gets the estimator's unit costs (TETRIS T-16's
// energies at 45 nm, docs/cost-model.md "Energy and area estimates"); explicit energies
// pass through untouched.
TEST_F(BridgeTest, EstimatedEnergiesFillTheUnitCosts) {
  OwningOpRef<ModuleOp> module = parse(R"mlir(
dataflow.accelerator @t16 {
  nodes = [4, 4], pe_array = [14, 14], regf_bytes = 512, gbuf_bytes = 133032, word_bits = 16,
  memory = "3D", dram_bandwidth = unlimited, bus_width = unlimited,
  energy = estimated, technology = 45, dram_type = "3D", clock_ghz = 1.0
}
)mlir");
  ASSERT_TRUE(module);
  AcceleratorOp accel = first<AcceleratorOp>(*module);
  cost::Hardware hw = bridge::toHardware(accel);
  EXPECT_NEAR(hw.cost.macOp, 2.0e-12, 1e-18);
  EXPECT_NEAR(hw.cost.memHier[0], 80.0e-12, 1e-18);
  EXPECT_NEAR(hw.cost.memHier[1], 14.0e-12, 1e-18);
  EXPECT_NEAR(hw.cost.memHier[2], 4.0e-12, 1e-18);
  EXPECT_NEAR(hw.cost.memHier[3], 0.6e-12, 1e-18);
  EXPECT_NEAR(hw.cost.nocHop, 40.0e-12, 1e-18);
  cost::Result<cost::tech::EnergyTable> table = bridge::estimateEnergies(accel);
  ASSERT_TRUE(table) << table.status().message();
  EXPECT_EQ(hw.cost.idlUnit, table->staticPerCycle);
  EXPECT_GT(hw.cost.idlUnit, 0.0); // leakage over a 1 GHz clock

  OwningOpRef<ModuleOp> explicitModule = parse(kTetris);
  ASSERT_TRUE(explicitModule);
  AcceleratorOp given = first<AcceleratorOp>(*explicitModule);
  EXPECT_EQ(bridge::unitEnergies(given), given.getEnergyAttr());
  EXPECT_FALSE(bridge::estimateEnergies(given));
}

// The dialect lists the estimator's technology nodes and DRAM types itself (it depends on
// nothing else of the project): every node and DRAM type the estimator knows verifies, and
// a neighbour that it does not know is refused.
TEST_F(BridgeTest, AcceleratorVerifierKnowsTheEstimatorsNodesAndDramTypes) {
  auto verifies = [&](int nm, const std::string &dram) {
    std::string text = "dataflow.accelerator @a {\n nodes = [1, 1], pe_array = [4, 4], "
                       "regf_bytes = 64, gbuf_bytes = 8192, word_bits = 16, memory = \"3D\", "
                       "dram_bandwidth = unlimited, bus_width = unlimited, energy = estimated, "
                       "technology = " + std::to_string(nm) + ", dram_type = \"" + dram +
                       "\", clock_ghz = 1.0\n}";
    context.getDiagEngine().registerHandler([](Diagnostic &) { return success(); });
    return bool(parse(text));
  };
  for (const cost::tech::TechnologyNode &n : cost::tech::kTechnologyNodes)
    for (const char *dram : cost::tech::kDramTypeNames)
      EXPECT_TRUE(verifies(n.nm, dram)) << n.nm << " nm, " << dram;
  EXPECT_FALSE(cost::tech::isSupportedNode(22));
  EXPECT_FALSE(verifies(22, "3D"));
  EXPECT_FALSE(verifies(45, "DDR5"));
}

TEST_F(BridgeTest, HardwareRoundTripsThroughTheAcceleratorOp) {
  OwningOpRef<ModuleOp> module = parse(kTetris);
  ASSERT_TRUE(module);
  cost::Hardware hw = bridge::toHardware(first<AcceleratorOp>(*module));
  OpBuilder builder(&context);
  OwningOpRef<ModuleOp> out = ModuleOp::create(UnknownLoc::get(&context));
  builder.setInsertionPointToEnd(out->getBody());
  AcceleratorOp rebuilt = bridge::buildAccelerator(builder, UnknownLoc::get(&context), "copy",
                                                   hw, 16, MemoryType::Stacked3D);
  ASSERT_TRUE(succeeded(verify(*out)));
  EXPECT_EQ(rebuilt.gbufBytes(), 133032); // the stray byte is gone, the rest is exact
  cost::Hardware again = bridge::toHardware(rebuilt);
  EXPECT_EQ(again.gbufWords, hw.gbufWords);
  EXPECT_EQ(again.regfWords, hw.regfWords);
  EXPECT_EQ(again.dramBandwidth, hw.dramBandwidth);
  EXPECT_EQ(again.arrayBusWidth, hw.arrayBusWidth);
  EXPECT_EQ(again.cost.memHier, hw.cost.memHier);
  EXPECT_EQ(again.cost.idlUnit, hw.cost.idlUnit);
  EXPECT_EQ(rebuilt.getEnergy(), first<AcceleratorOp>(*module).getEnergy());
}

constexpr StringLiteral kLayers = R"mlir(
func.func @net(%x: tensor<16x3x224x224xi16>, %a: tensor<4x8x16xi16>, %b: tensor<4x16x32xi16>,
               %side: tensor<16x256x6x6xi16>)
    -> (tensor<16x4096xi16>, tensor<16x48x27x27xi16>, tensor<4x8x32xi16>,
        tensor<16x48x55x55xi16>, tensor<16x48x55x55xi16>) {
  %c = dataflow.conv %x kernel [11, 11] stride [4, 4] pad [1, 1, 2, 2] dilation [1, 1]
       groups 1 {name = "conv1"} : tensor<16x3x224x224xi16> -> tensor<16x48x55x55xi16>
  %dw = dataflow.conv %c kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1]
       groups 48 : tensor<16x48x55x55xi16> -> tensor<16x48x55x55xi16> loc("dw")
  %p = dataflow.pool max %c window [3, 3] stride [2, 2] pad [0, 0, 0, 0]
       : tensor<16x48x55x55xi16> -> tensor<16x48x27x27xi16>
  %f = dataflow.fc %side {name = "fc1"} : tensor<16x256x6x6xi16> -> tensor<16x4096xi16>
  %e = dataflow.eltwise add %c, %dw, %c {name = "sum3"} : tensor<16x48x55x55xi16>,
       tensor<16x48x55x55xi16>, tensor<16x48x55x55xi16> -> tensor<16x48x55x55xi16>
  %m = dataflow.matmul %a, %b {name = "bmm"} : tensor<4x8x16xi16>, tensor<4x16x32xi16>
       -> tensor<4x8x32xi16>
  return %f, %p, %m, %e, %dw : tensor<16x4096xi16>, tensor<16x48x27x27xi16>,
       tensor<4x8x32xi16>, tensor<16x48x55x55xi16>, tensor<16x48x55x55xi16>
}
)mlir";

cost::Layer layerOf(Operation *op) {
  auto result = bridge::toLayer(op);
  EXPECT_TRUE(result.isOk()) << result.status().message();
  EXPECT_TRUE(result.value().has_value());
  return *result.value();
}

TEST_F(BridgeTest, LayerOpsBecomeNnDataflowLoopNests) {
  OwningOpRef<ModuleOp> module = parse(kLayers);
  ASSERT_TRUE(module);
  SmallVector<Operation *> ops;
  module->walk([&](Operation *op) {
    if (isa<DataflowDialect>(op->getDialect()))
      ops.push_back(op);
  });
  ASSERT_EQ(ops.size(), 6u);

  cost::Layer conv = layerOf(ops[0]); // AlexNet conv1, as nn_dataflow: C 3, M 48, E 55, R 11, U 4
  EXPECT_EQ(conv.name, "conv1");
  EXPECT_EQ(conv.kind, cost::LayerKind::Conv);
  EXPECT_EQ(std::make_tuple(conv.C, conv.M, conv.E, conv.F, conv.R, conv.S, conv.U, conv.V,
                            conv.batch, conv.groups),
            std::make_tuple(3, 48, 55, 55, 11, 11, 4, 4, 16, 1));
  EXPECT_EQ(conv.hifm(), 227); // the touched input, not the padded 227 by accident

  cost::Layer dw = layerOf(ops[1]); // depthwise: 48 groups of one channel, named by loc
  EXPECT_EQ(dw.name, "dw");
  EXPECT_EQ(std::make_tuple(dw.C, dw.M, dw.groups), std::make_tuple(1, 1, 48));

  cost::Layer pool = layerOf(ops[2]);
  EXPECT_EQ(pool.kind, cost::LayerKind::Pool);
  EXPECT_EQ(pool.name.rfind("pool@", 0), 0u) << pool.name; // unnamed: mnemonic@line
  EXPECT_EQ(std::make_tuple(pool.C, pool.M, pool.E, pool.R, pool.U, pool.nreg),
            std::make_tuple(48, 48, 27, 3, 2, 1));

  cost::Layer fc = layerOf(ops[3]); // the filter covers the 6x6 input
  EXPECT_EQ(fc.kind, cost::LayerKind::FC);
  EXPECT_EQ(std::make_tuple(fc.C, fc.M, fc.E, fc.F, fc.R, fc.S, fc.batch),
            std::make_tuple(256, 4096, 1, 1, 6, 6, 16));

  cost::Layer sum = layerOf(ops[4]); // nn_dataflow: nifm = nreg * nofm
  EXPECT_EQ(sum.kind, cost::LayerKind::Eltwise);
  EXPECT_EQ(std::make_tuple(sum.C, sum.M, sum.nreg, sum.E), std::make_tuple(144, 48, 3, 55));

  cost::Layer bmm = layerOf(ops[5]); // FC with batch = rows, one group per batch entry
  EXPECT_EQ(std::make_tuple(bmm.C, bmm.M, bmm.batch, bmm.groups),
            std::make_tuple(16, 32, 8, 4));
}

TEST_F(BridgeTest, ConcatIsFreeAndUnsupportedLayersSayWhy) {
  OwningOpRef<ModuleOp> module = parse(R"mlir(
func.func @net(%x: tensor<1x4x8x8xi16>, %v: tensor<1x4x4x8x8xi16>)
    -> (tensor<1x8x8x8xi16>, tensor<1x4x16x16xi16>, tensor<1x4x4x8x8xi16>,
        tensor<1x4x4x4xi16>) {
  %c = dataflow.concat %x, %x : tensor<1x4x8x8xi16>, tensor<1x4x8x8xi16> -> tensor<1x8x8x8xi16>
  %d = dataflow.deconv %x kernel [4, 4] stride [2, 2] pad [1, 1, 1, 1] output_padding [0, 0]
       dilation [1, 1] groups 1 {name = "up"} : tensor<1x4x8x8xi16> -> tensor<1x4x16x16xi16>
  %c3 = dataflow.conv %v kernel [1, 1, 1] stride [1, 1, 1] pad [0, 0, 0, 0, 0, 0]
       dilation [2, 1, 1] groups 1 : tensor<1x4x4x8x8xi16> -> tensor<1x4x4x8x8xi16>
  %dl = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [0, 0, 0, 0] dilation [2, 2]
       groups 1 : tensor<1x4x8x8xi16> -> tensor<1x4x4x4xi16>
  return %c, %d, %c3, %dl : tensor<1x8x8x8xi16>, tensor<1x4x16x16xi16>,
       tensor<1x4x4x8x8xi16>, tensor<1x4x4x4xi16>
}
)mlir");
  ASSERT_TRUE(module);
  SmallVector<Operation *> ops;
  module->walk([&](Operation *op) {
    if (isa<DataflowDialect>(op->getDialect()))
      ops.push_back(op);
  });
  ASSERT_EQ(ops.size(), 4u);
  auto concat = bridge::toLayer(ops[0]);
  ASSERT_TRUE(concat.isOk());
  EXPECT_FALSE(concat.value().has_value());

  auto deconv = bridge::toLayer(ops[1]);
  ASSERT_FALSE(deconv.isOk());
  EXPECT_EQ(deconv.status().code(), cost::StatusCode::InvalidLayer);
  EXPECT_EQ(deconv.status().message(),
            "'dataflow.deconv' layer 'up': transposed convolution must be decomposed into "
            "convolutions first: run --dataflow-decompose-deconv before the search, or give "
            "dataflow-schedule deconv-combine=true");
  // A depth-dilated 3-D convolution: its D x T slices read input slices z + 2t, the same
  // D T = 4 x 1 convolutions of 8x8 outputs as undilated (docs/cost-model.md "Dilated and
  // 3-D convolution").
  auto conv3d = bridge::toLayer(ops[2]);
  ASSERT_TRUE(conv3d.isOk());
  EXPECT_EQ((*conv3d)->groups, 4);
  EXPECT_EQ((*conv3d)->depth, 4);
  EXPECT_DOUBLE_EQ((*conv3d)->totalOps(), 4.0 * 64 * 4 * 4); // D x 8x8 x C x M
  // Dilation 2 on a 4x4 output: 2x2 phase convolutions of 2x2 outputs (docs/cost-model.md
  // "Dilated and 3-D convolution"), run one after another like groups.
  auto dilated = bridge::toLayer(ops[3]);
  ASSERT_TRUE(dilated.isOk());
  const cost::Layer &phases = **dilated;
  EXPECT_EQ(phases.groups, 4);
  EXPECT_EQ(std::make_tuple(phases.C, phases.M, phases.E, phases.F, phases.R, phases.S),
            std::make_tuple(4, 4, 2, 2, 3, 3));
  EXPECT_DOUBLE_EQ(phases.totalOps(), 4.0 * 4 * 4 * 4 * 9); // = M x 4x4 outputs x C x 3x3
}

} // namespace
