//===- ScheduleOps.h - the explicit schedule IR -----------------*- C++ -*-===//

#ifndef DATAFLOW_IR_SCHEDULEOPS_H
#define DATAFLOW_IR_SCHEDULEOPS_H

#include "Dataflow/IR/DataflowAttrs.h"
#include "Dataflow/IR/DataflowDialect.h"
#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/SymbolTable.h"

#include "Dataflow/IR/ScheduleEnums.h.inc"

#define GET_OP_CLASSES
#include "Dataflow/IR/ScheduleOps.h.inc"

#endif // DATAFLOW_IR_SCHEDULEOPS_H
