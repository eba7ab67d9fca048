//===- DataflowOps.h - ops of the dataflow dialect --------------*- C++ -*-===//

#ifndef DATAFLOW_IR_DATAFLOWOPS_H
#define DATAFLOW_IR_DATAFLOWOPS_H

#include "Dataflow/IR/DataflowAttrs.h"
#include "Dataflow/IR/DataflowDialect.h"
#include "Dataflow/IR/LayerOpInterface.h"
#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/SymbolTable.h"

#define GET_OP_CLASSES
#include "Dataflow/IR/DataflowOps.h.inc"

#endif // DATAFLOW_IR_DATAFLOWOPS_H
