//===- DataflowAttrs.h - attributes and enums of the dataflow dialect -*- C++ -*-===//

#ifndef DATAFLOW_IR_DATAFLOWATTRS_H
#define DATAFLOW_IR_DATAFLOWATTRS_H

#include "mlir/IR/Attributes.h"
#include "mlir/IR/BuiltinAttributes.h"

#include "mlir/IR/OpImplementation.h"

#include "Dataflow/IR/DataflowEnums.h.inc"

namespace dataflow {
/// Parses a number written as an integer (`200`) or a float (`2.0e2`) into a double.
mlir::ParseResult parseNumber(mlir::AsmParser &parser, double &value);
} // namespace dataflow

#define GET_ATTRDEF_CLASSES
#include "Dataflow/IR/DataflowAttrs.h.inc"

#endif // DATAFLOW_IR_DATAFLOWATTRS_H
