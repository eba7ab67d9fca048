//===- DataflowDialect.h - the dataflow dialect -----------------*- C++ -*-===//

#ifndef DATAFLOW_IR_DATAFLOWDIALECT_H
#define DATAFLOW_IR_DATAFLOWDIALECT_H

#include "mlir/IR/Dialect.h"

#include "Dataflow/IR/DataflowDialect.h.inc"

#endif // DATAFLOW_IR_DATAFLOWDIALECT_H
