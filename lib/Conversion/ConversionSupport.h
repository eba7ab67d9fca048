//===- ConversionSupport.h - shared by the linalg and tosa importers -*- C++ -*-===//
//
// What both conversions need: building a layer under a safety net (the dataflow verifier
// decides, a failure becomes a located warning and nothing changes), telling weights from
// activations, folding a tensor.pad, element-wise add/mul, NHWC<->NCHW transposes and
// their clean-up, and erasing what a converted layer absorbed.
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_LIB_CONVERSION_CONVERSIONSUPPORT_H
#define DATAFLOW_LIB_CONVERSION_CONVERSIONSUPPORT_H

#include "Dataflow/IR/DataflowOps.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/Diagnostics.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/SmallVector.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace dataflow::conversion {

/// NHWC -> NCHW and back.
inline constexpr int64_t kToNCHW[] = {0, 3, 1, 2};
inline constexpr int64_t kToNHWC[] = {0, 2, 3, 1};

/// `type` with its dimensions permuted: result dim i = type dim perm[i].
mlir::RankedTensorType permuteType(mlir::RankedTensorType type, llvm::ArrayRef<int64_t> perm);

/// Creates a transpose of `value` by `perm` (linalg.transpose or tosa.transpose).
using TransposeBuilder = std::function<mlir::Value(mlir::OpBuilder &, mlir::Location, mlir::Value,
                                                   llvm::ArrayRef<int64_t>)>;

/// The input and permutation of a tensor transpose (tosa.transpose, linalg.transpose).
std::optional<std::pair<mlir::Value, llvm::SmallVector<int64_t>>>
matchTranspose(mlir::Operation *op);

/// One conversion attempt: an OpBuilder placed before the original op that remembers
/// what it creates, so that a rejected layer leaves the IR exactly as it was.
class LayerRewrite {
public:
  explicit LayerRewrite(mlir::Operation *original);
  ~LayerRewrite();
  LayerRewrite(const LayerRewrite &) = delete;
  LayerRewrite &operator=(const LayerRewrite &) = delete;

  mlir::OpBuilder &builder() { return b; }
  mlir::Location loc() const { return original->getLoc(); }

  /// Wraps `value` (NHWC) into an NCHW transpose.
  mlir::Value toNCHW(mlir::Value value, const TransposeBuilder &transpose);
  /// Wraps `value` (NCHW) into an NHWC transpose.
  mlir::Value toNHWC(mlir::Value value, const TransposeBuilder &transpose);

  /// Verifies `layer` with the dialect's verifier. On success the original op's single
  /// result is replaced by `replacement`, its operands are queued in `maybeDead` and the
  /// original is erased. On failure everything created is erased and the verifier's
  /// message becomes a warning on the original op.
  mlir::LogicalResult commit(mlir::Operation *layer, mlir::Value replacement,
                             llvm::SetVector<mlir::Operation *> &maybeDead);

private:
  struct Recorder : mlir::OpBuilder::Listener {
    llvm::SmallVector<mlir::Operation *> created;
    void notifyOperationInserted(mlir::Operation *op, mlir::OpBuilder::InsertPoint) override {
      created.push_back(op);
    }
  };
  mlir::Operation *original;
  Recorder recorder;
  mlir::OpBuilder b;
  bool committed = false;
};

/// A located warning saying why `op` stays as it is. Converts to failure().
mlir::InFlightDiagnostic notConverted(mlir::Operation *op);

/// True when `value` is computed from constants only (weights, biases, empty inits), as
/// opposed to an activation that depends on a function argument or a layer.
class ParameterAnalysis {
public:
  bool isParameter(mlir::Value value);

private:
  bool compute(mlir::Value value, unsigned depth);
  llvm::DenseMap<mlir::Value, bool> cache;
};

/// A tensor.pad that can become a layer's `pad`: its source and the pad in our order
/// (all begins, then all ends, over `spatialDims`).
struct FoldedPad {
  mlir::Value source;
  llvm::SmallVector<int64_t> pad;
};

