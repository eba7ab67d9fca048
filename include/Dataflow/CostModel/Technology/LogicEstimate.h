//===- LogicEstimate.h - Arithmetic, MACs and the array bus -----*- C++ -*-===//
//
// Energy and area of integer adders and multipliers by bit width, of a PE's
// multiply-accumulate, and of one word on a node's array bus, at a
// technology node (docs/cost-model.md "Energy and area estimates").
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_TECHNOLOGY_LOGICESTIMATE_H
#define DATAFLOW_COSTMODEL_TECHNOLOGY_LOGICESTIMATE_H

#include "Dataflow/CostModel/Technology/TechnologyNode.h"

namespace dataflow::cost::tech {

enum class ArithmeticOp { IntAdd, IntMult };

struct LogicEstimate {
  double energyPj = 0; ///< per operation
  double areaMm2 = 0;
};

/// One integer add or multiply of `bits`-bit operands (Horowitz's table).
/// InvalidArgument when bits <= 0.
Result<LogicEstimate> estimateArithmetic(ArithmeticOp op, int bits, const TechnologyNode &node);

/// A PE's multiply-accumulate of `bits`-bit operands into a 2*bits accumulator.
Result<LogicEstimate> estimateMac(int bits, const TechnologyNode &node);

/// One `bits`-bit word over a node's array bus (global buffer to PE, PE to PE).
Result<double> arrayBusEnergyPj(int bits, const TechnologyNode &node);

} // namespace dataflow::cost::tech

#endif // DATAFLOW_COSTMODEL_TECHNOLOGY_LOGICESTIMATE_H
