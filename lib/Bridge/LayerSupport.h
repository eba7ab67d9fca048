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

/// The dilation phases of one output dimension of a stride-1 convolution (docs/cost-model.md
/// "Dilated and 3-D convolution"): phase p < d of `extent` outputs and dilation d has
/// ceil((extent - p) / d) outputs, so `extent mod d` phases of ceil(extent / d) and the
/// others floor(extent / d), none of which exist when d >= extent (extent phases of 1).
struct DilationPhases {
  int64_t count = 1; ///< phases with outputs
  int64_t size = 1;  ///< outputs of each (all equal)
};

/// The phases of `extent` outputs with dilation `dilation` when they are all the same size
/// (d divides the extent, or d >= extent); otherwise an InvalidLayer status naming the two
/// sizes, `what` saying which model cannot take them.
cost::Result<DilationPhases> equalDilationPhases(mlir::Operation *op, int64_t extent,
                                                 int64_t dilation, const std::string &what);

} // namespace dataflow::bridge

#endif // DATAFLOW_LIB_BRIDGE_LAYERSUPPORT_H
