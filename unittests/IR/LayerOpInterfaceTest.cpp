//===- LayerOpInterfaceTest.cpp - the facts every layer op answers --------===//
//
// MAC counts worked out by hand for one op of each kind, concat as the one layer op that is
// not a compute layer, program order, and a count past 64 bits reported as unknown.
//
//===----------------------------------------------------------------------===//

#include "Dataflow/IR/DataflowDialect.h"
#include "Dataflow/IR/DataflowOps.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"

#include <gtest/gtest.h>

using namespace mlir;
using namespace dataflow;

namespace {

class LayerOpInterfaceTest : public ::testing::Test {
protected:
  LayerOpInterfaceTest() { context.loadDialect<DataflowDialect, func::FuncDialect>(); }

  OwningOpRef<ModuleOp> parse(StringRef body) {
    std::string text = "func.func @net(%x: tensor<2x4x8x8xi16>, %a: tensor<3x5x6xi16>, "
                       "%b: tensor<3x6x7xi16>) {\n" +
                       body.str() + "\n  return\n}";
    return parseSourceString<ModuleOp>(text, &context);
  }

  MLIRContext context;
};

TEST_F(LayerOpInterfaceTest, MacCountsOfEveryKind) {
  OwningOpRef<ModuleOp> module = parse(R"(
  %c = dataflow.conv %x kernel [3, 3] stride [1, 1] pad [1, 1, 1, 1] dilation [1, 1] groups 2
       {name = "conv"} : tensor<2x4x8x8xi16> -> tensor<2x6x8x8xi16>
  %d = dataflow.deconv %c kernel [2, 2] stride [2, 2] pad [0, 0, 0, 0] output_padding [0, 0]
       dilation [1, 1] groups 1 {name = "deconv"} : tensor<2x6x8x8xi16> -> tensor<2x3x16x16xi16>
  %f = dataflow.fc %x {name = "fc"} : tensor<2x4x8x8xi16> -> tensor<2x10xi16>
  %m = dataflow.matmul %a, %b {name = "bmm"} : tensor<3x5x6xi16>, tensor<3x6x7xi16> -> tensor<3x5x7xi16>
  %p = dataflow.pool max %c window [2, 2] stride [2, 2] pad [0, 0, 0, 0] {name = "pool"}
       : tensor<2x6x8x8xi16> -> tensor<2x6x4x4xi16>
  %e = dataflow.eltwise add %c, %c {name = "add"} : tensor<2x6x8x8xi16>, tensor<2x6x8x8xi16> -> tensor<2x6x8x8xi16>
  %j = dataflow.concat %c, %c {name = "cat"} : tensor<2x6x8x8xi16>, tensor<2x6x8x8xi16> -> tensor<2x12x8x8xi16>)");
  ASSERT_TRUE(module);
  SmallVector<LayerOpInterface> layers = computeLayersOf(*module);
  // Program order; concat is a layer op but not a compute layer.
  SmallVector<std::string> names;
  for (LayerOpInterface layer : layers)
    names.push_back(layer.getLayerName().str());
  EXPECT_EQ(names, (SmallVector<std::string>{"conv", "deconv", "fc", "bmm", "pool", "add"}));
  // conv: outputs 2*6*8*8 = 768, each C/groups * 3*3 = 2*9 = 18 MACs.
  EXPECT_EQ(layers[0].getMacCount(), 768 * 18);
  // deconv: inputs 2*6*8*8 = 768 scattered into M/groups * 2*2 = 3*4 = 12 outputs each.
  EXPECT_EQ(layers[1].getMacCount(), 768 * 12);
  // fc: 2*10 outputs, each reads 4*8*8 = 256 inputs.
  EXPECT_EQ(layers[2].getMacCount(), 20 * 256);
  // batched matmul: 3*5*7 outputs, each K = 6 MACs.
  EXPECT_EQ(layers[3].getMacCount(), 105 * 6);
  EXPECT_EQ(layers[4].getMacCount(), 0);
  EXPECT_EQ(layers[5].getMacCount(), 0);
  EXPECT_EQ(layers[3].getActivationInputs().size(), 2u);

  ConcatOp concat;
  module->walk([&](ConcatOp op) { concat = op; });
  ASSERT_TRUE(concat);
  auto asLayer = cast<LayerOpInterface>(concat.getOperation());
  EXPECT_FALSE(asLayer.isComputeLayer());
  EXPECT_FALSE(isComputeLayer(concat));
  EXPECT_TRUE(isComputeLayer(layers[0]));
  EXPECT_EQ(asLayer.getMacCount(), 0);
}

TEST_F(LayerOpInterfaceTest, TransformerKinds) {
  std::string text = R"(func.func @t(%q: tensor<8x32xi16>, %k: tensor<9x32xi16>, %t: tensor<1x32xi16>) {
  %n = dataflow.norm layer_norm %q {name = "ln"} : tensor<8x32xi16> -> tensor<8x32xi16>
  %g = dataflow.activation gelu %n {name = "gelu"} : tensor<8x32xi16> -> tensor<8x32xi16>
  %v = dataflow.view %g {name = "heads"} : tensor<8x32xi16> -> tensor<4x8x8xi16>
  %s = dataflow.softmax %v {name = "softmax"} : tensor<4x8x8xi16> -> tensor<4x8x8xi16>
  %a = dataflow.attention %q, %q, %q heads 4 causal {name = "prefill"} : tensor<8x32xi16>, tensor<8x32xi16>, tensor<8x32xi16> -> tensor<8x32xi16>
  %d = dataflow.attention %t, %k, %k heads 4 {name = "decode"} : tensor<1x32xi16>, tensor<9x32xi16>, tensor<9x32xi16> -> tensor<1x32xi16>
  return
})";
  OwningOpRef<ModuleOp> module = parseSourceString<ModuleOp>(text, &context);
  ASSERT_TRUE(module);
  SmallVector<LayerOpInterface> layers = computeLayersOf(*module);
  SmallVector<std::string> names;
  for (LayerOpInterface layer : layers)
    names.push_back(layer.getLayerName().str());
  // The view is a layer op but not a compute layer.
  EXPECT_EQ(names, (SmallVector<std::string>{"ln", "gelu", "softmax", "prefill", "decode"}));
  EXPECT_EQ(layers[0].getMacCount(), 0);
  EXPECT_EQ(layers[1].getMacCount(), 0);
  EXPECT_EQ(layers[2].getMacCount(), 0);
  // Prefill: 4 heads x 8 x 8 scores x 8 features, twice (QK^T, AV) = 2 * 8 * 8 * 32.
  EXPECT_EQ(layers[3].getMacCount(), 4096);
  // Decode: one query against 9 keys: 2 * 1 * 9 * 32.
  EXPECT_EQ(layers[4].getMacCount(), 576);
  EXPECT_EQ(layers[3].getActivationInputs().size(), 3u);
}

TEST_F(LayerOpInterfaceTest, CountPast64BitsIsUnknown) {
  // 2^20 x 2^24 outputs of K = 2^20 MACs each: 2^64 does not fit in int64.
  std::string text = R"(func.func @big(%a: tensor<1048576x1048576xi16>, %b: tensor<1048576x16777216xi16>) {
  %m = dataflow.matmul %a, %b : tensor<1048576x1048576xi16>, tensor<1048576x16777216xi16> -> tensor<1048576x16777216xi16>
  return
})";
  OwningOpRef<ModuleOp> module = parseSourceString<ModuleOp>(text, &context);
  ASSERT_TRUE(module);
  SmallVector<LayerOpInterface> layers = computeLayersOf(*module);
  ASSERT_EQ(layers.size(), 1u);
  EXPECT_EQ(layers[0].getMacCount(), std::nullopt);
  EXPECT_EQ(layers[0].getLayerName(), "");
}

} // namespace
