//===- SystolicTool3D.h - The systolic tool's own 3-D model -----*- C++ -*-===//
//
// The systolic-array dataflow optimizer prices 3-D layers with formulas of its
// own (layer3d_base_method.py, docs/seed-tools.md §3.2), not the 2-D ones
// extended by a dimension. evaluateSystolic uses this evaluation for a 3-D
// layer when SystolicModelOptions::model3D is Systolic3DModel::Tool.
//
// Plain C++, no MLIR; nothing throws.
//
//===----------------------------------------------------------------------===//
#ifndef DATAFLOW_COSTMODEL_SYSTOLICTOOL3D_H
#define DATAFLOW_COSTMODEL_SYSTOLICTOOL3D_H

#include "Dataflow/CostModel/Systolic/SystolicArray.h"

namespace dataflow::cost {

/// The input extents of a layer: `layer.in`, or out * stride when it is empty.
std::vector<int64_t> systolicInputExtents(const SystolicLayer &layer);

/// One tiling of a 3-D layer in one loop order, with the tool's 3-D formulas. The tiling
/// splits the input extents (systolicTileGrid). Fails when the tiling does not fit the
/// layer or the buffer, and for a weight-stationary array (the tool models output
/// stationary only).
Result<SystolicCost> evaluateSystolicTool3D(const SystolicLayer &layer,
                                            const SystolicHardware &hw,
                                            const SystolicTiling &tiling, SystolicOrder order,
                                            const SystolicModelOptions &options);

} // namespace dataflow::cost

#endif // DATAFLOW_COSTMODEL_SYSTOLICTOOL3D_H
