//===- ScheduleEnums.td - enums of the schedule IR ----------*- tablegen -*-===//
//
// Names used by the explicit schedule IR (ScheduleOps.td): buffer levels, data categories
// and the blocked loops, in nn_dataflow's index order (docs/cost-model.md §1).
//
//===----------------------------------------------------------------------===//

#ifndef DATAFLOW_IR_SCHEDULEENUMS_TD
#define DATAFLOW_IR_SCHEDULEENUMS_TD

include "mlir/IR/EnumAttr.td"

// Storage levels, outermost first. A loop at a level iterates over data held one level
// further out: dram loops refill the global buffer, gbuf loops refill the register files,
// regf loops run processing passes on data kept in the register files.
def Dataflow_BufferLevel : I32EnumAttr<"BufferLevel", "storage level", [
    I32EnumAttrCase<"dram", 0>,
    I32EnumAttrCase<"gbuf", 1>,
    I32EnumAttrCase<"regf", 2>]> {
  let cppNamespace = "::dataflow";
}

// Data categories: filters, input feature maps, output feature maps (partial sums).
def Dataflow_DataKind : I32EnumAttr<"DataKind", "data category", [
    I32EnumAttrCase<"fil", 0>,
    I32EnumAttrCase<"ifm", 1>,
    I32EnumAttrCase<"ofm", 2>]> {
  let cppNamespace = "::dataflow";
}

// The blocked loops: input channels, output channels, batch (with the fold_w passes).
def Dataflow_LoopDim : I32EnumAttr<"LoopDim", "blocked loop", [
    I32EnumAttrCase<"I", 0>,
    I32EnumAttrCase<"O", 1>,
    I32EnumAttrCase<"B", 2>]> {
  let cppNamespace = "::dataflow";
}

// Partition types of the node grid (docs/cost-model.md §5.1), in the order of the
// #dataflow.partition fields: output channels, ofmap rows x columns, batch, input channels.
def Dataflow_NodePart : I32EnumAttr<"NodePart", "partition type", [
    I32EnumAttrCase<"outp", 0>,
    I32EnumAttrCase<"ofmp", 1>,
    I32EnumAttrCase<"batp", 2>,
    I32EnumAttrCase<"inpp", 3>]> {
  let cppNamespace = "::dataflow";
}

// Where a node's data comes from over the NoC: each node exchanges with the DRAM channels
// holding its block (docs/cost-model.md §5.3), or DRAM is read once per access-forwarding
// group and forwarded neighbour to neighbour (§5.4), or the block rotates between the
// shared global buffers of a sharing subgroup (§5.5).
def Dataflow_NocRoute : I32EnumAttr<"NocRoute", "NoC route", [
    I32EnumAttrCase<"dram", 0>,
    I32EnumAttrCase<"forwarded", 1>,
    I32EnumAttrCase<"shared", 2>]> {
  let cppNamespace = "::dataflow";
}

#endif // DATAFLOW_IR_SCHEDULEENUMS_TD
