//===- PartitionPins.h - the decisions a multi-node network's IR pins -*- C++ -*-===//
//
// Reading a network's pinned partitions and per-node schedules (NetworkPins,
// Search/PartitionSupport.h) from its IR, each checked against the grid and the layer.
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_TRANSFORMS_PARTITIONPINS_H
#define DATAFLOW_TRANSFORMS_PARTITIONPINS_H

#include "Dataflow/Transforms/Search/PartitionSupport.h"

namespace dataflow {

/// The network's NetworkPins; a partition that does not cover the grid or does not fit the
/// layer, or a per-node schedule without a partition, is a located error. With
/// `requireComplete`, every layer must carry a complete partitioned schedule.
/// `regionGrids` (segmented networks) gives the [h, w] node region a layer's partition
/// must cover instead of the whole grid.
mlir::FailureOr<NetworkPins>
collectPins(const Network &network, const PartitionedNetwork &pn,
            const cost::PartitionOptions &options, bool requireComplete,
            const std::map<std::string, std::pair<int64_t, int64_t>> &regionGrids = {});

} // namespace dataflow

#endif // DATAFLOW_TRANSFORMS_PARTITIONPINS_H
