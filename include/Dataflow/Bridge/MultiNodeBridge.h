//===- MultiNodeBridge.h - IR <-> multi-node partitions ---------*- C++ -*-===//
//
// The multi-node family: partition schemes, their data-movement flags and NoC figures
// (docs/architecture.md: the bridge is the one place where attributes and cost-model
// structs convert).
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_BRIDGE_MULTINODEBRIDGE_H
#define DATAFLOW_BRIDGE_MULTINODEBRIDGE_H

#include "Dataflow/CostModel/MultiNode/PartitionedSearch.h"
#include "Dataflow/IR/DataflowOps.h"

namespace dataflow::bridge {

/// The partition scheme an attribute names (types outermost first, [h, w] per type).
cost::PartitionScheme toPartitionScheme(PartitionAttr partition);

/// A partition and how the layer's data move (access forwarding; buffer sharing, which
/// implies forwarding and is written alone).
PartitionAttr toPartitionAttr(mlir::MLIRContext *context, const cost::PartitionScheme &part,
                              const cost::PartitionOptions &options);

/// The forwarding / sharing flags a partition was costed with.
cost::PartitionOptions toPartitionOptions(PartitionAttr partition);

/// The hop counts and access divisors of a partitioned schedule.
NocAttr toNocAttr(mlir::MLIRContext *context, const cost::PartitionedSchedule &schedule);

} // namespace dataflow::bridge

#endif // DATAFLOW_BRIDGE_MULTINODEBRIDGE_H
