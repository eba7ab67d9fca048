//===- LowerToLoops.h - schedule IR to executable loop nests ----*- C++ -*-===//
//
// Shared by the pieces of dataflow-lower-to-loops (docs/lower-to-loops.md):
//  - LayerLoopView.cpp: what a layer op looks like as memrefs (shapes, the scheduled
//    function's signature, per-group 4-D views N x C x H x W / M x C x R x S);
//  - ScheduledLoopNest.cpp: the schedule IR of one layer as scf loops, copies into
//    local buffers and the processing pass as scf.parallel;
//  - ReferenceLoops.cpp: the untiled reference loop nest and the @main harness;
//  - LowerToLoops.cpp: the pass.
// Private to lib/Transforms.
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_LIB_TRANSFORMS_LOWERTOLOOPS_H
#define DATAFLOW_LIB_TRANSFORMS_LOWERTOLOOPS_H

#include "Dataflow/CostModel/Eyeriss/Layer.h"
#include "Dataflow/IR/ScheduleOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/Builders.h"

#include <string>

namespace dataflow::loops {

/// Prefix of the attributes linking the lowered code to the schedule. The dialect's
/// attribute verifier admits only its own schedule attributes under `dataflow.`, so the
/// lowering's annotations use `df.` (unverified, for readers and tests).
inline constexpr llvm::StringLiteral kAttrPrefix = "df.";

enum class LayerKind { Conv, FC, Matmul, Pool, Eltwise };

/// One layer op as the lowering sees it.
struct LayerLoopView {
  mlir::Operation *op = nullptr;
  std::string name;   ///< report name (dataflow::layerName)
  std::string symbol; ///< sanitized name for the generated functions
  LayerKind kind = LayerKind::Conv;
  cost::Layer layer;  ///< the cost model's shape: C, M per group, E, F, R, S, U, V, N, groups
  int64_t padTop = 0, padLeft = 0;
  int64_t inH = 1, inW = 1;  ///< unpadded input rows and columns
  int64_t padH = 1, padW = 1; ///< padded input rows and columns
  int64_t numInputs = 1;     ///< eltwise: nreg inputs
  bool isMax = false, isAvg = false, isMul = false;
  mlir::Type elem;           ///< i32 or f32: the executable word
  llvm::SmallVector<mlir::MemRefType> inputTypes;
  mlir::MemRefType weightType; ///< null for pool and eltwise
  mlir::MemRefType outputType;

  bool convLike() const { return layer.isConvLike(); }
  bool needsPadding() const { return padH != inH || padW != inW; }
  /// Arguments of the generated functions: inputs, then weights (if any), then output.
  llvm::SmallVector<mlir::Type> argTypes() const;
};

/// Reads the shapes of a layer op; emits a located error for a layer the lowering
/// cannot execute. nullopt for ops that get no schedule (concat).
mlir::FailureOr<std::optional<LayerLoopView>> viewLayer(mlir::Operation *op);

/// Canonical 4-D views of one group: ifm[k] N x Cg x padH x padW (one per input),
/// fil Mg x Cg x R x S, ofm N x Mg x E x F.
struct GroupViews {
  llvm::SmallVector<mlir::Value> ifm;
  mlir::Value fil;
  mlir::Value ofm;
};

/// `inputs` are the (padded) input memrefs, `group` an index value.
GroupViews groupViews(mlir::OpBuilder &b, mlir::Location loc, const LayerLoopView &v,
                      mlir::ValueRange inputs, mlir::Value weights, mlir::Value output,
                      mlir::Value group);

/// Capacities the schedule claims: words of the global buffer, words per PE.
struct Capacity {
  int64_t gbufWords = 0;
  int64_t regfWords = 0;
};

/// Static buffer peaks of a lowered layer (what the live buffers at the innermost point
/// add up to): global-buffer words, register-file words per PE.
struct Footprint {
  int64_t gbufWords = 0;
  int64_t regfWordsPerPe = 0;
};

/// Name of the module-level counters the instrumented code updates:
/// [live gbuf, peak gbuf, live regf/PE, peak regf/PE] as i64.
inline constexpr llvm::StringLiteral kFootprintGlobal = "__df_footprint";

/// Emits `@<symbol>_scheduled` at the builder's insertion point (module level). With
/// `track`, every local buffer's allocation and release update kFootprintGlobal.
mlir::FailureOr<mlir::func::FuncOp> emitScheduled(mlir::OpBuilder &b, const LayerLoopView &v,
                                                  LayerScheduleOp schedule,
                                                  const Capacity &cap, bool track,
                                                  Footprint &footprint);

/// Emits `@<symbol>_reference`: the untiled loop nest on the unpadded tensors.
mlir::func::FuncOp emitReference(mlir::OpBuilder &b, const LayerLoopView &v);

/// One lowered layer for the harness.
struct LoweredLayer {
  const LayerLoopView *view;
  mlir::func::FuncOp scheduled, reference;
  Capacity cap;
};

/// Emits the footprint counters and `@main`: random inputs, both functions, comparison,
/// printed error figures and buffer peaks.
void emitHarness(mlir::OpBuilder &b, mlir::ModuleOp module,
                 llvm::ArrayRef<LoweredLayer> layers);

//===----------------------------------------------------------------------===//
// Small IR helpers
//===----------------------------------------------------------------------===//

inline mlir::Value cidx(mlir::OpBuilder &b, mlir::Location loc, int64_t v) {
  return mlir::arith::ConstantIndexOp::create(b, loc, v);
}
/// The neutral element of `combine` for the layer (0, 1 for products, the lowest value
/// for max).
mlir::Value identityOf(mlir::OpBuilder &b, mlir::Location loc, const LayerLoopView &v);
/// Accumulates one value into `acc` as the layer does (add, mul or max).
mlir::Value combine(mlir::OpBuilder &b, mlir::Location loc, const LayerLoopView &v,
                    mlir::Value acc, mlir::Value x);
/// acc + x * y in the layer's word type.
mlir::Value mulAdd(mlir::OpBuilder &b, mlir::Location loc, mlir::Value acc, mlir::Value x,
                   mlir::Value y);
/// Average pooling's final division by the window size R x S.
mlir::Value divideByWindow(mlir::OpBuilder &b, mlir::Location loc, const LayerLoopView &v,
                           mlir::Value x);
/// Stores `value` into every element of `buffer` (static shape).
void fillBuffer(mlir::OpBuilder &b, mlir::Location loc, mlir::Value buffer, mlir::Value value);

} // namespace dataflow::loops

#endif // DATAFLOW_LIB_TRANSFORMS_LOWERTOLOOPS_H