/// Folds the tensor.pad producing `input` when it pads only `spatialDims`, statically,
/// with a constant value (zero unless `anyConstant`). Otherwise returns `input`, pad 0.
FoldedPad foldPad(mlir::Value input, llvm::ArrayRef<unsigned> spatialDims, bool anyConstant);

/// An element-wise add or mul: `full` operands have the result's type, `broadcast`
/// operands are broadcast into it. `nhwc` converts it between transposes.
struct EltwiseRequest {
  EltwiseKind kind;
  llvm::SmallVector<mlir::Value> full;
  llvm::SmallVector<mlir::Value> broadcast;
  bool nhwc = false;
};

/// Converts an element-wise add/mul: to `dataflow.eltwise` over the full operands, or,
/// for a bias/scale on a conv/deconv/fc/matmul nobody else reads, into nothing.
mlir::LogicalResult convertEltwise(mlir::Operation *op, const EltwiseRequest &request,
                                   ParameterAnalysis &params, const TransposeBuilder &transpose,
                                   llvm::SetVector<mlir::Operation *> &maybeDead);

/// Removes transposes undone by the next one; with `sinkElementwise`, first moves
/// transposes below one-operand element-wise ops so that such pairs meet.
void cleanUpTransposes(mlir::func::FuncOp func, bool sinkElementwise,
                       const TransposeBuilder &transpose,
                       llvm::SetVector<mlir::Operation *> &maybeDead);

/// Erases the ops of `maybeDead` (and then their producers) that nothing reads and that
/// have no side effects: weights, inits, folded pads and transposes a layer absorbed.
void eraseDeadProducers(llvm::SetVector<mlir::Operation *> &maybeDead);

/// torch-mlir's decomposed softmax and layer norm over the last dimension (row reductions
/// and element-wise linalg.generic ops) become dataflow.softmax / dataflow.norm layer_norm
/// of the chain's input; the chains' ops are erased. Returns how many
/// (LinalgNormalization.cpp).
unsigned convertDecomposedNormalizations(mlir::func::FuncOp func,
                                         llvm::SetVector<mlir::Operation *> &maybeDead);

//===----------------------------------------------------------------------===//
// Coverage (dataflow.coverage, docs/ir-reference.md)
//===----------------------------------------------------------------------===//

/// What one conversion run found: the MACs of the ops it converted and the ops it left
/// in place with a warning, each with its MACs and the warning's reason (collected while
/// the run lasts from the warnings located on `ops`; they still reach the usual handlers).
struct CoverageCount {
  struct LeftOut {
    std::string name, op;
    int64_t macs = 0;
    const void *loc = nullptr; ///< the op's location, to find its warning
  };
  CoverageCount(mlir::MLIRContext *ctx, llvm::ArrayRef<mlir::Operation *> ops);
  int64_t convertedMacs = 0;
  llvm::SmallVector<LeftOut> leftOut;
  /// The first not-converted warning on each watched location, without its prefix.
  llvm::DenseMap<const void *, std::string> reasons;
  llvm::DenseSet<const void *> watched;
  std::unique_ptr<mlir::ScopedDiagnosticHandler> handler;
  /// `op`'s entry, taken before it is converted (conversion erases it).
  static LeftOut describe(mlir::Operation *op, int64_t macs);
  /// Counts an op's MACs as converted, or lists it as left out.
  void add(LeftOut entry, bool converted);
};

/// The op's location as `file:line:col` (or its name location), for a left-out entry.
std::string locationName(mlir::Operation *op);

/// Adds `count` to `func`'s dataflow.coverage, creating it when the run found work (MACs
/// or a left-out op); an op already listed (the pass run again) is not counted twice.
void recordCoverage(mlir::func::FuncOp func, const CoverageCount &count);

} // namespace dataflow::conversion

#endif // DATAFLOW_LIB_CONVERSION_CONVERSIONSUPPORT_H
