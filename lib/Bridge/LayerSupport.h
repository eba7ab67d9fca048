//===- LayerSupport.h - what every family bridge asks of a layer op -*- C++ -*-===//
//
// Private to lib/Bridge: the one error every family's layer conversion returns for a
// layer its model cannot express, and the tensor dimensions it reads.
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_LIB_BRIDGE_LAYERSUPPORT_H
#define DATAFLOW_LIB_BRIDGE_LAYERSUPPORT_H

#include "Dataflow/CostModel/Core/Status.h"

#include "mlir/IR/Operation.h"
#include "mlir/IR/Value.h"

#include <string>

namespace dataflow::bridge {

/// An InvalidLayer status "'<op>' layer '<name>': <what>".
cost::Status unsupportedLayer(mlir::Operation *op, const std::string &what);

/// Dimension `index` of a ranked tensor value.
int64_t dimOf(mlir::Value value, unsigned index);

/// The shape of a ranked tensor value.
llvm::ArrayRef<int64_t> shapeOf(mlir::Value value);

/// The dilation phases of one output dimension of a convolution (docs/cost-model.md
/// "Dilated and 3-D convolution"): with stride s and dilation d, output o reads the inputs
/// o s + k d, so the outputs o = p mod P, P = d / gcd(s, d), read only the inputs p s + d m:
/// phase p is an undilated convolution of stride s / gcd(s, d) over that input phase, with
/// ceil((extent - p) / P) outputs: `extent mod P` phases of ceil(extent / P) and the others
/// floor(extent / P), none of which exist when P >= extent (extent phases of 1). Stride 1:
/// P = d phases of stride 1.
struct DilationPhases {
  int64_t count = 1;  ///< phases with outputs
  int64_t size = 1;   ///< outputs of each (all equal)
  int64_t stride = 1; ///< each phase's stride, s / gcd(s, d)
};

/// The phases of `extent` outputs with stride `stride` and dilation `dilation` when they
/// are all the same size (P divides the extent, or P >= extent); otherwise an InvalidLayer
/// status naming the two sizes, `what` saying which model cannot take them.
cost::Result<DilationPhases> equalDilationPhases(mlir::Operation *op, int64_t extent,
                                                 int64_t stride, int64_t dilation,
                                                 const std::string &what);

} // namespace dataflow::bridge

#endif // DATAFLOW_LIB_BRIDGE_LAYERSUPPORT_H
