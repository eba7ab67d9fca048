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

} // namespace dataflow::bridge

#endif // DATAFLOW_LIB_BRIDGE_LAYERSUPPORT_H
